"""DingTalk adapters (the only code that talks to DingTalk) and the local emulator.

Import submodules directly (`integrations.dingtalk.clients`, `.ports`, ...); importing this
package loads no SDK and opens no connection.
"""
