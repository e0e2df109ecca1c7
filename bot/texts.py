"""What the bot says, in one place (Chinese for end users)."""

from __future__ import annotations

HR_HELP = """**钉聘 DingHire 使用帮助**

- 直接发送简历文件（PDF / Word / 图片）或粘贴简历文字，我会解析、查重并匹配岗位
- 在 HR 群里 @我 并粘贴简历文字，同样会处理
- `岗位` 或 `/jobs`：查看在招岗位和各阶段人数
- `候选人 岗位编号或名称` 或 `/candidates 12`：查看某岗位的候选人
- `帮助` 或 `/help`：显示本帮助

收到新简历后，我会把匹配结果卡片推送给岗位负责 HR，可在卡片上直接「邀请面试」或「淘汰」。"""

CANDIDATE_HELP = """您好，这里是钉聘招聘助手。

- 投递简历：直接发送简历文件（PDF、Word .docx、图片）或粘贴简历文字
- 我们会尽快处理并通过钉钉与您联系，请留意消息通知"""

CANDIDATE_RECEIVED = (
    "您好，您的简历《{file}》已收到。我们会尽快评估并通过钉钉与您联系，感谢您的关注！"
)
CANDIDATE_UPDATED = "您好，已收到您更新的简历《{file}》，资料已同步更新，感谢！"
RESUME_KEPT_NOTE = "原文件已保存，HR 可在后台查看。"
DOWNLOAD_FAILED = "抱歉，文件《{file}》下载失败（钉钉服务暂时不可用），请稍后重新发送。"
NOT_HR = "该操作仅限 HR 使用。如需开通，请联系管理员在钉聘中为您添加 HR 角色。"
INTERNAL_ERROR = "抱歉，处理您的消息时出现了问题，我们已记录并会尽快修复，请稍后重试。"
