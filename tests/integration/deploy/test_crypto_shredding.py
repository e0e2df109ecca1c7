"""Crypto-shredding: a backup taken before a candidate's erasure no longer decrypts their data.

Their words are under their key everywhere, not only in the name and transcript columns: the
raw backup holds no evidence quote, follow-up suggestion, cue, match reason or resume file name
in plain text.

The dated backups hold no data keys; the key ring beside them is replaced on every run. After an
erasure and the next backup, restoring the OLD backup brings back the erased candidate's rows and
sealed files, and none of it opens; another candidate in the same old backup restores whole.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from analysis.answer_media import MediaOutcome
from analysis.followup import FollowUp
from analysis.scoring.types import AnswerScore, DimensionScore, Evidence
from analysis.types import Transcript
from dinghire.bootstrap import build_store, build_vault
from settings import DatabaseSettings, Settings
from tests.integration.deploy import test_backup_restore as drill
from tests.integration.miniapp_api import report_factory as rf
from workflows import db as dbmod
from workflows.applications.models import Application
from workflows.assessments.models import AnalysisResult, Report
from workflows.assessments.results import AnswerAnalysis, record_analysis
from workflows.candidates.models import Candidate, Resume
from workflows.interviews.models import InterviewSession, SessionStatus
from workflows.interviews.plan import add_follow_up_node
from workflows.privacy import contexts
from workflows.privacy.erasure import erase_candidate
from workflows.privacy.models import CandidateKey
from workflows.privacy.sealed_json import (
    ERASED_QUOTE,
    open_doc,
    open_file_name,
    open_quotes,
    open_text,
    seal_file_name,
)
from workflows.privacy.vault import DecryptionError, PiiVault
from workflows.storage.envelope import IntegrityError
from workflows.storage.local import LocalEncryptedStore
from workflows.storage.port import ObjectStore

_script, _settings = drill._script, drill._settings
empty_target = drill.empty_target  # the restore drill's fixture: a new, empty database

RESUME = b"%PDF-1.4 resume bytes of a real person " * 50


async def _candidate(vault: PiiVault, store: LocalEncryptedStore, name: str) -> tuple[int, str]:
    cand = await Candidate.create()
    await vault.unlock(cand.id, create=True)
    cand.name_enc = vault.encrypt(name, context=contexts.CANDIDATE_NAME, owner=cand.id)
    await cand.save()
    key = f"resumes/{cand.id}/cv"
    await store.put(key, RESUME, owner=cand.id)
    return cand.id, key


async def _two_candidates_backed_up(
    db: DatabaseSettings, tmp_path: Path
) -> tuple[Settings, ObjectStore, tuple[int, str], tuple[int, str]]:
    """Two candidates with a name and a resume each, then the day-1 backup."""
    live = _settings(db, tmp_path / "storage")
    vault = build_vault(live)
    store = build_store(live, vault)
    erased = await _candidate(vault, store, "张伟")
    kept = await _candidate(vault, store, "李娜")
    _script("backup.sh", tmp_path / "backups" / "day1", db, live.storage.root)
    return live, store, erased, kept


async def _restore_old_backup(
    live: Settings, backup: Path, target: DatabaseSettings, tmp_path: Path
) -> tuple[PiiVault, ObjectStore]:
    """Disaster: restore an OLD backup onto a new machine (an empty database and store)."""
    shutil.rmtree(live.storage.root)
    await dbmod.disconnect()
    _script("restore.sh", backup, target, tmp_path / "restored")
    await dbmod.connect(target, process_wide=False)
    after = _settings(target, tmp_path / "restored")
    vault = build_vault(after)
    return vault, build_store(after, vault)


async def _assert_only_the_kept_one_opens(
    vault: PiiVault, store: ObjectStore, erased: tuple[int, str], kept: tuple[int, str]
) -> None:
    erased_id, erased_file = erased
    old_row = await Candidate.get(id=erased_id)
    assert old_row.name_enc, "the old backup does hold the erased candidate's ciphertext"
    await vault.unlock_tokens([old_row.name_enc])
    with pytest.raises(DecryptionError):
        vault.decrypt(old_row.name_enc, context=contexts.CANDIDATE_NAME, owner=erased_id)
    assert await store.exists(erased_file)
    with pytest.raises(IntegrityError):
        await store.get(erased_file)
    assert (await CandidateKey.get(candidate_id=erased_id)).destroyed_at is not None
    kept_id, kept_file = kept
    row = await Candidate.get(id=kept_id)
    await vault.unlock(kept_id)
    assert vault.decrypt(row.name_enc, context=contexts.CANDIDATE_NAME, owner=kept_id) == "李娜"
    assert await store.get(kept_file) == RESUME


async def test_a_backup_taken_before_erasure_no_longer_decrypts_the_erased_candidate(
    db: DatabaseSettings, empty_target: DatabaseSettings, tmp_path: Path
) -> None:
    live, store, erased, kept = await _two_candidates_backed_up(db, tmp_path)
    backups = tmp_path / "backups"
    erasure = await erase_candidate(
        erased[0], store, now=datetime.now(UTC), reason="候选人申请删除"
    )
    assert erasure.key_destroyed
    _script("backup.sh", backups / "day2", db, live.storage.root)

    vault2, store2 = await _restore_old_backup(live, backups / "day1", empty_target, tmp_path)
    await _assert_only_the_kept_one_opens(vault2, store2, erased, kept)


async def test_erasure_scrubs_the_key_ring_at_once_without_waiting_for_the_next_backup(
    db: DatabaseSettings, empty_target: DatabaseSettings, tmp_path: Path
) -> None:
    """The ring beside the backups held the erased candidate's wrapped key until the next backup
    run replaced it: an old backup restored with that ring opened their data again."""
    live, store, erased, kept = await _two_candidates_backed_up(db, tmp_path)
    backups = tmp_path / "backups"
    ring = backups / "keyring.csv"
    wrapped = (await CandidateKey.get(candidate_id=erased[0])).wrapped
    assert wrapped and wrapped in ring.read_text()

    await erase_candidate(
        erased[0], store, now=datetime.now(UTC), reason="候选人申请删除", keyring_file=str(ring)
    )
    assert wrapped not in ring.read_text()
    assert ring.stat().st_mode & 0o777 == 0o600

    # No second backup: restore day 1 with the ring as the erasure left it.
    vault2, store2 = await _restore_old_backup(live, backups / "day1", empty_target, tmp_path)
    await _assert_only_the_kept_one_opens(vault2, store2, erased, kept)


# Words of the candidate that only their key may open (ASCII tags too: JSON may escape the rest).
QUOTE, FOLLOW, WHY = "证据原话EVQ1", "追问原话FUQ2", "追问理由FUR3"
AUDIO, VISION, FILE = "声音特征AUC4", "画面特征VIC5", "张伟-简历FNM6.pdf"
ASKED = "能具体说说ASKQ7这次改进的最终结果吗？"
MARKERS = (
    ASKED,
    QUOTE,
    FOLLOW,
    WHY,
    AUDIO,
    VISION,
    FILE,
    rf.INTRO,  # an evidence quote of the built report
    rf.SEGMENTS[1][2],  # the timed quote of the recorded answer
    rf.MATCH["matched"][0],  # a match reason
    rf.MATCH["missing"][0],
)


def _raw_dump(backup: Path) -> str:
    """Everything the dated backup's database holds, as text."""
    if (backup / "db.dump").exists():
        out = subprocess.run(
            ["pg_restore", "--file=-", str(backup / "db.dump")],
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout
    with closing(sqlite3.connect(backup / "db.sqlite3")) as conn:
        return "\n".join(conn.iterdump())


def _evidence(text: str) -> Evidence:
    return Evidence(text, 0.0, 1.0, 0, ("rubric",))


def _present(marker: str, dump: str) -> bool:
    return marker in dump or json.dumps(marker)[1:-1] in dump


async def test_a_backup_holds_no_quote_follow_up_cue_match_reason_or_file_name_in_clear(
    db: DatabaseSettings, empty_target: DatabaseSettings, tmp_path: Path
) -> None:
    live = _settings(db, tmp_path / "storage")
    vault = build_vault(live)
    store = build_store(live, vault)
    built = await rf.build_report(vault, store, drill.MEDIA)
    owner = built.candidate_id
    # A follow-up suggestion, cues and a quote, stored as the analysis job stores them.
    analysis = AnswerAnalysis(
        "ok",
        MediaOutcome(Transcript("", (), "zh", 0.9, "text"), {"note": AUDIO}, {"note": VISION}, ()),
        AnswerScore(
            (
                DimensionScore(
                    "communication",
                    "沟通",
                    6.0,
                    0.7,
                    evidence=(Evidence(QUOTE, 0, 1, 0, ("rubric",)),),
                ),
            )
        ),
        None,
        FollowUp(FOLLOW, WHY, "no_example"),
    )
    await record_analysis(built.text_answer_id, "shred/1", analysis, vault, owner=owner)
    # A follow-up question added to the plan while the interview runs (it quotes the answer).
    session = await InterviewSession.get(application_id=built.application_id)
    await InterviewSession.filter(id=session.id).update(status=SessionStatus.IN_PROGRESS)
    node = await add_follow_up_node(
        session.id, session.plan[0]["index"], ASKED, built.text_answer_id, vault=vault, owner=owner
    )
    await Resume.filter(candidate_id=owner).update(
        file_name=seal_file_name(vault, FILE, owner=owner)
    )
    backups = tmp_path / "backups"
    _script("backup.sh", backups / "day1", db, live.storage.root)
    dump = _raw_dump(backups / "day1")
    assert _present("后端开发", dump), "the search sees plain Chinese text (job titles are plain)"
    leaked = [m for m in MARKERS if _present(m, dump)]
    assert not leaked, f"in the backup in plain text: {leaked}"

    # While the key lives, every one of them reads back.
    row = await AnalysisResult.get(answer_id=built.text_answer_id, analyser_version="shred/1")
    scores = await open_quotes(vault, row.dimension_scores)
    assert scores["dimensions"][0]["evidence"][0]["text"] == QUOTE
    assert (await open_doc(vault, row.follow_up, context=contexts.FOLLOW_UP))["text"] == FOLLOW
    assert (await open_doc(vault, row.audio_cues, context=contexts.AUDIO_CUES))["note"] == AUDIO
    resume = await Resume.get(candidate_id=owner)
    assert await open_file_name(vault, resume.file_name) == FILE
    plan = (await InterviewSession.get(id=session.id)).plan
    [asked] = [n["text"] for n in plan if n["index"] == node]
    assert await open_text(vault, asked, context=contexts.FOLLOW_UP_QUESTION) == ASKED

    ring = backups / "keyring.csv"
    await erase_candidate(
        owner, store, now=datetime.now(UTC), reason="候选人申请删除", keyring_file=str(ring)
    )
    # Restore the backup from before the erasure: the rows are back, their words stay sealed.
    vault2, _ = await _restore_old_backup(live, backups / "day1", empty_target, tmp_path)
    report = await Report.get(id=built.report_id)
    opened = await open_quotes(vault2, report.dimensions)
    quotes = [e["text"] for d in opened for e in d.get("evidence", [])]
    assert quotes and set(quotes) == {ERASED_QUOTE}
    old = await AnalysisResult.get(answer_id=built.text_answer_id, analyser_version="shred/1")
    assert await open_doc(vault2, old.follow_up, context=contexts.FOLLOW_UP) == {}
    assert await open_doc(vault2, old.vision_cues, context=contexts.VISION_CUES) == {}
    app = await Application.get(id=built.application_id)
    match = await open_doc(vault2, app.match_explanation, context=contexts.MATCH_EXPLANATION)
    assert "matched" not in match
    old_resume = await Resume.get(candidate_id=owner)
    assert await open_file_name(vault2, old_resume.file_name) == ERASED_QUOTE
    old_plan = (await InterviewSession.get(id=session.id)).plan
    [old_asked] = [n["text"] for n in old_plan if n["index"] == node]
    assert await open_text(vault2, old_asked, context=contexts.FOLLOW_UP_QUESTION) == ERASED_QUOTE
