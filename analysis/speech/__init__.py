"""Speech recognition for spoken answers: the Transcriber port, engines, flags and evaluation."""

from analysis.speech.errors import TranscriberUnavailableError
from analysis.speech.factory import build_transcriber, speech_limits
from analysis.speech.port import Transcriber
from analysis.speech.quality import SpeechCheck, SpeechCheckLimits, check_speech

__all__ = [
    "SpeechCheck",
    "SpeechCheckLimits",
    "Transcriber",
    "TranscriberUnavailableError",
    "build_transcriber",
    "check_speech",
    "speech_limits",
]
