"""The API fuzzed from its own OpenAPI schema (schemathesis) against the real app on PostgreSQL,
signed in as a candidate, an offer holder and HR: zero server errors, and every response true to
the schema (status codes, content types, bodies). A second pass calls every operation as each of
them with another candidate's ids: refused (4xx), nothing of that candidate in the body, and the
HR and console routes closed to candidates and offer holders. Prints how many cases ran."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import httpx
import pytest

from settings import DatabaseSettings, Settings, StorageSettings, load_settings
from tests.integration.miniapp_api.harness import invite, make_job
from tests.integration.workflows.offers.onboarding_support import approved_offer
from tests.support import REPO_ROOT
from workflows.links import offer_url, report_url
from workflows.offers.models import OfferStatus
from workflows.privacy.vault import PiiVault
from workflows.staff.models import Staff

pytestmark = [
    pytest.mark.timeout(240),
    # The real app on PostgreSQL only (the `db` fixture's SQLite run is not needed here).
    pytest.mark.parametrize(
        "db", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
    ),
]
EXAMPLES = 8  # per operation and identity: ~44 operations x 3 identities, under 2 minutes
CROSS_EXAMPLES = 2  # per operation and identity in the cross-candidate pass
# Candidate B, whom none of the three identities may reach: their name and job title.
OTHER_NAME = "乙候选人XQ7"
OTHER_JOB = "乙岗位ZK9"
# Routes for staff only (the two public ones sign in or say how to).
STAFF_ONLY = ("/api/hr/", "/api/console/")
STAFF_PUBLIC = ("/api/hr/config", "/api/hr/session")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(db: DatabaseSettings, tmp_path: Path) -> Iterator[tuple[str, Settings]]:
    """The API as its own process on the test's PostgreSQL database."""
    port = _free_port()
    env = {
        **os.environ,
        "DINGHIRE_MODE": "test",
        "DINGHIRE_DATABASE_URL": db.url,
        "DINGHIRE_STORAGE_ROOT": str(tmp_path / "storage"),
        "DINGHIRE_DINGTALK_ENABLED": "false",
        "DINGHIRE_SERVER_PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.miniapp_api.api_server", str(port)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
    else:
        proc.kill()
        err = proc.stderr.read() if proc.stderr else ""
        raise AssertionError(f"the API did not start: {err}")
    settings = load_settings(
        strict=False,
        mode="test",
        database=db,
        storage=StorageSettings(root=tmp_path / "storage"),
    )
    try:
        yield base, settings
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        if proc.stderr is not None:
            proc.stderr.close()


async def _identities(base: str, settings: Settings) -> dict[str, dict[str, str]]:
    """Bearer headers for a candidate mid-interview, an offer holder and HR (a report-link
    session for the first candidate's report)."""
    job = await make_job(title="后端开发工程师")
    world = await invite(settings, job, deadline=datetime.now(UTC) + timedelta(days=3))
    vault = PiiVault(settings.security.master_key_bytes(), b"h")
    offer = await approved_offer(vault, status=OfferStatus.APPROVED)
    hr = await Staff.create(dingtalk_user_id="hr_fuzz", name="王芳", roles=["hr", "hr_head"])
    async with httpx.AsyncClient(base_url=base, timeout=10) as client:
        signed = await client.post(
            "/api/v1/interview/session", json={"invite_token": world.invite_token}
        )
        assert signed.status_code == 200, signed.text
        candidate = signed.json()["session_token"]
        token = report_url(settings, world.application_id, staff_id=hr.id).split("t=")[1]
        hr_signed = await client.post("/api/hr/session", json={"report_token": token})
        assert hr_signed.status_code == 200, hr_signed.text
        hr_token = hr_signed.json()["session_token"]
    offer_token = offer_url(settings, offer.id).rsplit("/o/", 1)[1]
    return {
        "candidate": {"Authorization": f"Bearer {candidate}"},
        "offer holder": {"Authorization": f"Bearer {offer_token}"},
        "HR": {"Authorization": f"Bearer {hr_token}"},
    }


async def _other_candidate(base: str, settings: Settings) -> dict[str, int]:
    """Candidate B on their own job, signed in once (so their session exists): B's ids by the
    path parameter names that take them."""
    job = await make_job(title=OTHER_JOB)
    world = await invite(
        settings, job, name=OTHER_NAME, deadline=datetime.now(UTC) + timedelta(days=3)
    )
    async with httpx.AsyncClient(base_url=base, timeout=10) as client:
        signed = await client.post(
            "/api/v1/interview/session", json={"invite_token": world.invite_token}
        )
        assert signed.status_code == 200, signed.text
    return {"application_id": world.application_id, "job_id": world.job_id}


def _cross(
    base: str, identities: dict[str, dict[str, str]], other: dict[str, int]
) -> tuple[int, list[str]]:
    """Every operation as each identity, with candidate B's ids wherever a path takes them."""
    import schemathesis
    from hypothesis import HealthCheck, Phase, given
    from hypothesis import settings as hsettings

    schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
    cases = 0
    failures: list[str] = []

    def refusal(path: str, who: str, used: list[str], response: Any) -> str:
        status, body = response.status_code, response.text
        # An H5 page's shell (/r/{id}) is the same for everyone; its data needs the token.
        kind = response.headers.get("content-type") or [""]  # schemathesis: lists of values
        shell = str(kind[0]).startswith("text/html")
        if status >= 500:
            return f"server error {status}"
        if OTHER_NAME in body or OTHER_JOB in body:
            return f"candidate B's data in the body ({status})"
        staff_only = path.startswith(STAFF_ONLY) and not path.startswith(STAFF_PUBLIC)
        if staff_only and who != "HR" and status not in (401, 403):
            return f"a staff route answered {status} to the {who}"
        if used and not 400 <= status < 500 and not shell:
            return f"candidate B's {', '.join(used)} answered {status}"
        return ""

    def cross_one(operation: Any, who: str, headers: dict[str, str]) -> None:
        @hsettings(
            max_examples=CROSS_EXAMPLES,
            deadline=None,
            database=None,
            derandomize=True,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            nonlocal cases
            cases += 1
            used = [k for k in (case.path_parameters or {}) if k in other]
            for name in used:
                case.path_parameters[name] = other[name]
            response = case.call(base_url=base, headers=headers, timeout=15)
            problem = refusal(operation.path, who, used, response)
            assert not problem, f"{case.method} {case.formatted_path}: {problem}"

        run()

    for result in schema.get_all_operations():
        operation = cast(Any, result).ok()
        for who, headers in identities.items():
            try:
                cross_one(operation, who, headers)
            except (Exception, BaseExceptionGroup) as exc:
                first = f"{type(exc).__name__}: {exc}".strip().splitlines()
                failures.append(f"{operation.label} as {who}: " + " | ".join(first[:4]))
    return cases, failures


def _fuzz(base: str, identities: dict[str, dict[str, str]]) -> tuple[int, list[str]]:
    import schemathesis
    from hypothesis import HealthCheck, Phase, given
    from hypothesis import settings as hsettings
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    checks = [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_schema_conformance,
    ]
    schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
    cases = 0
    failures: list[str] = []

    def fuzz_one(operation: Any, headers: dict[str, str]) -> None:
        @hsettings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            derandomize=True,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            nonlocal cases
            cases += 1
            response = case.call(base_url=base, headers=headers, timeout=15)
            case.validate_response(response, checks=checks)

        run()

    for result in schema.get_all_operations():
        operation = cast(Any, result).ok()  # an invalid schema raises here
        for who, headers in identities.items():
            try:
                fuzz_one(operation, headers)
            except (Exception, BaseExceptionGroup) as exc:  # a few lines each, then go on
                first = f"{type(exc).__name__}: {exc}".strip().splitlines()
                failures.append(f"{operation.label} as {who}: " + " | ".join(first[:8]))
    return cases, failures


async def test_the_api_fuzzed_from_its_schema_signed_in_as_each_identity(
    server: tuple[str, Settings],
) -> None:
    base, settings = server
    identities = await _identities(base, settings)
    cases, failures = await asyncio.to_thread(_fuzz, base, identities)
    print(f"schemathesis: {cases} generated cases, {len(failures)} failing operations")
    assert not failures, "\n".join(failures)
    assert cases > 100


async def test_no_identity_reaches_another_candidate_or_a_staff_route(
    server: tuple[str, Settings],
) -> None:
    """Signed in as candidate A, as an offer holder and as HR on A's report link, every operation
    called with candidate B's application and job ids is refused and shows nothing of B; the
    HR and console routes refuse candidates and offer holders whatever the parameters."""
    base, settings = server
    identities = await _identities(base, settings)
    other = await _other_candidate(base, settings)
    cases, failures = await asyncio.to_thread(_cross, base, identities, other)
    print(f"schemathesis cross-access: {cases} generated cases, {len(failures)} failing operations")
    assert not failures, "\n".join(failures)
    assert cases > 100
