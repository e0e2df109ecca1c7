from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "department" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "dingtalk_dept_id" BIGINT NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "parent_id" INT REFERENCES "department" ("id") ON DELETE SET NULL
) /* A DingTalk department. */;
CREATE TABLE IF NOT EXISTS "spent_report_link" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "digest" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMP NOT NULL
) /* A staff member's report link that has signed someone in: each such link works once. */;
CREATE INDEX IF NOT EXISTS "idx_spent_repor_expires_bc9f0b" ON "spent_report_link" ("expires_at");
CREATE TABLE IF NOT EXISTS "staff" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "dingtalk_user_id" VARCHAR(64) NOT NULL UNIQUE,
    "union_id" VARCHAR(64),
    "name" VARCHAR(64) NOT NULL,
    "title" VARCHAR(64) NOT NULL,
    "roles" JSON NOT NULL,
    "is_active" INT NOT NULL,
    "department_id" INT REFERENCES "department" ("id") ON DELETE SET NULL
) /* A member of the customer's org, identified by DingTalk userId. */;
CREATE INDEX IF NOT EXISTS "idx_staff_union_i_3f1d85" ON "staff" ("union_id");
CREATE TABLE IF NOT EXISTS "competency_model" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(128) NOT NULL UNIQUE,
    "description" TEXT NOT NULL,
    "requirements" JSON NOT NULL
) /* What a role needs: weighted dimensions plus resume requirements. */;
CREATE TABLE IF NOT EXISTS "dimension" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "description" TEXT NOT NULL,
    "weight" REAL NOT NULL,
    "competency_model_id" INT NOT NULL REFERENCES "competency_model" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_dimension_compete_63a800" UNIQUE ("competency_model_id", "code")
) /* One assessed competency, e.g. 沟通表达, with a weight inside its model. */;
CREATE TABLE IF NOT EXISTS "question" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "type" VARCHAR(32) NOT NULL /* SELF_INTRODUCTION: self_introduction\nBEHAVIOURAL: behavioural\nSITUATIONAL: situational\nTECHNICAL: technical\nVALUES: values */,
    "text" TEXT NOT NULL,
    "think_time_s" INT NOT NULL,
    "answer_time_s" INT NOT NULL,
    "retakes_allowed" SMALLINT NOT NULL,
    "difficulty" SMALLINT NOT NULL,
    "equivalence_group" VARCHAR(64) NOT NULL,
    "dimension_codes" JSON NOT NULL,
    "exemplar_answers" JSON NOT NULL,
    "follow_up_templates" JSON NOT NULL,
    "allow_follow_up" INT NOT NULL
) /* One question-bank item. */;
CREATE INDEX IF NOT EXISTS "idx_question_equival_9d4e45" ON "question" ("equivalence_group");
CREATE TABLE IF NOT EXISTS "question_set" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(128) NOT NULL UNIQUE,
    "description" TEXT NOT NULL
) /* An ordered interview plan made of question-bank items. */;
CREATE TABLE IF NOT EXISTS "job" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(128) NOT NULL,
    "headcount" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* DRAFT: draft\nOPEN: open\nPAUSED: paused\nCLOSED: closed */,
    "city" VARCHAR(64) NOT NULL,
    "description" TEXT NOT NULL,
    "pass_line" REAL NOT NULL,
    "auto_advance" INT NOT NULL,
    "auto_reject" INT NOT NULL,
    "expression_cues_enabled" INT NOT NULL,
    "feedback_improvement_note" INT NOT NULL,
    "offer_approvers" JSON NOT NULL,
    "salary_band" JSON NOT NULL,
    "competency_model_id" INT REFERENCES "competency_model" ("id") ON DELETE SET NULL,
    "department_id" INT REFERENCES "department" ("id") ON DELETE SET NULL,
    "hiring_manager_id" INT REFERENCES "staff" ("id") ON DELETE SET NULL,
    "owner_id" INT REFERENCES "staff" ("id") ON DELETE SET NULL,
    "question_set_id" INT REFERENCES "question_set" ("id") ON DELETE SET NULL
) /* An open position with its competency model, question set and salary band. */;
CREATE INDEX IF NOT EXISTS "idx_job_status_2e13c7" ON "job" ("status");
CREATE TABLE IF NOT EXISTS "question_set_item" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "position" SMALLINT NOT NULL,
    "question_id" INT NOT NULL REFERENCES "question" ("id") ON DELETE RESTRICT,
    "question_set_id" INT NOT NULL REFERENCES "question_set" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_question_se_questio_17d933" UNIQUE ("question_set_id", "position")
) /* A node of a question set: a fixed question or a draw from an equivalence group. */;
CREATE TABLE IF NOT EXISTS "rubric_level" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "level" SMALLINT NOT NULL,
    "label" VARCHAR(32) NOT NULL,
    "description" TEXT NOT NULL,
    "indicators" JSON NOT NULL,
    "dimension_id" INT NOT NULL REFERENCES "dimension" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_rubric_leve_dimensi_f9ddb8" UNIQUE ("dimension_id", "level")
) /* A behaviourally anchored level of a dimension (e.g. 1-5) with indicator phrases. */;
CREATE TABLE IF NOT EXISTS "candidate" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name_enc" TEXT NOT NULL,
    "phone_enc" TEXT NOT NULL,
    "email_enc" TEXT NOT NULL,
    "phone_hash" VARCHAR(64),
    "email_hash" VARCHAR(64),
    "identity_hash" VARCHAR(64),
    "masked_phone" VARCHAR(32) NOT NULL,
    "dingtalk_user_id" VARCHAR(64),
    "dingtalk_union_id" VARCHAR(64),
    "source_conversation_id" VARCHAR(128),
    "birth_year" SMALLINT,
    "years_experience" REAL,
    "highest_degree" VARCHAR(16) NOT NULL,
    "city" VARCHAR(64) NOT NULL,
    "erased_at" TIMESTAMP,
    "duplicate_by" VARCHAR(16) NOT NULL,
    "duplicate_of_id" INT REFERENCES "candidate" ("id") ON DELETE SET NULL
) /* A person applying; contact data only as ciphertext plus keyed hashes. */;
CREATE INDEX IF NOT EXISTS "idx_candidate_phone_h_eab569" ON "candidate" ("phone_hash");
CREATE INDEX IF NOT EXISTS "idx_candidate_email_h_7d2aa9" ON "candidate" ("email_hash");
CREATE INDEX IF NOT EXISTS "idx_candidate_identit_c95a6b" ON "candidate" ("identity_hash");
CREATE INDEX IF NOT EXISTS "idx_candidate_dingtal_7e5827" ON "candidate" ("dingtalk_user_id");
CREATE INDEX IF NOT EXISTS "idx_candidate_dingtal_6d305f" ON "candidate" ("dingtalk_union_id");
CREATE TABLE IF NOT EXISTS "resume" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "storage_key" VARCHAR(255) NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "content_type" VARCHAR(64) NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "parsed_enc" TEXT NOT NULL,
    "field_confidence" JSON NOT NULL,
    "parser_version" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "error_code" VARCHAR(64) NOT NULL,
    "source_channel" VARCHAR(32) NOT NULL,
    "submitted_by" VARCHAR(80) NOT NULL,
    "meta" JSON NOT NULL,
    "candidate_id" INT REFERENCES "candidate" ("id") ON DELETE CASCADE
) /* One received resume file and what the parser made of it. */;
CREATE INDEX IF NOT EXISTS "idx_resume_sha256_d888d5" ON "resume" ("sha256");
CREATE TABLE IF NOT EXISTS "application" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "stage" VARCHAR(24) NOT NULL /* RECEIVED: received\nSCREENED: screened\nINVITED: invited\nINTERVIEWING: interviewing\nSUBMITTED: submitted\nSCORED: scored\nSHORTLISTED: shortlisted\nREJECTED: rejected\nOFFER_PENDING: offer_pending\nOFFER_APPROVED: offer_approved\nOFFER_DECLINED: offer_declined\nONBOARDING: onboarding\nHIRED: hired\nWITHDRAWN: withdrawn\nEXPIRED: expired */,
    "stage_changed_at" TIMESTAMP NOT NULL,
    "source_channel" VARCHAR(32) NOT NULL,
    "match_score" REAL,
    "match_explanation" JSON NOT NULL,
    "overall_score" REAL,
    "rank_score" REAL,
    "recommendation" VARCHAR(16) NOT NULL,
    "hr_card_track_id" VARCHAR(96),
    "candidate_id" INT NOT NULL REFERENCES "candidate" ("id") ON DELETE CASCADE,
    "job_id" INT NOT NULL REFERENCES "job" ("id") ON DELETE CASCADE,
    "resume_id" INT REFERENCES "resume" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_application_candida_086671" UNIQUE ("candidate_id", "job_id")
) /* A candidate applying for one job; its stage only changes through the transition table. */;
CREATE INDEX IF NOT EXISTS "idx_application_job_id_0d3ba3" ON "application" ("job_id", "stage");
CREATE INDEX IF NOT EXISTS "idx_application_job_id_fb645e" ON "application" ("job_id", "overall_score");
CREATE INDEX IF NOT EXISTS "idx_application_job_id_0bd851" ON "application" ("job_id", "match_score");
CREATE INDEX IF NOT EXISTS "idx_application_job_id_834f00" ON "application" ("job_id", "rank_score", "id");
CREATE INDEX IF NOT EXISTS "idx_application_stage_799170" ON "application" ("stage", "stage_changed_at");
CREATE TABLE IF NOT EXISTS "stage_history" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "from_stage" VARCHAR(24) /* RECEIVED: received\nSCREENED: screened\nINVITED: invited\nINTERVIEWING: interviewing\nSUBMITTED: submitted\nSCORED: scored\nSHORTLISTED: shortlisted\nREJECTED: rejected\nOFFER_PENDING: offer_pending\nOFFER_APPROVED: offer_approved\nOFFER_DECLINED: offer_declined\nONBOARDING: onboarding\nHIRED: hired\nWITHDRAWN: withdrawn\nEXPIRED: expired */,
    "to_stage" VARCHAR(24) NOT NULL /* RECEIVED: received\nSCREENED: screened\nINVITED: invited\nINTERVIEWING: interviewing\nSUBMITTED: submitted\nSCORED: scored\nSHORTLISTED: shortlisted\nREJECTED: rejected\nOFFER_PENDING: offer_pending\nOFFER_APPROVED: offer_approved\nOFFER_DECLINED: offer_declined\nONBOARDING: onboarding\nHIRED: hired\nWITHDRAWN: withdrawn\nEXPIRED: expired */,
    "actor" VARCHAR(80) NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
) /* One recorded stage change: from, to, who, why, when. */;
CREATE INDEX IF NOT EXISTS "idx_stage_histo_applica_1f35c7" ON "stage_history" ("application_id", "at");
CREATE TABLE IF NOT EXISTS "invitation" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_id" VARCHAR(64) NOT NULL UNIQUE,
    "deadline_at" TIMESTAMP NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nSENT: sent\nOPENED: opened\nCOMPLETED: completed\nMISSED: missed\nCANCELLED: cancelled */,
    "channel" VARCHAR(32) NOT NULL,
    "invited_by" VARCHAR(80) NOT NULL,
    "hr_user_id" VARCHAR(64) NOT NULL,
    "attempt" SMALLINT NOT NULL,
    "reminders_sent" JSON NOT NULL,
    "sent_at" TIMESTAMP,
    "opened_at" TIMESTAMP,
    "completed_at" TIMESTAMP,
    "missed_at" TIMESTAMP,
    "followed_up_at" TIMESTAMP,
    "previous_id" INT,
    "replaced_by_id" INT,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
) /* An invite for one application, with a deadline; the link carries a signed token. */;
CREATE INDEX IF NOT EXISTS "idx_invitation_status_e559dc" ON "invitation" ("status", "deadline_at");
CREATE INDEX IF NOT EXISTS "idx_invitation_applica_7aeae5" ON "invitation" ("application_id", "status");
CREATE TABLE IF NOT EXISTS "interview_session" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* NOT_STARTED: not_started\nIN_PROGRESS: in_progress\nSUBMITTED: submitted\nEVALUATING: evaluating\nCOMPLETED: completed */,
    "plan" JSON NOT NULL,
    "current_node" SMALLINT NOT NULL,
    "answer_mode" VARCHAR(8) NOT NULL /* VIDEO: video\nAUDIO: audio\nTEXT: text */,
    "device_check" JSON NOT NULL,
    "plan_seed" BIGINT NOT NULL,
    "deadline_at" TIMESTAMP,
    "consent_policy_version" VARCHAR(16) NOT NULL,
    "recording_consent" INT,
    "processing_consent" INT,
    "face_cues_consent" INT NOT NULL,
    "consented_at" TIMESTAMP,
    "started_at" TIMESTAMP,
    "submitted_at" TIMESTAMP,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE,
    "invitation_id" INT REFERENCES "invitation" ("id") ON DELETE SET NULL
) /* One sitting of an interview: the drawn plan, consents and progress. */;
CREATE INDEX IF NOT EXISTS "idx_interview_s_applica_76edce" ON "interview_session" ("application_id", "status");
CREATE TABLE IF NOT EXISTS "answer" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "node_index" SMALLINT NOT NULL,
    "attempt" SMALLINT NOT NULL,
    "question_text" TEXT NOT NULL,
    "is_follow_up" INT NOT NULL,
    "mode" VARCHAR(8) NOT NULL /* VIDEO: video\nAUDIO: audio\nTEXT: text */,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nUPLOADING: uploading\nUPLOADED: uploaded\nANALYSING: analysing\nANALYSED: analysed\nNEEDS_REVIEW: needs_review\nFAILED: failed */,
    "text_enc" TEXT NOT NULL,
    "media_key" VARCHAR(255) NOT NULL,
    "media_sha256" VARCHAR(64) NOT NULL,
    "media_bytes" BIGINT NOT NULL,
    "duration_s" REAL,
    "question_shown_at" TIMESTAMP,
    "answer_started_at" TIMESTAMP,
    "answer_ended_at" TIMESTAMP,
    "think_deadline_at" TIMESTAMP,
    "answer_deadline_at" TIMESTAMP,
    "superseded" INT NOT NULL,
    "transcript_confirmed_at" TIMESTAMP,
    "question_id" INT REFERENCES "question" ("id") ON DELETE SET NULL,
    "session_id" INT NOT NULL REFERENCES "interview_session" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_answer_session_7de99b" UNIQUE ("session_id", "node_index", "attempt")
) /* The candidate's answer to one node of the plan. */;
CREATE TABLE IF NOT EXISTS "upload_session" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" VARCHAR(32) NOT NULL PRIMARY KEY,
    "node_index" SMALLINT NOT NULL,
    "attempt" SMALLINT NOT NULL,
    "mime_type" VARCHAR(64) NOT NULL,
    "total_bytes" BIGINT NOT NULL,
    "declared_duration_s" REAL,
    "chunk_size" INT NOT NULL,
    "received_bytes" BIGINT NOT NULL,
    "next_index" INT NOT NULL,
    "chunk_sha256" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: open\nVALIDATING: validating\nCOMPLETE: complete\nFAILED: failed\nABORTED: aborted */,
    "error_code" VARCHAR(64) NOT NULL,
    "completed_at" TIMESTAMP,
    "answer_id" INT NOT NULL REFERENCES "answer" ("id") ON DELETE CASCADE,
    "session_id" INT NOT NULL REFERENCES "interview_session" ("id") ON DELETE CASCADE
) /* A chunked, resumable upload of one answer attempt's recording. */;
CREATE INDEX IF NOT EXISTS "idx_upload_sess_session_744dc9" ON "upload_session" ("session_id", "node_index", "attempt");
CREATE TABLE IF NOT EXISTS "analysis_result" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "analyser_version" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "engine" VARCHAR(64) NOT NULL,
    "transcript_enc" TEXT NOT NULL,
    "segments" JSON NOT NULL,
    "duration_s" REAL,
    "audio_cues" JSON NOT NULL,
    "vision_cues" JSON NOT NULL,
    "dimension_scores" JSON NOT NULL,
    "flags" JSON NOT NULL,
    "follow_up" JSON NOT NULL,
    "error" TEXT NOT NULL,
    "answer_id" INT NOT NULL REFERENCES "answer" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_analysis_re_answer__266fa6" UNIQUE ("answer_id", "analyser_version")
) /* What the analysers found in one answer, for one analyser version. */;
CREATE TABLE IF NOT EXISTS "llm_verdict" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "engine" VARCHAR(32) NOT NULL,
    "model" VARCHAR(128) NOT NULL,
    "prompt_version" VARCHAR(32) NOT NULL,
    "dimension_code" VARCHAR(64) NOT NULL,
    "verdict_enc" TEXT NOT NULL
) /* A cached LLM-judge verdict on one dimension of one answer text: the same input is never */;
CREATE TABLE IF NOT EXISTS "report" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL,
    "analyser_version" VARCHAR(32) NOT NULL,
    "overall_score" REAL,
    "confidence" REAL,
    "dimensions" JSON NOT NULL,
    "strengths" JSON NOT NULL,
    "weaknesses" JSON NOT NULL,
    "suggestions" JSON NOT NULL,
    "not_assessed" JSON NOT NULL,
    "flags" JSON NOT NULL,
    "flag_details" JSON NOT NULL,
    "result_ids" JSON NOT NULL,
    "is_current" INT NOT NULL,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_report_applica_0efeac" UNIQUE ("application_id", "version")
) /* An application's aggregated report; re-scoring adds a version, never overwrites. */;
CREATE INDEX IF NOT EXISTS "idx_report_applica_0a8be9" ON "report" ("application_id", "is_current");
CREATE TABLE IF NOT EXISTS "offer" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(24) NOT NULL /* DRAFT: draft\nPENDING_APPROVAL: pending_approval\nAPPROVED: approved\nREFUSED: refused\nTERMINATED: terminated\nACCEPTED: accepted\nDECLINED: declined */,
    "level" VARCHAR(32) NOT NULL,
    "monthly_salary" INT,
    "salary_min" INT,
    "salary_max" INT,
    "start_date" DATE,
    "reasons" JSON NOT NULL,
    "process_code" VARCHAR(64) NOT NULL,
    "process_instance_id" VARCHAR(96) UNIQUE,
    "approval_remark" TEXT NOT NULL,
    "preentry_user_id" VARCHAR(64),
    "training_suggestions" JSON NOT NULL,
    "decided_at" TIMESTAMP,
    "suggestion" JSON NOT NULL,
    "approvers" JSON NOT NULL,
    "synced_at" TIMESTAMP,
    "candidate_responded_at" TIMESTAMP,
    "candidate_remark" TEXT NOT NULL,
    "entry_date" DATE,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
) /* An offer for one application, approved in DingTalk OA. */;
CREATE TABLE IF NOT EXISTS "onboarding_material" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* ID_CARD: id_card\nDIPLOMA: diploma\nDEGREE: degree\nBANK_CARD: bank_card\nMEDICAL: medical\nOTHER: other */,
    "file_name_enc" TEXT NOT NULL,
    "content_type" VARCHAR(96) NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "storage_key" VARCHAR(255) NOT NULL,
    "uploaded_at" TIMESTAMP NOT NULL,
    "replaced" INT NOT NULL,
    "offer_id" INT NOT NULL REFERENCES "offer" ("id") ON DELETE CASCADE
) /* One uploaded onboarding document; the file is encrypted in the object store. */;
CREATE TABLE IF NOT EXISTS "training_course" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "title" VARCHAR(128) NOT NULL,
    "provider" VARCHAR(64) NOT NULL,
    "hours" REAL NOT NULL,
    "url" VARCHAR(512) NOT NULL,
    "description" TEXT NOT NULL,
    "dimension_codes" JSON NOT NULL,
    "is_active" INT NOT NULL
) /* A course of the org's training catalogue, tagged with the dimensions it develops. */;
CREATE TABLE IF NOT EXISTS "audit_log" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "actor" VARCHAR(80) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "subject_type" VARCHAR(32) NOT NULL,
    "subject_id" VARCHAR(64) NOT NULL,
    "detail" JSON NOT NULL,
    "at" TIMESTAMP NOT NULL
) /* Who touched which personal data, when and why. */;
CREATE INDEX IF NOT EXISTS "idx_audit_log_subject_18e500" ON "audit_log" ("subject_type", "subject_id", "at");
CREATE INDEX IF NOT EXISTS "idx_audit_log_actor_33954c" ON "audit_log" ("actor", "at");
CREATE TABLE IF NOT EXISTS "consent_record" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "session_id" INT,
    "kind" VARCHAR(16) NOT NULL /* RECORDING: recording\nPROCESSING: processing\nFACE_CUES: face_cues */,
    "granted" INT NOT NULL,
    "policy_version" VARCHAR(16) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(255) NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "candidate_id" INT NOT NULL REFERENCES "candidate" ("id") ON DELETE CASCADE
) /* One consent decision, kept even when later withdrawn. */;
CREATE INDEX IF NOT EXISTS "idx_consent_rec_session_23d581" ON "consent_record" ("session_id");
CREATE TABLE IF NOT EXISTS "candidate_notice" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "dedup_key" VARCHAR(128) NOT NULL UNIQUE,
    "title" VARCHAR(128) NOT NULL,
    "body_enc" TEXT NOT NULL,
    "channel" VARCHAR(24) NOT NULL,
    "read_at" TIMESTAMP,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
) /* A message to a candidate (decision, offer); also shown in the mini-app. */;
CREATE INDEX IF NOT EXISTS "idx_candidate_n_applica_e5dc4e" ON "candidate_notice" ("application_id", "created_at");
CREATE TABLE IF NOT EXISTS "inbound_delivery" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(160) NOT NULL UNIQUE,
    "kind" VARCHAR(32) NOT NULL
) /* A DingTalk delivery (msgId or eventId) we have processed; duplicates are dropped. */;
CREATE TABLE IF NOT EXISTS "outbox_message" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "dedup_key" VARCHAR(128) NOT NULL UNIQUE,
    "channel" VARCHAR(32) NOT NULL,
    "recipient" VARCHAR(255) NOT NULL,
    "payload" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nSENDING: sending\nSENT: sent\nDEAD: dead */,
    "attempts" SMALLINT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "last_error" TEXT NOT NULL,
    "sent_at" TIMESTAMP,
    "result" JSON NOT NULL
) /* A message to send; written in the same transaction as the change that causes it. */;
CREATE INDEX IF NOT EXISTS "idx_outbox_mess_status_4d04e0" ON "outbox_message" ("status", "next_attempt_at");
CREATE TABLE IF NOT EXISTS "failed_job" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "job_id" VARCHAR(160) NOT NULL UNIQUE,
    "function" VARCHAR(80) NOT NULL,
    "args" JSON NOT NULL,
    "tries" SMALLINT NOT NULL,
    "error" TEXT NOT NULL,
    "resolved" INT NOT NULL
) /* A job that failed for good; HR and operators see these, and can retry them. */;
CREATE INDEX IF NOT EXISTS "idx_failed_job_functio_095b5f" ON "failed_job" ("function");
CREATE TABLE IF NOT EXISTS "api_call_count" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "month" VARCHAR(7) NOT NULL,
    "api" VARCHAR(128) NOT NULL,
    "calls" INT NOT NULL,
    CONSTRAINT "uid_api_call_co_month_4c34d4" UNIQUE ("month", "api")
) /* How often DingHire called one DingTalk API in one month (Beijing time, e.g. 2026-12). */;
CREATE TABLE IF NOT EXISTS "sender_count" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sender" VARCHAR(80) NOT NULL,
    "window" BIGINT NOT NULL,
    "count" INT NOT NULL,
    CONSTRAINT "uid_sender_coun_sender_28b28f" UNIQUE ("sender", "window")
) /* How many resumes one chat sender sent in one fixed window (intake rate limit). */;
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXXtz27i1/yoY/bPZGW2uo6ydxOl0RraVjXZty5WdbG/rDguTkMSYArl82HF797tfAK"
    "T4BClCIiWSwkwnXZM4IPU7IHDe57+9pakhw3l9gSxou0uE3d4p+G8PwyUi/8G52wc9aFnR"
    "PXrBhQ8GG64lxz04rg1VOuMMGg7q0wGOauuWq5uYjh+CCx3P76DxCCLS15RWM1VCTG4WD/"
    "Ow/oeHFNecI3eBbDL4n/8il3Wsoe/IWf1pPSozHRla4qfpGp2AXVfcF4tdG2P3ExtI3+BB"
    "UU3DW+JosPXiLkwcjtb9nzlHGNnQRXR61/boz8SeYQSYrH65/6bREP8VYzQamkHPoGBRav"
    "8Foms9Rbme3Cm3oztF6WWAXFHEQAsuqSamTCCv6rBfP6ev8NPgzc/vfn7/9uTn92QIe83w"
    "yrs//UdHwPiEDJ7ru96f7D50oT+CYRyBqtqIIqFANwvuBbnj6kvERzhJmUJaC0hfr/4jjf"
    "sK5SLgVxci5KNVuQvoyQ/UJth4CVhegPPd+Gp0eze8uqGPWzrOHwbDb3g3oncG7OpL6uqr"
    "kx/pdZN8cP63GE4Cfh/ffQb0T/CPyfWIwWs67txmT4zG3f2jR98Jeq6pYPNZgVpsda6url"
    "AjIyOue5a2IdeTlJLrTeH6CqMY24O3j7iukd/tkj2ZgGa5Cm87PdPnuTsqj3r9/lqG403Y"
    "YD8MBm/fvhscvT15f/zzu3fH74/CnTZ7q2jLPRv/QnfdBI9X23DECvb/GfjPF9Dmg78anw"
    "Kc/JA2fmJL+F0xEFlOC/Lnm8H7Aji/Dqfnn4fTV2RU6sO5Dm4N/HtJfInMQSQO7hrPXeAJ"
    "mo1WdrBuG4NzBbIDlcZmj1zRwccrC/An00b6HP+GXhjOY/JOEKu85csVVtuF8Z+rVbS6Gr"
    "2iDZ9DKTa5uAgE5Icjl4FA3gBcf7m87DGsH6D6+AxtTckBXV3ohkam4uzdAeWn36bIgOx3"
    "HBTiie+fLLnZbDuMbldTdBCeb+aDsx06v5oPHcKGfnnmwIx9cYlvMXtrOVimr0AM5+wn0W"
    "fTJ63WkUU+symyTNu91PFjj6Otp4f0i1R2hw5WbDZaMVbDS2ju7JsAS7R8QPYPDvBnAHQG"
    "4C6gCxbQAQ7ZuJEGHHOJTIyAjk8BguoCOB75hw19Nu1HB5hkQ+ep/bU8Q9oMpM2gLaJtO7"
    "VHaTM4RK6XsxnMkcPheL6qGlFUo6zudytNqKonP5fQVE9+zlVU6a2knoq+Wzph1gYfVZJy"
    "Nx/VLpFv7zfkb50ZxTlfu6tV+mRaDE/mXKk3BZJmOKSEdOnLfMCcEUEPAdVzXCLfURnQtO"
    "d9oGtEaNXJO2vg4SVyDnkOsscaT5DcdjopM0qZUUoPUmaUXN+jn4nux1wbfJH0mKWVcuRa"
    "OZL8SoKQGNRxmo0gXm/d6xLE0mVXI7iu7hpC6IYEu4O312spuLZpII65/9fbyTUf3JAgfe"
    "7qqgv+Dxi6s5GfvxTIf5l5WKUIggdPN1wdO6/p8/5aF/gFYFOAEkfuCuRXV8O/p/E/v5yc"
    "pc9SOsFZihk6UdnJ73virPYzk+AOcY6iEadL8eWBENbFkNUWvlvozyaTywT0Z+NUTMX1l6"
    "uz0fTVG8YHMkh3c0ItogBEsXCADJ0MCVgbEpAMJ5VhAWvDAjKLbIvQgMAGpEjnbr7j23zG"
    "EqGdur/PzaVFljNWX67ohR7HFJke0i8ySqrhYGUZjl5rn/ydOp8hoIINwAhpzil4JrvRgr"
    "AOaDr5/hwy0AGW4VGnteMtEfm/PzzdRvTbdLIWyiomlDZKaaNsi/7XTmuVtFEeItfL2Cj3"
    "a81pkC2ylvDr+JtlQL5D33NVrgRZB0w7RV/M6O93xdaF8IO5nFz/shqeNjmkTD0xGUPI4p"
    "Oia4bhhz621YYfgSCAuPtkJT5up6NcrOZp4ckjo5gbpsZFi4mXbRxfaQXJxolha3W2CUYA"
    "Og4i/9NApPb1AXo9fw3uvRP1w+ze+3D0Bt5779+fvCf/zh7IPM+6uyCqma+OAbKP6BoCuu"
    "sA9kpZVa7G53A0vH9yNViV/EfvX1L7k9pfE3fjluoBUvs7RK6X0f7Ydpvhd772txovffky"
    "UGK/4ErNek+atS/mcdyahglzQI9IUnjPKE1diL95fbR7yC8mX84uR+BmOjof344D7Tnc8d"
    "lNeiny009Hw8sUwmm5WMxdn0NdTYWKfW8q9XrteQrJlr57jkuvZZiX9eDnrLuEH/98eHs+"
    "vBiVc+Mb6ClQnDe3a0y9B1tXL+lMHYK+VgMHNQVxTBuBhSjfqPEtGLA+RQYD00IYEFFWZ2"
    "ZOZj+g9oJoCfmmgz4gbHDYGAe5AGINONCA9gt4IP/NyZapcmbplJZmiZbsEy1VUKVZ4hC5"
    "XsYs0YYo+HY7phdk7aimx4tPzT2pEjS70yfeNPrASpRacj2OvEpX7Qh7y4zGkAA3oq5rCW"
    "eEgR4VlgTNEr2L6fDT3SnQbDhz7/HkZnR9yoSue3wz/HI7ujgFFvQcpN3j88sJ+1s1TPJ3"
    "WlgrtfJPyiz89D4VW/cn6WWv6u6LkL0zGN8BO5E0yHXUIGdBx6H1rzgHZoFNLkG1S7PcyV"
    "Fb7XJMYoHa02r/FkhaSpPuMG8pvNLaxCUGno2+IZUjrayHPaKUqAugjr5bRKCnUSqK6iFH"
    "QZjiwauVXMSBglkkNwS4MUNIo/Y9RV9atvnEAhSJ9uSKbkSF80iOCHDEnM2QrUCLwWgLBZ"
    "lySJsRZ9qpBGPfoKtQg64Ic1JkzWBM6wOAm+nfbFhAa9UWCZnxXSO4C50+TvH9aPzqPvmW"
    "NB6tBJlzyD5jUWzjJBLSLKQrx6fiIMFtgUMpAZalIKoOJClbCiKzT1SAb8d6HaShje+NJV"
    "BNHlMS3nXwco/1Ejg3Iu6spZiXCTvjox4/zipA/G/BdLeow3szRwTYolAPtCxDV1kI35Zx"
    "fsNoprrU8q7F+a3Wa48T7Bfe6xdF/P0RH1Uqi3FF8dMDxI9Ad9GSn4WYM06G5MmQvJZ80i"
    "0NzpIheYfI9VIheZRNGX6Xi21a0TY5OI+ILpefFLLnTScXX87vxpPrU+AgY6YQ3tqm5jGD"
    "/D0+G30efh1PvkyHl6fgAS3gk256NjTu8e347suQ0tE7ju56TBqhd+5G55+vx+f0uovUBS"
    "aCCrn6dXj5ZXR7Cp6g4flFZkVjeN4OSsTwvB3kxvDQW6nqw+g756POD95ZjW8yYxsbt+Mu"
    "dPyo0J1O4Ui/ucJJmmx3gZhv64rbqdrECbHzTPRvYWgzdDsMcn3fFnBt5MJH2m/JMMxnXj"
    "zI7ZLcysWYQ96ZUOK3g3cnIbz0jyJkb6+Gl5ccn50+m+kqeTtOnGoxsknK3YE6aD6otKgX"
    "OWcREU6UuW16Fl+SyQlh4hHvLki7Lq9/7fHAqyJHCi0aIRQfwyFtRhhGp+JjyC9fWga0Ff"
    "/YE+IQj1ayqHIWzUx6SiqepbgMb1fsO8ohl4yqnFFMmlFCvDnG7MIw5Sy1DMVcE4qZ8biX"
    "cTgwrwX5Frb0NsRcPWMyW3t13eKykrnngpBnhk3SHY/YTnwy1IdY4JYJXIzrPTMr12a5og"
    "y2hmykAfJbkf2ko2dAjgwMllBDtP1o1ifD6Qaw+TTStyN9Oy3ZPFtq5Ze+nUPkehnfjuwB"
    "IHsAdCQxeiO1QNZPz1cCpLrUAGWAwVasEKyQLacUMC24pGYAsOmL7jBRNO2U/D3TCTOiq6"
    "ZNrmk2fAYz21wCIvXHbOeA2c45KkP183Orzad1olWROFltXuoZzdx1WipxSj3jELleRs8I"
    "t9wMz4s923G6LtUxrsK1HR5rm6XyyeLQDU6U7CLCBZmSe03IaRrWVWXkhCW3eUu7QpQPAW"
    "IOvFNyJk7H53dFCU91KonxAuccBTFV/zxfObTZQMUIR5bQC2Phz8YL0cbUhUkdP2wOX58L"
    "A3nAK9ZD7M1Pxz8GRbmxRvO1iEZnLWzoIJ4vqYYHcDXDRDs2HwGpE0qdsJF7Vku1A6kTHi"
    "LXy+iE4YkjohCGRF0Sq6vQBslP5KGZ78oLCTqRwlN3fpR05e0pVyqU5oTiX5NUMuy1mC0b"
    "hL1Ggfpi9eVSZF3axWsrIxVXUrbU2bvYEL2friKVWmOifcjqVNrPIdmYqDja46js0c1+kc"
    "KuJoaV0NYtZDtkI6I1V14IwB8BgdAlNICqYcDEVMN2gKpbRC+meb3AMjwHPKIXonEvoLPg"
    "q+gVzSqjP6UG3pINqKW6mNTAD5HrZaM/FYRVEY0mTiPVGfGWLQQwYcwTRBJ0YdDREuqGKO"
    "gJIgn6hiudSnoiVqkk1Uawr4+13V+YefXJ9v4yFYU5SSVhXguzriHs6u6LMNIZQgn2WrCX"
    "0HkkIiXbC0SwTtN1YNeu3a5NHu5C41HxnJxy+/lw82jl6l67uiPYcJ79tAzmONeKKkHPgu"
    "6Ynq0iajykfZdgbtxkPvL5M9QE/x79Z7Vkwz3otrtQXhDk1JMvdvomKTvUeaIKxy+FxVHQ"
    "dwvZOuL2pyzoBcoj3rAlaMMQLgCyio6gC32+QI5L3ntuIyEhJUvZOTFFdm9u0cmIaIzkJp"
    "bfBGEFht/2bCANt/Nmzfua5zdJQMqD0GeUpuvc51T9ThVBZs4EYyOylB0SdWqLjoihxhF9"
    "hLvnxJ3r7QK6dHxEdp1t0cmFbFWOTvBQwmm3rBnQQQ4kNgiyrXvLbUGaskk6ipBsDiQAFr"
    "2LKMF2H50/yxSppq11CapaM7D8j5CXfBV+ngV5V9GYUh2UbKQi/QlpwCcEM91AgOyV4HkB"
    "XeAuELCILo/ssN6e7vJbLG06kYzUkpFaLdkOWhqzIyO1DpHrZSK1HJc8do6URySkv6fIOp"
    "jpMzg+LqHBk1G5Kjy7lyq+Tk5ERbQ0YoJIIl0OaRozTts9M6AEwE7Tdc4wVYMHVP8PNePx"
    "9XN9niuOJel2l7BTc1ekD4PB27fvBkdvT94f//zu3fH7o1A+y94qEtTOxr9QWS3Bh6yXzl"
    "nAwfGJ0N4dUuys40yL/ftMZdGEA2sTVB3YRHYd5Ok/iLzEjMa58ZzPBT1KOLTNyNSkj+1M"
    "pqavzCs0aIWbQ1gQi5uh7MAXUndAneNC1+McsUVC+opih/D6O19bnWzItk2btQgTATpJ1b"
    "m1XF/Q3AJiLFZcIku5Q7jDGMkH023tNuI9LHWXmmvEPPZpus6t8vdHJaB+f5QLNb2VijZH"
    "LhSRW1bjpaxSuawSpraLRU6kyWTYxNqwiUQRARkzsS5mIr3CRGtK7N+53RLga3XYxhHjeG"
    "1TgOa7bmFqYIkaHOECCgtmgJlpAxMj8M18+Ah01wHkO5sjv3IGFZzmyAHuwja9+YJ5Zckz"
    "sF8NG7A34RXlqOsx3OqZiT2ETJ+pnfnfXsQYOiD4eNgL9OhY9N0ip4HDvoWAeQFPglWzWv"
    "I9Npi8GvuDnRncqU2irELDUByVbGL1PGIJXXVR5wMI/o/B/H3mDa/wKT70Kx4oPv+ZS3Cb"
    "h0i/v/T7N+JUaakHWPr9D5Hr5fz+wX6d1f9H2FtmBPS0YXG+a1PXKrhMUCPtTUfno/HX0c"
    "VpGJ52j2/Pp6PRNb1GhiLytuTa+Prr+I5e0vGT7vpX7kbTr+PR7+PrX06j3rNkwZAZvpxd"
    "je/Y+NAwQuedTP1ZaVFx8vfnyfTucnzrj1uYtkuVeHpnOvp1dH7nv9U3pLJrk0+fRlPlZn"
    "R9wR5ozmbIViyENfZE/+7w5mY6Yb/Gv02EMdt8iqgvRueX4+vovoZUQ2e/j+jEk+E0mBo/"
    "mETmZfN+HrNXXujsjem6u5gOf78+ZSXPaWMsfI9Hf7/xR5FznI5Ly4elvPxljIiDfCPiIG"
    "tETEsagtsXj15uYk3ZxMocXdKMXPLjq96MHFdWMrgX5AWn6GRKcImUYB8zsvcaEIe2gdJG"
    "ZR6xtDBXbmFOGghEPokMpfwoSnwUSWNGabCTZBLpMkgj1VwuiRyas/fkn7JZys55DasPQV"
    "jYikoN0tTy+yhYSoZH270iMh/KYP4hH/MP2SoQe3QPNk5fqLjnYWR/LolqRCDx5ODpJ9eJ"
    "QZqgkU7sxjqxm7Z2q/Vip3aFCrD91Z+lo6jGvI9r8YySfreEtGsFANKgJrbCLcpTLHSaA8"
    "cJoROJtLilJsjP0UwdWciJlcns6VWEpYzDiboKlbPykW+JU+CpuPWn6ypaNrJMe9v6FFM2"
    "SVchYk6gLRGa0Dm6ChA2XV2trLDQNZutS1jVGTSXOPw4UXPpwzE/bM735MVO5NKFT0xbQ1"
    "oQuOZ7AgmFbS77wDX74HnB/nmh/yCcW/REeJL1BU8SsVWxqMBAbtllWFVRCm/HIqt2kror"
    "46+kE1vGX3WZ62Xir+j5oGwVhJWcocFWfhmC1dkQLLK+t1rDcfomV7aRS7izS5hoCSanb0"
    "S+jzUkaPKC3dCzWn0OLDnBHbHO9hFFB4IFdl02RVyI7Kzw2F5hMasjZC0AJR2/WULpU1/v"
    "/k2lYW7pUetmreh+yq+WXWmiqcx12hpjviOOpTHpWcq3M+rJceuzc3EgB4a5sjGU+kw2Ah"
    "BoRMml4tVHliVL/usRqNC2deSQmw5ZakgDrvnIM0DW8QBB42RUZGj1mG2TPlOZpdmFFTxS"
    "JpY2aTvtS8PmAZm4pGHzELlexrDJDhLBsOU4TTVK336307r7vMYOWsEvK0XawU+rvZ9Sdg"
    "ctKvlYKkt7D+UffUujoD2lF9orQ0vl7ej67hTQ3jH3eHLj21lNy7eynk+ubi5HzPCpmkuL"
    "6hjk6tX49pZeWuqOw0YNr89Hl5dsFAXIMDazOdbQdFI8YXU/map1mcXqzk4NrO+CJQ6TVJ"
    "2DuXrj7sLepLt7kqpzMFd/3kPXRUuLc9YXN7eOke3O6PemLoyr62ttoyX9Bbaj0NMli2p+"
    "LnWWshmJ1PR5nUmkptBuUs0jIpMtg5ss1PpC3AYcThBKHjeZx6FUvonJL0UrOd1kTvvK1g"
    "ZsThBKHjeZxzPTMMxnwizP2oDRWWrJ7SZz27LRk256jligQYpK5pjz9A7LgCqzL4hm76cJ"
    "JbxZeGWMjIyR6XyMTANyhRu2jewldXGInWcWGpMt9e/f6RdW+Y/GrA0hulugqPb+Dw7waY"
    "FrsmgfbPqN1FlvdQNyIoQ2oOeW5Hei9UGJFMZt9hMCK2O6RL+MsJERNo3YIFoaayEjbA6R"
    "62UibJL7r4hHKEnZJSm3Cr+QdLNVCif5MQ6TdF30nQNqfgJQhrADLuJd5wHpjuLb3RTP4m"
    "gIpmkgiHNErhRpCv0HQlsX/OGV3XLgbDK5THDgbJyG+MvV2Wj66g1jR1QsN7vol7mdY9fH"
    "a61om5xX2Ps6vhhNTsGTriHzHg+/XIzJX9DTdPIXXZrkvAq+WuHwlDLRKfnBKSLtkrseO/"
    "fl5nIy9K95lmHC+FUaDudfpDFyw+vh5f/espFE1zVeHDbSv0pH+hfpyOvR6OJWmY5oKjNh"
    "KEKao1CbL3q+x5+GYxZmN4N6Y2Ls6DJUEFZFTp44jTx0hA+dJdJ0qDwioaC7BFEHQE/lqx"
    "8fl0lYPz7Oz1in93g4Ows4OD4Rhzqi6xza1Yfe+ZA9vLjcGnEFlbFShLvTDI7q1Qx2UiIr"
    "lurg2b65nAN/QZeHJJns8lCiy0OodTkL8xlvYFLiTiBd/c0xJGXth74zgJbgsTczI3InkD"
    "xvAc+JqrANx+Pkkt9N5re70PGjskXKIHcCyfMm8zz4SLdgOn8GyfUmc93xLGQ7SEO8Ir5F"
    "Ft8kobT3Cth7yQOx/3o0AmWm28uNTtWCaeQ31+RvLlR6hKJaUlQymjP7YQXxRmK4Jom65N"
    "+uK4ozFta1ZQRnh7uO9FNhnMlltr430+pzrwDlv8WmatcGURbc1N64RYcm38u1ZYDsFzZJ"
    "99Z0KjPBIQ/dEqmh7z90pmyyLkFVZyRxZtvklifMbq1FRQqD0Upscy/XEMXRXZcgRCOCIY"
    "5qVZ+y+GBWxZlFCfcBxQgR2MgwDVi2SUUqh98fpYI5t26XIgsGNlAq6QMZznw4ga0ynPkQ"
    "uV4mnLmFgVrYdFc+r54Yw3vs3t1wyoqXxeahjSKUm+nkl+no9pb2iVBWR2Bem4jR1+Hll+"
    "Edi91CT9DwoMuCt3jF0dIn835Csug5n+Vzfrmd1XhZZCfxKVdRZEf1bJsWzMHceNXigPc0"
    "bWdiWypJIvAdJ9vEAaem2OG+xqJ6RXe01kQEa+hJV5GiLpD6KLINpemasR3Rx3ZmO6I7PV"
    "FXuZ6rgiC7BFlntqFdh9g1qZpwM42WLRSzs9pVYF9RLNPQ1RflCdl8y39BDdrcGToXSVy9"
    "8Ov3CSZvoAQwcra6Iic9l34zX317PrIKPfVEnVKp4W9jBvAnkBwozYEZpFKUh5wNGcCll9"
    "EqAhwIcNuwLGOSVh72TT7sNw/plrHcLeLyyhq4CZ9TtJLTTea0LG5Xb7hZ1NlPDN4MnYzl"
    "k5UD91g5kL+mK4A52SKzXeu5LMiZj3mL4DPfiL91SNWqUGBHlnXK3S/j8/YTdJYEjRNxlk"
    "E1P9zM56JYrNkQqAsPPyKtD2jo4ZLOFRQloXFirI+tX6cyKK71gwNC+xenC+5W093je3xO"
    "6R0AbQQcl2yNGnAQNMj/vUL4CRmmhQDCqv3CfsGPwKNNYMC/gwX8P3/Rtb+Sf+gC+uu/yU"
    "1XN2h02z0O3mHlhnc+gn+zNw1qMPwbPCJkOQBBdQEIY4nwR55JOOb/HvKWzOdEfhFwTADJ"
    "O1ssuOkes/tAd5JUukZ+nOkSLd14YVF0NMTueWESNGa6Qat/3n4e/kQeTCnZ1IQIumwYwt"
    "pG3X8TodA5lUH7Owq7K+js1c3WklU1TpOBeIcTkiUD8Q6R62UC8WRdUVlXtB2ILsne4aMh"
    "IAMkiJpcY3FDYaD64leu6UJjk+JXKcIuLd+dB+eoBtFKNGXTQlh8elkRq0RFrEBV0//D2W"
    "byg2MTRF1a+RX2QVKR/sTaGQnvLFlaGfa32c6Caa3THGkvX9BLEHUG+sqWdty6k4U1P8Q4"
    "TdeMEONOZTy0MM2INrwVhL83uRldnwJKeY+/Di/HF0GG0BM0aAugRIZQlCCULuF8j4dnEz"
    "9HCT6YYZ7T3oMokW2bNmFLXnIF/+tKUnUuVrV6wV+27z2YuBI/10gspCROIyVcWbyoVlxl"
    "8aL9Fi+KmhVuG6jTtWCGNLKJfVG0sWed7v5UZR6Ovz9bu6eoe6U/VrGjwWs9/r8vAj9z0F"
    "DEdsDM9LAGdBzzz/fJRTv42x8GgiSjrNO/khm5rS5j7TkDmjDVSTa5lFVhGrlHtdQtKZ3R"
    "h8j1Ms7ozNab4X2+vs+j7aDDr6ron3I2stxsoT3YxR53Y1ipwX6F5zoWs12FFNJutd5hHZ"
    "XRFu38lqHsANxFx0Ed/d8cNF/SCo4ino84jfR6VO71kP2zdhUtwCoesfR0keWfpGrGB9Cp"
    "ykJPOrN2ifIlRSYZU/3ORFQuzEB2VNMW4w6PVrKochbNDDgX4ktI0AxmdOokL2jnXsCQgk"
    "bu8gvZniksskBEzwgJpHohrF5IX3VvB8n50t23WkNtdfddGsuvyKb7bI/j6ovd7Re5+Qxj"
    "Se2n4cAySb1QXSANXF5e/fTN0+YIBPTA9F1yodiWysql9WH9fhAOeVegY8tzaYoqRk/+Ck"
    "pn+9bxnHvM5tKA+6yr5Oc5JrDRT1S+pN0r5voTciJSJna+BiM/Jxhp/qx/eKaL/Cxi2lDP"
    "xNAA1JlVMrFWOhOlM7ERO2BL3UrSmXiIXC/jTHxEL8oCOgsRx0ucpnOFA6p3vbTDs9Vi3y"
    "wT0UTwDQk6CO+bQZneAGRUvm92kOkPYNnm0nI3CTjIUnYQ8+qXdGTGFc3oyFJ2EPDqN+lA"
    "TxJ1jqfIOgH1LoxXGTPLfuwBU2SZNtcWENzpF9kB7GjMehMABrFChT8QVXhOpLg5XRXAn+"
    "djXKkmAhwZsgrI7ft6ODDJP8+2TjRpTqWvGh7AjwFOVpXMi/9d03dSd5SgWZLsPSkNA1JF"
    "lIYByfVGGQZyZf3cXTRfxq/RnfSm0VupDNreqxZFxRloGH4oDMdxlx/ll6GUgX5lygKZeK"
    "ZrKHB+lgY7SSaRLoF0qOVvFhwmI5HqqqRis91MLM47TiSZUjlTnhF8xES5FAukTFJJtlT/"
    "rXjzOXJc0T0sRSYZUzljaOt1SBe+gzhGlHzOpOkkaypnjQw7bhgzyK9woW4I8yROJ1lTOW"
    "v8+huKzmuhks+YJJVkS+VsiRn9M2wp7G+aJNxhY9OV9b61fU1ldzzZwK3p0eIlG7jtx0U8"
    "mc2Y5zPjIfZv9IscxGY4pIx/mI2OijJFqPTpH7b5hFgFpwuC+R00HsFkyPUCbziNDMKWvt"
    "aWbCwt9bpJX+shcr2Mr7WFBbg1G85cQb2kdzEdfro7BYz2Ht+Mri/G178ow5ub6eTr8PIU"
    "WAjTvoOKf05B4x7791ix7eDsusfT0acvt/SSjWaeQ6/cjaZX4+shK8rtInupY78X4PD8fH"
    "Tjl+pWVWSxaxej88vxNb1GG4DoeLP63YMyAYiD/ADEQSYA0UBPYkHMIUEH8mXrjxDH7sJ4"
    "URxoQPtFQFrJEsou1pyizgwdhXx3AtAmiSSs+bBCkT4kSSIJKwdWF9quQiUhvoyV56WNUx"
    "XJV+1DuChYgZyqGeMqdASddjESaVat3KxKBCMVOY5wqkiarnOCRPVpIivI9EAY59pU1yOe"
    "It8I+PQe0qAcyg9lqoN+yK8O+iFTHXSlESg2WkL7MYt5fooOh7QDC33XFWYsGyHsEsHCc3"
    "IKzRSt+ixtJUt+34JJ/TVbdUz14Q1DZfLo5RFc+RGsIVXXNrLbJSllS6jmmOmy1tnoOxL5"
    "DJNUzfj4OlVqLjAN2mLlZeNEzWBKp3ZE54XIt5tsiAlCuR82eT9UIdZo60xEGx5ZJt7sBM"
    "yfRXK/LdwXVcp4tFIrE9bKfLVK1JSZpDpkU6aMjpPRcZ2Pjou5QQk8tg554epnAemn36bI"
    "gDnKyiryDT+YZCj5dVfBhB3C/89agwmzyPEiC7n4FoQZhuOVZZxgbdDhBCPgWYYJicgFol"
    "kAQc+jrWc+stqtM91AtBYsWpV0peGD9Ib58A0RRclxacXXXgr1yieXAYoyQLEle0tLQ9Vk"
    "gOIhcr1MgOIjgZTv8VkfnriibXLFkt74QjkfTi9Oga4pKjmo7vHF+OZycjU8BZpODrElpJ"
    "GDv0xHIxo3SJBF9/hseP1bQPUA8WNAdzW6GJ/TYMYl0ojcZtzjyd3n0fQUmOzUKreSau61"
    "SA9dhf4hWu4wQyh1dmGdnTzeJeKPjxn3m8o5NVN0HYC+7qgBR/8PUh5eXF7lhzN9nh9Dl6"
    "DbnWZ/VK8o+GEwePv23eDo7cn745/fvTt+fxTKhNlbRcLh2fgXKh8m+MCJs1vAwfGJyBKP"
    "KDq3uKuPDqCaEdEylUfECWguakucIGvyqbwh1IPj4zLB+cfH+dH59N6fKbnX12Q3EnwTpB"
    "2UfNsr6WYVHBtZBlR5lU8KM9TjZDvMTw+vtDZBnaWrihnf4yTS7L7e7B6mIW9pcA8znlsG"
    "b1lTe3xdNSkF/S6I4zs3PdtBPY7FODWiX2QtDqMC1WhwmQ5mbDRtG8ass/b8BwespgIqdK"
    "FhzimkLpzTVmHPurtgI6Oag0B3ie78hAzT4tUvr+MJ0mYsbcYt2aRaaj2UNuND5HoZm7Fo"
    "NlK1WUgNyoapITFAdw0hbEOCDqr7dTW8etI1ntRcmNwV0kj71dpFvKDiHkcrya8THlJsWC"
    "K8UTbZokC1CgqEe7ZQMYlgeOeW7fGbMrUkyKjchcvupZN9ojfLYJzvPEuRdQDrXbvOkr3t"
    "Nit9H5HKpI9iBm1W4BOS3/fEEU7W1feM6GR5z2LracbStx+r1NDTdPfSnPc49qjwXr/IEg"
    "XpKMUIhq21Qf2+MIFreqzB/fNCVxfJVvJ9chFhADG9+5I1MImTr7ceJZrcOR4LWQwd9Ku/"
    "feMQ3K7RHf3KYs8iQJl2BdMKmb+KXOYds4DtxFUu7WSHYzGRdrJD5HoZO1m4lZfV1UKCDh"
    "pz3h+VUNfeH+Vqa/TWn2l4RdvtqbtX0VpsjEyLPaUDkVJ0HQS7+kKWSZlSFOotSu80G+jq"
    "V7Xfn0XIwhBSNMOw0K0SH8IiUWdFofaKPr7E2xDzxTlBFWF3ilTTTqq+3AH9IkOG6g9V7G"
    "hsqdzLgI5WotYd1qHhEVkuQE8I+9YIg6ZzskgXzYbPmJ9kudEsMjJGRsa0ZMNrqe4nNf5D"
    "5HoZjd/xLbViQc9JoprqerdvRz2gHNXp6HwypR0zaOcLKmgQdO/xzXRyPrq9ZZeD8sLs+q"
    "fh+Ug5/zK6pU9XkaJ6vtdz/9mncxtiVzjBIka1QwfhfuT4CtMrLNPQ1ReFFjoUNINlKZv8"
    "dWwaPFb56tYtEZD90R0IBanbHsNKRxNNjtc6tCCsKUHVOZhryXSUppbOmFr41RqFxM40mc"
    "y3W59vF2KWxVk45+48PlfLYC6bd5deY03KvQvxvzZdXUU9nqEwNaRfaCoMfyuORpdIv1sS"
    "uZ68IXBNAEE4CXgVGf1Y9uKPHwGZwQTOwnzGq1JqSx3rP5FX4iXdVTLvPb7Hd+TCg6m9AI"
    "qOw+6H0/UBIdXdZJ23MH/vZjwGT3TlbRJ0lS2PGLOHycgoGRkl7aQNl16knfQQuV7GTppv"
    "0ePzug1WvMZEkmhI8yzR4kEJos4lataSSShzNetGmEqdooUM4zSdwHnXqVjqAmIs1rA6Rt"
    "I9S1zl/cDpsb6BvBMjk91TmiPbZEVa2XpCtp5ouF1u+9YTdVrmxvjB9LB2gQz9CdkvPY5l"
    "Lj2kX2SZ0/3B9AdGo0tY5i4I1HfQeAQrQvBq6czHGjBtFoPnjrUfwTMCC/iEVh56pH0ERJ"
    "Jm6CIHQBsBzTYtC2k8G10NT6g4/E/av6T9a+/bWkstIdL+dYhcL2X/EjPOdNYsc1ImKZCM"
    "KojSyaQFSttixbbFhqR1TDz3wfx+5Xs1eTJhckChRGiyocoyNlbMU+sgTMSwZ1t3XRR6TR"
    "3yPrSuKXb8RFMAA2/pAmJKtoAuUKHnIFrOdI3LtqIHiBa6cKHrMagw+u6So8VFS8uVDlcp"
    "cEqBswWihxQ4D5HrZQRO6RPcjceqLc6TlomgSfeJqlu6YLh4gqiDMNcSL27BF9rfJotzfq"
    "mEGImslVDsmt2gVkIknm+SChdR79BJaxE9hkIoxoHezejaz4cL6O/x7eqKE7tyx/50aQfH"
    "4QXt3+gvvf3nCgWaE4dXt0toGPkuwBhdZ7rTvR28Owk1G/pHkS5zezW8vMxmu6X1UUHZlU"
    "PeQQG2vQJrVk8xoOMqyLZ5FdTyo3+SVB0IRtl19A+rdiL+fcXIZHBKkz8rMhXFRkCkiyik"
    "RFeJRNcQe/onqBtI+9V86HFs6dHNfpEdfcaGKd+CcSVs6GSob6f2ScHMtMHcNLWP4POUlW"
    "g2LbqKTNshkh01aSM6D72hQgxs5Nov9OKSZz6vdG4ZRyHN2l2TD1tq4JRm7UPkehmzNtnx"
    "BQumRhTdM2jXEU2xkr9EMI7T1KWC7Q/mGgpZ23Ohjjer8c2QxzvV5oa8Da/7ULHRLiTqUr"
    "h+FUY7YfPNHiw3HcrcIuvaNJ6E66/FyWSD+5a0aLL0c7IlnZsey/HItmmK3+8XtmqydEUl"
    "Q2nT8GDsWjX+s/kMzBkNTKMJDJ91m1YEMajKbWIUJTUMb8Y0co1eW5rYXYBXZ0j/Rnt+U0"
    "m6D9Dr+WswOBqc/PRm8GNWoa/tKRzV/p89RutDpff+tY2qfyh6vqyYLHU5qcFLrm+lwYfb"
    "blnlMiTohIiYVC2Lts2VfPguV7F8l9EryUkmgGwwvIO41hPqR2QRjqpYUG8xGN+ZuI5qM7"
    "r3I0jfIoKfnStHx28XitEOGygqRJPXegHUwUoL61EJVqXuK38uFtm0kmxn+ndWWA9rhOoV"
    "4QN8RIAuF2DoS93NkZ6rnZ4rNvuT0ds+tRSdpejc0COhnUKUFJ0PketlROdo6y0r4UUUHR"
    "TyqvfLBCdaBuCiWI6IpkvOgJ2EdMROsZUUVVa0Xo2XonWDROshsnV10eNZp/07hQI1jMas"
    "E6XzwZW98Jolnm7QrKbbXWrq6fNhCXWqCYZ3EN03R6UiYo4KImKOMlIBeaLLzT7MD9iIke"
    "w+ZmM/Du5uREv/+f+otO4Q"
)
