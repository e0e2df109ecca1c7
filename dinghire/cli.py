"""The `dinghire` command line."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from settings import Settings, SettingsError, load_settings

T = TypeVar("T")

app = typer.Typer(
    name="dinghire",
    help="DingHire (钉聘): recruiting inside DingTalk. Run `dinghire COMMAND --help` for details.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
config_app = typer.Typer(help="Inspect and validate configuration.", no_args_is_help=True)
app.add_typer(config_app, name="config")
eval_app = typer.Typer(help="Measure the shipped models on labelled data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
resume_app = typer.Typer(help="Work with resume files.", no_args_is_help=True)
app.add_typer(resume_app, name="resume")


def _add_privacy_commands() -> None:
    from dinghire.privacy_cli import keys_app, privacy_app

    app.add_typer(privacy_app, name="privacy")
    app.add_typer(keys_app, name="keys")


_add_privacy_commands()


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.secho(message, fg=typer.colors.RED, err=True)
    return typer.Exit(code)


@contextmanager
def input_errors() -> Iterator[None]:
    """An unusable input file (analysis.eval_input.EvalInputError) inside becomes one red line
    on stderr naming the file and the problem, and exit code 2; never a traceback."""
    from analysis.eval_input import EvalInputError

    try:
        yield
    except EvalInputError as exc:
        raise _fail(str(exc), 2) from None


def _settings(strict: bool = True) -> Settings:
    try:
        return load_settings(strict=strict)
    except SettingsError as exc:
        lines = "\n".join(f"  - {p}" for p in exc.problems)
        raise _fail(f"Configuration is invalid:\n{lines}", 2) from exc


def _run(coro_fn: Callable[[], Awaitable[T]]) -> T:
    async def main() -> T:
        return await coro_fn()

    return asyncio.run(main())


def _setup_logging(settings: Settings) -> None:
    from dinghire.logs import setup_logging

    setup_logging(settings.server.log_level, settings.server.log_format)


@config_app.command("check")
def config_check(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Print the effective configuration (secrets masked); exit non-zero if it is invalid."""
    settings = _settings(strict=False)
    masked = settings.masked()
    if as_json:
        typer.echo(json.dumps(masked, ensure_ascii=False, indent=2))
    else:
        for section, values in masked.items():
            if not isinstance(values, dict):
                typer.echo(f"{section} = {values}")
                continue
            for key, value in values.items():
                typer.echo(f"{section}.{key} = {value}")
    if not as_json:
        for line in _call_budget_lines(settings):
            typer.echo(line)
    problems = settings.problems()
    if problems:
        lines = "\n".join(f"  - {p}" for p in problems)
        raise _fail(f"Configuration is invalid for mode {settings.mode.value}:\n{lines}", 2)
    typer.secho(f"Configuration OK (mode {settings.mode.value}).", fg=typer.colors.GREEN)


def _call_budget_lines(settings: Settings) -> list[str]:
    """This month's DingTalk calls against the budget, or why they cannot be shown."""
    from workflows import db
    from workflows.budget.service import month_usage, usage_lines

    url = settings.database.url
    if url.startswith("sqlite://") and not Path(url.removeprefix("sqlite://")).exists():
        return ["dingtalk.calls_this_month = unknown (no database yet)"]

    async def go() -> list[str]:
        await db.connect(settings.database, process_wide=False)
        try:
            return usage_lines(await month_usage(settings.dingtalk))
        finally:
            await db.disconnect()

    try:
        return _run(go)
    except Exception as exc:  # config check must still report the settings
        return [f"dingtalk.calls_this_month = unknown ({type(exc).__name__})"]


@app.command()
def migrate() -> None:
    """Apply the committed database migrations (safe to run again)."""
    from workflows.db import migrate as run_migrations

    settings = _settings()
    try:
        applied = _run(lambda: run_migrations(settings.database))
    except OSError as exc:
        raise _fail(f"Cannot reach the database ({settings.database.dialect}): {exc}") from exc
    if applied:
        typer.echo(f"Applied {len(applied)} migration(s): {', '.join(applied)}")
    else:
        typer.echo("Database schema is up to date; nothing to apply.")


@app.command("makemigrations", hidden=True)
def makemigrations(
    name: Annotated[str, typer.Option(help="Name of the migration.")] = "update",
) -> None:
    """Developer tool: write a migration for model changes (run once per dialect)."""
    from workflows.db import make_migrations

    settings = _settings(strict=False)
    created = _run(lambda: make_migrations(settings.database, name))
    typer.echo(f"created: {created}" if created else "No changes.")


@app.command("seed-demo")
def seed_demo() -> None:
    """Load a demo org, three jobs, competency models and question sets (idempotent)."""
    from workflows import db
    from workflows.seed.service import seed_demo as run_seed

    settings = _settings()

    async def go() -> Any:
        await db.migrate(settings.database)
        await db.connect(settings.database)
        try:
            return await run_seed()
        finally:
            await db.disconnect()

    report = _run(go)
    typer.echo(
        f"Demo data: +{report.departments} departments, +{report.staff} staff, "
        f"+{report.competency_models} competency models, +{report.questions} questions, "
        f"+{report.jobs} jobs."
    )


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Listen address.")] = None,
    port: Annotated[int | None, typer.Option(help="Listen port.")] = None,
    migrate_first: Annotated[
        bool, typer.Option("--migrate/--no-migrate", help="Apply migrations before starting.")
    ] = True,
    with_emulator: Annotated[
        bool,
        typer.Option(
            "--emulator/--no-emulator",
            help="Start the local DingTalk emulator when the endpoints point at this machine.",
        ),
    ] = True,
    processes: Annotated[
        int,
        typer.Option(
            min=0,
            help="API processes on the same port (the first also runs the bot); several "
            "need the arq job backend. Default: DINGHIRE_SERVER_PROCESSES.",
        ),
    ] = 0,
    api_only: Annotated[
        bool, typer.Option("--api-only", help="Only the HTTP API (an extra API process).")
    ] = False,
) -> None:
    """Run the API, the bot and (on the embedded default) the jobs in this process."""
    from dinghire.serve import run_server

    settings = _settings()
    _setup_logging(settings)
    try:
        _run(
            lambda: run_server(
                settings,
                host=host,
                port=port,
                migrate_first=migrate_first,
                with_emulator=with_emulator,
                processes=1 if api_only else (processes or settings.server.processes),
                api_only=api_only,
            )
        )
    except OSError as exc:
        raise _fail(f"Cannot start: {exc}") from exc


@app.command()
def worker(
    burst: Annotated[bool, typer.Option(help="Exit when the queue is empty.")] = False,
) -> None:
    """Run an arq worker that processes jobs from Redis."""
    from dinghire.worker import run_leased_worker

    settings = _settings()
    _setup_logging(settings)
    if settings.redis.job_backend.value != "arq":
        typer.secho(
            "Note: DINGHIRE_REDIS_JOB_BACKEND is 'inprocess', so `serve` runs jobs itself; "
            "this worker only picks up jobs queued on Redis.",
            fg=typer.colors.YELLOW,
            err=True,
        )
    try:
        run_leased_worker(settings, burst=burst)
    except OSError as exc:
        raise _fail(f"Cannot reach Redis at {settings.redis.url}: {exc}") from exc


@app.command()
def ready(
    wait: Annotated[
        float,
        typer.Option(help="Keep checking for up to this many seconds (boot order across hosts)."),
    ] = 0.0,
) -> None:
    """Check this host's database, Redis, storage and DingTalk; non-zero when one fails."""
    from dinghire.readiness import Readiness, probe_once

    settings = _settings()

    async def go() -> Readiness | str:
        deadline = time.monotonic() + wait
        while True:
            outcome = await probe_once(settings)
            if (isinstance(outcome, Readiness) and outcome.ready) or time.monotonic() >= deadline:
                return outcome
            await asyncio.sleep(2)

    outcome = _run(go)
    if isinstance(outcome, str):
        raise _fail(f"Not ready: cannot connect ({outcome}).")
    for check in outcome.checks:
        typer.echo(f"{check.name:<9} {check.status:<7} {check.detail} ({check.elapsed_ms} ms)")
    if not outcome.ready:
        raise _fail("Not ready.")
    typer.echo("Ready.")


@eval_app.command("resume-ner")
def eval_resume_ner(
    path: Annotated[Path, typer.Argument(help="A file in ResumeNER's BMES format.")],
) -> None:
    """Per-type and micro precision, recall and F1 of the shipped resume NER model."""
    from analysis.resume.ner.evaluate import run_eval

    with input_errors():
        typer.echo(run_eval(path))


@eval_app.command("resume-fields")
def eval_resume_fields(
    folder: Annotated[
        Path, typer.Argument(help="Folder of resumes with gold.jsonl (`dinghire resume corpus`).")
    ],
    errors: Annotated[int, typer.Option(help="Also print this many mismatches.")] = 0,
) -> None:
    """Per-field and per-layout accuracy, and work/education entry precision, recall and F1."""
    from analysis.resume.corpus.evaluate import load_gold, run_eval
    from analysis.resume.extract.model import ExtractLimits
    from analysis.resume.pipeline import parse_resume

    limits = ExtractLimits()
    with input_errors():
        load_gold(folder)  # every problem with the folder reported before any parsing
        _report, text = run_eval(
            folder,
            lambda path: parse_resume(path.read_bytes(), path.name, limits=limits).parsed,
            show_errors=errors,
        )
    typer.echo(text)


@eval_app.command("asr")
def eval_asr(
    folder: Annotated[
        Path, typer.Argument(help="Folder with audio clips and transcripts.tsv (file, reference).")
    ],
    funasr_model_dir: Annotated[
        Path | None,
        typer.Option(
            help="Also measure FunASR with this model directory "
            "(default: settings.analysis.funasr_model_dir, when set)."
        ),
    ] = None,
) -> None:
    """CER and real-time factor of each configured speech engine on reference clips:
    Whisper-base always, FunASR when a model directory is configured or given."""
    from analysis.speech.errors import TranscriberUnavailableError
    from analysis.speech.evaluate import (
        EngineFailure,
        EngineResult,
        evaluate_engine,
        format_report,
        load_clips,
    )
    from analysis.speech.factory import evaluation_transcribers

    settings = _settings(strict=False)
    with input_errors():
        clips = load_clips(folder)  # every file checked before any model loads
    outcomes: list[EngineResult | EngineFailure] = []
    for transcriber in evaluation_transcribers(settings.analysis, funasr_model_dir):
        try:
            outcomes.append(evaluate_engine(transcriber, clips))
        except TranscriberUnavailableError as exc:
            outcomes.append(EngineFailure(transcriber.engine, str(exc)))
    typer.echo(format_report(folder, clips, outcomes))
    failed = [o.engine for o in outcomes if isinstance(o, EngineFailure)]
    if failed:
        raise _fail(f"Not measured (engine cannot run here): {', '.join(failed)}")


@eval_app.command("scoring")
def eval_scoring(
    path: Annotated[
        Path,
        typer.Argument(
            help='JSON Lines: {"q": seed question key, "label": 1-5, "kind": ..., "text": ...,'
            ' "dims": {code: 1-5} (optional)}.'
        ),
    ],
    engine: Annotated[
        list[str] | None,
        typer.Option(help="Scoring engine to measure (repeatable; default: the embedded default)."),
    ] = None,
) -> None:
    """Spearman rho of answer scores against expert levels, mean score by kind, ordered pairs
    (good answers above vague, off-topic, stuffed and rambling ones), wrong-practice pairs,
    evidence coverage, determinism and ms per answer, for each engine."""
    from analysis.scoring.engines import build_scorer, scorer_names
    from analysis.scoring.evaluate import format_report, load_answers, score_all
    from workflows.seed.specs import seed_dimensions, seed_questions

    names = engine or [scorer_names()[0]]
    unknown = [n for n in names if n not in scorer_names()]
    if unknown:
        raise _fail(f"Unknown engine {', '.join(unknown)} (known: {', '.join(scorer_names())})", 2)
    settings = _settings(strict=False)
    questions = seed_questions()
    dims = seed_dimensions()
    with input_errors():
        items = load_answers(path, questions)  # the whole file is checked before any model loads
    try:
        scorers = [build_scorer(name, settings.analysis) for name in names]
    except ValueError as exc:  # e.g. the LLM judge without its server settings
        raise _fail(str(exc), 2) from exc
    for scorer in scorers:
        scored, ms = score_all(items, scorer, questions, dims)
        typer.echo(format_report(path, scorer.engine, scorer.model, scored, ms))


@eval_app.command("fairness")
def eval_fairness(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="Tab-separated: selected (0/1), optional score, one column per attribute "
            "(gender, age_band, ...; empty = unknown). Omitted: a synthetic cohort."
        ),
    ] = None,
    n: Annotated[int, typer.Option(help="Synthetic cohort size.")] = 2000,
    seed: Annotated[int, typer.Option(help="Synthetic cohort seed.")] = 19,
) -> None:
    """Selection and LL144 scoring rates, impact ratios (four-fifths flag) and Fisher's exact
    test per attribute and pair of attributes."""
    from analysis.outcomes.evaluate import fairness_text, load_fairness, synthetic_fairness
    from analysis.outcomes.synthetic import make_cohort

    if path is None:
        typer.echo(synthetic_fairness(make_cohort(n, seed=seed)))
        return
    with input_errors():
        people, attributes = load_fairness(path)
    typer.echo(fairness_text(people, attributes, f"{path}: {len(people)} people"))


@eval_app.command("validity")
def eval_validity(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="Tab-separated: outcome (a number) and one numeric column per predictor "
            "(empty = not assessed). Omitted: a synthetic cohort with known truth."
        ),
    ] = None,
    n: Annotated[int, typer.Option(help="Synthetic cohort size.")] = 2000,
    seed: Annotated[int, typer.Option(help="Synthetic cohort seed.")] = 19,
) -> None:
    """Pearson correlation of each predictor with the outcome, n, Fisher-z interval; on the
    synthetic cohort also the hires' figure corrected for range restriction, against the truth."""
    from analysis.outcomes.evaluate import synthetic_validity, validity_text
    from analysis.outcomes.synthetic import make_cohort

    if path is None:
        typer.echo(synthetic_validity(make_cohort(n, seed=seed)))
        return
    with input_errors():
        text = validity_text(path)
    typer.echo(text)


@resume_app.command("parse")
def resume_parse(
    path: Annotated[Path, typer.Argument(help="PDF, DOCX, image, TXT or MD resume.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Print the fields parsed from a resume file (with a confidence per field)."""
    from analysis.resume.errors import ResumeInputError
    from analysis.resume.extract.model import ExtractLimits
    from analysis.resume.pipeline import parse_resume
    from analysis.resume.report import describe_parse

    settings = _settings(strict=False)
    if not path.is_file():
        raise _fail(f"No such file: {path}")
    limits = ExtractLimits(max_bytes=settings.storage.max_resume_bytes)
    try:
        result = parse_resume(path.read_bytes(), path.name, limits=limits)
    except ResumeInputError as exc:
        raise _fail(exc.user_message) from exc
    if as_json:
        typer.echo(json.dumps(result.parsed.to_dict(), ensure_ascii=False, indent=2, default=str))
    else:
        typer.echo(describe_parse(result))


@resume_app.command("corpus")
def resume_corpus(
    folder: Annotated[Path, typer.Argument(help="Where to write the resumes and gold.jsonl.")],
    per_layout: Annotated[int, typer.Option(help="Resumes per layout.")] = 8,
    seed: Annotated[int, typer.Option(help="Same seed, same corpus.")] = 13,
    scans: Annotated[
        bool, typer.Option(help="Include the scanned-image layouts (OCR makes the eval slower).")
    ] = True,
) -> None:
    """Generate resumes in twelve layouts with their gold fields, for `eval resume-fields`."""
    from analysis.resume.corpus.fonts import find_cjk_font
    from analysis.resume.corpus.generate import generate

    font = find_cjk_font() if scans else None
    if font is None and scans:
        typer.secho("No CJK font found: the scanned-image layouts are left out.", err=True)
    summary = generate(folder, per_layout=per_layout, seed=seed, font=font)
    typer.echo(f"{summary.files} resumes in {len(summary.layouts)} layouts -> {summary.folder}")


@app.command()
def emulator(
    host: Annotated[str | None, typer.Option(help="Listen address.")] = None,
    port: Annotated[int | None, typer.Option(help="Listen port.")] = None,
) -> None:
    """Run the local DingTalk emulator (the sandbox) in the foreground; see docs/sandbox.md."""
    from integrations.dingtalk.emulator.server import run_emulator

    settings = _settings()
    _setup_logging(settings)
    dt = settings.dingtalk
    try:
        run_emulator(dt, host or dt.emulator_host, port or dt.emulator_port)
    except OSError as exc:
        raise _fail(f"Cannot start the emulator: {exc}") from exc


@app.command()
def demo(
    workdir: Annotated[
        Path | None,
        typer.Option(
            help="Folder for the demo's database, files, Excel export and log "
            "(default: a new temporary folder)."
        ),
    ] = None,
    keep_running: Annotated[
        bool,
        typer.Option(
            "--keep-running", help="Keep the servers up afterwards to open the report links."
        ),
    ] = False,
    skip_offer: Annotated[
        bool,
        typer.Option("--skip-offer", help="Stop after HR's decisions, export and report links."),
    ] = False,
) -> None:
    """Run the whole hiring journey against the local emulator and print each step."""
    from dinghire.demo.runner import DemoOptions, run_demo

    options = DemoOptions(workdir=workdir, keep_running=keep_running, skip_offer=skip_offer)
    try:
        code = _run(lambda: run_demo(options))
    except (KeyboardInterrupt, asyncio.CancelledError):
        typer.echo("\n已中断 interrupted: everything the demo started is stopped.", err=True)
        raise typer.Exit(130) from None
    if code:
        raise typer.Exit(code)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
