"""Request dependencies: the interview services' deps and the signed-in session."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request

from workflows.interviews.deps import InterviewDeps
from workflows.interviews.models import InterviewSession
from workflows.interviews.session import session_from_token
from workflows.interviews.tokens import SESSION_INVALID_MESSAGE, TokenError


def interview_deps(request: Request) -> InterviewDeps:
    """The process's interview deps (built by create_app)."""
    deps: InterviewDeps = request.app.state.interview_deps
    return deps


Deps = Annotated[InterviewDeps, Depends(interview_deps)]


async def current_session(
    deps: Deps, authorization: Annotated[str, Header(description="Bearer <session_token>")] = ""
) -> InterviewSession:
    """The interview session named by the Bearer token."""
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise TokenError("missing bearer token", user_message=SESSION_INVALID_MESSAGE)
    return await session_from_token(deps, token.strip())


CurrentSession = Annotated[InterviewSession, Depends(current_session)]


def client_ip(request: Request) -> str:
    """The caller's address as the server saw it."""
    return request.client.host if request.client else ""
