"""`dinghire demo`: the whole hiring journey against the local emulator, step by step."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from dinghire.demo.chat import Chat
from dinghire.demo.content import CANDIDATES, HR_NAME, HR_USER, JOB_TITLE
from dinghire.demo.journey import JOURNEY, OfferNotAvailableError
from dinghire.demo.output import TOTAL_STEPS, Printer, StepFailedError
from dinghire.demo.state import DemoState
from dinghire.demo.system import (
    DEMO_MIN_ASR_CONFIDENCE,
    DemoSystem,
    new_system,
    start_system,
)
from settings import AnalysisSettings

log = logging.getLogger(__name__)

DB_FILE = "dinghire-demo.sqlite3"
LOG_FILE = "demo.log"


@dataclass(frozen=True)
class DemoOptions:
    """Command-line options of `dinghire demo`."""

    workdir: Path | None = None
    keep_running: bool = False
    skip_offer: bool = False


def prepare_workdir(workdir: Path | None) -> Path:
    """A fresh folder for this run; refuses one that already holds a demo database."""
    if workdir is None:
        return Path(tempfile.mkdtemp(prefix="dinghire-demo-"))
    workdir = workdir.expanduser().resolve()
    if (workdir / DB_FILE).exists():
        raise StepFailedError(
            f"{workdir} already holds a demo run ({DB_FILE}); pass a new or empty --workdir"
        )
    workdir.mkdir(parents=True, exist_ok=True)
    return workdir


@contextlib.contextmanager
def _cancel_on_sigterm() -> Iterator[None]:
    """SIGTERM cancels the demo like Ctrl-C does, so everything it started is stopped."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    if task is None:
        yield
        return
    try:
        loop.add_signal_handler(signal.SIGTERM, task.cancel)
    except (NotImplementedError, RuntimeError):  # not the main thread, or no signal support
        yield
        return
    try:
        yield
    finally:
        loop.remove_signal_handler(signal.SIGTERM)


def _log_to_file(path: Path) -> logging.Handler:
    # The system's own logs go to the file, so the terminal shows only the steps.
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


async def run_demo(options: DemoOptions, out: Printer | None = None) -> int:
    """Run every step; 0 on success, 1 after a failure (the failing step is named).

    Ctrl-C and SIGTERM cancel the run: everything started is stopped, then CancelledError (or
    KeyboardInterrupt, from asyncio.run) reaches the caller.
    """
    with _cancel_on_sigterm():
        return await _run(options, out or Printer())


async def _run(options: DemoOptions, printer: Printer) -> int:
    try:
        workdir = prepare_workdir(options.workdir)
    except StepFailedError as exc:
        printer.error(f"✘ {exc}")
        return 1
    handler = _log_to_file(workdir / LOG_FILE)
    printer.line(f"钉聘 DingHire 演示 demo：岗位「{JOB_TITLE}」，{len(CANDIDATES)} 位候选人")
    printer.line(f"工作目录 work dir: {workdir}")
    system: DemoSystem | None = None
    try:
        system = new_system(workdir)
        with printer.step(1, "启动系统", "system up"):
            await start_system(system)
            _describe_system(printer, system, workdir)
        async with httpx.AsyncClient(
            base_url=system.api_base, timeout=120.0, trust_env=False
        ) as http:
            assert system.sandbox is not None
            state = DemoState(workdir, system, Chat(system.sandbox.control), printer, http)
            await _journey(state, options)
            _summary(state)
            printer.line(f"招聘控制台 HR console: {system.api_base}/console")
            if options.keep_running:
                code = await asyncio.to_thread(system.sandbox.control.auth_code, HR_USER)
                printer.info(
                    f"以{HR_NAME}身份打开 sign in as {HR_NAME}: "
                    f"{system.api_base}/console?code={code}（5 分钟内有效，仅一次 single-use）"
                )
                printer.line()
                printer.line("服务保持运行 servers keep running: 可打开上面的报告链接")
                printer.line("按 Ctrl+C 停止 press Ctrl+C to stop")
                await asyncio.Event().wait()
        return 0
    except StepFailedError as exc:
        _failed(printer, exc.step or printer.current, str(exc), workdir)
        return 1
    except Exception as exc:
        log.exception("demo step %s failed", printer.current)
        _failed(printer, printer.current, f"{type(exc).__name__}: {exc}", workdir)
        return 1
    finally:
        if system is not None:
            await system.stop()
        logging.getLogger().removeHandler(handler)
        handler.close()


def _describe_system(printer: Printer, system: DemoSystem, workdir: Path) -> None:
    printer.info(f"数据库 database: SQLite {workdir / DB_FILE}")
    printer.info(f"钉钉模拟器 DingTalk emulator: {system.emulator_base}")
    printer.info(f"小程序接口 mini-app API: {system.api_base}  (任务 jobs: in-process)")
    default = AnalysisSettings.model_fields["min_asr_confidence"].default
    printer.info(
        f"语音识别置信度下限 ASR confidence floor: {DEMO_MIN_ASR_CONFIDENCE}"
        f"（合成语音 synthetic speech；默认 default {default}）"
    )
    printer.info(
        f"演示组织 demo org: HR {HR_NAME}（hr_wangfang）、HR 负责人 李静、用人经理 陈刚；"
        f"岗位 #{system.job_id} {JOB_TITLE}"
    )


async def _journey(state: DemoState, options: DemoOptions) -> None:
    out = state.out
    for index, step in enumerate(JOURNEY):
        if step.offer and options.skip_offer:
            out.skipped(step.number, step.title_zh, step.title_en, "--skip-offer")
            continue
        try:
            with out.step(step.number, step.title_zh, step.title_en):
                await step.run(state)
        except OfferNotAvailableError as exc:
            out.line(f"      – 跳过 skipped: {exc}")
            for later in JOURNEY[index + 1 :]:
                out.skipped(later.number, later.title_zh, later.title_en, str(exc))
            return


def _summary(state: DemoState) -> None:
    out = state.out
    out.line()
    out.line(f"演示完成 demo finished in {out.elapsed():.0f} s ({TOTAL_STEPS} steps)")
    for applicant in state.ranked():
        score = applicant.overall_label or "未评分"
        out.info(f"{applicant.label}：匹配 {applicant.match_score} · 总分 {score}")
        if applicant.report_link:
            out.info(f"  报告 report: {applicant.report_link}")
    if state.excel_path is not None:
        out.info(f"Excel 导出 export: {state.excel_path}")
    out.info(f"留在工作目录 left in {state.workdir}: 数据库、简历、录音录像、Excel、demo.log")


def _failed(printer: Printer, step: int, message: str, workdir: Path) -> None:
    printer.error(
        f"✘ 第 {step} 步失败 step {step} failed: {message}\n  日志 log: {workdir / LOG_FILE}"
    )
