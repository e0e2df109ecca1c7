"""The offline bundle installs into a fresh virtualenv with no network and the app starts."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

from tests.support import REPO_ROOT

# Runs inside a new network namespace: only a loopback interface, so nothing can be fetched.
INSIDE = r"""
set -euo pipefail
ip link set lo up
if python3 "$WORK/probe.py" https://pypi.org 2>/dev/null; then
  echo "NETWORK REACHABLE"; exit 3
fi
bash "$BUNDLE/install.sh" "$VENV"
export DINGHIRE_DATABASE_URL="sqlite://$WORK/app.sqlite3" DINGHIRE_STORAGE_ROOT="$WORK/storage"
export DINGHIRE_DINGTALK_EMULATOR_PORT=18391 DINGHIRE_DINGTALK_API_ENDPOINT=http://127.0.0.1:18391
export DINGHIRE_DINGTALK_OAPI_ENDPOINT=http://127.0.0.1:18391
cd "$WORK"
BASE=http://127.0.0.1:18390
"$VENV/bin/dinghire" serve --port 18390 > "$WORK/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 150); do
  if body=$("$VENV/bin/python" "$WORK/probe.py" "$BASE/healthz" 2>/dev/null); then
    echo "HEALTHZ $body"
    "$VENV/bin/python" "$WORK/probe.py" "$BASE/i/x" | grep -q "<html" && echo "PAGE OK"
    kill -INT "$server"; wait "$server" || true
    exit 0
  fi
  sleep 0.2
done
cat "$WORK/serve.log"; kill "$server"; exit 4
"""
PROBE = """import sys, urllib.request
print(urllib.request.urlopen(sys.argv[1], timeout=3).read().decode())
"""


def test_offline_bundle_installs_without_network_and_serves(tmp_path: Path) -> None:
    built = subprocess.run(
        ["bash", str(REPO_ROOT / "deploy/bundle.sh"), str(tmp_path / "dist")],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    (archive,) = (tmp_path / "dist").glob("dinghire-*-offline.tar")
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="data")
    (bundle,) = (tmp_path / "unpacked").iterdir()
    assert (bundle / "SHA256SUMS").is_file() and (bundle / "systemd").is_dir()

    (tmp_path / "probe.py").write_text(PROBE)
    env = {
        "PATH": "/usr/sbin:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "BUNDLE": str(bundle),
        "VENV": str(tmp_path / "venv"),
        "WORK": str(tmp_path),
        # Nothing inherited may point pip at a local cache or index.
        "PIP_NO_CACHE_DIR": "1",
    }
    unshare = shutil.which("unshare", path=env["PATH"])
    assert unshare, "unshare (util-linux) is needed to forbid the network"
    result = subprocess.run(
        [unshare, "--net", "bash", "-c", INSIDE],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert '"database":"ok"' in result.stdout.replace(" ", "")
    assert "PAGE OK" in result.stdout
    assert os.path.exists(tmp_path / "venv/bin/dinghire")
