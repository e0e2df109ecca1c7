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
    "erased_at" TIMESTAMP
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
    "eJztfety2zi27qug9KfTVeqcxGk7jrNrqmRZ6WjGsbxlOT1nj6c4MAlJbFMghxc73nP63Q"
    "8AUryCFCGREkmhaqonJrFA6lsgsO7rP72VqSHDeXuFLGi7K4Td3gX4Tw/DFSL/4Nztgx60"
    "rOgeveDCR4MN15LjHh3XhiqdcQ4NB/XpAEe1dcvVTUzHD8CVjhczaDyBiPQtpdVMlRCTm8"
    "XDPKz/20OKay6Qu0Q2GfyPf5LLOtbQD+Ss/7SelLmODC3x03SNTsCuK+6rxa6NsfuFDaRv"
    "8KiopuGtcDTYenWXJg5H6/7PXCCMbOgiOr1re/RnYs8wAkzWv9x/02iI/4oxGg3NoWdQsC"
    "i1/wLRtZ6i3Exmyt1opii9DJBrihhowSXVxJQJ5FUd9usX9BV+OXn/68dfzz+c/XpOhrDX"
    "DK98/NN/dASMT8jguZn1/mT3oQv9EQzjCFTVRhQJBbpZcK/IHVdfIT7CScoU0lpA+nb9jz"
    "Tua5SLgF9fiJCPVuU+oCc/UJtg4zVgeQHOs/G30d1s8O2WPm7lOP82GH6D2YjeOWFXX1NX"
    "35z9TK+b5IPzv8VwEvD7ePYV0D/B/0xuRgxe03EXNntiNG72Pz36TtBzTQWbLwrUYqtzfX"
    "WNGhkZcd2ztC25nqSUXG8K19cYxdgevH3EdY38bpfsyQQ0y1V42+mlvsjdUXnUm/fXMhxv"
    "wgb76eTkw4ePJ+8+nJ2f/vrx4+n5u3Cnzd4q2nIvx7/RXTfB4/U2HLGC/X8G/uES2nzw1+"
    "NTgJMf0sZPbAV/KAYiy2lJ/nx/cl4A5/fBdPh1MH1DRqU+nJvg1ol/L4kvkTmIxMFd47kL"
    "PEGz1coO1m1jcK5AdqDS2PyJKzr4eGUB/mLaSF/gv6FXhvOYvBPEKm/5coXVdmH853oVra"
    "9Gr2jDl1CKTS4uAgH54chlIJA3ADf319c9hvUjVJ9eoK0pOaCrS93QyFScvTug/PK3KTIg"
    "+x1HhXji+ydLbj7fDaO79RQdhOcP89HZDZ2/mo8dwoZ+eeaJGfviEt9i9tbqZJW+AjFcsJ"
    "9En02flFhHHB09XGD56nm4jMto5iu0ekQ2MOeAaNZA9RzXXCH7JweY9qIPdI187Tp5Zw08"
    "vkbquecge6zxNPhdp5OavtT02yKQtlPnk5r+MXJdSNOn+zFXC8pXNXm01aidh91eE0rn2a"
    "8ldM6zX3NVTnorqXGSX0kQEoM6TrMVxJvlqy5BLI0mNYLr6q4hhG5IsD94e72WgmubBuIo"
    "XH+9m9zwwQ0J0ueurrrg/wFDd7aytJYC+b/mHlYpguDR0w1Xx85b+ry/1AV+AdgUoMSRuw"
    "b5zbfB39P4D68nl+mzlE5wmWKG7ihEk9KfOav90iS4Q5yjaMTpUnx5JIR1MWS9he8X+svJ"
    "5DoB/eU4ZdW+uf92OZq+ec/4QAbpbo6xO3IBixlkM3TSKLvRKJt06EvD7EbDbGaR7WCcDW"
    "xAijSv5ZsezRcsEdqrAXJoriyynLH6+o1e6HFMkekh/SKjpBoOVlbh6I32yd+X0AUQUMEG"
    "YIQ05wK8kN1oSVgHNJ18fw4Z6ADL8BxADm9vhcj//dvTbUS/TSdroaxiQmmjlDbKtuh/7b"
    "RWSRvlMXK9jI3ysNacBtkiawmAib9ZBuQZ+pGrciXIOmDaKfpiRn+fFVsXwg/menLz23p4"
    "2uSQMvXEZAwhi0+KrhmGH/rYVht+MqpyGT0uEh9301Gu1vO08OSRcSQNU+OixcTL94ivtI"
    "J0j8SwjTrbBCMAHQeR/2kgUvv6AL1dvAUP3pn6af7gfXr3Hj545+dn5+S/80cyz4vuLolq"
    "5qtjgOwjuoaA7jqAvVJWlavxORwN7x9cDVYl/+j9U2p/Uvtr4m7cUj1Aan/HyPUy2h/bbj"
    "P8ztf+1uOlL18GShwWXKlZH0iz9sU8jlvTMGEO6BFJCu85pakL8fdv3+0f8qvJ/eX1CNxO"
    "R8Px3TjQnsMdn92klyI//XQ0uE4hnJaLxdz1OdTV5AgeelOp12vPU0h29N1zXHotw7ysBz"
    "9n3SX8+MPB3XBwNSrnxjfQc6A4b2/XmHqPtq5e05k6BH2tBg5qCuKYNgILUb5R449gwOYU"
    "GQxMC2FARFmdmTmZ/YDaC6Il5JsO+oCwwWFjHOQCiDXgQAPar+CR/JuTLVPlzNIpLc0SLd"
    "knWqqgSrPEMXK9jFmiDVHw7XZML8naUU2PF5+ae1IlaPanT7xv9IGVSHZ3PY68SlftCHur"
    "jMaQADeirmsJZ4SBHhWWBM0Svavp4MvsAmg2nLsPeHI7urlgQtcDvh3c342uLoAFPQdpD3"
    "h4PWF/q4ZJ/k4La6VW/lmZhZ/ep2Lr/iy97FXdfRWydwbjO2Ankga5jhrkLOg4iqFjzoFZ"
    "YJNLUO3TLHf2rq12OSaxQO15vX8LJC2lSfeYtxReaW3iEgPPRn8glSOtbIY9opSoC6COfl"
    "hEoKdRKorqIUdBmOLBq1ZXxIGCWSQ3BLgxR0ij9j1FX1m2+cwCFIn25IpuRIXzSI4IcMSc"
    "z5GtQIvBaAsFmXJImxFn2qkEY9+gq1CDrghzUmTNYEzrA4Cb6d9sWEBr1RYJmfFdI7hLnT"
    "5O8f1o/Oo++ZY0Hq0EmXPIvmBRbOMkEtIspGvHp+IgwW2BQykBlqUgqg4kKVsKIrNPVIBv"
    "x6rNpqGN740lUE0eUxLeTfByj/USODci7qylmJcJO+OjHj/OKkD8v4Pp7lCH92aOCLBDoR"
    "5oWYaushC+HeP8BtFMdanlXYvzW6/XHifYL7zXL4r4+3d8VKksxjXFL48QPwHdRSt+FmLO"
    "OBmSJ0PyWvJJtzQ4S4bkHSPXS4XkUTZl+F0utmlN2+TgPCK6XH9RyJ43nVzdD2fjyc0FcJ"
    "AxVwhvbVPzmEH+AV+Ovg6+jyf308H1BXhES/ism54NjQd8N57dDygdvePorsekEXpnNhp+"
    "vRkP6XUXqUtMBBVy9fvg+n50dwGeoeH5RWZFY3g+nJSI4flwkhvDQ2+lqg+jH5yPOj94Zz"
    "2+yYxtbNyOu9Txk0J3OoUj/eYKJ2my/QVifqgrbqdqEyfEzgvRv4WhzdDtMcj1vC3g2siF"
    "T8hRoGGYL7x4kLsVuZWLMYe8M6HEH04+noXw0j+KkL37Nri+5vjs9PlcV8nbceJUi5FNUu"
    "4P1JPmg0qLepFzFhHhRFnYpmfxJZmcECYe8f6CtOvy+tceD7wucqTQohFC8TEc0maEYXQq"
    "Pob88pVlQFvxjz0hDvFoJYsqZ9HcpKek4lmKy/B2xb6jHHLJqMoZxaQZJcSbY8wuDFPOUs"
    "tQzA2hmBmPexmHA/NakG9hR29DzNUzJrO1V9ctLiuZey4IeWbYJN3xiO3FJ0N9iAVumcDF"
    "uNkzs3ZtlivKYGvIRhogvxXZzzp6AeTIwGAFNUTbj2Z9MpxuANtPI3070rfTks2zpVZ+6d"
    "s5Rq6X8e3IHgCyB0BHEqO3Ugtk/fR8JUCqSw1QBhhsxQrBGtlySgHTgktqBgCbvugOE0XT"
    "Lsjfc50wI7pq2uSaZsMXMLfNFSBSf8x2DpjtnKMyVD8/t9p8WidaF4mT1ealntHMXaelEq"
    "fUM46R62X0jHDLzfC82LMdp+tSHeMqXNvhsbZdKp8sDt3gRMkuIlyQKXnQhJymYV1VRk5Y"
    "cpu3tCtE+Rgg5sA7JWfidDycFSU81akkxguccxTEVP3zfOXQZgMVIxxZQi+MhT8br0QbU5"
    "cmdfywOXx9LgzkAW9YD7H3v5z+HBTlxhrN1yIanbW0oYN4vqQaHsDVDBPt2HwEpE4odcJG"
    "7lkt1Q6kTniMXC+jE4YnjohCGBJ1SayuQhskP5GHZr4rLyToRApP3flR0pV3oFypUJoTin"
    "9NUsmw12K2bBH2GgXqi9WXS5F1aRevrYxUXEnZUWfvYkP0frqKVGqNifYhq1NpH0KyMVFx"
    "tMdR2aOb/SKFXU0MK6GtW8h2yEZEa668EoA/AwKhS2gAVcOAiamG7QBVt4heTPN6gWV4Dn"
    "hCr0TjXkJnyVfRK5pVRn9KDbwlG1BLdTGpgR8j18tGfyoIqyIaTZxGqjPiLVsIYMKYJ4gk"
    "6MKgoxXUDVHQE0QS9C1XOpX0RKxSSaqtYN8ca3u4MPPqk+39ZSoKc5JKwrwRZl1D2NXdV2"
    "GkM4QS7I1gr6DzRERKtheIYJ2m68CuXbtdmzzchcaT4jk55fbz4ebRytW9cXVHsOE8+2kZ"
    "zHGuFVWCngXdMT1bRdR4SPsuwdy4yXzk82eoCf4D+s9qyYZ71G13qbwiyKknX+z0TVJ2qP"
    "NEFY5fCoujoB8WsnXE7U9Z0AuUR7xlS9CGIVwAZBUdQZf6Yokcl7z3wkZCQkqWsnNiiuze"
    "3KKTEdEYyW0svwnCCgy/7dlAGm7n9c37W+VDk2d6K16pMZGs3ymbpLUc31AaSXauKA8WvY"
    "sowU5ADf1Zpkg1ba1LUNWaHuB/hLzMgPDzLEgKiMaUau9hIxXpz0gDPiGY6wYCEGvgZQld"
    "4C4RsIigieywGJTu8vt/bDuRDCOQYQQt2Q5a6lCWYQTHyPUyYQSOSx67QMoTEtLRUmQdDE"
    "M/OT0toa2RUbnqGruXqgxMTkRFtG5XgkgiXQ5pGtBIe5EyoATATtNJI8Rm87z+v0h5fOVW"
    "ub7UF7niWJJuf9HkNbfs+HRy8uHDx5N3H87OT3/9+PH0/F0on2VvFQlql+PfqKyW4EPWhO"
    "ws4cnpmdDeHVLsrR1Ci51PTGXRhKO+ElQd2ET2HYHkP4i8xJwGYfA8IwUF9Dm0zUgjoo/t"
    "TBqRr8wr1KPKTXApCBTLUHbgC6k72sNxoetxjtgiIX1NsUd4/Z2vrb4qZNumzfrXiACdpO"
    "rcWq4vomMJMRbLfM5S7hHuMIDn0XRbu414jyvdpeaaRzGNP0XXuVV+/q4E1OfvcqGmt1Kh"
    "kMiFInLLeryUVSqXVcK8S7GU5zRZh8KX6sp4TmS47pjxnEiqbRfKZROe0ytMNOH58M7tlg"
    "Bfq8M2jhjHa5sCNN91C1MDSySIhwsozOYGc9MGJkbgD/PxM9BdB5DvbIH8tG4qOC2QA9yl"
    "bXqLJfPKkmdgv1QrYG/Cyxiv6zHc0m6JPYRMnyns9p9exBg6IPh42Av06Fj0wyKngcO+hY"
    "B5AU+CVbNe8j02mLwa+4OdGdypTaKsQsNQHJVsYvU8YgVddVnnAwj+T8H8feYNr/ApPvRr"
    "Hig+/5lLcJeHSL+/9Ps34lRpqQdY+v2Pkevl/P7Bfp3V/0fYW2UE9LRhcbFvU9c6uExQI+"
    "1NR8PR+Pvo6iIMT3vAd8PpaHRDr5GhiLwtuTa++T6e0Us6ftZd/8psNP0+Hv0+vvntImqM"
    "SBYMmeH+8tt4xsaHhhE672Tqz0or3pK/v06ms+vxnT9uadouVeLpnenor6PhzH+rP5DKrk"
    "2+fBlNldvRzRV7oDmfI1uxENbYE/27g9vb6YT9Gv82EcZs8zmivhoNr8c30X0NqYbOfh/R"
    "iSeDaTA1fjSJzMvm/Tpmr7zU2RvTdXc1Hfx+c8Hq8dKuLfgBj/5+648i5zgdl5YPS3n5yx"
    "gRT/KNiCdZI2Ja0hDcvnj0chNryiZW5uiSZuSSH1/1ZuS4spLBvSBpLUUn89VK5Kv5mJG9"
    "14A4tA2UNirziKWFuXILc9JAIPJJZCjlR1Hio0gaM0qDnSSTSJdBGqnmakXk0Jy9J/+UzV"
    "J2zmtYfQjC0lZUapCmlt8nwToHPNruVTj4VAbzT/mYf8qmKB/QPdg4faHihlyR/bkkqhGB"
    "xJODp59cJwZpgkY6sRvrxG7a2q3Wi53aFSrAtlwD77aiGvM+bsQzSvrdEdKuFQBIg5rYCh"
    "O4kjcAN/fX1+XCLZY6zYHjhNCJRFrcURPk12imjizkxMpk9vQqwlLG4URdhcpZ+8h3xCnw"
    "VNz503UVLRtZpr1rfYopm6SrEDEn0I4ITegcXQUIm66u7lozJ5TwbthsXcKqzqC5xOHHiZ"
    "pLH475YXO+Jy92IpcufGLaGtKCwDXfE0gobHPVB67ZBy9L9p9X+h+Ec4ueCE+yueBJIrYq"
    "FhUYyC37DKsqSuHtWGTVXlJ3ZfyVdGLL+Ksuc71M/BU9H5SdgrCSMzTYyi9DsDobgkXW90"
    "5rOE7f5Mo2cgl3dgkTLcHkFDXP97GGBE1esFt6VqvPgSUnuCPWdjmi6ECwwL7LpogLkZ0V"
    "HtsrLGZ1hKwFoKTjN0sofeqb3b+pNMwdPWrdrBXdT/nVsiutSb2bY74jjqUx6VnKtzPqyX"
    "Gbs3NxIAeGubIxlPpMNgIQaETJpeLVZ5YlS/71BFRo2zpyyE2HLDWkAdd84hkg63iAoHEy"
    "KjK0fsyuSZ+pzNLswgoeKRNLm7Sd9qVh84hMXNKweYxcL2PYZAeJYNhynKYape+w22ndTQ"
    "hjB63gl5Ui7eCn1d5PKbuDFpV8LJWlfYDyj76lUdCe0gvtlaGl8m50M7sAtHfMA57c+nZW"
    "0/KtrMPJt9vrETN8qubKojoGufptfHdHL610x2GjBjfD0fU1G0UBMoztbI41dEQTT1g9TK"
    "ZqXWaxurNTA+u7YInDJFXnYK7euLu0t2k9nKTqHMzVn/fQddHK4pz1xZ1XY2T7M/q9rwvj"
    "6pqu2mhFf4HtKPR0yaKan0udpWxGIjV9XmcSqSm021TziMhkP8smC7W+ELcFhxOEksdN5n"
    "EolW9j8kvRSk43mdO+srUFmxOEksdN5vHcNAzzhTDLs7ZgdJZacrvJ3LZs9KybniMWaJCi"
    "kjnmPL3DMqDK7Aui2ftpQglvFl4ZIyNjZDofI9OAXOGGbSMHSV0cYOeFhcZkS/37d/qFVf"
    "6jMRtDiGZLFNXe/8kBPi1wTRbtg02/kTrrrW5AToTQFvTckvxOtD4okcK4zX5CYGVMl+iX"
    "ETYywqYRG0RLYy1khM0xcr1MhE1y/xXxCCUpuyTlVuEXkm62SuEkP8Zhkq6LfnBAzU8Ayh"
    "B2wEW87zwg3VF8u5viWRwNwTQNBHGOyJUiTaH/SGjrgj+8sl8OXE4m1wkOXI7TEN9/uxxN"
    "37xn7IiK5WYX/Sq3c+zmeK01bZPzCnvfx1ejyQV41jVkPuDB/dWY/AU9TSd/0aVJzqvgqx"
    "UOTykTnZIfnCLSLrnrsXP3t9eTgX/NswwTxq/ScDj/Io2RG9wMrv/vHRtJdF3j1WEj/at0"
    "pH+RjrwZja7ulOmIpjIThiKkOQq1+aKXB/xlMGZhdnOoNybGji5DBWFV5OSJ08hDR/jQWS"
    "FNh8oTEgq6SxB1APRUvvrpaZmE9dPT/Ix1eo+Hs7OEJ6dn4lBHdJ1Du/rQOx+yx1eXWyOu"
    "oDJWinB/msG7ejWDvZTIiqU6eLZvLufAX9DlIUkmuzyU6PIQal3O0nzBW5iUuBNIV39zDE"
    "lZ+6HvDKAleOztzIjcCSTPW8BzoirswvE4ueR3k/ntLnX8pOyQMsidQPK8yTwPPtIdmM6f"
    "QXK9yVx3PAvZDtIQr4hvkcU3SSjtvQL2XvJA7L8ejUCZ6/Zqq1O1YBr5zTX5mwuVHqGolh"
    "SVjObMflhBvJEYrkmiLvm364rijIV17RjB2eGuI/1UGGdymW3uzbT+3CtA+b9jU7VrgygL"
    "bmpv3KFDk+/l2jFA9p5N0r01ncpMcMhDd0Rq4PsPnSmbrEtQ1RlJnNk2ueUJs1trUZHCYL"
    "QS29zLNURxdNclCNGIYIijWtUXLD6YVXFmUcJ9QDFCBDYyTAOWbVKRyuH3R6lgzp3bpciC"
    "gQ2USvpAhjMfT2CrDGc+Rq6XCWduYaAWNt21z6snxvAeuzcbTFnxstg8tFGEcjud/DYd3d"
    "3RPhHK+gjMaxMx+j64vh/MWOwWeoaGB10WvMUrjpY+mQ8TkkXP+Syf88vtrMfLIjuJT7mK"
    "IjuqZ9u0YA7mxqsWB7ynaTsT21JJEoHvONklDjg1xR73NRbVK7qjtSYiWEPPuooUdYnUJ5"
    "FtKE3XjO2IPrYz2xHd6Ym6yvVcFQTZJcg6sw3tO8SuSdWEm2m0bKGYndWuAvuKYpmGrr4q"
    "z8jmW/4LatDmztC5SOLqhV+/TzB5AyWAkbPVFTnpufTb+erb85FV6Kkn6pRKDX9bM4A/ge"
    "RAaQ7MIZWiPORsyQAuvYxWEeBAgNuWZRmTtPKwb/Jhv31It4zlbhGX19bAbficopWcbjKn"
    "ZXG7esPNos5+YvBm6GQsn6wceMDKgfw1XQHMyRaZ7VrPZUHOfMw7BJ/5RvydQ6rWhQI7sq"
    "xT7n4Zn3eYoLMkaJyIswyq+eFmPhfFYs0GQF16+AlpfUBDD1d0rqAoCY0TY31s/TqVQXGt"
    "nxwQ2r84XXB3mu4BP+AhpXcAtBFwXLI1asBB0CD/9wbhZ2SYFgIIq/Yr+wU/A482gQH/Ch"
    "bw//kvXfsL+Q9dQH/5F7np6gaNbnvAwTus3fDOZ/Av9qZBDYZ/gSeELAcgqC4BYSwR/sgz"
    "Ccf830PekvmcyC8CjgkgeWeLBTc9YHYf6E6SStfIjzNdoqUbryyKjobYvSxNgsZcN2j1z7"
    "uvg1/Igyklm5oQQZcNQ1jbqvtvIhQ6pzJof09hdwWdvbrZWrKqxmkyEO94QrJkIN4xcr1M"
    "IJ6sKyrrirYD0RXZO3w0BGSABFGTayxuKQxUX/zKNV1obFP8KkXYpeW79+Ac1SBaiaZsWw"
    "iLTy8rYpWoiBWoavr/craZ/ODYBFGXVn6FfZBUpD+zdkbCO0uWVob9bbezYFrrNEfayxf0"
    "EkSdgb6ypR237mRhzQ8xTtM1I8S4UxkPLUwzog1vBeHvTW5HNxeAUj7g74Pr8VWQIfQMDd"
    "oCKJEhFCUIpUs4P+DB5cTPUYKPZpjndPAgSmTbpk3Ykpdcwf+6klSdi1WtXvCX7XuPJq7E"
    "zzUSCymJ00gJVxYvqhVXWbzosMWLomaFuwbqdC2YIY1sYl8UbexZp7s/VZmH4+/P1u4p6l"
    "7pj1XsaPBGj//vy8DPHDQUsR0wNz2sAR3H/PN9ctEO/vaHgSDJKOv0r2RGbqvLWHvOgCZM"
    "dZJNLmVVmEbuUS11S0pn9DFyvYwzOrP1Znifr+/zaDvo8Ksq+qecjSw3W+gAdrGn/RhWar"
    "Bf4YWOxWxXIYW0W212WEdltEU7v2UoOwB30XFQR/83By1WtIKjiOcjTiO9HpV7PWT/rH1F"
    "C7CKRyw9XWT5J6ma8QF0qrLQs86sXaJ8SZFJxlS/MxGVCzOQHdW0xbjDo5UsqpxFcwMuhP"
    "gSEjSDGZ06yQvauRcwpKCRu/xCdmcKiywQ0TNCAqleCKsX0lfd20NyvnT3rddQW919U2SZ"
    "NtfNF9zpF7n37GjM5jxeDGKFCX5yAFyQ3XJBeQ38eT6T//+FCmm0BQTUNDJk7YDrA4zIP4"
    "FJ/vNiE8WK00CijgfwfX7JKhJ5/r4NfSZ0RwmKI8teE43a8PrSq3hE/iXpVTxGrpfxKuY6"
    "E3N30XwXYo3i4/tGb6XSSXtQJy0VZ6Bh+KYvIat+hlIa9sukAdKGvBoKlJ3SYCfJJNIlkA"
    "7NutsZg6Xlsa7MKZvtZmJ+3TiRZErlTHlB8AkT5VLMcZKkkmyp/lvxFgu/f63Y15Ikk4yp"
    "nDG01RqkC99BHCNKPmfSdJI1lbNGuhkbxgzyK1yoG8I8idNJ1lTOGj/fRtF5JVPzGZOkkm"
    "ypnC0xo3+GLYX9TJKEe2xksrbet7aPiayGLwu2N907XLJg+2FcxJP5nHk+Mx5i/0a/yEFs"
    "hkPK+IfZ6CgJM0KlT/+wzWfEMjavCOYzaDyByYDrBd5yms3VjKWvVfpaG7GxtNTrJn2tx8"
    "j1Mr7WFhbc0mw4dwX1kt7VdPBldgEY7QO+Hd1cjW9+Uwa3t9PJ98H1BbAQZm07/XMKGg/Y"
    "v8eKawVn1wOejr7c39FLNpp7Dr0yG02/jW8GrAiXi+yVjv3a/4PhcHTrl+ZSVWSxa1ej4f"
    "X4hl6jBT91vF29rpMyCXkn+Ql5J5mEPAM9I4O/BPgffEjQgfjYuh3BKxO7S+NVcaAB7VcB"
    "aSVLKLtWcYo4MXQU8t0JQJskkrDmwwpF6o4miSSsHFhp206FSkJ8GSvPSxunKpKv2odwUb"
    "ACOVUzxlXoCDrtYiTSrFq5WTVoty1c7DNN1zlBovqyCWvI9EAY59pUNyOeIt8K+PQe0qBm"
    "S5/KVAP5lF8N5FOmGshaI1BstIL2Uxbz/DwyDmkHFvq+M8osGyHsEsHCc3ISy4pWfZa2ki"
    "V/aMGk/hotOqb68JahMnn08giu/AjWkKprW9ntkpSyBHRzzHRZ62z0HYl8hkmqZnx8nUot"
    "D0yDvBbCBeVk4kTNYEqndkTnlci322yICUK5HzZ5P1Qh1mirDEQLHFsm3u4EzJ9Fcr8t3B"
    "dVyni0UisT1sp8tUrUlJmkOmZTpoyOk9FxnY+Oi7lBCTy2Dnnh6pcB6Ze/TZEBc5SVdeQb"
    "fjTJUPLrvgUTdgj/P2sNJswix4ss5OJbEGYYjldWcYKNQYcTjIBnGSYkIheIZgEEPY+Wmv"
    "3MukbMdQMB3QEIq/YrDaKg4YP0hvn4ByKKkuOSLzcbilj15DJAUQYotmRvaWmomgxQPEau"
    "lwlQfCKQ8j0+m8MT17RNrljSG18pw8H06gLomqKSg+oBX41vryffBhdA08khtoI0cvC36W"
    "hE4wYJsugBXw5u/hZQPUL8FNB9G12NhzSYcYU0IrcZD3gy+zqaXgCTnVrlVlLNvRXooavQ"
    "P0Rr/2cIpc4urLOTx7tE/PEx435TOadmiq4D0NcdNUB7y2/TOj1J15ne3Xtum57X27ugRU"
    "5eV+/2L+7qowOoZkS0TOUJcQKai9oQJciafCpvCfXJ6WmZ4PzT0/zofHrvz5Tc62uyWwm+"
    "CdIOSr7tlXSzCo6NLAOqvMonhRnqcbI95qeHV1qboM7SVcWM73ESaXbfbHYP05B3NLiHGc"
    "8tg7esqT2+rpqUgj4L4viGpmc7qMexGKdG9IusxWFUoBoN3pyeDvzRwJz71ll78ZMD1lMB"
    "FbrQMBcUUhcuyI8AL7q7ZCOjmoNAd4nu/IwM0+LVL6/jCdJmLG3GLdmkWmo9lDbjY+R6GZ"
    "uxaDZStVlIDcqGqSExQHcNIWxDgg6q++9PzsvYx0/O8w3k9F4mz+tZ13hSc2FyV0gj7Vcb"
    "F/GSinscrSS/TnhIsWWJ8EbZZIsC1SooEO7ZQsUkguGdW7an78vUkiCjchcuu5dO9oneLI"
    "NxvvMsRdYBrPftOouamVJhYcs+qCGpTPooZtB2BT4h+X3PHOFkU33PiE6W9yy2nmYsfYex"
    "Sg08TXevzUWPY48K7/WLLFG0o7erGMGwjTao35cmcE1PXVLjz1JXl8BCtmNiaABqcOiTiw"
    "gDiOnd16yBSZx8s/Uo0eTO8VjIYuigX//tG4fgbo3u6FcWexYBym+OuuO0QuavIpd5xyxg"
    "e3GVSzvZ8VhMpJ3sGLlexk4WbuVldbWQoIPGnPN3JdS183e52hq99WcaXtF2e+r+VbQWGy"
    "PTYk/pQKQUXQfBrr6QZVKmFIV6h9I7zQa6+lXt92cRsjCEFM0wLHSrxIewSNRZUai9oo8v"
    "8TbEfDEkqCLsTpFq2knVlzugX2TIUP2hih2NLZV7GdDRStS6wzo0PCHLBegZYd8aYdB0Th"
    "bpotnwBfOTLLeaRUbGyMiYlmx4LdX9pMZ/jFwvo/E7vqVWLOg5SVRTXe/27ahHlKM6HQ0n"
    "U9oxg3a+oIIGQfcB304nw9HdHbsclBdm178MhiNleD+6o09XkaJ6vtfz8NmnCxtiVzjBIk"
    "a1RwfhYeT4CtMrLNPQ1VeFFjoUNINlKZv8dWwbPFb56tYtEZD90R0IBanbHsNKRxNNjtc6"
    "tCCsKUHVOZhryXSUppbOmFr41RqFxM40mcy325xvF2KWxVk4524Yn6tlMJfNu0uvsSbl3o"
    "X435iurqIez1CYGtIvNBWGvxVHo0uk362IXE/eELgmgCCcBLyJjH4se/Hnz4DMYAJnab7g"
    "dSm1lY71X8gr8ZLuKpn3AT/gGbnwaGqvgKLjsPvhdH1ASHU3WectzN+7HY/BM1152wRdZc"
    "sjxuxhMjJKRkZJO2nDpRdpJz1Grpexk+Zb9Pi8boMVrzGRJBrSPEu0eFCCqHOJmrVkEspc"
    "zboRplKnaCHDOE0ncN53Kpa6hBiLNayOkXTPEld5P3B6rG8h78TIZPeU5sg2WZFWtp6QrS"
    "cabpfbvfVEnZa5MX40PaxdIUN/RvZrj2OZSw/pF1nmdH8w/YHR6BKWuSsC9QwaT2BNCN6s"
    "nMVYA6bNYvDcsfYzeEFgCZ/R2kOPtM+ASNIMXeQAaCOg2aZlIY1no6vhCRWH/0n7l7R/HX"
    "xba6klRNq/jpHrpexfYsaZzpplzsokBZJRBVE6mbRAaVus2LbYkLSOiec+mj+++V5NnkyY"
    "HFAoEZpsqLKKjRXz1DoIEzHsxdZdF4VeU4e8D61rih0/0RTAwFu6hJiSLaELVOg5iJYz3e"
    "CyregBooUuXOh6DCqMfrjkaHHRynKlw1UKnFLgbIHoIQXOY+R6GYFT+gT347Fqi/OkZSJo"
    "0n2i6pYuGC6eIOogzLXEi1vwlfa3yeKcXyohRiJrJRS7ZreolRCJ59ukwkXUe3TSWkSPoR"
    "CKcaB3O7rx8+EC+gd8t77ixK7M2J8u7eA4uKL9G/2ld/hcoUBz4vDqbgUNI98FGKPrTHe6"
    "Dycfz0LNhv5RpMvcfRtcX2ez3dL6qKDsyiHvoADbXoE1q6cY0HEVZNu8Cmr50T9Jqg4Eo+"
    "w7+odVOxH/vmJkMjilyZ8VmYpiIyDSRRRSoqtEomuIPf0L1A2k/dV87HFs6dHNfpEdfc6G"
    "KX8E40rY0MlQ307tk4K5aYOFaWqfwdcpK9FsWnQVmbZDJDtq0kZ0HnpDhRjYyLVf6cUVz3"
    "xe6dwyjkKatbsmH7bUwCnN2sfI9TJmbbLjCxZMjSi6Z9CuI5piLX+JYBynqUsFOxzMNRSy"
    "thdCHW/W45shj3eqzQ15G173oWKjXUjUpXD9Kox2wuabA1huOpS5Rda1aTwL11+Lk8kG9y"
    "1p0WTpQ7IlDU2P5Xhk2zTF7/cLWzVZuqKSobRpeDB2oxr/1XwB5pwGptEEhq+6TSuCGFTl"
    "NjGKkhoGt2MauUavrUzsLsGbS6T/QXt+U0m6D9DbxVtw8u7k7Jf3Jz9nFfransJR7f/RY7"
    "Q+VHrvn7uo+sei58uKyVKXkxq85PpOGny47ZZVLkOCToiISdWyaNtcy4cfcxXLjxm9kpxk"
    "AsgGwzuIaz2hfkQW4aiKBfUWg/GdieuoNqP7QII0snV12eOJ0P6dYuE5GrNJaM4HVzbsaJ"
    "b4uUVF7W6X0q6nGLElVE47GN5BdN+/K2W2f1dgtn+XMSmTJ7rcEOl8q3KMZP+G5cNY4boR"
    "0vHn/wcD0AKG"
)
