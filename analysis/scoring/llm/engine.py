"""The LLM judge: an AnswerScorer behind any OpenAI-compatible chat-completions server.

One call per tagged dimension (at most `concurrency` at once across the whole process), at
temperature 0 with a fixed seed, asking for structured output. Each verdict is cached by
(engine, model, prompt version, transcript hash, question/dimension) before its quotes are
checked, so the same answer always gets the same score. When the server is down, times out or
keeps answering nonsense after the retries, `score` raises ScorerUnavailable and a
FallbackScorer hands the answer to the offline engine.
"""

from __future__ import annotations

import contextvars
import logging
import threading
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import openai

from analysis.scoring.llm.cache import VerdictCache, VerdictKey, sha256_text
from analysis.scoring.llm.prompt import (
    MAX_ANSWER_CHARS,
    PROMPT_VERSION,
    VERDICT_SCHEMA,
    build_messages,
    judge_fingerprint,
)
from analysis.scoring.llm.verdict import InvalidVerdict, Verdict, dimension_score, parse_verdict
from analysis.scoring.port import ScorerUnavailable
from analysis.scoring.scorer import BLOCKING, answer_flags
from analysis.scoring.types import AnswerScore, DimensionScore, DimensionSpec, QuestionSpec
from analysis.types import Transcript
from settings.analysis import AnalysisSettings, LlmResponseFormat

log = logging.getLogger(__name__)

ENGINE = "llm"
# Servers that run without authentication still need some key in the SDK's header.
_NO_KEY = "none"
# Worth another try: the server may be restarting, overloaded or briefly out of memory.
_TRANSIENT = (openai.APIConnectionError, openai.APITimeoutError, openai.InternalServerError)
_TRANSIENT_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class LlmJudgeConfig:
    """How to reach and drive the judge."""

    base_url: str
    model: str
    api_key: str = ""
    timeout_s: float = 60.0
    retries: int = 2
    seed: int = 20261203
    response_format: LlmResponseFormat = LlmResponseFormat.JSON_SCHEMA
    concurrency: int = 2
    max_tokens: int = 400
    backoff_s: float = 0.5  # first pause between tries; doubles each time, capped at 8 s

    @classmethod
    def from_settings(cls, settings: AnalysisSettings) -> LlmJudgeConfig:
        """The judge's configuration from the analysis settings."""
        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else ""
        return cls(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=key,
            timeout_s=settings.llm_timeout_s,
            retries=settings.llm_retries,
            seed=settings.llm_seed,
            response_format=settings.llm_response_format,
            concurrency=settings.llm_concurrency,
            max_tokens=settings.llm_max_tokens,
        )


class LlmScorer:
    """Judges each tagged dimension of an answer with an LLM; verified evidence only."""

    def __init__(self, config: LlmJudgeConfig, cache: VerdictCache | None = None) -> None:
        if not config.base_url or not config.model:
            raise ValueError("the LLM judge needs a base URL and a model name")
        self._config = config
        self._cache = cache
        self._client = openai.OpenAI(
            base_url=config.base_url,
            api_key=config.api_key or _NO_KEY,
            timeout=config.timeout_s,
            max_retries=0,  # retries are ours: invalid output is retried too, and counted
        )
        # One limit for the whole process, however many answers are scored at once.
        self._slots = threading.BoundedSemaphore(config.concurrency)

    @property
    def engine(self) -> str:
        """Engine id stored with every result."""
        return ENGINE

    @property
    def model(self) -> str:
        """The served model's name."""
        return self._config.model

    def close(self) -> None:
        """Close the HTTP connections."""
        self._client.close()

    def score(
        self,
        transcript: Transcript,
        question: QuestionSpec,
        dimensions: Sequence[DimensionSpec],
        *,
        flags: Iterable[str] = (),
        min_asr_confidence: float = 0.45,
    ) -> AnswerScore:
        """Score each tagged dimension 0..10 with verified evidence, or mark it not assessed;
        ScorerUnavailable when the judge cannot be reached or understood after the retries."""
        all_flags = answer_flags(transcript, flags, min_asr_confidence=min_asr_confidence)
        by_code = {d.code: d for d in dimensions}
        tagged = list(dict.fromkeys(question.dimension_codes))
        blocking = [f for f in all_flags if f in BLOCKING]
        if blocking:
            reason = BLOCKING[blocking[0]]
            dims = tuple(_not_assessed(code, by_code, reason) for code in tagged)
            return AnswerScore(dims, all_flags, reason, ENGINE, model=self.model)
        specs = [by_code[c] for c in tagged if c in by_code]
        text = transcript.text.strip()[:MAX_ANSWER_CHARS]
        workers = max(1, min(self._config.concurrency, len(specs)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="llm-judge") as ex:
            # Each call runs in a copy of the caller's context (a database-backed cache needs it).
            futures = {
                s.code: ex.submit(contextvars.copy_context().run, self._verdict, question, s, text)
                for s in specs
            }
            try:
                verdicts = {code: f.result() for code, f in futures.items()}
            except ScorerUnavailable:
                # The answer falls back whole: judging its other dimensions is wasted time.
                for f in futures.values():
                    f.cancel()
                raise
        asr_conf = 1.0 if transcript.engine == "text" else max(0.0, min(1.0, transcript.confidence))
        out: list[DimensionScore] = []
        for code in tagged:
            spec = by_code.get(code)
            if spec is None:
                out.append(_not_assessed(code, by_code, "岗位能力模型中没有该维度，未评估"))
            else:
                out.append(dimension_score(spec, verdicts[code], transcript, asr_conf))
        return AnswerScore(tuple(out), all_flags, "", ENGINE, model=self.model)

    def cache_key(self, question: QuestionSpec, dimension: DimensionSpec, text: str) -> VerdictKey:
        """The cache key of one judgement."""
        return VerdictKey(
            engine=ENGINE,
            model=self.model,
            prompt_version=PROMPT_VERSION,
            transcript_hash=sha256_text(text),
            subject_hash=sha256_text(judge_fingerprint(question, dimension)),
            dimension_code=dimension.code,
        )

    def _verdict(self, question: QuestionSpec, spec: DimensionSpec, text: str) -> Verdict:
        key = self.cache_key(question, spec, text)
        if self._cache is not None:
            cached = self._cache.get(key)
            if cached is not None:
                return cached
        verdict = self._ask(build_messages(question, spec, text), spec.code)
        if self._cache is not None:
            self._cache.put(key, verdict)
        return verdict

    def _ask(self, messages: list[dict[str, str]], code: str) -> Verdict:
        """One verdict from the server, retrying transient failures and invalid replies."""
        cfg = self._config
        last = ""
        for attempt in range(cfg.retries + 1):
            if attempt:
                time.sleep(min(8.0, cfg.backoff_s * 2 ** (attempt - 1)))
            try:
                with self._slots:
                    reply = self._client.chat.completions.create(
                        model=cfg.model,
                        messages=messages,  # type: ignore[arg-type]
                        temperature=0.0,
                        seed=cfg.seed,
                        max_tokens=cfg.max_tokens,
                        **self._format_args(),
                    )
                content = reply.choices[0].message.content if reply.choices else None
                return parse_verdict(content)
            except InvalidVerdict as exc:
                last = f"模型输出无法解析（{exc}）"
            except _TRANSIENT as exc:
                last = _describe(exc)
            except openai.APIStatusError as exc:
                last = _describe(exc)
                if exc.status_code not in _TRANSIENT_STATUS:
                    break  # a wrong model name or an unsupported request does not heal
            log.warning(
                "LLM judge %s, dimension %s, try %d: %s", cfg.model, code, attempt + 1, last
            )
        tries = attempt + 1
        raise ScorerUnavailable(f"LLM 评分服务（{cfg.model}）{last}，已尝试{tries}次")

    def _format_args(self) -> dict[str, Any]:
        mode = self._config.response_format
        if mode is LlmResponseFormat.JSON_SCHEMA:
            schema = {"name": "dimension_verdict", "schema": VERDICT_SCHEMA, "strict": True}
            return {"response_format": {"type": "json_schema", "json_schema": schema}}
        if mode is LlmResponseFormat.JSON_OBJECT:
            # JSON mode; servers in the llama-cpp-python / Anyscale style also take the schema
            # here and constrain to it, the others ignore it.
            return {"response_format": {"type": "json_object", "schema": VERDICT_SCHEMA}}
        return {}


def _describe(exc: openai.OpenAIError) -> str:
    if isinstance(exc, openai.APITimeoutError):
        return "响应超时"
    if isinstance(exc, openai.APIConnectionError):
        return "无法连接"
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code in (400, 422):
            # Typically a server without json_schema output (e.g. llama-cpp-python's server).
            return (
                f"拒绝了请求 HTTP {exc.status_code}（若服务不支持 json_schema，"
                "请设置 DINGHIRE_ANALYSIS_LLM_RESPONSE_FORMAT=json_object 或 plain）"
            )
        return f"返回错误 HTTP {exc.status_code}"
    return f"出错（{type(exc).__name__}）"


def _not_assessed(code: str, by_code: dict[str, DimensionSpec], reason: str) -> DimensionScore:
    spec = by_code.get(code)
    return DimensionScore(code, spec.name if spec else code, None, 0.0, not_assessed_reason=reason)
