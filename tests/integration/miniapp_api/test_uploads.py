"""Uploads: real media passes sniffing and ffprobe and is stored encrypted; the rest is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from dinghire.bootstrap import Container
from settings import Settings
from tests.integration.miniapp_api.conftest import CHUNK, MAX_UPLOAD
from tests.integration.miniapp_api.harness import (
    FakeClock,
    Flow,
    JobLog,
    make_media,
    sha,
    stored_files,
)
from workflows.interviews.models import (
    Answer,
    AnswerMode,
    AnswerStatus,
    UploadSession,
    UploadStatus,
)
from workflows.interviews.uploads import STALE_CLAIM


@pytest.fixture(scope="module")
def webm(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """Two seconds of VP8 + Opus WebM made by ffmpeg."""
    return make_media(tmp_path_factory.mktemp("media") / "answer.webm")


@pytest.fixture(scope="module")
def audio_only(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """Two seconds of Opus audio in WebM."""
    return make_media(tmp_path_factory.mktemp("media") / "answer-audio.webm", video=False)


async def _ready(flow: Flow) -> None:
    assert (await flow.consent()).status_code == 200
    assert (await flow.start(0)).status_code == 200


async def test_a_recorded_answer_is_stored_encrypted_and_queued_for_analysis(
    flow: Flow, webm: bytes, container: Container, jobs: JobLog, api_settings: Settings
) -> None:
    await _ready(flow)
    assert len(webm) > 2 * CHUNK  # several chunks
    done = await flow.upload(0, webm)
    assert done.status_code == 200, done.text
    answer = await Answer.get(id=done.json()["answer_id"])
    assert (answer.status, answer.mode) == (AnswerStatus.UPLOADED, AnswerMode.VIDEO)
    assert answer.media_sha256 == sha(webm) and answer.media_bytes == len(webm)
    assert answer.duration_s is not None and 1.5 < answer.duration_s < 2.5
    assert await container.store.get(answer.media_key) == webm
    raw = container.store.raw_path(answer.media_key).read_bytes()
    assert raw.startswith(b"DHE2") and webm[:4096] not in raw
    # The chunks are gone once the recording is assembled.
    root = api_settings.storage.root
    assert [p.relative_to(root).parts[0] for p in stored_files(root)] == ["answers"]
    await container.drain_jobs(10)
    assert jobs.analysed == [answer.id]
    again = await flow.call(
        "POST",
        f"/api/v1/uploads/{(await UploadSession.get()).id}/complete",
        json={"sha256": sha(webm)},
    )
    assert again.json() == {"answer_id": answer.id, "status": "uploaded"}
    plan = (await flow.call("GET", "/api/v1/interview/plan")).json()
    assert plan["nodes"][0]["state"] == "answered"


async def test_chunks_on_disk_are_sealed_before_completion(
    flow: Flow, webm: bytes, api_settings: Settings
) -> None:
    await _ready(flow)
    upload = (await flow.open_upload(0, 1, len(webm))).json()
    assert (await flow.put_chunk(upload["upload_id"], 0, webm[:CHUNK])).status_code == 200
    (chunk,) = stored_files(api_settings.storage.root)
    sealed = chunk.read_bytes()
    assert sealed.startswith(b"DHE2") and webm[:64] not in sealed


async def test_a_repeated_chunk_is_acknowledged_and_a_wrong_checksum_refused(
    flow: Flow, webm: bytes
) -> None:
    await _ready(flow)
    upload = (await flow.open_upload(0, 1, len(webm))).json()
    uid = upload["upload_id"]
    first = await flow.put_chunk(uid, 0, webm[:CHUNK])
    repeat = await flow.put_chunk(uid, 0, webm[:CHUNK])
    assert first.json() == repeat.json() == {"received_bytes": CHUNK, "next_index": 1}
    bad = await flow.call(
        "PUT",
        f"/api/v1/uploads/{uid}/chunks/1",
        content=webm[CHUNK : 2 * CHUNK],
        headers={"X-Chunk-Sha256": "0" * 64},
    )
    assert bad.status_code == 422
    assert bad.json()["error"]["message"] == "分片校验失败，请重新上传这一片"
    state = (await flow.call("GET", f"/api/v1/uploads/{uid}")).json()
    assert state == {"received_bytes": CHUNK, "next_index": 1, "status": "open"}


async def test_a_text_file_renamed_webm_is_refused_and_nothing_stored(
    flow: Flow, api_settings: Settings, jobs: JobLog
) -> None:
    await _ready(flow)
    fake = ("这不是视频，只是改了扩展名的文本文件。\n" * 40).encode()
    response = await flow.upload(0, fake)
    assert response.status_code == 415
    assert "不是受支持的录音或录像格式" in response.json()["error"]["message"]
    assert stored_files(api_settings.storage.root) == []
    assert (await UploadSession.get()).status == UploadStatus.FAILED
    assert (await Answer.get()).status == AnswerStatus.PENDING
    assert jobs.analysed == []


async def test_fake_magic_bytes_are_caught_by_ffprobe_and_nothing_stored(
    flow: Flow, api_settings: Settings, jobs: JobLog
) -> None:
    await _ready(flow)
    fake = b"\x1a\x45\xdf\xa3" + b"\x00garbage that only looks like EBML" * 50
    response = await flow.upload(0, fake)
    assert response.status_code == 415
    assert "不是受支持的录音或录像格式" in response.json()["error"]["message"]
    assert stored_files(api_settings.storage.root) == []
    assert jobs.analysed == []


async def test_audio_only_recording_is_refused_in_video_mode_but_taken_in_audio_mode(
    flow: Flow, audio_only: bytes
) -> None:
    await _ready(flow)
    refused = await flow.upload(0, audio_only, mime="audio/webm")
    assert refused.status_code == 415
    assert refused.json()["error"]["message"] == "录制文件中没有画面，请检查摄像头后重新录制"
    await flow.call("POST", "/api/v1/interview/nodes/0/retake")
    report = {"camera": {"ok": False}, "microphone": {"ok": True, "peak_level": 0.5}}
    await flow.call(
        "POST", "/api/v1/interview/device-check", json={**report, "mode_choice": "audio"}
    )
    accepted = await flow.upload(0, audio_only, attempt=2, mime="audio/webm")
    assert accepted.status_code == 200, accepted.text
    assert (await Answer.get(id=accepted.json()["answer_id"])).mode == AnswerMode.AUDIO


async def test_an_oversize_file_is_refused_up_front(flow: Flow, api_settings: Settings) -> None:
    await _ready(flow)
    response = await flow.open_upload(0, 1, MAX_UPLOAD + 1)
    assert response.status_code == 413
    assert "文件过大" in response.json()["error"]["message"]
    assert await UploadSession.all().count() == 0
    assert stored_files(api_settings.storage.root) == []


async def test_chunks_beyond_the_declared_size_are_refused_and_nothing_kept(
    flow: Flow, webm: bytes, api_settings: Settings
) -> None:
    await _ready(flow)
    declared = CHUNK + 100
    upload = (await flow.open_upload(0, 1, declared)).json()
    uid = upload["upload_id"]
    assert (await flow.put_chunk(uid, 0, webm[:CHUNK])).status_code == 200
    over = await flow.put_chunk(uid, 1, webm[CHUNK : 2 * CHUNK])
    assert over.status_code == 413
    assert over.json()["error"]["message"].startswith("上传的数据超过了声明的文件大小")
    assert stored_files(api_settings.storage.root) == []
    assert (await UploadSession.get(id=uid)).status == UploadStatus.FAILED


async def test_a_chunk_larger_than_the_chunk_size_is_refused(flow: Flow, webm: bytes) -> None:
    await _ready(flow)
    upload = (await flow.open_upload(0, 1, len(webm))).json()
    response = await flow.put_chunk(upload["upload_id"], 0, webm[: CHUNK + 1])
    assert response.status_code == 413


async def test_a_recording_longer_than_the_answer_time_is_refused(
    flow: Flow, tmp_path: Path
) -> None:
    await _ready(flow)
    declared = await flow.open_upload(0, 1, 1000, duration=75)  # node allows 60 s
    assert declared.status_code == 422
    assert "超过本题限制的 60 秒" in declared.json()["error"]["message"]


async def test_other_declared_types_are_refused(flow: Flow) -> None:
    await _ready(flow)
    response = await flow.open_upload(0, 1, 1000, mime="application/pdf")
    assert response.status_code == 415
    assert "WebM" in response.json()["error"]["message"]


async def test_withdrawn_consent_stops_chunks_and_completion_and_deletes_what_was_stored(
    flow: Flow, webm: bytes, api_settings: Settings, jobs: JobLog, container: Container
) -> None:
    await _ready(flow)
    upload = (await flow.open_upload(0, 1, len(webm))).json()
    assert (await flow.put_chunk(upload["upload_id"], 0, webm[:CHUNK])).status_code == 200

    # The candidate takes recording consent back mid-upload.
    assert (await flow.consent(recording=False)).status_code == 200
    refused = await flow.put_chunk(upload["upload_id"], 1, webm[CHUNK : 2 * CHUNK])
    completed = await flow.call(
        "POST", f"/api/v1/uploads/{upload['upload_id']}/complete", json={"sha256": sha(webm)}
    )

    assert refused.status_code == 403 and completed.status_code != 200
    row = await UploadSession.get(id=upload["upload_id"])
    assert (row.status, row.error_code) == (UploadStatus.FAILED, "consent_withdrawn")
    assert stored_files(api_settings.storage.root) == []
    await container.drain_jobs(10)
    assert jobs.analysed == []


async def test_a_completion_cut_by_a_killed_process_is_taken_over_by_the_retry(
    flow: Flow, webm: bytes, container: Container, clock: FakeClock
) -> None:
    await _ready(flow)
    opened = (await flow.open_upload(0, 1, len(webm))).json()
    for n, offset in enumerate(range(0, len(webm), CHUNK)):
        put = await flow.put_chunk(opened["upload_id"], n, webm[offset : offset + CHUNK])
        assert put.status_code == 200
    # The API process claimed the completion and was killed before it finished.
    await UploadSession.filter(id=opened["upload_id"]).update(
        status=UploadStatus.VALIDATING, updated_at=clock()
    )
    path = f"/api/v1/uploads/{opened['upload_id']}/complete"
    busy = await flow.call("POST", path, json={"sha256": sha(webm)})
    assert busy.status_code == 409 and "正在处理" in busy.text
    clock.advance(STALE_CLAIM.total_seconds() + 1)
    done = await flow.call("POST", path, json={"sha256": sha(webm)})
    assert done.status_code == 200, done.text
    answer = await Answer.get(id=done.json()["answer_id"])
    assert await container.store.get(answer.media_key) == webm
