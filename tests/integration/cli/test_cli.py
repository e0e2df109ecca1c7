"""The `dinghire` command line as an operator uses it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.support import REPO_ROOT, free_port


def run_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path = REPO_ROOT
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("DINGHIRE_")}
    return subprocess.run(
        [sys.executable, "-m", "dinghire", *args],
        cwd=cwd,
        env={**base, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_every_command_has_help() -> None:
    for cmd in ([], ["serve"], ["worker"], ["migrate"], ["seed-demo"], ["config", "check"]):
        proc = run_cli(*cmd, "--help")
        assert proc.returncode == 0, (cmd, proc.stderr)
        assert "Usage" in proc.stdout


def test_config_check_in_production_names_the_missing_secret(tmp_path: Path) -> None:
    proc = run_cli("config", "check", env={"DINGHIRE_MODE": "production"}, cwd=tmp_path)
    assert proc.returncode == 2
    assert "DINGHIRE_SECURITY_MASTER_KEY" in proc.stderr
    assert "DINGHIRE_DINGTALK_APP_SECRET" in proc.stderr
    assert "dev-insecure" not in proc.stdout + proc.stderr


def test_config_check_in_dev_passes_and_masks_secrets(tmp_path: Path) -> None:
    proc = run_cli(
        "config", "check", env={"DINGHIRE_SECURITY_SECRET_KEY": "hunter2-secret"}, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    assert "security.secret_key = **********" in proc.stdout
    assert "hunter2" not in proc.stdout


def test_invalid_setting_is_named(tmp_path: Path) -> None:
    proc = run_cli("migrate", env={"DINGHIRE_DATABASE_URL": "oracle://x"}, cwd=tmp_path)
    assert proc.returncode == 2
    assert "DINGHIRE_DATABASE_URL" in proc.stderr


def test_migrate_twice_then_seed(tmp_path: Path) -> None:
    env = {"DINGHIRE_DATABASE_URL": f"sqlite://{tmp_path}/cli.sqlite3"}
    first = run_cli("migrate", env=env)
    second = run_cli("migrate", env=env)
    assert first.returncode == 0 and "Applied 1 migration" in first.stdout, first.stderr
    assert second.returncode == 0 and "nothing to apply" in second.stdout
    seeded = run_cli("seed-demo", env=env)
    assert seeded.returncode == 0 and "+3 jobs" in seeded.stdout, seeded.stderr


def test_serve_answers_healthz_and_says_what_to_try(tmp_path: Path) -> None:
    port, emu_port = free_port(), free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DINGHIRE_")},
        "DINGHIRE_DATABASE_URL": f"sqlite://{tmp_path}/serve.sqlite3",
        "DINGHIRE_STORAGE_ROOT": str(tmp_path / "storage"),
        # The embedded default starts the DingTalk emulator too; keep it off the default port.
        "DINGHIRE_DINGTALK_EMULATOR_PORT": str(emu_port),
        "DINGHIRE_DINGTALK_API_ENDPOINT": f"http://127.0.0.1:{emu_port}",
        "DINGHIRE_DINGTALK_OAPI_ENDPOINT": f"http://127.0.0.1:{emu_port}",
    }
    env.pop("DINGTALK_OPENAPI_ENDPOINT", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "dinghire", "serve", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        body = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                resp = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                body = resp.json()
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        assert body == {"status": "ok", "version": "0.1.0", "database": "ok", "jobs": "inprocess"}
        # The emulator serves the sandbox console; the product app does not.
        console = httpx.get(f"http://127.0.0.1:{emu_port}/_sandbox/", timeout=5)
        assert console.status_code == 200 and "钉钉沙盒" in console.text
        assert httpx.get(f"http://127.0.0.1:{port}/_sandbox/", timeout=5).status_code == 404
        # A fresh database behind the sandbox gets the demo org: its HR is a DingTalk user there.
        org = httpx.get(f"http://127.0.0.1:{emu_port}/_emulator/org", timeout=5).json()
        assert "hr_wangfang" in str(org) and "hr_lijing" in str(org)
        # The console's DingHire buttons reach this process through the emulator only.
        emu = f"http://127.0.0.1:{emu_port}/_emulator/sandbox"
        assert httpx.get(f"{emu}/host", timeout=5).json() == {"registered": True}
        journey = httpx.get(f"{emu}/app/journey", timeout=10).json()
        assert [s["number"] for s in journey["steps"]] == list(range(2, 13))
        direct = httpx.get(f"http://127.0.0.1:{port}/_sandbox-host/journey", timeout=5)
        assert direct.status_code == 403
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=30)
    assert f"DingHire is running on http://127.0.0.1:{port}" in out
    banner = out[out.index("钉钉沙盒") :].splitlines()
    assert banner[0] == (
        f"钉钉沙盒 DingTalk sandbox (try it in a browser): "
        f"http://127.0.0.1:{emu_port}/_sandbox/?app=http://127.0.0.1:{port}"
    )
    assert banner[1].startswith("DingHire is running on")
    assert f"DingTalk: local emulator on http://127.0.0.1:{emu_port}" in out
    assert "Try next:" in out
    assert f"HR console: http://127.0.0.1:{port}/console" in out
    # uvicorn re-raises SIGINT after a graceful shutdown, so 130 is the clean exit here.
    assert proc.returncode in (0, 130), out[-2000:]
    assert "Finished server process" in out


def test_ready_reports_each_dependency(tmp_path: Path) -> None:
    env = {
        "DINGHIRE_DATABASE_URL": f"sqlite://{tmp_path}/ready.sqlite3",
        "DINGHIRE_STORAGE_ROOT": str(tmp_path / "storage"),
        "DINGHIRE_DINGTALK_ENABLED": "false",
    }
    assert run_cli("migrate", env=env).returncode == 0
    ok = run_cli("ready", env=env)
    assert ok.returncode == 0, ok.stderr
    assert "database  ok" in ok.stdout and "storage   ok" in ok.stdout
    assert "redis     skipped" in ok.stdout and ok.stdout.rstrip().endswith("Ready.")


def test_ready_fails_without_the_database_server(tmp_path: Path) -> None:
    env = {
        "DINGHIRE_DATABASE_URL": f"postgres://dinghire@127.0.0.1:{free_port()}/dinghire",
        "DINGHIRE_STORAGE_ROOT": str(tmp_path / "storage"),
        "DINGHIRE_DINGTALK_ENABLED": "false",
    }
    result = run_cli("ready", env=env)
    assert result.returncode == 1
    assert "database  error" in result.stdout, result.stdout
    assert "storage   ok" in result.stdout
    assert result.stderr.strip() == "Not ready." and "Traceback" not in result.stderr


def test_config_check_validates_the_llm_judge_settings_and_masks_its_key(tmp_path: Path) -> None:
    env = {"DINGHIRE_ANALYSIS_SCORING_ENGINE": "llm", "DINGHIRE_ANALYSIS_LLM_API_KEY": "sk-abc123"}
    missing = run_cli("config", "check", env=env, cwd=tmp_path)
    assert missing.returncode == 2
    assert "DINGHIRE_ANALYSIS_LLM_BASE_URL" in missing.stderr
    assert "DINGHIRE_ANALYSIS_LLM_MODEL" in missing.stderr
    env |= {
        "DINGHIRE_ANALYSIS_LLM_BASE_URL": "http://127.0.0.1:8000/v1",
        "DINGHIRE_ANALYSIS_LLM_MODEL": "qwen2.5-7b-instruct",
    }
    ok = run_cli("config", "check", env=env, cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "analysis.llm_api_key = **********" in ok.stdout
    assert "analysis.scoring_engine = llm" in ok.stdout
    assert "sk-abc123" not in ok.stdout + ok.stderr
    bad = run_cli(
        "config",
        "check",
        env={**env, "DINGHIRE_ANALYSIS_LLM_BASE_URL": "localhost:8000"},
        cwd=tmp_path,
    )
    assert bad.returncode == 2
    assert "DINGHIRE_ANALYSIS_LLM_BASE_URL" in bad.stderr


def test_config_check_validates_candidate_email_and_sms_and_masks_their_secrets(
    tmp_path: Path,
) -> None:
    env = {"DINGHIRE_MAIL_ENABLED": "true", "DINGHIRE_SMS_ENABLED": "true"}
    missing = run_cli("config", "check", env=env, cwd=tmp_path)
    assert missing.returncode == 2
    for name in (
        "DINGHIRE_MAIL_HOST",
        "DINGHIRE_MAIL_FROM_ADDRESS",
        "DINGHIRE_SMS_ACCESS_KEY_ID",
        "DINGHIRE_SMS_ACCESS_KEY_SECRET",
        "DINGHIRE_SMS_SIGN_NAME",
        "DINGHIRE_SMS_TEMPLATES",
    ):
        assert name in missing.stderr
    env |= {
        "DINGHIRE_MAIL_HOST": "smtp.example.com",
        "DINGHIRE_MAIL_FROM_ADDRESS": "hr@example.com",
        "DINGHIRE_MAIL_USERNAME": "hr@example.com",
        "DINGHIRE_MAIL_PASSWORD": "smtp-pass-9f8e7d",
        "DINGHIRE_SMS_ACCESS_KEY_ID": "LTAI5tExample",
        "DINGHIRE_SMS_ACCESS_KEY_SECRET": "sms-secret-1a2b3c4d",
        "DINGHIRE_SMS_SIGN_NAME": "钉招聘",
        "DINGHIRE_SMS_TEMPLATES": '{"invitation": "SMS_1", "reminder": "SMS_2", '
        '"decision": "SMS_3", "offer": "SMS_4"}',
    }
    ok = run_cli("config", "check", env=env, cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "mail.password = **********" in ok.stdout
    assert "sms.access_key_secret = **********" in ok.stdout
    assert "smtp-pass-9f8e7d" not in ok.stdout + ok.stderr
    assert "sms-secret-1a2b3c4d" not in ok.stdout + ok.stderr


def test_config_check_shows_the_months_dingtalk_calls(tmp_path: Path) -> None:
    # The standard edition's 5,000 calls a month (OD:how-to-process-api-throttling-on-the-
    # dingtalk-server) is the default budget; a fresh database has used none of it.
    env = {"DINGHIRE_DATABASE_URL": f"sqlite://{tmp_path}/d.sqlite3"}
    assert run_cli("migrate", env=env, cwd=tmp_path).returncode == 0
    proc = run_cli("config", "check", env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "dingtalk.calls_this_month = 0 / 5000 (0%) in " in proc.stdout


def test_config_check_validates_the_s3_storage_settings_and_masks_its_secret(
    tmp_path: Path,
) -> None:
    env = {"DINGHIRE_STORAGE_BACKEND": "s3", "DINGHIRE_STORAGE_S3_BUCKET": "Bad_Bucket"}
    missing = run_cli("config", "check", env=env, cwd=tmp_path)
    assert missing.returncode == 2
    for name in ("S3_ENDPOINT_URL", "S3_BUCKET: not a valid bucket", "S3_SECRET_ACCESS_KEY"):
        assert f"DINGHIRE_STORAGE_{name}" in missing.stderr
    env |= {
        "DINGHIRE_STORAGE_S3_ENDPOINT_URL": "http://10.0.0.5:9000",
        "DINGHIRE_STORAGE_S3_BUCKET": "dinghire",
        "DINGHIRE_STORAGE_S3_ACCESS_KEY_ID": "dinghire-app",
        "DINGHIRE_STORAGE_S3_SECRET_ACCESS_KEY": "Zq8v-minio-secret-41",
    }
    ok = run_cli("config", "check", env=env, cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "storage.backend = s3" in ok.stdout
    assert "storage.s3_secret_access_key = **********" in ok.stdout
    assert "Zq8v" not in ok.stdout + ok.stderr
    bad = run_cli(
        "config",
        "check",
        env={**env, "DINGHIRE_STORAGE_S3_ENDPOINT_URL": "10.0.0.5:9000"},
        cwd=tmp_path,
    )
    assert bad.returncode == 2 and "DINGHIRE_STORAGE_S3_ENDPOINT_URL" in bad.stderr
