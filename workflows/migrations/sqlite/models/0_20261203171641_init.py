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
    "requirements" JSON NOT NULL,
    "invite_ttl_hours" INT,
    "interview_closes_at" TIMESTAMP,
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
    "eJztfX1z27i191fB6J/NzmjzOMraSZw7nZFlZaNWsXxlJ9t76w4Lk5DEmAK5fLHj9tnvfg"
    "GQ4itIERIpkxRmOtuYxAGp3wGB837+01ubGjKc15fIgra7RtjtnYP/9DBcI/IPzt0+6EHL"
    "iu7RCy68N9hwLTnu3nFtqNIZF9BwUJ8OcFRbt1zdxHT8EFzqeHkLjQcQkb6mtJqpEmJys3"
    "iYh/U/PKS45hK5K2STwf/4J7msYw39QM7mT+tBWejI0BI/TdfoBOy64j5b7NoEu5/YQPoG"
    "94pqGt4aR4OtZ3dl4nC07v/MJcLIhi6i07u2R38m9gwjwGTzy/03jYb4rxij0dACegYFi1"
    "L7LxBd6ynK1exWuRnfKkovA+SGIgZacEk1MWUCeVWH/folfYVfBm9+fffr+7dnv74nQ9hr"
    "hlfe/ek/OgLGJ2TwXN32/mT3oQv9EQzjCFTVRhQJBbpZcC/JHVdfIz7CScoU0lpA+nrzjz"
    "TuG5SLgN9ciJCPVuUhoCc/UJth4zlgeQHOt5Mv45vb4Zdr+ri14/xhMPyGt2N6Z8CuPqeu"
    "vjr7mV43yQfnf4vhJOD3ye1nQP8E/zu7GjN4Tcdd2uyJ0bjb/+3Rd4KeayrYfFKgFludm6"
    "sb1MjIiOuepe3I9SSl5HpTuL7BKMb24O0jrmvkd7tkTyagWa7C204v9GXujsqj3r6/luF4"
    "EzbYD4PB27fvBidvz96f/vru3en7k3Cnzd4q2nIvJr/RXTfB4802HLGC/X8G/tEK2nzwN+"
    "NTgJMf0sZPbA1/KAYiy2lF/nwzeF8A57fhfPR5OH9FRqU+nKvg1sC/l8SXyBxE4uCu8dwF"
    "nqDZaWUH67YxOFcgO1BpbPHAFR18vLIAfzJtpC/x39Azw3lC3glilbd8ucJquzD+c7OKNl"
    "ejV7ThUyjFJhcXgYD8cOQyEMgbgKuv02mPYX0P1YcnaGtKDujqSjc0MhVn7w4oP/1tjgzI"
    "fsdRIZ74/smSWyz2w+hmM0UH4flu3jv7ofNX875D2NAvzxyYsS8u8S1mb60H6/QViOGS/S"
    "T6bPqkxDri6OjhAstXz8NlXEYzX6P1PbKBuQBEswaq57jmGtk/OcC0l32ga+Rr18k7a+D+"
    "OVLPPQfZE42nwe87ndT0pabfFoG0nTqf1PSPketCmj7dj7laUL6qyaOtRu182e01oXSe/V"
    "pC5zz7NVflpLeSGif5lQQhMajjNDtBvF2+6hLE0mhSI7iu7hpC6IYEh4O312spuLZpII7C"
    "9deb2RUf3JAgfe7qqgv+PzB0ZydLaymQ/2vhYZUiCO493XB17Lymz/tLXeAXgE0BShy5G5"
    "BffRn+PY3/aDq7SJ+ldIKLFDN0RyGalP7IWe0XJsEd4hxFI06X4ss9IayLIZst/LDQX8xm"
    "0wT0F5OUVfvq65eL8fzVG8YHMkh3c4zdkQtYzCCboZNG2a1G2aRDXxpmtxpmM4tsD+NsYA"
    "NSpHkt3/RoPmGJ0EENkCNzbZHljNXnL/RCj2OKTA/pFxkl1XCwsg5Hb7VP/r6CLoCACjYA"
    "I6Q55+CJ7EYrwjqg6eT7c8hAB1iG5wByeHtrRP7vD0+3Ef02nayFsooJpY1S2ijbov+101"
    "olbZTHyPUyNsqXteY0yBZZSwBM/M0yIN+iH7kqV4KsA6adoi9m/PfbYutC+MFMZ1e/bYan"
    "TQ4pU09MxhCy+KTommH4oY9tteEnoyqX0eMi8XE/HeVyM08LTx4ZR9IwNS5aTLx8j/hKK0"
    "j3SAzbqrPNMALQcRD5nwYita8P0Ovla3DnnakfFnfeh5M38M57//7sPfnv4p7M86S7K6Ka"
    "+eoYIPuIriGguw5gr5RV5Wp8DkfD+wdXg1XJP3r/lNqf1P6auBu3VA+Q2t8xcr2M9se22w"
    "y/87W/zXjpy5eBEi8LrtSsX0iz9sU8jlvTMGEO6BFJCu8FpakL8TevTw4P+eXs68V0DK7n"
    "49HkZhJoz+GOz27SS5Gffj4eTlMIp+ViMXd9DnU1OYIvvanU67XnKSR7+u45Lr2WYV7Wg5"
    "+z7hJ+/NHwZjS8HJdz4xvoMVCcd7drzL17W1endKYOQV+rgYOagjimjcBClG/U+B4M2J4i"
    "g4FpIQyIKKszMyezH1B7QbSEfNNBHxA2OGyMg1wAsQYcaED7GdyTf3OyZaqcWTqlpVmiJf"
    "tESxVUaZY4Rq6XMUu0IQq+3Y7pFVk7qunx4lNzT6oEzeH0iTeNPrASye6ux5FX6aodY2+d"
    "0RgS4EbUdS3hjDDQo8KSoFmidzkffro9B5oNF+4dnl2Pr86Z0HWHr4dfb8aX58CCnoO0Oz"
    "yaztjfqmGSv9PCWqmVf1Zm4af3qdi6P0sve1V3n4XsncH4DtiJpEGuowY5CzqOYuiYc2AW"
    "2OQSVIc0y52dtNUuxyQWqD1u9m+BpKU06QHzlsIrrU1cYuDZ6DtSOdLKdtgjSom6AOroh0"
    "UEehqloqgechSEKR68anVFHCiYRXJDgBsLhDRq31P0tWWbjyxAkWhPruhGVDiP5IgAR8zF"
    "AtkKtBiMtlCQKYe0GXGmnUow9g26CjXoijAnRdYMxrQ+AFjGZreCNTp+JBue4rqGsjI93q"
    "6W78fgkMpM8ey5QeZF9qOOnhRmGHF2MG3nTFGBjbth2LfXpJ31ZDQnqqNhTK76A5N1LmoE"
    "d6XTxyl+9AC/plm+/4BHK0HmqBZPWBTbOImENAvpJtxDcZDgtsChlADLAjhVh8+VLYCT2S"
    "cqwLdjNbbT0Mb3xhKoJo8pCe82eLnHegmcGxFt21LMywTb8lGPH2cVIP7fwXQ3qMN7M0cE"
    "2KM8GbQsQ1dZ4PKe0c3DaKa6LF5di27erNceJ8Q5vNcvinP+Iz6qVO72huKXe4gfgO6iNT"
    "/3OmecDESWgcgt+aRbGpIqA5GPkeulApEpmzL8LhfRuaFtckgyEV2mnxSy581nl19Ht5PZ"
    "1TlwkLFQCG9tU/OYr+sOX4w/D79NZl/nw+k5uEcr+Kibng2NO3wzuf06pHT0jqO7HpNG6J"
    "3b8ejz1WREr7tIXWEiqJCr34bTr+Obc/AIDc8vrS0aufh2UCJy8e0gN3KR3krVXEc/OB91"
    "fsjiZnyTGdvYaEV3peMHhe50ioh3MU12uPDzt3VFK1Zt4oTYeSL6tzC0GboDhva/bwu4Nn"
    "LhA/W0Gob5xIuCu1mTW7kYc8g7k0DxdvDuLISX/lGE7M2X4XTK8dnpi4WukrfjROcXI5uk"
    "PByog+aDSsNlyDmLiHCiLG3Ts/iSTE7gJo/4cKkpvbrgrTsLYlPaTaGlcoTCmzikzYhw6l"
    "RUIPnla8uAtuIfe0Ic4tFKFlXOooVJT0nFsxSX4e2KfUc55JJRlTOKSTNKiDfHmF2YnJGl"
    "lgHoWwLQMx73Mg4H5rUg38Ke3oaYq2dCZmuvrltcTDf3XBDyzLBJuuMRO4hPhvoQC9wygY"
    "txu2dm49osV4rG1pCNNBDG1AJyZGCwhhqiTZezPhlOD5Tdp5G+Henbacnm2VIrv/TtHCPX"
    "y/h2ZOcT2fmkI+UgdlILZNeIfCVAqksNUAYYbMUKwQbZckoB04JLagYAm77oDhOlIs/J3w"
    "udMCO6atrkmmbDJ7CwzTUgUn/Mdg6Y7ZyjMlQ/P7fHRlon2pTGlD02pJ7RzF2npRKn1DOO"
    "ketl9Ixwy83wvNizHafrUvX2Klzb4bG2WyqfLInf4ETJLiJckCn5ogk5TcO6qoycsNEAb2"
    "lXiPIxQMyBd07OxPlkdFuU8FSnkhhv68BREFNdH/KVQ5sNVIxwZAm9MBb+bDwTbUxdmdTx"
    "w+bw9bkwkAe8Yp0T3/xy+nPQigBrNF+LaHTWyoYO4vmSangAVzNMNKH0EZA6odQJG7lntV"
    "Q7kDrhMXK9jE4YnjgiCmFI1CWxugptkPxEHpr5rryQoBMpPHXnR0lX3gvlSoXSnFD8a5JK"
    "hr0Ws2WHsNcoUF+svlyKrEu7eG1lpOJKyp46+2V8rpbBXLqKVGqNiXZfrFNpH0GyMVFxtM"
    "dR2aOb/SKFXU0MK6GtW8h2yEZEa648E4A/AgKhS2gAVcOAiamG7QBVt4heTPN6gWV4DnhA"
    "z0TjXkFnxVfRK5pVRn9KDbwlG1BLdTGpgR8j18tGfyoIqyIaTZxGqjPijaoIYMKYJ4gk6M"
    "KgozXUDVHQE0QS9B1XOpX0RKxSSaqdYN8ea/tyYebVJ9v7y1QU5iSVhHkrzLqGsKu7z8JI"
    "Zwgl2FvBXkPngYiUbC8QwTpN14Fdu3a7Nnm4C40HxXNyyu3nw82jlat76+qOYMN59tMymO"
    "NcK6oEPQu6Y3q2iqjxkHabg7lxk/nI589QE/wv6D+rJRvuXrfdlfKMIKeefLHTN0nZoc4T"
    "VTh+KSyOgn5YyNYRtytvQQdkHvGOjZAbhnABkFX0QV7pyxVyXPLeSxsJCSlZys6JKbJnfY"
    "tORkRjJHex/CYIZd+95th5ffP+TvnQ5JnemldqTCTrd84maS3Ht5RGkp0ryoNF7/I73IoA"
    "NfJnmSPVtLUuQVVreoD/EfIyA8LPsyApIBpTqr2HjVSkPyIN+IRgoRsIQKyBpxV0gbtCwC"
    "KCJrLDYlC6y+//setEMoxAhhG0ZDtoqUNZhhEcI9fLhBE4LnnsEikPSEhHS5F1MAx9cHpa"
    "Qlsjo3LVNXYvVRmYnIiKaN2uBJFEuhzSNKCR9iJlQAmAnaaTRojt5nn930i5f+ZWub7Ql7"
    "niWJLucNHkNbfs+DAYvH37bnDy9uz96a/v3p2+Pwnls+ytIkHtYvIbldUSfMiakJ0VHJye"
    "Ce3dIcXB2iG02PnEVBZNOOorQdWBTeTQEUj+g8hLLGgQBs8zUlBAn0PbjDQi+tjOpBH5yr"
    "xCParcBJeCQLEMZQe+kLqjPRwXuh7niC0S0jcUB4TX3/na6qtCtm3arH+NCNBJqs6t5foi"
    "OlYQY7HM5yzlAeEOA3juTbe124h3v9Zdaq65F9P4U3SdW+XvT0pA/f4kF2p6KxUKiVwoIr"
    "dsxktZpXJZJcy7FEt5TpN1KHyproznRIbrnhnPiaTadqFcNuE5vcJEE55f3rndEuBrddjG"
    "EeN4bVOA5rtuYWpgiQTxcAGF2dxgYdrAxAh8N+8/At11APnOlshP66aC0xI5wF3ZprdcMa"
    "8seQb2S7UC9ia8jPG6HsMt7ZbYQ8j0mcJu/+lFjKEDgo+HvUCPjkU/LHIaOOxbCJgX8CRY"
    "NZsl32ODyauxP9iZwZ3aJMoqNAzFUckmVs8j1tBVV3U+gOD/EMzfZ97wCp/iQ7/hgeLzn7"
    "kE93mI9PtLv38jTpWWeoCl3/8YuV7O7x/s11n9f4y9dUZATxsWl4c2dW2CywQ10t58PBpP"
    "vo0vz8PwtDt8M5qPx1f0GhmKyNuSa5Orb5NbeknHj7rrX7kdz79Nxr9Prn47jxojkgVDZv"
    "h68WVyy8aHhhE672zuz0or3pK/P8/mt9PJjT9uZdouVeLpnfn4r+PRrf9W35HKrs0+fRrP"
    "levx1SV7oLlYIFuxENbYE/27w+vr+Yz9Gv82EcZs8zGivhyPppOr6L6GVENnv4/oxLPhPJ"
    "ga35tE5mXzfp6wV17p7I3purucD3+/Omf1eGnXFnyHx3+/9keRc5yOS8uHpbz8ZYyIg3wj"
    "4iBrRExLGoLbF49ebmJN2cTKHF3SjFzy46vejBxXVjK4FyStpehkvlqJfDUfM7L3GhCHto"
    "HSRmUesbQwV25hThoIRD6JDKX8KEp8FEljRmmwk2QS6TJII9Vcr4kcmrP35J+yWcrOeQ2r"
    "D0FY2YpKDdLU8vsgWOeAR9u9CgcfymD+IR/zD9kU5Rd0DzZOX6i4IVdkfy6JakQg8eTg6S"
    "fXiUGaoJFO7MY6sZu2dqv1Yqd2hQqwLdfAu62oxryPW/GMkn73hLRrBQDSoCa2wgSu5A3A"
    "1dfptFy4xUqnOXCcEDqRSIsbaoL8HM3UkYWcWJnMnl5FWMoknKirUDkbH/meOAWeiht/uq"
    "6iZSPLtPetTzFnk3QVIuYE2hOhGZ2jqwBh09XVfWvmhBLeFZutS1jVGTSXOPw4UXPpwzE/"
    "bM735MVO5NKFT0xbQ1oQuOZ7AgmFba77wDX74GnF/vNM/4NwbtET4Um2FzxJxFbFogIDue"
    "WQYVVFKbwdi6w6SOqujL+STmwZf9VlrpeJv6Lng7JXEFZyhgZb+WUIVmdDsMj63msNx+mb"
    "XNlGLuHOLmGiJZicoub5PtaQoMkLdkfPavU5sOQEd8TaLkcUHQgWOHTZFHEhsrPCY3uFxa"
    "yOkLUAlHT8ZgmlT327+zeVhrmnR62btaL7Kb9adqU1qXdzzHfEsTQmPUv5dkY9OW57di4O"
    "5MAwVzaGUp/JRgACjSi5VLz6yLJkyb8egAptW0cOuemQpYY04JoPPANkHQ8QNE5GRYY2j9"
    "k36TOVWZpdWMEjZWJpk7bTvjRsHpGJSxo2j5HrZQyb7CARDFuO01Sj9L3sdlp3E8LYQSv4"
    "ZaVIO/hptfdTyu6gRSUfS2Vpv0D5R9/SKGhP6YX2ytBSeTO+uj0HtHfMHZ5d+3ZW0/KtrK"
    "PZl+vpmBk+VXNtUR2DXP0yubmhl9a647BRw6vReDployhAhrGbzbGGjmjiCasvk6lal1ms"
    "7uzUwPouWOIwSdU5mKs37q7sXVoPJ6k6B3P15z10XbS2OGd9cefVGNnhjH5v6sK4uqarNl"
    "rTX2A7Cj1dsqjm51JnKZuRSE2f15lEagrtLtU8IjLZz7LJQq0vxO3A4QSh5HGTeRxK5buY"
    "/FK0ktNN5rSvbO3A5gSh5HGTebwwDcN8IszyrB0YnaWW3G4yty0bPeqm54gFGqSoZI45T+"
    "+wDKgy+4Jo9n6aUMKbhVfGyMgYmc7HyDQgV7hh28iLpC4OsfPEQmOypf79O/3CKv/RmK0h"
    "RLcrFNXe/8kBPi1wTRbtg02/kTrrrW5AToTQDvTckvxOtD4okcK4zX5CYGVMl+iXETYywq"
    "YRG0RLYy1khM0xcr1MhE1y/xXxCCUpuyTlVuEXkm62SuEkP8Zhkq6LfnBAzU8AyhB2wEV8"
    "6Dwg3VF8u5viWRwNwTQNBHGOyJUiTaF/T2jrgj+8clgOXMxm0wQHLiZpiL9+uRjPX71h7I"
    "iK5WYX/Tq3c+z2eK0NbZPzCnvfJpfj2Tl41DVk3uHh18sJ+Qt6mk7+okuTnFfBVyscnlIm"
    "OiU/OEWkXXLXY+e+Xk9nQ/+aZxkmjF+l4XD+RRojN7waTv/nho0kuq7x7LCR/lU60r9IR1"
    "6Nx5c3ynxMU5kJQxHSHIXafNHTHf40nLAwuwXUGxNjR5ehgrAqcvLEaeShI3zorJGmQ+UB"
    "CQXdJYg6AHoqX/30tEzC+ulpfsY6vcfD2VnBwemZONQRXefQrj70zofs/tnl1ogrqIyVIj"
    "ycZnBSr2ZwkBJZsVQHz/bN5Rz4C7o8JMlkl4cSXR5CrctZmU94B5MSdwLp6m+OISlrP/Sd"
    "AbQEj72bGZE7geR5C3hOVIV9OB4nl/xuMr/dlY4flD1SBrkTSJ43mefBR7oH0/kzSK43me"
    "uOZyHbQRriFfEtsvgmCaW9V8DeSx6I/dejESgL3V7vdKoWTCO/uSZ/c6HSIxTVkqKS0ZzZ"
    "DyuINxLDNUnUJf92XVGcsbCuPSM4O9x1pJ8K40wus+29mTafewUo/3dsqnZtEGXBTe2Ne3"
    "Ro8r1cewbIfmWTdG9NpzITHPLQPZEa+v5DZ84m6xJUdUYSZ7ZNbnnC7NZaVKQwGK3ENvdy"
    "DVEc3XUJQjQiGOKoVvU5iw9mVZxZlHAfUIwQgY0M04Blm1Skcvj9USqYc+92KbJgYAOlkj"
    "6Q4czHE9gqw5mPketlwplbGKiFTXfj8+qJMbzH7t0O56x4WWwe2ihCuZ7PfpuPb25onwhl"
    "cwTmtYkYfxtOvw5vWewWeoSGB10WvMUrjpY+mV8mJIue81k+55fb2YyXRXYSn3IVRXZUz7"
    "ZpwRzMjVctDnhP03YmtqWSJALfcbJPHHBqigPuayyqV3RHa01EsIYedRUp6gqpDyLbUJqu"
    "GdsRfWxntiO60xN1leu5KgiyS5B1Zhs6dIhdk6oJN9No2UIxO6tdBfYVxTINXX1WHpHNt/"
    "wX1KDNnaFzkcTVC79+n2DyBkoAI2erK3LSc+l389W35yOr0FNP1CmVGv52ZgB/AsmB0hxY"
    "QCpFecjZkQFcehmtIsCBALcdyzImaeVh3+TDfveQbhnL3SIub6yBu/A5RSs53WROy+J29Y"
    "abRZ39xODN0MlYPlk58AUrB/LXdAUwJ1tktms9lwU58zHvEXzmG/H3DqnaFArsyLJOuftl"
    "fN7LBJ0lQeNEnGVQzQ8387koFms2BOrKww9I6wMaerimcwVFSWicGOtj69epDIpr/eSA0P"
    "7F6YK713R3+A6PKL0DoI2A45KtUQMOggb5v1cIPyLDtBBAWLWf2S/4GXi0CQz4V7CA/99/"
    "6dpfyH/oAvrLv8hNVzdodNsdDt5h44Z3PoJ/sTcNajD8CzwgZDkAQXUFCGOJ8EeeSTjm/x"
    "7ylsznRH4RcEwAyTtbLLjpDrP7QHeSVLpGfpzpEi3deGZRdDTE7mllEjQWukGrf958Hv5C"
    "Hkwp2dSECLpsGMLaTt1/E6HQOZVB+wcKuyvo7NXN1pJVNU6TgXjHE5IlA/GOketlAvFkXV"
    "FZV7QdiK7J3uGjISADJIiaXGNxR2Gg+uJXrulCY5fiVynCLi3fgwfnqAbRSjRl10JYfHpZ"
    "EatERaxAVdP/zdlm8oNjE0RdWvkV9kFSkf7I2hkJ7yxZWhn2t9vOgmmt0xxpL1/QSxB1Bv"
    "rKlnbcupOFNT/EOE3XjBDjTmU8tDDNiDa8FYS/N7seX50DSnmHvw2nk8sgQ+gRGrQFUCJD"
    "KEoQSpdwvsPDi5mfowTvzTDP6cWDKJFtmzZhS15yBf/rSlJ1Lla1esFftu89mrgSP9dILK"
    "QkTiMlXFm8qFZcZfGily1eFDUr3DdQp2vBDGlkE/uiaGPPOt39qco8HH9/tnZPUfdKf6xi"
    "R4O3evx/XwV+5qChiO2AhelhDeg45p/vk4t28Lc/DARJRlmnfyUzcltdxtpzBjRhqpNsci"
    "mrwjRyj2qpW1I6o4+R62Wc0ZmtN8P7fH2fR9tBh19V0T/lbGS52UIvYBd7OIxhpQb7FV7q"
    "WMx2FVJIu9V2h3VURlu081uGsgNwFx0HdfR/c9ByTSs4ing+4jTS61G510P2zzpUtACreM"
    "TS00WWf5KqGR9ApyoLPerM2iXKlxSZZEz1OxNRuTAD2VFNW4w7PFrJospZtDDgUogvIUEz"
    "mNGpk7ygnXsBQwoaucsvZH+msMgCET0jJJDqhbB6IX3VvQMk50t332YNtdXdNzXW35BN99"
    "kex9UXu9svcvMZxpraT8OBZZJ6obpCGphOv/zy3dOWCAT0wPRdcqHYlsrKpfVh/X4QDnlX"
    "oGPLc2mKKkaP/gpKZ/vW8Zw7zObSgPukq+TnOSaw0S9UvqTdK5b6I3IiUiZ2vgZjPycYaf"
    "6sf3imi/wsYtpQz8TQANSZVTKxVjoTpTOxETtgS91K0pl4jFwv40x8QM/KCjorEcdLnKZz"
    "hQOqd720w7PVYt8sE9FE8A0JOgjvm0GZ3gBkVL5vdpDpD2DZ5tpydwk4yFJ2EPPql3Rkxh"
    "XN6MhSdhDw6jfpQE8SdY6nyDoB9SGMVxkzy8vYA+bIMm2uLSC40y+yA9jRmO0mAAxihQp/"
    "IqrwkkhxS7oqgD/Px7hSTQQ4MmQTkNv39XBgkv882TrRpDmVvmp4AD8GOFlVMi/+d0vfSd"
    "1RgmZJsvekNAxIFVEaBiTXG2UYyJX1c3fRfBm/RnfSm0ZvpTJo+0W1KCrOQMPwQ2E4jrv8"
    "KL8MpQz0K1MWyMQLXUOB87M02EkyiXQJpEMtf7fgMBmJVFclFZvtZmJx3nEiyZTKmfKE4A"
    "MmyqVYIGWSSrKl+m/FWy6R44ruYSkyyZjKGUNbr0O68B3EMaLkcyZNJ1lTOWtk2HHDmEF+"
    "hQt1Q5gncTrJmspZ49ffUHReC5V8xiSpJFsqZ0vM6J9hS2F/0yThARubbqz3re1rKrvjyQ"
    "ZuTY8WL9nA7WVcxLPFgnk+Mx5i/0a/yEFshkPK+IfZ6KgoU4RKn/5hm4+IVXC6JJjfQuMB"
    "zIZcL/CO08ggbOlrbcnG0lKvm/S1HiPXy/haW1iAW7PhwhXUS3qX8+Gn23PAaO/w9fjqcn"
    "L1mzK8vp7Pvg2n58BCmPYdVPxzChp32L/Him0HZ9cdno8/fb2hl2y08Bx65XY8/zK5GrKi"
    "3C6y1zr2ewEOR6PxtV+qW1WRxa5djkfTyRW9RhuA6Hi3+t2DMgGIg/wAxEEmANFAj2JBzC"
    "FBB/Jl648Qx+7KeFYcaED7WUBayRLKLtacos4MHYV8dwLQJokkrPmwQpE+JEkiCSsHVhfa"
    "rkIlIb6MleeljVMVyVftQ7goWIGcqhnjKnQEnXYxEmlWrdysSgQjFTmOcKpImq5zgkT1aS"
    "IbyPRAGOfaVLcjniLfCfj0HtKgHMoPZaqDfsivDvohUx10oxEoNlpD+yGLeX6KDoe0Awv9"
    "0BVmLBsh7BLBwnNyCs0UrfosbSVL/qUFk/prtuqY6sM7hsrk0csjuPIjWEOqru1kt0tSyp"
    "ZQzTHTZa2z0Xck8hkmqZrx8XWq1FxgGrTFysvGiZrBlE7tiM4zkW932RAThHI/bPJ+qEKs"
    "0daZiDY8sky82wmYP4vkflu4L6qU8WilViaslflqlagpM0l1zKZMGR0no+M6Hx0Xc4MSeG"
    "wd8sLVLwLST3+bIwPmKCubyDd8b5Kh5Nd9CSbsEP5/1hpMmEWOF1nIxbcgzDAcr6zjBFuD"
    "DmcYAc8yTEhELhDNAgh6Hm0985HVbl3oBqK1YNGmpCsNH6Q3zPvviChKjksrvvZSqFc+uQ"
    "xQlAGKLdlbWhqqJgMUj5HrZQIUHwikfI/P9vDEDW2TK5b0JpfKaDi/PAe6pqjkoLrDl5Pr"
    "6ezL8BxoOjnE1pBGDv42H49p3CBBFt3hi+HV3wKqe4gfArov48vJiAYzrpFG5DbjDs9uP4"
    "/n58Bkp1a5lVRzr0V66Cr0D9FyhxlCqbML6+zk8S4Rf3zMuN9UzqmZousA9HVHDTj6v5Fy"
    "/+zyKj9c6Mv8GLoE3eE0+5N6RcEPg8Hbt+8GJ2/P3p/++u7d6fuTUCbM3ioSDi8mv1H5MM"
    "EHTpzdCg5Oz0SWeETRucVdfXQA1YyIlqk8IE5Ac1Fb4gRZk0/lHaEenJ6WCc4/Pc2Pzqf3"
    "/kzJvb4mu5PgmyDtoOTbXkk3q+DYyDKgyqt8UpihHic7YH56eKW1CeosXVXM+B4nkWb37W"
    "b3MA15T4N7mPHcMnjLmtrj66pJKei3QRzfyPRsB/U4FuPUiH6RtTiMClSjwWU6mLHRtG0Y"
    "s87ay58csJkKqNCFhrmkkLpwSVuFPenuio2Mag4C3SW68yMyTItXv7yOJ0ibsbQZt2STaq"
    "n1UNqMj5HrZWzGotlI1WYhNSgbpobEAN01hLANCTqo7tfV8OpR13hSc2FyV0gj7VdbF/GK"
    "inscrSS/TnhIsWOJ8EbZZIsC1SooEO7ZQsUkguGdW7anb8rUkiCjchcuu5dO9oneLINxvv"
    "MsRdYBrA/tOkv2ttut9H1EKpM+ihm0W4FPSH7fI0c42VbfM6KT5T2LracZS9/LWKWGnqa7"
    "U3PZ49ijwnv9IksUpKMUIxi21Qb1+8oErumxBvdPK11dJVvJ98lFhAHE9O5z1sAkTr7dep"
    "Rocud4LGQxdNBv/vaNQ3C/Rnf0K4s9iwBl2hVMK2T+KnKZd8wCdhBXubSTHY/FRNrJjpHr"
    "Zexk4VZeVlcLCTpozHl/UkJde3+Sq63RW3+m4RVtt6ceXkVrsTEyLfaUDkRK0XUQ7OoLWS"
    "ZlSlGo9yi902ygq1/Vfn8WIQtDSNEMw0K3SnwIi0SdFYXaK/r4Em9DzBcjgirC7hyppp1U"
    "fbkD+kWGDNUfqtjR2FK5lwEdrUStO6xDwwOyXIAeEfatEQZN52SRLpoNnzA/yXKnWWRkjI"
    "yMacmG11LdT2r8x8j1Mhq/41tqxYKek0Q11fVu3456RDmq8/FoNqcdM2jnCypoEHTv8PV8"
    "Nhrf3LDLQXlhdv3TcDRWRl/HN/TpKlJUz/d6vnz26dKG2BVOsIhRHdBB+DJyfIXpFZZp6O"
    "qzQgsdCprBspRN/jp2DR6rfHXrlgjI/ugOhILUbY9hpaOJJsdrHVoQ1pSg6hzMtWQ6SlNL"
    "Z0wt/GqNQmJnmkzm223Ptwsxy+IsnHM3is/VMpjL5t2l11iTcu9C/K9MV1dRj2coTA3pF5"
    "oKw9+Ko9El0u/WRK4nbwhcE0AQTgJeRUY/lr3480dAZjCBszKf8KaU2lrH+i/klXhJd5XM"
    "e4fv8C25cG9qz4Ci47D74XR9QEh1N1nnLczfu55MwCNdebsEXWXLI8bsYTIySkZGSTtpw6"
    "UXaSc9Rq6XsZPmW/T4vG6DFa8xkSQa0jxLtHhQgqhziZq1ZBLKXM26EaZSp2ghwzhNJ3A+"
    "dCqWuoIYizWsjpF0zxJXeT9weqzvIO/EyGT3lObINlmRVraekK0nGm6X27/1RJ2WuQm+Nz"
    "2sXSJDf0T2c49jmUsP6RdZ5nR/MP2B0egSlrlLAvUtNB7AhhC8WjvLiQZMm8XguRPtZ/CE"
    "wAo+oo2HHmkfAZGkGbrIAdBGQLNNy0Iaz0ZXwxMqDv+T9i9p/3rxba2llhBp/zpGrpeyf4"
    "kZZzprljkrkxRIRhVE6WTSAqVtsWLbYkPSOmaee2/++OJ7NXkyYXJAoURosqHKOjZWzFPr"
    "IEzEsCdbd10Uek0d8j60ril2/ERTAANv6QpiSraCLlCh5yBaznSLy7aiB4gWunCh6zGoMP"
    "rhkqPFRWvLlQ5XKXBKgbMFoocUOI+R62UETukTPIzHqi3Ok5aJoEn3iapbumC4eIKogzDX"
    "Ei9uwWfa3yaLc36phBiJrJVQ7JrdoVZCJJ7vkgoXUR/QSWsRPYZCKMaB3vX4ys+HC+jv8M"
    "3mihO7csv+dGkHx+El7d/oL72XzxUKNCcOr27W0DDyXYAxus50p3s7eHcWajb0jyJd5ubL"
    "cDrNZrul9VFB2ZVD3kEBtr0Ca1ZPMaDjKsi2eRXU8qN/klQdCEY5dPQPq3Yi/n3FyGRwSp"
    "M/KzIVxUZApIsopERXiUTXEHv6J6gbSPured/j2NKjm/0iO/qCDVO+B+NK2NDJUN9O7ZOC"
    "hWmDpWlqH8HnOSvRbFp0FZm2QyQ7atJGdB56Q4UY2Mi1n+nFNc98XuncMo5CmrW7Jh+21M"
    "ApzdrHyPUyZm2y4wsWTI0oumfQriOaYiN/iWAcp6lLBXs5mGsoZG0vhTrebMY3Qx7vVJsb"
    "8ja87kPFRruQqEvh+lUY7YTNNy9guelQ5hZZ16bxKFx/LU4mG9y3pEWTpY/IljQyPZbjkW"
    "3TFL/fL2zVZOmKSobSpuHB2K1q/GfzCZgLGphGExg+6zatCGJQldvEKEpqGF5PaOQavbY2"
    "sbsCry6Q/p32/KaSdB+g18vXYHAyOPvlzeDnrEJf21M4qv0/eozWh0rv/XMfVf9Y9HxZMV"
    "nqclKDl1zfS4MPt92yymVI0AkRMalaFm2bG/nwXa5i+S6jV5KTTADZYHgHca0n1I/IIhxV"
    "saDeYjC+M3Ed1WZ0v5AgjWxdXfV4IrR/p1h4jsZsE5rzwZUNO5olfu5QUbvbpbTrKUZsCZ"
    "XTDoZ3EN03J6XM9icFZvuTjEmZPNHlhkjnW5VjJIc3LL+MFa4bIR1//h8NtsUc"
)
