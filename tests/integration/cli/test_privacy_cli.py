"""`dinghire privacy export|erase` and `dinghire keys status` as an operator runs them: the copy is
written, the erasure prints a receipt and destroys the key, and both are in the audit trail."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from settings import DatabaseSettings, StorageSettings, load_settings
from tests.integration.cli.test_cli import run_cli
from workflows import db as dbmod
from workflows.candidates.models import Candidate
from workflows.privacy import contexts
from workflows.privacy.models import AuditLog, CandidateKey
from workflows.privacy.vault import PiiVault


async def test_an_operator_exports_then_erases_a_candidate_with_a_receipt(tmp_path: Path) -> None:
    env = {
        "DINGHIRE_DATABASE_URL": f"sqlite://{tmp_path}/cli.sqlite3",
        "DINGHIRE_STORAGE_ROOT": str(tmp_path / "storage"),
        "DINGHIRE_DINGTALK_ENABLED": "false",
    }
    assert run_cli("migrate", env=env).returncode == 0
    dbs = DatabaseSettings(url=env["DINGHIRE_DATABASE_URL"])
    settings = load_settings(
        strict=False, database=dbs, storage=StorageSettings(root=tmp_path / "storage")
    )
    vault = PiiVault(
        settings.security.master_key_bytes(), settings.security.hash_key.get_secret_value().encode()
    )
    await dbmod.connect(dbs, process_wide=False)
    try:
        cand = await Candidate.create()
        cand.name_enc = await vault.seal("欧阳娜娜", context=contexts.CANDIDATE_NAME, owner=cand.id)
        await cand.save()
    finally:
        await dbmod.disconnect()

    out = tmp_path / "copy.zip"
    export = run_cli(
        "privacy",
        "export",
        "--candidate",
        str(cand.id),
        "--operator",
        "ops-li",
        "--out",
        str(out),
        env=env,
    )
    assert export.returncode == 0, export.stderr
    assert (
        "欧阳娜娜" in zipfile.ZipFile(io.BytesIO(out.read_bytes())).read("个人信息.json").decode()
    )

    receipt = tmp_path / "receipt.txt"
    erase = run_cli(
        "privacy",
        "erase",
        "--candidate",
        str(cand.id),
        "--reason",
        "候选人本人申请",
        "--operator",
        "ops-li",
        "--yes",
        "--receipt",
        str(receipt),
        env=env,
    )
    assert erase.returncode == 0, erase.stderr
    assert "删除回执 ER-" in erase.stdout and "已销毁" in erase.stdout
    assert receipt.read_text(encoding="utf-8").strip() == erase.stdout.strip()
    again = run_cli(
        "privacy",
        "erase",
        "--candidate",
        str(cand.id),
        "--reason",
        "x",
        "--operator",
        "ops-li",
        "--yes",
        env=env,
    )
    assert again.returncode == 1 and "已于" in again.stderr
    status = run_cli("keys", "status", env=env)
    assert "candidate data keys: 0 live, 1 destroyed" in status.stdout, status.stderr

    await dbmod.connect(dbs, process_wide=False)
    try:
        actions = set(
            await AuditLog.filter(actor="system:cli:ops-li").values_list("action", flat=True)
        )
        assert {"candidate.exported", "candidate.erased", "candidate.erasure_receipt"} <= actions
        assert (await CandidateKey.get(candidate_id=cand.id)).destroyed_at is not None
    finally:
        await dbmod.disconnect()
