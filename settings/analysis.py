"""Analysis engines and their local model directories."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from pydantic import Field, SecretStr, field_validator

from settings.base import Section, section_config


class AsrEngine(StrEnum):
    """Speech recognition engines."""

    WHISPER = "whisper"
    FUNASR = "funasr"


class ScoringEngine(StrEnum):
    """Answer-scoring engines (analysis.scoring.engines registers one factory per value): the
    embedded offline one, or an LLM judge with the offline one as fallback."""

    OFFLINE = "offline"
    LLM = "llm"


class LlmResponseFormat(StrEnum):
    """How the LLM judge asks for structured output: `json_schema` (constrained to the verdict's
    schema; vLLM, llama.cpp, Ollama, Xinference), `json_object` (JSON mode) or `plain` (no
    response_format, for servers that reject both). Every reply is parsed and checked by us."""

    JSON_SCHEMA = "json_schema"
    JSON_OBJECT = "json_object"
    PLAIN = "plain"


class AnalysisSettings(Section):
    """Which engines analyse resumes and interviews; models load only from local paths."""

    model_config = section_config("analysis")

    asr_engine: AsrEngine = AsrEngine.WHISPER
    scoring_engine: ScoringEngine = ScoringEngine.OFFLINE
    model_cache_dir: Path = Path("var/models")
    funasr_model_dir: Path | None = None
    paddlenlp_uie_dir: Path | None = None
    cpu_threads: int = 2
    min_asr_confidence: float = 0.45
    # The LLM judge (scoring_engine=llm): an OpenAI-compatible chat-completions server.
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: SecretStr | None = None  # many on-prem servers need none
    llm_timeout_s: float = Field(default=60.0, gt=0, le=600)
    llm_retries: int = Field(default=2, ge=0, le=10)
    llm_seed: int = 20261203
    llm_response_format: LlmResponseFormat = LlmResponseFormat.JSON_SCHEMA
    llm_concurrency: int = Field(default=2, ge=1, le=64)
    llm_max_tokens: int = Field(default=400, ge=32, le=8192)

    @field_validator("llm_base_url")
    @classmethod
    def _base_url_is_http(cls, value: str) -> str:
        value = value.strip()
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL such as http://127.0.0.1:8000/v1")
        return value.rstrip("/")

    def llm_problems(self) -> list[str]:
        """What stops the LLM judge from working with these settings (empty unless it is on)."""
        if self.scoring_engine is not ScoringEngine.LLM:
            return []
        found: list[str] = []
        if not self.llm_base_url:
            found.append(
                "DINGHIRE_ANALYSIS_LLM_BASE_URL: required when "
                "DINGHIRE_ANALYSIS_SCORING_ENGINE=llm (the OpenAI-compatible server, "
                "e.g. http://127.0.0.1:8000/v1)"
            )
        if not self.llm_model.strip():
            found.append(
                "DINGHIRE_ANALYSIS_LLM_MODEL: required when DINGHIRE_ANALYSIS_SCORING_ENGINE=llm "
                "(the model name the server serves)"
            )
        return found
