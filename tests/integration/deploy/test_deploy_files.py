"""The deployment files validate with the tools that will run them: compose, systemd, nginx."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from settings import Settings
from tests.support import REPO_ROOT

DEPLOY = REPO_ROOT / "deploy"
UNITS = ["dinghire-migrate.service", "dinghire-api.service", "dinghire-worker@1.service"]
COMPOSE_ENV = {
    "POSTGRES_PASSWORD": "pw",
    "DINGHIRE_SERVER_NAME": "hire.test",
    "DINGHIRE_TLS_DIR": "/tls",
    "MINIO_ROOT_USER": "dinghire",
    "MINIO_ROOT_PASSWORD": "minio-pw",
}


def _tool(name: str) -> str:
    # Next to the interpreter first (docker-compose comes from the dev lock), then the system.
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name, path="/usr/sbin:/usr/bin:/bin")
    assert found, f"{name} is missing: `make install-dev` installs it"
    return found


def _compose(tmp_path: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # A copy with the env file an operator creates from the example, beside the nginx template.
    shutil.copytree(DEPLOY / "compose", tmp_path / "compose", dirs_exist_ok=True)
    shutil.copytree(DEPLOY / "nginx", tmp_path / "nginx", dirs_exist_ok=True)
    shutil.copy(tmp_path / "compose/dinghire.env.example", tmp_path / "compose/dinghire.env")
    return subprocess.run(
        [_tool("docker-compose"), "-f", str(tmp_path / "compose/compose.yaml"), *args],
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_compose_file_validates_and_runs_the_whole_stack(tmp_path: Path) -> None:
    result = _compose(tmp_path, "config", "--format", "json", env=COMPOSE_ENV)
    assert result.returncode == 0, result.stderr
    services = json.loads(result.stdout)["services"]
    assert set(services) == {
        *("postgres", "redis", "minio", "minio-init", "migrate", "api", "worker", "nginx")
    }
    assert services["worker"]["deploy"]["replicas"] == 2
    assert "/readyz" in " ".join(services["api"]["healthcheck"]["test"])
    api_env = services["api"]["environment"]
    assert api_env["DINGHIRE_REDIS_JOB_BACKEND"] == "arq"
    assert api_env["DINGHIRE_DATABASE_URL"] == "postgres://dinghire:pw@postgres:5432/dinghire"
    # API and workers share the object store, not a disk.
    for name in ("api", "worker"):
        env = services[name]["environment"]
        assert env["DINGHIRE_STORAGE_BACKEND"] == "s3"
        assert env["DINGHIRE_STORAGE_S3_ENDPOINT_URL"] == "http://minio:9000"
        assert env["DINGHIRE_STORAGE_S3_SECRET_ACCESS_KEY"] == "minio-pw"
        assert "volumes" not in services[name]
        assert env["DINGHIRE_REDIS_JOB_BACKEND"] == "arq"
        assert services[name]["depends_on"]["minio-init"]["condition"] == (
            "service_completed_successfully"
        )
    # The API waits for migrations and a healthy Redis; nginx waits for a ready API.
    assert services["api"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert services["nginx"]["depends_on"]["api"]["condition"] == "service_healthy"


def test_compose_names_each_missing_required_value(tmp_path: Path) -> None:
    result = _compose(tmp_path, "config", "--quiet", env={})
    assert result.returncode != 0
    for name in (
        *("POSTGRES_PASSWORD", "DINGHIRE_SERVER_NAME", "DINGHIRE_TLS_DIR"),
        *("MINIO_ROOT_USER", "MINIO_ROOT_PASSWORD"),
    ):
        assert f"set {name} in .env" in result.stderr


def test_env_templates_name_only_real_settings() -> None:
    known = {"DINGHIRE_MODE"} | {
        f"DINGHIRE_{section.upper()}_{name.upper()}"
        for section, info in Settings.model_fields.items()
        if info.annotation is not None and hasattr(info.annotation, "model_fields")
        for name in info.annotation.model_fields
    }
    templates = [DEPLOY / "compose/dinghire.env.example", DEPLOY / "systemd/dinghire.env.example"]
    for template in templates:
        for line in template.read_text(encoding="utf-8").splitlines():
            if line.startswith("DINGHIRE_"):
                name = line.split("=", 1)[0]
                assert name in known, f"{template.name}: {name} is not a DingHire setting"


def test_systemd_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    # A root with the distribution's targets, the units and the venv's entry point, as installed.
    system = tmp_path / "usr/lib/systemd/system"
    system.mkdir(parents=True)
    for target in Path("/usr/lib/systemd/system").glob("*.target"):
        shutil.copy(target, system / target.name)  # copies follow symlinks: no loops
    (tmp_path / "etc/systemd/system").mkdir(parents=True)
    for unit in (DEPLOY / "systemd").glob("*.service"):
        shutil.copy(unit, tmp_path / "etc/systemd/system" / unit.name)
    (tmp_path / "etc/dinghire").mkdir()
    (tmp_path / "etc/dinghire/dinghire.env").write_text("")
    entry = tmp_path / "opt/dinghire/.venv/bin/dinghire"
    entry.parent.mkdir(parents=True)
    entry.write_text("#!/bin/sh\n")
    entry.chmod(0o755)
    result = subprocess.run(
        [_tool("systemd-analyze"), "verify", f"--root={tmp_path}", *UNITS],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    # verify exits 0 on unknown keys too; any line it prints is a finding.
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), result.stderr


def _self_signed(tls: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "hire.test")])
    start = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    tls.mkdir()
    (tls / "fullchain.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tls / "privkey.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def test_nginx_template_passes_nginx_t(tmp_path: Path) -> None:
    tls = tmp_path / "tls"
    _self_signed(tls)
    site = (DEPLOY / "nginx/dinghire.conf.template").read_text(encoding="utf-8")
    # What the nginx image's envsubst step (or `envsubst` on bare metal) does.
    for name, value in {
        "DINGHIRE_SERVER_NAME": "hire.test",
        "DINGHIRE_UPSTREAM": "127.0.0.1:8000",
        "DINGHIRE_TLS_DIR": str(tls),
    }.items():
        site = site.replace("${" + name + "}", value)
    assert "${" not in site
    (tmp_path / "site.conf").write_text(site)
    main = tmp_path / "nginx.conf"
    main.write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  client_body_temp_path {tmp_path}/body;\n  proxy_temp_path {tmp_path}/proxy;\n"
        f"  include {tmp_path}/site.conf;\n}}\n"
    )
    result = subprocess.run(
        [_tool("nginx"), "-t", "-c", str(main), "-e", str(tmp_path / "error.log")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_grafana_dashboard_queries_only_metrics_the_app_exports() -> None:
    from prometheus_client import generate_latest

    from dinghire.metrics import REGISTRY

    exported = generate_latest(REGISTRY).decode()
    names = {line.split()[2] for line in exported.splitlines() if line.startswith("# TYPE")}
    series = {f"{n}{s}" for n in names for s in ("", "_bucket", "_count", "_sum", "_total")}
    dashboard = json.loads((DEPLOY / "grafana/dinghire-dashboard.json").read_text())
    used = {
        token
        for panel in dashboard["panels"]
        for target in panel["targets"]
        for token in re.findall(r"dinghire_[a-z_]+", target["expr"])
    }
    assert used and used <= series, used - series
