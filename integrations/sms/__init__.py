"""SMS to candidates: the `SmsSender` port, the Alibaba Cloud adapter and a local server of its
protocol for tests and the sandbox."""
