"""The matching engine port: lexical by default, PaddleNLP only when configured and installed.

The PaddleNLP test builds a tiny ERNIE sentence encoder here (random weights, a vocabulary of a
few characters) and scores with it with the network blocked: no hub, no real model needed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from analysis.scoring import LexicalEngine
from analysis.scoring.paddle_engine import EngineUnavailableError, PaddleNlpEngine, build_engine
from tests.unit.analysis.extras_support import forbid_network, require_extra

CHARS = "我定位到了慢查询并加索引根因优化数据库周末喜欢爬山"
SPECIALS = ["[PAD]", "[CLS]", "[SEP]", "[MASK]", "[UNK]"]


def _require_paddlenlp() -> None:
    require_extra("paddlenlp", ("paddlenlp",))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model must load offline."""
    forbid_network(monkeypatch)


def build_tiny_encoder(folder: Path) -> Path:
    """Save a 1-layer ERNIE with random weights and its tokenizer, as save_pretrained does."""
    # Imported by name: the main venv (where mypy runs) has no paddle.
    importlib.import_module("scipy.linalg")  # before paddle: paddlepaddle 2.6.2 zlib clash
    paddle = importlib.import_module("paddle")
    transformers = importlib.import_module("paddlenlp.transformers")

    folder.mkdir(parents=True, exist_ok=True)
    vocab = folder / "vocab.txt"
    vocab.write_text("\n".join([*SPECIALS, *CHARS]) + "\n", encoding="utf-8")
    config = transformers.ErnieConfig(
        vocab_size=len(SPECIALS) + len(CHARS),
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
        type_vocab_size=2,
        pad_token_id=0,
        initializer_range=1.0,  # large weights: different sentences get distinct vectors
    )
    paddle.seed(0)
    transformers.ErnieModel(config).save_pretrained(str(folder))
    transformers.ErnieTokenizer(str(vocab)).save_pretrained(str(folder))
    return folder


def test_no_paddlenlp_dir_means_the_lexical_engine() -> None:
    assert isinstance(build_engine(None), LexicalEngine)


def test_missing_model_dir_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EngineUnavailableError, match="similarity model not found"):
        build_engine(tmp_path)


def test_similarity_folder_without_the_model_files_names_them(tmp_path: Path) -> None:
    (tmp_path / "similarity").mkdir()
    (tmp_path / "similarity" / "vocab.txt").write_text("[PAD]\n", encoding="utf-8")
    engine = PaddleNlpEngine(tmp_path)
    with pytest.raises(EngineUnavailableError, match=r"missing model_state\.pdparams") as err:
        engine.check_files()
    assert "config.json" in str(err.value)
    assert "vocab.txt" not in str(err.value)


@pytest.mark.skipif(
    importlib.util.find_spec("paddlenlp") is not None, reason="paddlenlp is installed here"
)
def test_configured_paddlenlp_without_the_extra_says_what_to_install(tmp_path: Path) -> None:
    (tmp_path / "similarity").mkdir()
    with pytest.raises(EngineUnavailableError, match="paddlenlp is not installed"):
        build_engine(tmp_path)


@pytest.mark.extras
@pytest.mark.usefixtures("no_network")
# paddle and paddlenlp warn while importing (setuptools, regex escapes, pydantic 1 style);
# warnings from our code stay errors.
@pytest.mark.filterwarnings("ignore:Setuptools is replacing distutils:UserWarning")
@pytest.mark.filterwarnings("ignore:invalid escape sequence:DeprecationWarning")
@pytest.mark.filterwarnings("ignore::DeprecationWarning:paddle")
@pytest.mark.filterwarnings("ignore::DeprecationWarning:paddlenlp")
def test_tiny_paddlenlp_encoder_loads_offline_and_scores(tmp_path: Path) -> None:
    _require_paddlenlp()
    build_tiny_encoder(tmp_path / "paddlenlp" / "similarity")
    engine = build_engine(tmp_path / "paddlenlp")
    assert isinstance(engine, PaddleNlpEngine)

    sentence = "我定位到了慢查询并加了索引"
    same = engine.similarity(sentence, [sentence])
    other = engine.similarity(sentence, ["我周末喜欢爬山"])
    assert same == pytest.approx(1.0, abs=1e-3)
    assert 0.0 <= other < same - 0.01, "distinct sentences must get distinct vectors"
    # The best reference wins; blank input short-circuits without the model.
    assert engine.similarity(sentence, ["我周末喜欢爬山", sentence]) == same
    assert engine.similarity("  ", [sentence]) == 0.0
    # Lexical overlap stays the floor; a verbatim phrase is a full match without the model.
    assert engine.phrase_match("慢查询", sentence) == 1.0
    lexical = LexicalEngine().phrase_match("数据库", sentence)
    assert lexical < engine.phrase_match("数据库", sentence) <= 1.0
