"""Vault contexts are bound into stored ciphertext: renaming one locks existing data away."""

from __future__ import annotations

from workflows.privacy import contexts


def test_context_values_match_the_data_already_encrypted_with_them() -> None:
    assert {
        "CANDIDATE_NAME": contexts.CANDIDATE_NAME,
        "CANDIDATE_PHONE": contexts.CANDIDATE_PHONE,
        "CANDIDATE_EMAIL": contexts.CANDIDATE_EMAIL,
        "RESUME": contexts.RESUME,
        "ANSWER_TEXT": contexts.ANSWER_TEXT,
        "TRANSCRIPT": contexts.TRANSCRIPT,
        "NOTICE_BODY": contexts.NOTICE_BODY,
        "MATERIAL_FILE_NAME": contexts.MATERIAL_FILE_NAME,
        "EVIDENCE_QUOTE": contexts.EVIDENCE_QUOTE,
        "FOLLOW_UP": contexts.FOLLOW_UP,
        "FOLLOW_UP_QUESTION": contexts.FOLLOW_UP_QUESTION,
        "AUDIO_CUES": contexts.AUDIO_CUES,
        "VISION_CUES": contexts.VISION_CUES,
        "MATCH_EXPLANATION": contexts.MATCH_EXPLANATION,
        "RESUME_FILE_NAME": contexts.RESUME_FILE_NAME,
    } == {
        "CANDIDATE_NAME": "candidate.name",
        "CANDIDATE_PHONE": "candidate.phone",
        "CANDIDATE_EMAIL": "candidate.email",
        "RESUME": "resume",
        "ANSWER_TEXT": "answer.text",
        "TRANSCRIPT": "analysis_result.transcript",
        "NOTICE_BODY": "candidate_notice.body",
        "MATERIAL_FILE_NAME": "onboarding_material.file_name",
        "EVIDENCE_QUOTE": "evidence.quote",
        "FOLLOW_UP": "analysis_result.follow_up",
        "FOLLOW_UP_QUESTION": "interview.follow_up_question",
        "AUDIO_CUES": "analysis_result.audio_cues",
        "VISION_CUES": "analysis_result.vision_cues",
        "MATCH_EXPLANATION": "application.match_explanation",
        "RESUME_FILE_NAME": "resume.file_name",
    }
