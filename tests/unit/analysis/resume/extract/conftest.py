"""Make the repo root and the resume fixture builders importable for these tests."""

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[5]
# The repo is not installed into the venv and pytest has no pythonpath setting yet.
for _path in (_ROOT, _ROOT / "tests" / "fixtures" / "resumes"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))
