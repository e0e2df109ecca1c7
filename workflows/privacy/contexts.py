"""The vault's encryption contexts, one per encrypted field.

A context is bound into each ciphertext (AES-GCM associated data): a value only decrypts with
the context it was encrypted with. Existing data is encrypted with these exact strings, so a
value here must never change; a new field gets a new constant.
"""

from __future__ import annotations

from typing import Final

CANDIDATE_NAME: Final = "candidate.name"
CANDIDATE_PHONE: Final = "candidate.phone"
CANDIDATE_EMAIL: Final = "candidate.email"
# A candidate's parsed resume (JSON).
RESUME: Final = "resume"
# What a candidate typed as an answer.
ANSWER_TEXT: Final = "answer.text"
# The transcript of a recorded answer.
TRANSCRIPT: Final = "analysis_result.transcript"
# A message to a candidate (decision, offer) as the mini-app shows it.
NOTICE_BODY: Final = "candidate_notice.body"
# The original file name of an onboarding material.
MATERIAL_FILE_NAME: Final = "onboarding_material.file_name"
# The words of one timed transcript segment (kept in analysis_result.segments as `text_enc`).
SEGMENT: Final = "analysis_result.segment"
# A cached LLM-judge verdict (its quotes are the candidate's words).
LLM_VERDICT: Final = "llm_verdict.verdict"
# An e-mail or SMS waiting in the outbox (address and text of a candidate message).
OUTBOX_EXTERNAL: Final = "outbox_message.external"
# A candidate's demographic data (JSON), read only by the fairness analysis.
DEMOGRAPHICS: Final = "demographic_profile.data"
# Why a hire left (free text from HR or DingTalk).
LEAVING_REASON: Final = "hire_outcome.leaving_reason"
# Why a candidate asked for a human review.
REVIEW_REASON: Final = "review_request.reason"
# An evidence quote inside analysis-result and report JSON (the candidate's own words).
EVIDENCE_QUOTE: Final = "evidence.quote"
# A follow-up suggestion (question and reason quote the answer) in analysis_result.follow_up.
FOLLOW_UP: Final = "analysis_result.follow_up"
# Audio and vision cues of one answer (analysis_result.audio_cues / vision_cues).
AUDIO_CUES: Final = "analysis_result.audio_cues"
VISION_CUES: Final = "analysis_result.vision_cues"
# Why a resume matches a job (application.match_explanation: the resume's skills and history).
MATCH_EXPLANATION: Final = "application.match_explanation"
# The original file name of a candidate's resume (resume.file_name, sealed in place).
RESUME_FILE_NAME: Final = "resume.file_name"
# A follow-up question (it quotes the answer): the plan node's text and its answers' question_text.
FOLLOW_UP_QUESTION: Final = "interview.follow_up_question"
