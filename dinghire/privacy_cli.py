"""`dinghire privacy export|erase` and `dinghire keys rotate|status`: operator commands, audited.

The operator names themselves (`--operator`); the audit trail records `system:cli:<operator>`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from settings import Settings, SettingsError, load_settings

T = TypeVar("T")

privacy_app = typer.Typer(
    help="Data-subject requests: a candidate's copy of their data, erasure with a receipt.",
    no_args_is_help=True,
)
keys_app = typer.Typer(
    help="Encryption keys: status and master-key rotation.", no_args_is_help=True
)

Operator = Annotated[
    str, typer.Option("--operator", help="Who runs this (recorded in the audit trail).")
]


def _settings() -> Settings:
    try:
        return load_settings()
    except SettingsError as exc:
        lines = "\n".join(f"  - {p}" for p in exc.problems)
        typer.secho(f"Configuration is invalid:\n{lines}", fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from exc


def _with_services(work: Callable[..., Awaitable[T]]) -> T:
    from dinghire.bootstrap import bootstrap, shutdown

    settings = _settings()

    async def main() -> T:
        container = await bootstrap(settings, process_wide=False)
        try:
            return await work(container.services)
        finally:
            await shutdown(container)

    return asyncio.run(main())


def _candidate(candidate: int | None, application: str | None) -> Callable[[], Awaitable[int]]:
    async def resolve() -> int:
        from workflows.privacy.requests import candidate_of_application

        if candidate is not None:
            return candidate
        if application:
            return await candidate_of_application(application)
        raise typer.BadParameter("give --candidate ID or --application ID")

    return resolve


def _domain_errors(fn: Callable[[], T]) -> T:
    from workflows.errors import DomainError

    try:
        return fn()
    except DomainError as exc:
        typer.secho(exc.user_message or str(exc), fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None


@privacy_app.command("export")
def privacy_export(
    out: Annotated[Path, typer.Option("--out", help="Where to write the ZIP (a new file).")],
    operator: Operator,
    candidate: Annotated[int | None, typer.Option(help="Candidate id.")] = None,
    application: Annotated[str | None, typer.Option(help="Or an application id (#12).")] = None,
) -> None:
    """Write everything held about one candidate as a readable ZIP (PIPL Art. 45)."""
    from workflows.actors import Actor
    from workflows.privacy.requests import export_subject_data
    from workflows.services import Services

    if out.exists():
        raise typer.BadParameter(f"{out} exists; give a new file")

    async def work(deps: Services) -> str:
        cid = await _candidate(candidate, application)()
        export = await export_subject_data(cid, deps, actor=Actor.system(f"cli:{operator}"))
        out.write_bytes(export.content)
        out.chmod(0o600)
        size = len(export.content)
        return f"候选人 {cid} 的个人信息副本已写入 {out}（{size} 字节，文件 {export.files} 个）"

    typer.echo(_domain_errors(lambda: _with_services(work)))


@privacy_app.command("erase")
def privacy_erase(
    reason: Annotated[str, typer.Option("--reason", help="Why (e.g. 候选人本人申请).")],
    operator: Operator,
    candidate: Annotated[int | None, typer.Option(help="Candidate id.")] = None,
    application: Annotated[str | None, typer.Option(help="Or an application id (#12).")] = None,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
    receipt: Annotated[
        Path | None, typer.Option(help="Also write the receipt to this file.")
    ] = None,
) -> None:
    """Erase one candidate's personal data now, destroy their data key, print the receipt."""
    from bot.presenters.privacy import erasure_receipt_text
    from workflows.actors import Actor
    from workflows.privacy.requests import erase_on_request
    from workflows.services import Services

    if not yes:
        typer.confirm("This cannot be undone (backups included). Erase?", abort=True)

    async def work(deps: Services) -> str:
        cid = await _candidate(candidate, application)()
        done = await erase_on_request(
            cid, deps, actor=Actor.system(f"cli:{operator}"), reason=reason
        )
        return erasure_receipt_text(done)

    text = _domain_errors(lambda: _with_services(work))
    if receipt is not None:
        receipt.write_text(text + "\n", encoding="utf-8")
    typer.echo(text)


@keys_app.command("status")
def keys_status() -> None:
    """The current master key's id, the previous ones still configured, and the data keys."""
    from workflows.privacy.models import CandidateKey
    from workflows.services import Services

    async def work(deps: Services) -> str:
        live = await CandidateKey.filter(destroyed_at__isnull=True).count()
        gone = await CandidateKey.filter(destroyed_at__isnull=False).count()
        masters = deps.vault.masters
        previous = ", ".join(masters_kids(masters.previous)) or "none"
        return (
            f"master key: {masters.current_kid}\nprevious master keys: {previous}\n"
            f"candidate data keys: {live} live, {gone} destroyed"
        )

    typer.echo(_with_services(work))


def masters_kids(keys: tuple[bytes, ...]) -> list[str]:
    """Key ids of master keys."""
    from workflows.privacy.keys import master_kid

    return [master_kid(k) for k in keys]


@keys_app.command("rotate")
def keys_rotate(operator: Operator) -> None:
    """Move everything under the current master key (run after adding a new one)."""
    from workflows.actors import Actor
    from workflows.privacy.audit import record_access
    from workflows.privacy.rotation import rotate
    from workflows.services import Services

    async def work(deps: Services) -> str:
        done = await rotate(deps.vault, deps.store)
        await record_access(
            Actor.system(f"cli:{operator}"),
            "keys.rotated",
            "master_key",
            deps.vault.masters.current_kid,
            **done.as_dict(),
        )
        lines = [f"{k} = {v}" for k, v in done.as_dict().items()]
        if done.unreadable:
            lines.append("WARNING: some values did not decrypt with any configured key")
        else:
            lines.append("Done: the previous master keys can now be removed from the settings.")
        return "\n".join(lines)

    typer.echo(_with_services(work))
