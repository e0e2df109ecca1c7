"""FunASR engine: clear errors without the extra or model files; the loading path on a tiny
Paraformer built here from a config with random weights (no hub, no real model needed)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from analysis.speech.errors import TranscriberUnavailableError
from analysis.speech.factory import build_transcriber
from analysis.speech.funasr_engine import FunasrTranscriber, clean_text
from analysis.speech.whisper import WhisperTranscriber
from settings.analysis import AnalysisSettings, AsrEngine
from tests.unit.analysis.extras_support import forbid_network, require_extra

TOKENS = ["<blank>", "<s>", "</s>", *"你好世界欢迎大家来体验语音识别模型", "<unk>"]
TINY_CONFIG = """
model: Paraformer
model_conf: {ctc_weight: 0.0, predictor_weight: 1.0, predictor_bias: 1, sampling_ratio: 0.75}
encoder: SANMEncoder
encoder_conf:
  {output_size: 32, attention_heads: 2, linear_units: 64, num_blocks: 2, dropout_rate: 0.0,
   positional_dropout_rate: 0.0, attention_dropout_rate: 0.0, input_layer: pe,
   pos_enc_class: SinusoidalPositionEncoder, normalize_before: true, kernel_size: 11,
   sanm_shfit: 0, selfattention_layer_type: sanm}
decoder: ParaformerSANMDecoder
decoder_conf:
  {attention_heads: 2, linear_units: 64, num_blocks: 2, dropout_rate: 0.0,
   positional_dropout_rate: 0.0, self_attention_dropout_rate: 0.0,
   src_attention_dropout_rate: 0.0, att_layer_num: 2, kernel_size: 11, sanm_shfit: 0}
predictor: CifPredictorV2
predictor_conf: {idim: 32, threshold: 1.0, l_order: 1, r_order: 1, tail_threshold: 0.45}
frontend: WavFrontend
frontend_conf:
  {fs: 16000, window: hamming, n_mels: 80, frame_length: 25, frame_shift: 10, lfr_m: 7,
   lfr_n: 6, dither: 0.0}
tokenizer: CharTokenizer
tokenizer_conf: {unk_symbol: <unk>}
"""


def _require_funasr() -> None:
    require_extra("funasr", ("torch", "funasr"))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model must load offline."""
    forbid_network(monkeypatch)


def build_tiny_paraformer(folder: Path) -> Path:
    """Write config.yaml, tokens.json and random weights that decode to real characters."""
    from funasr import AutoModel

    torch = importlib.import_module("torch")  # by name: the main venv (where mypy runs) has none

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tokens.json").write_text(json.dumps(TOKENS, ensure_ascii=False), encoding="utf-8")
    (folder / "config.yaml").write_text(TINY_CONFIG, encoding="utf-8")
    torch.save({}, folder / "model.pt")  # AutoModel needs the file to build the network
    auto = AutoModel(model=str(folder), disable_update=True, device="cpu", disable_log=True)
    torch.manual_seed(0)
    with torch.no_grad():
        for param in auto.model.parameters():
            param.normal_(0, 0.5)
        auto.model.predictor.cif_output.bias.fill_(3.0)  # fire tokens on most frames
        auto.model.decoder.output_layer.bias[3:-1] += 10.0  # prefer characters over specials
    torch.save(auto.model.state_dict(), folder / "model.pt")
    return folder


def test_unconfigured_or_missing_model_directory_is_a_clear_error(tmp_path: Path) -> None:
    noise = np.zeros(16000, dtype=np.float32)
    with pytest.raises(TranscriberUnavailableError, match="funasr_model_dir"):
        FunasrTranscriber(None).transcribe(noise)
    with pytest.raises(TranscriberUnavailableError, match="funasr_model_dir"):
        FunasrTranscriber(tmp_path / "absent").transcribe(noise)
    (tmp_path / "config.yaml").write_text("model: Paraformer\n", encoding="utf-8")
    with pytest.raises(TranscriberUnavailableError, match=r"model\.pt"):
        FunasrTranscriber(tmp_path).transcribe(noise)


def test_settings_choose_the_engine(tmp_path: Path) -> None:
    whisper = build_transcriber(AnalysisSettings(model_cache_dir=tmp_path))
    assert isinstance(whisper, WhisperTranscriber)
    (tmp_path / "config.yaml").write_text("model: Paraformer\nmodel_conf: {}\n", "utf-8")
    funasr = build_transcriber(
        AnalysisSettings(asr_engine=AsrEngine.FUNASR, funasr_model_dir=tmp_path)
    )
    assert isinstance(funasr, FunasrTranscriber)
    assert funasr.engine == "funasr/paraformer"


def test_the_engine_id_names_the_model_in_the_directory(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text(
        "encoder: SenseVoiceEncoderSmall\nmodel: SenseVoiceSmall\n", "utf-8"
    )
    assert FunasrTranscriber(tmp_path).engine == "funasr/sensevoice-small"
    (tmp_path / "config.yaml").write_text("model: Paraformer\n", "utf-8")
    assert FunasrTranscriber(tmp_path).engine == "funasr/paraformer"
    assert FunasrTranscriber(tmp_path / "absent").engine == "funasr"


def test_an_unsupported_funasr_model_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("model: FsmnVADStreaming\n", "utf-8")
    (tmp_path / "model.pt").write_bytes(b"")
    with pytest.raises(TranscriberUnavailableError, match="Paraformer-zh 和 SenseVoice-Small"):
        FunasrTranscriber(tmp_path).transcribe(np.zeros(16000, dtype=np.float32))


def test_sensevoice_tags_and_spaces_are_removed_and_text_simplified() -> None:
    raw = "<|zh|><|NEUTRAL|><|Speech|><|withitn|>歡迎大家 來體驗語音識別模型。"
    assert clean_text(raw) == "欢迎大家来体验语音识别模型。"
    assert clean_text("我 们 用 Kafka 削 峰") == "我们用 Kafka 削峰"
    assert clean_text("<|zh|><|EMO_UNKNOWN|><|BGM|><|woitn|>") == ""


@pytest.mark.extras
@pytest.mark.usefixtures("no_network")
def test_tiny_paraformer_loads_from_a_local_directory_and_decodes(tmp_path: Path) -> None:
    _require_funasr()
    folder = build_tiny_paraformer(tmp_path / "paraformer")
    transcriber = FunasrTranscriber(folder, cpu_threads=1)
    noise = np.random.default_rng(0).normal(0, 0.1, 16000 * 30).astype(np.float32)
    transcript = transcriber.transcribe(noise)
    assert transcript.engine == "funasr/paraformer"
    assert transcript.text, "random weights biased to characters must decode to some text"
    assert set(transcript.text) <= set(TOKENS[3:-1])
    # 30 s is cut at a pause-like minimum into chunks of at most 25 s, one segment each.
    assert len(transcript.segments) == 2
    assert transcript.segments[-1].end == pytest.approx(30.0)
    assert all(0 < s.confidence <= 1 for s in transcript.segments)


SENSEVOICE_CHARS = "你好世界欢迎大家来体验语音识别模型"
SENSEVOICE_TAGS = ["<|zh|>", "<|NEUTRAL|>", "<|Speech|>", "<|woitn|>", "<|withitn|>"]
TINY_SENSEVOICE_CONFIG = """
model: SenseVoiceSmall
model_conf: {lsm_weight: 0.1, length_normalized_loss: true}
encoder: SenseVoiceEncoderSmall
encoder_conf:
  {output_size: 32, attention_heads: 2, linear_units: 64, num_blocks: 2, tp_blocks: 1,
   dropout_rate: 0.0, positional_dropout_rate: 0.0, attention_dropout_rate: 0.0,
   input_layer: pe, pos_enc_class: SinusoidalPositionEncoder, normalize_before: true,
   kernel_size: 11, sanm_shfit: 0, selfattention_layer_type: sanm}
frontend: WavFrontend
frontend_conf:
  {fs: 16000, window: hamming, n_mels: 80, frame_length: 25, frame_shift: 10, lfr_m: 7,
   lfr_n: 6, dither: 0.0}
tokenizer: SentencepiecesTokenizer
tokenizer_conf: {}
input_size: 560
vocab_size: %d
"""


def build_tiny_sensevoice(folder: Path) -> Path:
    """A character SentencePiece model with SenseVoice's tags, config.yaml and random weights."""
    from funasr import AutoModel

    torch = importlib.import_module("torch")
    spm = importlib.import_module("sentencepiece")
    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / "corpus.txt"
    corpus.write_text(f"{SENSEVOICE_CHARS}\n{SENSEVOICE_CHARS[::-1]}\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(folder / "bpe"),  # bpe.model: FunASR picks it up from the directory
        vocab_size=len(set(SENSEVOICE_CHARS)) + 4 + len(SENSEVOICE_TAGS),
        model_type="char",
        character_coverage=1.0,
        user_defined_symbols=SENSEVOICE_TAGS,
        minloglevel=2,
    )
    pieces = spm.SentencePieceProcessor(model_file=str(folder / "bpe.model"))
    size = int(pieces.get_piece_size())
    (folder / "config.yaml").write_text(TINY_SENSEVOICE_CONFIG % size, encoding="utf-8")
    torch.save({}, folder / "model.pt")
    auto = AutoModel(model=str(folder), disable_update=True, device="cpu", disable_log=True)
    torch.manual_seed(0)
    first_char = next(i for i in range(size) if pieces.id_to_piece(i) in SENSEVOICE_CHARS)
    with torch.no_grad():
        for param in auto.model.parameters():
            param.normal_(0, 0.5)
        auto.model.ctc.ctc_lo.bias[first_char:] += 6.0  # prefer characters over blank
    torch.save(auto.model.state_dict(), folder / "model.pt")
    return folder


@pytest.mark.extras
@pytest.mark.usefixtures("no_network")
def test_tiny_sensevoice_loads_from_a_local_directory_and_decodes(
    tmp_path: Path,
) -> None:
    _require_funasr()
    folder = build_tiny_sensevoice(tmp_path / "sensevoice")
    transcriber = FunasrTranscriber(folder, cpu_threads=1)
    assert transcriber.engine == "funasr/sensevoice-small"
    noise = np.random.default_rng(1).normal(0, 0.1, 16000 * 30).astype(np.float32)
    transcript = transcriber.transcribe(noise)
    assert transcript.engine == "funasr/sensevoice-small"
    assert transcript.text, "random weights biased to characters must decode to some text"
    # (Random weights emit no <|tag|>s; their removal is test_sensevoice_tags_… above.)
    assert set(transcript.text) <= set(SENSEVOICE_CHARS)
    assert len(transcript.segments) == 2
    assert all(0 < s.confidence <= 1 for s in transcript.segments)
