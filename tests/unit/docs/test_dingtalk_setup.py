"""docs/dingtalk-setup.md names only real DingTalk permission scopes, and all DingHire needs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SETUP = ROOT / "docs" / "dingtalk-setup.md"
# The scopes the official API pages list under 权限要求 (see the header of the file).
OFFICIAL = Path(__file__).with_name("dingtalk_permissions.txt")
# What the adapter calls needs (OD slugs of the calls in brackets).
NEEDED = {
    "qyapi_robot_sendmsg",  # chatbots-send-one-on-one-chat-messages-in-batches, file download
    "qyapi_base",  # upload-media-files
    "Card.Instance.Write",  # create-and-deliver-cards, interactive-card-update-interface
    "Workflow.Form.Read",  # obtain-the-template-code
    "Workflow.Form.Write",  # create-orupdate-the-approval-template-new
    "Workflow.Instance.Read",  # obtains-the-details-of-a-single-approval-instance-pop
    "Workflow.Instance.Write",  # create-an-approval-instance
    "Pro.HrmPreentry.ReadWrite",  # add-employees-to-be-hired-supports-system-and-custom-fields
    "qyapi_hrm_manager",  # add-employees-to-be-hired-through-intelligent-personnel
    "qyapi_hrm_read_user",  # intelligent-personnel-roster-metadata-query, roster, preentry list
    "Contact.User.Read",  # dingtalk-retrieve-user-information
}
# A scope-looking name in backticks: qyapi_* or Dotted.Capitalised.Names.
SCOPE = re.compile(r"`(qyapi_[a-z_]+|[A-Z][A-Za-z]*(?:\.[A-Za-z]+){2,})`")


def _official() -> set[str]:
    lines = OFFICIAL.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def _named_in_doc() -> set[str]:
    return set(SCOPE.findall(SETUP.read_text(encoding="utf-8")))


def test_every_permission_in_the_setup_guide_is_a_real_one() -> None:
    named = _named_in_doc()
    # Error codes share the dotted shape; they are not scopes.
    scopes = {n for n in named if not n.startswith("Forbidden.")}
    assert scopes - _official() == set()


def test_the_setup_guide_asks_for_every_permission_dinghire_needs() -> None:
    assert NEEDED - _official() == set()
    assert NEEDED - _named_in_doc() == set()


def test_the_setup_guide_states_the_quota_whitelist_and_redirect_setting() -> None:
    text = SETUP.read_text(encoding="utf-8")
    # OD:how-to-process-api-throttling-on-the-dingtalk-server (2026-05-09): 5000次/月.
    assert "5,000 calls a month" in text and "10,000 calls per month" not in text
    # OD:server-api-error-codes-1: 403 Forbidden.AccessDenied.IpNotInWhiteList.
    assert "服务器出口IP" in text and "IpNotInWhiteList" in text
    # OD:obtain-identity-credentials: 开发配置 > 安全设置, 重定向URL.
    assert "开发配置 → 安全设置" in text and "登录与分享" not in text
