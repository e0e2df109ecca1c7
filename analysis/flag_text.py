"""Chinese explanations of each Flag, for candidates (re-record prompts) and HR reports."""

from __future__ import annotations

from analysis.types import Flag

FLAG_MESSAGES: dict[Flag, str] = {
    Flag.SILENT: "没有检测到回答的声音，请确认麦克风正常后重新录制。",
    Flag.LOW_ASR_CONFIDENCE: "语音识别把握不足（可能有噪音或口音），该回答将由 HR 人工复核。",
    Flag.TOO_SHORT: "回答过短，无法评估，请完整作答后重新录制。",
    Flag.CLIPPING: "录音音量过大导致失真，请离麦克风远一些或调低输入音量。",
    Flag.NOISY: "背景噪音较大，请在安静的环境中重新录制。",
    Flag.TOO_QUIET: "录音音量过低，请靠近麦克风或调高输入音量。",
    Flag.NO_FACE: "画面中大部分时间没有检测到人脸，请正对摄像头作答。",
    Flag.MULTIPLE_FACES: "画面中多次出现多张人脸，该回答将由 HR 人工复核。",
    Flag.LOOKING_AWAY: "较多时间未正对摄像头或不在画面中央，该回答将由 HR 人工复核。",
    Flag.POOR_LIGHTING: "画面过暗或过曝，请调整光线后重新录制。",
    Flag.BLURRY: "画面模糊，请清洁摄像头或保持稳定后重新录制。",
    Flag.UNUSABLE_MEDIA: "录制文件无法使用，请重新录制。",
}


def flag_message(flag: Flag) -> str:
    """The Chinese explanation for one flag."""
    return FLAG_MESSAGES[flag]
