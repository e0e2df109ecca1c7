"""A stored recording reaches ffmpeg through a streamed copy, never whole in memory."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from analysis.answer_media import analyse_recording
from analysis.types import Transcript
from tests.fixtures.media.media_fixtures import tone_video, tool_or_skip
from workflows.storage.local import LocalEncryptedStore


class WholeReadsRefused(LocalEncryptedStore):
    """The real encrypted store, except that reading a whole object into memory fails."""

    async def get(self, key: str) -> bytes:
        raise AssertionError(f"{key} was read whole into memory")


@dataclass
class HeardTranscriber:
    """Records the length of the audio it was given; hears nothing."""

    seconds: list[float] = field(default_factory=list)

    @property
    def engine(self) -> str:
        return "heard"

    def transcribe(self, audio: np.ndarray, *, language: str = "zh") -> Transcript:  # type: ignore[type-arg]
        self.seconds.append(len(audio) / 16000)
        return Transcript("", (), language, 0.0, self.engine, len(audio) / 16000)


async def test_the_recording_is_decrypted_to_its_temp_file_segment_by_segment(
    tmp_path: Path,
) -> None:
    tool_or_skip("ffmpeg")
    clip = tone_video(tmp_path / "answer.mp4", seconds=3.0)
    store = WholeReadsRefused(tmp_path / "store", os.urandom(32))
    # Past one 1 MiB segment: the copy really goes segment by segment.
    padded = clip.read_bytes() + b"\0" * (1024 * 1024 + 17)
    await store.put("answers/1/1.mp4", padded)
    heard = HeardTranscriber()

    outcome = await analyse_recording(
        store, "answers/1/1.mp4", transcriber=heard, video=True, face_cues=False
    )

    assert outcome.error == ""
    assert len(heard.seconds) == 1 and 2.5 < heard.seconds[0] < 3.5
    assert outcome.vision_cues["face_present_ratio"] is None  # no face-cue consent here
