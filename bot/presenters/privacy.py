"""How an erasure receipt reads. Chat (`删除个人信息`) and the CLI (`dinghire privacy erase`)
show the same text, worded once here from the typed `ErasureReceipt` the use case returns."""

from __future__ import annotations

from integrations.dingtalk.messages import Markdown
from workflows.privacy.requests import ErasureReceipt


def erasure_receipt_text(receipt: ErasureReceipt) -> str:
    """The receipt as a person reads it (Markdown, also printed as is by the CLI)."""
    e = receipt.erasure
    return "\n".join(
        [
            f"#### 个人信息删除回执 {receipt.number}",
            f"- 候选人编号：{e.candidate_id}",
            f"- 删除时间：{e.erased_at:%Y-%m-%d %H:%M} UTC",
            f"- 申请人：{receipt.requested_by}",
            f"- 原因：{receipt.reason}",
            f"- 涉及申请：{e.applications} 份；删除文件 {e.files_deleted} 个，"
            f"清除回答 {e.answers_cleared} 条，删除消息 {e.messages_deleted} 条",
            "- 数据密钥："
            + ("已销毁，任何备份中的副本均无法再解密" if e.key_destroyed else "此前已销毁"),
            "- 保留：岗位、阶段与分数等统计数据（不含个人信息），以及访问记录",
        ]
    )


def erasure_receipt(receipt: ErasureReceipt) -> Markdown:
    """The receipt as the chat message sent to the asker one-to-one."""
    return Markdown("删除回执", erasure_receipt_text(receipt))
