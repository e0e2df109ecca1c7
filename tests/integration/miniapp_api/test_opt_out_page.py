"""The unsubscribe link in candidate e-mail: a confirm page, then the opt-out is recorded (as a
refused consent, kept with address and browser); a forged link changes nothing."""

from __future__ import annotations

import httpx

from settings import Settings
from tests.integration.miniapp_api.harness import World
from workflows.messaging.external import ExternalChannel, opt_out_link, opted_out
from workflows.privacy.models import ConsentKind, ConsentRecord


async def test_a_candidate_opts_out_of_email_from_the_link(
    client: httpx.AsyncClient, world: World, api_settings: Settings
) -> None:
    link = opt_out_link(world.candidate_id, ExternalChannel.EMAIL, api_settings)
    path = "/u/" + link.rsplit("/u/", 1)[1]

    page = await client.get(path)
    assert page.status_code == 200 and "确认不再通过邮件接收招聘通知吗" in page.text
    assert not await opted_out(world.candidate_id, ExternalChannel.EMAIL)

    done = await client.post(path, headers={"user-agent": "Mail/1.0"})
    assert done.status_code == 200 and "您已退订招聘通知邮件" in done.text
    assert await opted_out(world.candidate_id, ExternalChannel.EMAIL)
    assert not await opted_out(world.candidate_id, ExternalChannel.SMS)
    await client.post(path)  # twice: still one record
    rows = await ConsentRecord.filter(
        candidate_id=world.candidate_id, kind=ConsentKind.CONTACT_EMAIL
    )
    assert len(rows) == 1 and rows[0].granted is False and rows[0].user_agent == "Mail/1.0"


async def test_a_forged_link_is_refused(client: httpx.AsyncClient, world: World) -> None:
    forged = f"/u/email.{world.candidate_id}.{'0' * 32}"
    assert (await client.get(forged)).status_code == 404
    assert (await client.post(forged)).status_code == 404
    assert not await opted_out(world.candidate_id, ExternalChannel.EMAIL)
