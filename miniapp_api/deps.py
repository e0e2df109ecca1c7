"""Request dependencies: the process's services and the signed-in session."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request

from workflows.interviews.models import InterviewSession
from workflows.interviews.session import session_from_token
from workflows.interviews.tokens import SESSION_INVALID_MESSAGE, TokenError
from workflows.services import Services


def get_services(request: Request) -> Services:
    """The process's services (built by the bootstrap, handed to create_app)."""
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]


async def current_session(
    deps: ServicesDep,
    authorization: Annotated[str, Header(description="Bearer <session_token>")] = "",
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
