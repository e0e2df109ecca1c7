"""Offer approval on a fresh tenant: the missing template is created, not treated as a failure."""
# ruff: noqa: F811  (fixtures are imported from adapter_support and used as parameters)

from __future__ import annotations

from integrations.dingtalk.approvals import OFFER_TEMPLATE_NAME
from integrations.dingtalk.clients import DingTalkClients
from integrations.dingtalk.ports import FormComponent, ProcessTemplate
from tests.integration.dingtalk.adapter_support import (  # noqa: F401 - fixtures
    Emu,
    clients,
    emu,
    emu_server,
)

OFFER = ProcessTemplate(
    OFFER_TEMPLATE_NAME,
    "候选人录用审批",
    (FormComponent("候选人", required=True), FormComponent("薪资", "NumberField")),
)


async def test_missing_template_is_created_on_first_offer(
    emu: Emu, clients: DingTalkClients
) -> None:
    # OD:obtain-the-template-code: the lookup answers 400 process.error "模板不存在" on a fresh
    # tenant; ensure_process must then create the template with SaveProcess.
    assert await clients.approvals.find_process_code(OFFER_TEMPLATE_NAME) is None

    code = await clients.approvals.ensure_process(OFFER)

    assert code
    assert await clients.approvals.find_process_code(OFFER_TEMPLATE_NAME) == code
