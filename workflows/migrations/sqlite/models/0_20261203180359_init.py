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
    "scoring_config_version" INT,
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
CREATE TABLE IF NOT EXISTS "candidate_key" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "candidate_id" INT NOT NULL UNIQUE,
    "kek_id" VARCHAR(16) NOT NULL,
    "wrapped" TEXT NOT NULL,
    "destroyed_at" TIMESTAMP
) /* One candidate's data key, wrapped by the master key `kek_id`. */;
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
CREATE TABLE IF NOT EXISTS "calibration_proposal" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "base_version" INT NOT NULL,
    "weights" JSON NOT NULL,
    "pass_line" REAL NOT NULL,
    "evidence" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nAPPROVED: approved\nREJECTED: rejected */,
    "created_by" VARCHAR(80) NOT NULL,
    "decided_by" VARCHAR(80) NOT NULL,
    "decided_at" TIMESTAMP,
    "applied_version" INT,
    "job_id" INT NOT NULL REFERENCES "job" ("id") ON DELETE CASCADE
) /* Suggested weights and pass line from outcomes; applied only when the HR head approves. */;
CREATE TABLE IF NOT EXISTS "demographic_profile" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "data_enc" TEXT NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "candidate_id" INT NOT NULL UNIQUE REFERENCES "candidate" ("id") ON DELETE CASCADE
) /* A candidate's gender, birth year, region and school tier: AES-GCM JSON, read only by the */;
CREATE TABLE IF NOT EXISTS "hire_outcome" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "dingtalk_user_id" VARCHAR(64),
    "hired_on" DATE,
    "probation" VARCHAR(16) NOT NULL /* PENDING: pending\nPASSED: passed\nEXTENDED: extended\nFAILED: failed */,
    "regularised_on" DATE,
    "left_on" DATE,
    "leaving_type" VARCHAR(16) NOT NULL,
    "leaving_reason_enc" TEXT NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "synced_at" TIMESTAMP,
    "application_id" INT NOT NULL UNIQUE REFERENCES "application" ("id") ON DELETE CASCADE
) /* What became of one hire: probation, tenure, leaving (one row per application). */;
CREATE INDEX IF NOT EXISTS "idx_hire_outcom_dingtal_3a4f2e" ON "hire_outcome" ("dingtalk_user_id");
CREATE TABLE IF NOT EXISTS "monthly_outcome_report" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "period" VARCHAR(7) NOT NULL UNIQUE,
    "body" JSON NOT NULL,
    "alerts" JSON NOT NULL
) /* The standing fairness, validity and drift report of one month (aggregates only). */;
CREATE TABLE IF NOT EXISTS "performance_rating" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "period" VARCHAR(16) NOT NULL,
    "label" VARCHAR(8) NOT NULL,
    "value" REAL NOT NULL,
    "outcome_id" INT NOT NULL REFERENCES "hire_outcome" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_performance_outcome_f19a4b" UNIQUE ("outcome_id", "period")
) /* One performance rating of a hire for one period (e.g. 2026H1). */;
CREATE TABLE IF NOT EXISTS "review_request" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "report_version" INT,
    "reason_enc" TEXT NOT NULL,
    "status" VARCHAR(8) NOT NULL /* OPEN: open\nDONE: done */,
    "assignee_user_id" VARCHAR(64) NOT NULL,
    "resolution" TEXT NOT NULL,
    "closed_by" VARCHAR(80) NOT NULL,
    "closed_at" TIMESTAMP,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
) /* A candidate's request for a human review of an automated assessment (PIPL Art. 24): */;
CREATE INDEX IF NOT EXISTS "idx_review_requ_status_4b0b6b" ON "review_request" ("status", "created_at");
CREATE TABLE IF NOT EXISTS "scoring_config" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL,
    "weights" JSON NOT NULL,
    "pass_line" REAL NOT NULL,
    "is_current" INT NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "approved_by" VARCHAR(80) NOT NULL,
    "job_id" INT NOT NULL REFERENCES "job" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_scoring_con_job_id_ad3624" UNIQUE ("job_id", "version")
) /* One version of a job's scoring configuration: dimension weights and pass line. */;
CREATE INDEX IF NOT EXISTS "idx_scoring_con_job_id_7ce00d" ON "scoring_config" ("job_id", "is_current");
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
    "eJztfWtz2ziW9l9B6UsnVepM4rSdxL01VbKtdNTtWF7ZSc+74y02RUISYwrg8GLHM5v//g"
    "LgnQQpQiJlkkLVVKZN4kDSc0DwXB6c85/BGuvQdF5dQEu13TVE7uAU/GeA1DUk/8G5OwQD"
    "1bLie/SCq85NNlxPj5s7rq1qdMaFajpwSAc4mm1YroERHT8CFwZa3qrmPYhFX1FZHWtEmN"
    "wsH+Yh418eVFy8hO4K2mTwP/+XXDaQDr9DJ/zTulcWBjT11E8zdDoBu664Txa7NkHuRzaQ"
    "foO5omHTW6N4sPXkrjCKRhv+z1xCBG3VhXR61/boz0SeaQaYhL/c/6bxEP8rJmR0uFA9k4"
    "JFpf0vEF8bKMrV9Fa5Gd8qyiAHZCiRAC24pGFElUC+qsN+/ZJ+hZ+P3vzy7pf3b09+eU+G"
    "sK8ZXXn3w//oGBhfkMFzdTv4we6rruqPYBjHoGo2pEgoqpsH94LccY015COclswgrQeir8"
    "L/yOIeolwGfHghRj5elfuAnvxAfYrMp0DlJTjfTj6Pb25Hn6/px60d518mw290O6Z3jtjV"
    "p8zVFycv6XVMHjj/WYwmAX9Obj8B+if4n+nVmMGLHXdps0+Mx93+z4B+J9VzsYLwo6Lqid"
    "UZXg1RIyNjrXuWvqXW05JS623ReohRQu3Bt4+1rpPf7ZI9mYBmuQpvOz0zloU7Kk968/5a"
    "ReNt2GA/HB29ffvu6PXbk/fHv7x7d/z+dbTT5m+Vbblnk9/orpvScbgNx6pg/5+D/3yl2n"
    "zww/EZwMkP6eIjtla/KyYky2lF/nxz9L4Ezq+j2fmn0ewFGZV5cK6CW0f+vTS+xOYgFgd3"
    "jRcu8JTMVis7WLetwbkG24FaY4t7rung45UH+CO2obFEf8AnhvOEfCcVabzlyzVWu4Xxj3"
    "AVhVfjr2irj5EVm15cBALyw6HLQCDfAFx9ubwcMKznqnb/qNq6UgC6tjJMnUzF2bsDyY9/"
    "zKCpst9xUIinnn+y5BaL3TC6CafoITzf8NzZDZ3f8bxH2NAnDx/hxBOXehbzt9ZH6+wVFa"
    "lL9pPoZ9NPCteRRR6zGbSw7V4a6H7A8dazQ4ZlLrtDBys2G62Y4fAKnjt7JsAarufQ/skB"
    "/gyAzgDcleqCleoAh2zcUAcOXkOMIDDQKYCqtgKOR/5hQx+xfe8ATDZ0ntvfyGfImIGMGX"
    "TFtO2m9yhjBoeo9WoxgyV0OBovdlVjiXqc1efdSlOu6skvFTzVk18KHVV6K+2nwu+WQZS1"
    "xUOVltzPQ7VP5Lv7DPlbZ85xLvbuGrU+mRfDszlD96bE0oyGVLAufZsP4AUx9CDQPMcl9h"
    "21AbG9HAJDJ0arQb6zDuZPcXLIc6A90XmG5K7TSZtR2ozSepA2o9T6M+aZ6H7MjcGXWY95"
    "WWlHbrQjya8kCIlBnZTZCuLN0b0+QSxTdg2C6xquKYRuJLA/eAeDjoJrYxNywv2/30yv+O"
    "BGAtn3rqG54P+AaThb5fkrgfxfCw9pFEEw9wzTNZDzin7e35sCvwRsClDqlRuC/OLz6B9Z"
    "/M8vp2fZdymd4CyjDIO47OT3PXBW+xkmuKuowNFIymX0MieCTSkk3ML3C/3ZdHqZgv5sku"
    "FUXH35fDaevXjD9EAGGW4B1SImIIrRAXJykhKwkRKQppNKWsBGWkBuke1ADQhiQIpM7hYn"
    "vvEjkgjtNf19jtcWWc5Ie/pMLww4ocjskGFZUFKLBivraPTG+OSfNPmsAmrYAASh7pyCR7"
    "IbrYjqgG6Q588hAx1gmR5NWjveGpL/+5dn2JA+m04+QlnHhDJGKWOUXfH/uhmtkjHKQ9R6"
    "lRjl80ZzWhSLbIR+nfxmOZBv4fdClysl1oPQTtkTM/7HbXl0IXpgLqdXv4XDsyGHTKgnYW"
    "MIRXwycu0I/NCP7XTgR4AEkEyfhObjbj7KRThPB988ksXcMjcuXky808bJlVZy2Dg1bKPP"
    "NkUQqI4Dyf90ELt9QwBfLV+BO+9E+7C48z68fqPeee/fn7wn/y7mZJ5Hw10R18x3xwDZRw"
    "wdAsN1APtKeVeuwc/heHj/5HqwGvmPwf9K7096f23cjTvqB0jv7xC1XsX7Y9ttTt/F3l84"
    "XubyJVHiecGVnvUzeda+mcdJa5pYLQA9FsngvaAyTSH+5tXr/UN+Mf1ydjkG17Px+eRmEn"
    "jP0Y7PbtJLcZ5+Nh5dZhDO2sVi6foC6XoqVDz3ptJs1p7nkOyYu+ek9DqGedUMfsG6S+Xx"
    "z0c356OLcbU0vgkfAsd5+7jGzJvbhnZJZ+oR9I0GOGgoiBPaCCJExUGNb8GAzUdkEMAWRI"
    "CYsgYLc7L4AY0XxEvIDx0MAVGDw8Y40AUq0oGjmqr9BObkvzmnZeqcWSalZViiI/tERx1U"
    "GZY4RK1XCUt0gQXf7cT0iqwdDXs8fmrhmyolsz9/4k2rX1ipUkuux7FX6aodI2+d8xhS4M"
    "bSTS3hnDEwoMaSYFhicDEbfbw9BbqtLtw7NL0eX50yo+sOXY++3IwvToGleg7U79D55ZT9"
    "rZmY/J011iqt/JMqCz+7TyXW/Ul22WuG+yQU7wzG9yBOJANyPQ3IWarj0PpXnBdmSUwuJb"
    "XPsNzJ667G5ZjFouoP4f4tcGgpK7rHc0vRlc4eXGLg2fAb1DjWymbYY0mJugDq8LtFDHrK"
    "UlE0DzoKRBQPXq3kMg2UzCK1IaCNBYQ6je8pxtqy8QMjKBLvyRXdiErnkRoR0AheLKCtqB"
    "aD0RYimXJE28Ez7dUBYz+gq9CArohyMmLtUEznCcDtzG+2jNBad0RCnvhuENyVQT9O8fNo"
    "/Oo+xZE0nqwEmfOSfUSi2CZFJKR5SMPEp+JAwW2BIykBlqUg6iaSVC0FkdsnasC3Z70Ost"
    "Am98YKqKZfUxLeTfByX+sVcG4F76yjmFehnfFRT77OakD8v4PpbmCP92aOCbBDoR7VskxD"
    "YxS+HXl+o3imptzy5+D5pTYJ1TTmNvuJimVj4mSru7Ijz+Mpr4MZ+4qeo2G2N5NRC2O5I2"
    "43/mTnbK4+IdYkrzTcHwcccml0b1jGMP1XclSlU7OhxM9zFd0Dw4Vr/qnXgnGSAiopoB15"
    "pDtKBpQU0EPUeiUKKFVTTt/VuHShbJvJoMRUvvyokD1vNr34cn47mV6dAgeaC4Xo1sa6xx"
    "JAd+hs/Gn0dTL9MhtdnoI5XKkPBvZs1bxDN5PbLyMqR+84husxo4XeuR2ff7qanNPrLtRW"
    "iBjG5OrX0eWX8c0peFBNzy9qLMoZe3tUgTP29qiQM0ZvZapdw++ch7qYLBaOb7NiW8sTc1"
    "cGulfoTqdw7N9C4yQrtj/i79umeGJ1h9RV5DxCWxzanNweSdXvuwKuDV31nvb3Mk38yOMf"
    "3azJrUKMOeK9oa6/PXp3EsFL/yhD9ubz6PKSkyM2FgtDI9+Ow4suRzYtuT9Qj9oPKi0iR9"
    "6zkBgnytLGnsW3ZAooczzh/R0KGDQFb9P887ColkKLlAjxsTii7aD99IqPRX752jJVW/Ff"
    "e0Ia4slKFdWuogWmb0nFsxSX4e2KPUcF4lJRtSuKWTNKhDcnnF1Ki89LS+rvBupvjuFRJc"
    "HFsmTkWdgx35BILU7IbN31dctzNIXvBaFMIJukPxnYveRkaM66JC0TpLQ3Z2bCVHq1IiC2"
    "Dm2oA/Jbof1gwEdAXhkIrFUd0na3+ZwMp/vE9tPI3I7M7XRk8+xolF/mdg5R61VyO7LnhO"
    "w50ZOD+Fu5BbJef7ETIN2lFjgDDLZyhyBEtppTwLzgip4BQNg33dVUkb5T8vfCIMqIr2Kb"
    "XNNt9REsbLwGxOpPxM4Bi51zXIb65+d2N8j6RGFRQtndQPoZ7dx1OmpxSj/jELVexc+Itt"
    "yczssz20m5PtXNriO1Hb3Wtjs6KouRt/hgbh8RLjmZ+6wHwNqGdV0nwKIS77ylXSPKhwAx"
    "B94ZeSfOJue3ZQfsmnQSkwX1OQ5ipt5+sXNos4GKGY2s4Bcm6M/mE/HGtBWmiR82h+/PRU"
    "Qe8IL1rHvz8/HLoAg80un5QOLRWStbdSAvl9TAB3A9w1T7Px8B6RNKn7CVe1ZHvQPpEx6i"
    "1qv4hNEbR8QhjIT6ZFbX4Q2Sn8hDsziVFwn04ghP0+ejZCrvmc5KRdacEP81LSVpr+Vq2Y"
    "L2GhP1xeoZZsT6tIs3VrYs6aTs6LOn2qJ3DOaqTnt2jYn2vWvSaT9XycZEzdEBx2WPbw7L"
    "HHYtNayCt25B2yEbEa3x80QA/hUQCF0iA6gbBjCiHrYDNMMifjE91wss03PAPXwiHvdKdV"
    "Z8F72mWSX7U3rgHdmAOuqLSQ/8ELVelf2pQKSJeDRJGenOiLcIIoAJY54SkqALgw7XqmGK"
    "gp4SkqBvudKppScSlUpLbQX7Zq7t89HM6z9s7y9TUZjTUhLmjTAbOkSu4T4JI50TlGBvBH"
    "utOvfEpGR7gQjWWbke7NqNx7XJh7uqea94TkF7h2K4ebJydW9c3TFsqCh+WgVzVBhFlaDn"
    "QXewZ2uQBg9pny+1kDdZjHzxDA3B/4z5s0ZOw80N210pT1Dl9C8oT/qmJXvU6aSOxC+FxV"
    "HgdwvaBuT2Qy3pPcsT3rIFbcsQLgGyjg60K2O5go5LvvfShkJGSl6yd2aK7BbeoTcjpBzJ"
    "bSK/KcEaAr/d2UBaHufNh/d1z2/KAZW50GOUlevd41T/ThVDhheC3Ii8ZI9MncbYEQnUOK"
    "aPcLemZHK9W0BX5kfk19kOnYPIVuUYBA8lmnbnVji900BqgyDburfeFaQZm6SnCMlmVCLN"
    "qMhdSAV2e+j8WWZQw7beJ6iEyFxJuu8aL23VWhlaCbJTBG8x+WczvhfxfNc2Xhhmn55d0Y"
    "Nr/t7FO7MW7Wolx9XiMZUaT9lQg8YD1IEvCCj2gLxiwONKdYG7gsBSbQfaUZlCw+V3ptp2"
    "IklwkwS3juyiHaU6SYLbIWq9CsHNccnHLqFyD4XCHhmxHh6QOjo+rhD4IKMKIx/sXqZmPX"
    "kjKqIVJVNCEulqSFOqPe3KzoASADsr17t4XgOJY+PfNPrJD2sYy0JzLC23v3NODTeT+nB0"
    "9Pbtu6PXb0/eH//y7t3x+9eRfZa/VWaonU1+o7ZaSg/55KazUo+OT4T27khib416OkyLYC"
    "6LLsxHTkn1YBPZNzfW/yDWAVvn5+xLWrtwZNtxwJV+bG8OuPrOvEK5PtyjlyUU5pxkD56Q"
    "pnmIjqu6HucVW2akhxJ7hNff+bqam4S2jW3WWU0E6LRU79Zyc1zDlYqQWE2OvOQe4Y6opX"
    "PsdnYb8eZrw6XhGjGiQ1aud6v8/esKUL9/XQg1vZUh6UNXFbFbwvHSVqndVokqAogRTrJi"
    "km2ykW2Sqr0gqSabqCbZFSZaiuP5OQEdAb7RdhRJxDhZ2wygxalbNTOwQumSaAFFdUbAAt"
    "sAIwi+4fmvwHAdQJ6zJfQLjlDDaQkd4K5s7C1XLCtLPgP5RcQB+ya8WiZNfQy36GhqDyHT"
    "50qO/mcQK4YOCB4e9gUGdCz8bpG3gcOehUB5gU6CVRMu+QEbTL4a+4O9M7hTY+KsqqapOB"
    "rZxJr5iLXqaqsmP4Dgfx/MP2TZ8Bo/xYc+1IHi65+lBHf5EJn3l3n/VrxVOpoBlnn/Q9R6"
    "tbx/sF/n/f8x8tY5Az0bWFzuO9QVkssEPdLBbHw+nnwdX5xG9LQ7dHM+G4+v6DUyFJJvS6"
    "5Nrr5ObuklAz0Yrn/ldjz7Ohn/Obn67TRu2UsWDJnhy9nnyS0bHwVG6LzTmT8rrcVO/v40"
    "nd1eTm78cStsu9SJp3dm49/H57f+t/oGNXZt+vHjeKZcj68u2AfixQLaigWRzj7Rvzu6vp"
    "5N2a/xbxNjzMYPsfTF+PxychXf16FmGuz3EZ94OpoFU6M5JjYvm/fThH3llcG+MV13F7PR"
    "n1enrFI87SeG7tD4H9f+KPIep+Oy9mGlLH+VIOJRcRDxKB9EzFoagtsXT15uYm3ZxKq8um"
    "QYueLDV38YOems5HAvOU6dkZMnqSucpPYxI3uvqaIoNlA5qMwTlhHm2iPM6QCByCORk5QP"
    "RYWHIh3MqAx2WkwiXQVpqOH1mtihBXtP8Vs2L9m7rGH9FISVrWg0IE0jv/eCFXh4sv2rvf"
    "OhCuYfijH/kC+e8Yzpwdb5CzW3iozjzxVRjQUknhw8/cN1YpCmZGQSu7VJ7Lat3Xqz2Jld"
    "oQZsf/dn6SmqiezjRjzjQ787Qtq3uglZUFNb4Q5VPVYGPQPHodCJMC1uaAjyUzxTTxZyam"
    "WyeHodtJRJNFFfoXLCHPmOOAWZiht/ur6iZUML27uW9ZixSfoKEUsC7YjQlM7RV4AQdg2t"
    "tnpMV2y2vmJlQ7qpKDZkPb93fu7oZDN/rj4htmU5Hey5GuYZcOKVdD4ZNpzG0/XDjBMtoZ"
    "OyrDiUzKzlVczJ9NPECXOvclUdbOtQD1iRfpqZSNh4PQQuHoLHFfvnif4DUWFFHeFJNlfT"
    "SRH3EpTTwCjeJ2ev7Hx4z2h7ezkXLsl9kiEhyX191noVch99Pyg7MfzSM7Q4hST5fb3l95"
    "H1vdMaTsq3uWySXMK9XcLES8CcXi7FCfxIoM0Ldsu0ff0HrMkb3OExUorr8sQSPWCi7Lsm"
    "j7gR2VvjsbvGYt5HyEcAKrIK8oKSsLGZW5A547tjuraf9duHmaRtfqWJnpNv8vR3IjHJiT"
    "Sm05bFcUYjPW7z0W8U2IHRQewESkNmGwEV6MTJpebVr+wINvmve6Cptm1Ah9x0yFKDOnDx"
    "PS8A2cQHCAYn4wpW4cfseqI4c2w5v7CCj5Snltu0nQ5lYPOAQlwysHmIWq8S2GQvEkFOfF"
    "KmHqfvebfTpnsvJ160gk9WRrSHj1Z3H6X8DlpWT7RSCYBnqC3qRxoF4ymDKF4ZRSpvxle3"
    "p4D2c7pD02s/zootP8p6Pv18fTlmgU8Nry3qY5Crnyc3N/TS2nAcNmp0dT6+vGSjKECmuV"
    "3MsYFGsOKnoZ/nGHRTYbGmjz4H0XfB+plpqd7BXH9wd2UrHq0SLXwCLiHVO5jrf9+rrgvX"
    "FuddX95wPiG2v6Dfm6Ywrq/XvA3X9BfYjkLfLnlUiw/q5yXbcUqffl5vTulTaLcpFROLyT"
    "bebTZqfSNuCw2nBKWO26zjyCrfJuSXkZWabrOmfWdrCzWnBKWO26zjBTZN/EiU5VlbKDov"
    "LbXdZm1b9BAR9hwxokFGShYw4PkdlqlqLL4gWhoiKyjhzcMrOTKSI9N7jkwLDqK3bBup55"
    "SnIJ1ohJxHRo3J95Hw7wxLW0jEYzZSiG5XMG7s8JMDfFngYsb2QWRygBeM10OrR+YZQlvI"
    "c/s9OPH6oEIK0zb7CUGUMdv/QTJsJMOmFRtER7kWkmFziFqvwrBJ778iGaG0ZJ+s3DryQj"
    "LNViucrGwItXRd+J0DavEBoJxgD1LE+z4HZDiKH3dTPIvjIWBsQhUVmFwZ0Qz6cyLbFPzR"
    "lf1q4Gw6vUxp4GyShfjL57Px7MUbpo64EnN+0a8L2xJv5muFsm0+Vzj4OrkYT0/Bg6FDfI"
    "dGXy4m5C/V0w3yF12a5H0VPLXC9JQq7JRicopIL+6+c+e+XF9OR/41zzKxmrxK6XD+RcqR"
    "G12NLv/fDRtJfF3zyWEj/at0pH+Rjrwajy9ulNmYHmUmCoVQdxS/3NQd+jiaMJrdQjVaw7"
    "Gjy1CBSBN58yRl5EtH+KWzhrqhKvdQiHSXEuoB6Jnz6sfHVQ6sHx8Xn1in93g4Oyv16PhE"
    "HOpYrndo10+98yGbP7ncAoQllbEygvvzDF436xnspURW4qiDZ/vhcg78JS1E0mKyhUiFFi"
    "KR1+Ws8CPaIqTEnUCm+tsTSMrHD/1kAC3BY28XRuROIHXeAZ0TV2EXjSfFpb7brG93ZaB7"
    "ZYcjg9wJpM7brPPgId1B6fwZpNbbrHXHs6DtQB3yiviWRXzTgjLeKxDvJR+I/K9HGSgLw1"
    "5v9VYtmUY+c21+5iKnR4jVkpGSbM78gxXwjcRwTQv1Kb/dFIszQevakcHZ45Y2wwyNM73M"
    "Njf+Ch/3GlD+78RU3dogqoKb2Rt3aP/lZ7l2JMh+YZP0b01nTiY45EN3RGrk5w+dGZusT1"
    "A1ySTObZvc8oT5rbWsSGEwWkls7tUaojiG6xKEKCNYRXGt6lPGD2ZVnBlLeAgoRpDARobp"
    "wLIxNakcfn+UGubcuV2KLBjYQqtkCCSd+XCIrZLOfIhar0Jn7iBRC2E3zHkNxBQ+YPduRz"
    "NWvCwxD20UoVzPpr/Nxjc3tE+EEr4Ci9pEjL+OLr+Mbhl3Cz6opqe6jLzFK46WfTM/DyWL"
    "vufzei4utxOOl0V2Uo9yHUV2NM+2acEcxOWrlhPes7K94bbUcojAT5zswgPOTLHHfY2xek"
    "V3tM4wgnX4YGhQ0VZQuxfZhrJy7diO6Mf2ZjuiOz1xV7mZqxKSXUqsN9vQvil2baom3M6g"
    "ZQfN7Lx3FcRXFAubhvakPECbH/kvqUFbOEPvmMT1G79+n2DyDZQARs5WV5ak58pvl6vvzk"
    "NWY6aeuFMaDfxtrQD+BFIDlTWwUKkV5UFnSwVw5SVbRUADAW5blmVMy8qXfZtf9ttTuiWX"
    "u0NaDqOB2+g5Iys13WZNy+J2zdLN4s5+YvDm5CSXT1YOfMbKgfw1XQPM6RaZ3VrPVUHOPc"
    "w7kM/8IP7OlKqwUGBPlnUm3S/5ec9DOkuDxmGc5VAtppv5WhTjmo2AtvLQPdSHgFIP13Su"
    "oCgJ5YmxPrZ+ncqguNZPDojiX5wuuDtNd4fu0DmVd4BqQ+C4ZGvUgQNVk/zfC4geoIktCC"
    "DS7Cf2C14CjzaBAX8FC/hv/2Xofyf/0AX097/ITdcwKbvtDgXfIUzDO7+Cv9g3DWow/AXu"
    "IbQcAFVtBYhiifFHPpNozP895FuynBP5RcDBQCXf2WLkpjvE7gPDSUsZOvlx2CVeuvnEWH"
    "SUYve4wgSNhWHS6p83n0Y/kw+mkmxqIqS6bBhE+lbdf1NU6ILKoMM90e5KOnv1s7VkXY3T"
    "JBHvcChZkoh3iFqvQsSTdUVlXdFuILome4ePhoANkBJqc43FLY2B+otfudhVzW2KX2UE+7"
    "R8907O0UzilejKtoWw+PKyIlaFiliBq2b8m7PNFJNjU0J9Wvk19kHSoPHA2hkJ7yx5WUn7"
    "225nQbTWaYG1V2zopYR6A31tSzsZ3cnDWkwxzsq1g2LcqxMPHTxmRBveCsI/mF6Pr04Blb"
    "xDX0eXk4vghNCDatIWQKkTQvEBoWwJ5zs0Opv6Z5TUOY7OOT07iRLaNraJWooOV/CfrrRU"
    "77iq9Rv+sn3vwfBK/LNGYpSSpIy0cGXxokZxlcWLnrd4UdyscFeiTt/IDFlkU/uiaGPPJt"
    "P9mco8nHx/vnZPWfdKf6xix4M3Zvz/XAV55qChiO2ABfaQDgyUyM8PyUU7+NsfBoJDRvmk"
    "fy0zcltdJtpzBjLRUSfZ5FJWhWnlHtXRtKRMRh+i1qsko3Nbb073xf4+T7aHCb+62D/VYm"
    "SFp4WeIS52v5/ASgPxK7Q0kFjsKpKQcavNCeu4jLZo57ecZA/gLnsdNNH/zYHLNa3gKJL5"
    "SMrIrEftWQ/ZP2tfbAFW8YgdTxdZ/mmpdjwAvaos9GCwaJeoXjJiUjH170zE5UIMZEfDtp"
    "h2eLJSRbWraGGqSyG9RALtUEav3uQl7dxLFFLSyF0+IbsrhTELRPyMSEC6F8LuhcxVD/Zw"
    "OF+m+8I11NV036W5/gptus8OOKm+xN1hWZrPNNc0fhoNrHKoV9VWUAeXl59//ubpSwgCeY"
    "D9lFxktmVO5dL6sH4/CId8V2Agy3PpEVUEH/wVlD3t28Tn3CE2lw7cR0MjP8/BwIY/U/uS"
    "dq9YGg/QiUWZ2fkKjP0zwVD3Z/2Xh13onyKmDfUwUk1Ak1kVD9bKZKJMJrZiB+xoWkkmEw"
    "9R61WSiffwSVmpzkok8ZKU6V3hgPpTL93IbHU4N8tMNBF8I4EewvvmqEpvADKqODd7lOsP"
    "YNl4bbnbEA7ykj3EvP4lHYdxRU905CV7CHj9m3TgJ4kmxzNivYB6H8GrXJjleeIBM2hhmx"
    "sLCO4My+IAdjxmcwgAgUShwp+IK7wkVtySrgrgz/Nr0qkmBhwZEhJyh74fDjD559E2iCfN"
    "qfTVwAfwOcDpqpJF/N8NfScNRwmaJcnekzIwIF1EGRiQWm9VYKDQ1i/cRYtt/AbTSW9avZ"
    "VK0vazelHUnFFN06fCcBJ3xSy/nKQk+lUpC4TRwtBhkPysDHZaTCJdAenIy9+OHCaZSE1V"
    "UrHZbibG804KSaXUrpRHqN4j4lyKESnTUlIt9T8r3nIJHVd0D8uIScXUrhjael2lC9+BnC"
    "BKsWayclI1tatG0o5bpgzyK1zVMIV1kpSTqqldNX79DcXgtVApVkxaSqqldrUkgv45tZT2"
    "N00L7rGxaRi972xf0yDfozAfe1kcfSquvVU4geznxgnzyWaEsl9ey8n5FfvlPU9GfrpYsE"
    "RzLiHv3xiW5eNxNKRKOp6NjmtgxagM6R82foCsYNYFwfxWNe/BdMRNum85jeS8y9R2RzaW"
    "jiY5ZWr7ELVeJbXdwXrnuq0uXEE3cHAxG328PQVM9g5dj68uJle/KaPr69n06+jyFFgQ0T"
    "aPiv+eUs075N9jtc2Dd9cdmo0/frmhl2y48Bx65XY8+zy5GrEa6C601wbyWy+Ozs/H135l"
    "dE2DFrt2MT6/nFzRa7TfioG2K5d+VIXveVTM9zzK8T1N+CDGGY8EenA8uXlCPnJX5pPiqK"
    "ZqPwlYK3lB6WRyfHqGjkKeOxE/PiUkYS2GVRVp+5IWkrByYHVV21WoJcS3sYqS4kmpMvuq"
    "ewiXcUPIWzUXy1YdwRxpQkRGsWuPYhPDSIOOI3wyJyvXO0Oi/lM5IWRGYIxzY6qbEc+Ibw"
    "V8dg9p0ZHVD1WKsX4oLsb6IVeMNfQIFBuuVfs+j3nxiSiOaA8W+r4L+lg2hMglhoXnFNT1"
    "KVv1edlalvxzGybNl8g1EPWHt2QmFcnLV3Dtr2Adaoa+VdwuLSk7cLUnTJePzsbPkchjmJ"
    "Zqx8PXq8p+QWjQFqvmmxRqh1J6tSM6T8S+3WZDTAnK/bDN+6GmIp12KoW0v5SF0XZvwOJZ"
    "pPa7on1Rp4wnK70yYa/Md6tEQ5lpqUMOZUp2nGTH9Z4dl0iDEnhsQ+WdDjgLRD/+MYOmWu"
    "CshMw3NMdkKPl1n4MJe4T/j0bJhHnkeMxCLr4lNMNovLJOCmwkHU4RBJ5lYpWYXCCeBRD0"
    "PNrp51dWKndhmJCW3oVhBV1KH6Q38PwbJI6S49ICu4MM6rVPLgmKkqDYkb2lo1Q1SVA8RK"
    "1XISjeE0j5GZ/N9MRQts0FYgaTC+V8NLs4BYauaORFdYcuJteX08+jU6Ab5CW2Vilz8LfZ"
    "eEx5gwRZeIfORld/BFJzFd0Hcp/HF5NzSmZcQ53YbeYdmt5+Gs9OAWZvrWorqeHWlvSlq9"
    "A/RKtL5gSlzy7ss5OPd4n542PGfaYK3poZuR5A3zRrwDH+DZX5k8srtHFmLIs5dCm5/Xn2"
    "r5s1BT8cHb19++7o9duT98e/vHt3/P51ZBPmb5UZh2eT36h9mNIDh2e3Uo+OT0SWeCzRu8"
    "VdPzuAekbEy1TuIYfQXNYFOiXW5rfyllAfHR9XIecfHxez8+m9Hxm71/dktzJ8U6I9tHy7"
    "a+nmHRwbWqaq8QrNlBYESIrtsRxAdKWz9QDYcVWx4HtSRIbdN4fdo2PIOwbcoxPPHYO3aq"
    "g9ua7adAT9NuDxnWPPduCAEzHOjBiWRYsjVqAWD67SMI6Npl3aWHTWXv7kgHAqoKmuauIl"
    "hdRVl7Qz26PhrtjIuMQjMFziOz9AE1u8cvFNfIKMGcuYcUc2qY5GD2XM+BC1XiVmLHoaqd"
    "5TSC06DdPAwQDDNYWwjQR66O431V/swdB5VnPp4a5IRsavNi7iFTX3OF5JcVn2SGLLiuyt"
    "ismWEdVqqMfu2ULFJILhvVu2x2+q1JIgowoXLruXPewTf7McxsXJs4xYD7Ded+os3Upwu0"
    "4Dsag89FGuoO3qqark9z1wjJNN5VRjOVlNtTx6mov0PU9UauTphnuJlwNOPCq6NyyLRKl0"
    "lGIGwzbGoP5cYeBiT1vR4M/K0FbAgraDkWoCGnAYkosQARXRu0/5AJO4+OboUaqnoOMxym"
    "KUoA//9oND6m59BelTlvgsAhS2a5hWKPxVljLvWQRsL6lyGSc7nIiJjJMdotarxMmirbyq"
    "rxYJ9DCY8/51BXft/etCb43e+pGFV7S7obZ/F63Dwcis2VOZiJSR6yHY9ReyTNuUolDvUH"
    "qn3UDXv6r9djhCEYZIoh2BhX6V+BA2iXprCnXX9PEt3paEL87DCgR/wKcBJ4SRuj8sC2PE"
    "tQwCTm21g5eR2E8OC0AAIj0Ejzb5IKiD+RPjtqxVx4U2vQX+uof3ZAf/i3/ScuvZ7tAduo"
    "BkMvxEeTaGC16Qp8HxbPiSjL+HDoAP0H4CGraefG6O6qY+TTOsFbRd+N11gIeonU6BGQKq"
    "Js9y7pCBNNPToX7KvkNwGZhQfYDkiuEAhiTAHvloHVomfvqbP2hIz4o6f8MWfTxpaOPVWn"
    "8peT2S19Ol7bqjnquMVxyi1ivxeqLXndBWmhWrh7jdg101ccqWvZJFHLtYoodOXf3nXgNz"
    "KI9wcdI+ISIT9uIJe9+w3LIwalpWFoNrz0uhXZ4cQRUidwY1bKdtfe6AYakv5w9V7HhsNW"
    "fOl6M9hQyH9dq7h5ZLXSfk55VNWpiHnVnQbfURFThx28wifSHpC3Xl/d5Nq1j6Qoeo9Sq+"
    "kONzbsQ8obRQQx2aurejHlC1odn4fDqjvQ9pD0NqaBB079D1bHo+vrlhl4NGMez6x9H5WD"
    "n/Mr6hn65BRfN8/urz+1NLW0Wu8FH5hNQeqZ7PY8fXeFDewqahPSX73Vc+mJKTbPPT0Zpo"
    "gWGJgOyP7kGMoOnMOmsCRDw5xLGUSg6opKR6B3MjNWtk0rw3oZbWBuCf+x3QbOWUCLM8zs"
    "LVU86Tc3UM5qoVVLJrrE1VVCL8r7BraHBQxvkIhgyr0T5QPLpCIZU1sevJNwQuBmpMpKDU"
    "hzDox+rQvPwVkBkwcFb4EYVFsdcGMn4mX4lXPqWWeSkb5JayNLD+BCg6DrsfTTcERNRw0x"
    "W7o0os15MJeKArb5vjM/lC94l4mDzjIs+4yDhpy60XGSc9RK1XiZMWR/QKeA0diOK15kyA"
    "DnXPEi0DmxLqXcmdRmrCyKo7TSNMrU7RkvRJmV7gvG+OjrZSEYJC1WISIv2LxFUJeB4VBz"
    "yPcgFP+lrfwt5JiEnqU3tsm7xJK5sIyiaCLY/L7d5EsMnI3ATNsYf0C2ga9KjRgBOZyw4Z"
    "lkXmDH8w/YHx6AqRuQsC9a1q3oNQELxYO8uJDrDNOHjuRH8JHiFY0ZNLQYYe6r8CYkkzdK"
    "EDVBsC3caUMsyL0TXwCTXT/2T8S8a/nn1b62gkRMa/DlHrleJfYsGZ3oZlTqqUdyGjSlg6"
    "uQIvMrZYc2yxJcc6pp47x98/+1lNnk2YHlBqEWI2VFknxoplah2IiBn2aBuuC6OsqUO+D+"
    "1QgRy/ZBBQg2zpSkVUzD8p7zmQNqbYkLKt6QNESxa6qusxqBD87pJXiwvXlisTrtLglAZn"
    "B0wPaXAeotarGJwyJ7ifjFVXkicdM0HT6RPNsAxBunhKqIcwN8IXt9Qn2qk0j3Nx0buEiK"
    "x6V56a3aLqXWyeb3MULpbeY5LWIn4MhVBMA4Pr8ZV/Hi6Qv0M34RUnceWW/eneoYvx6OIU"
    "6NBfes9/VijwnDi6ulmrplmcAkzI9abP+NujdyeRZ0P/KPNlbj6PLi/zp92y/qig7coR76"
    "EB212DNe+nmKrjKtC2ebWwi9k/aakekFH2zf5h1U7En6+EmCSntPmxIlNRbARMulhCWnS1"
    "WHQtiad/VA0T6r/j+YATS49vDsvi6As2TPkWjKsQQydD/Ti1LwoW2AZLjPVfwacZa7bjV3"
    "fFtkMsOxrShnQeekNTEbCha7PStWte+LzWuSWPQoa1+2YfdjTAKcPah6j1KmFtsuMLVkiN"
    "JfoX0G6CTRHaXyIYJ2WacsGeD+YGWhLZS6HepeH4dtjjvWpYSr4Nr49sedAuEuoTXb+OoJ"
    "1w+OYZIjc9OrlF1jU2H4TrryXF9liALbrSqQpsLXHeR5ZxTrakc+yxMx75hrvJ+8PSpruW"
    "oWhkKFkQ4diNbvwn/AjwghLT6AGGT4ZNK4KY1OXGCMaHGkbXE8pco9fWGLkr8OIMGt9oVx"
    "lqSQ8BfLV8BY5eH538/OboZd6hb+xTOK79PwdM1ofKGPzvLq7+ofj5smKy9OWkBy+1vpMH"
    "H227VZ3LSKAXJmLatSzbNkP78F2hY/ku51eSN5kAssHwHuLaDNWP2CIcV7Gk3mIwvje8jn"
    "pPdD+PIX0DCX52oR2dvF1qRjtsoKgRTb7WE6AJVlpYj1qwGk1f+XMxZlNo2S6M76ywHtKJ"
    "1AuiB/UeArpcgGmsDbfAeq53eq7Z7E9Gb/vS0nSWpnNLXwndNKKk6XyIWq9iOsdbb1ULL5"
    "booZFXf14meKPlAC7jcsQyfUoG7IXSkXiLhVZUVdM6HC9N6xaZ1ueqacz9Tt3XNiabn2oO"
    "OCY2b1ipqa3FAoqVlNhoct94yyV0WIlqaCxXrsPIX5bqOMTOpWawjde077iGicH8K2BVkl"
    "i42Xzy++3Rw9afZmBF3in0ro0foJM3vZv7GNnbT5rbXXlzdNPwkub2IWq9irk9Vx1Y3G2r"
    "cCvNivXJLKytw1/wnszDWkyCSoi0gwfV+XMJ6aO/jqNQYyWvko8mVgvWekoqo5UFFevgUi"
    "9B/mL65exyDK5n4/PJzSTQQrRlsZv0UkwhmY1Hl1mK1IOhw+C0btWln5SRa7/2tX/Ip6xH"
    "19ez6dfxxWnod+h3aDb+fXx+S6/Z8BvUgladz3/GOjSh50JFTdJSPTgh2nQUjPaL0oVhTk"
    "tJmCvDLO5UpCXl8dv2+BB51zGI9WzhR3AkG2oV3mlPouhEUCGuhQeCDtczy8WPU/ByPALR"
    "IvvBueKOQfsjXDobiuvHK6pNRfUv4BovbdVaGdq1jRcGgzgXjOeMGpbF4vV4PI3FRwIVTo"
    "JHPSR/csCSJSaHYG7Y7go8QZX8tw2XrMQp0oGjrTA2gWtA+xSMxjc//3b+GVDTnY5Sg8j5"
    "nB3ezgXjm/qgO7RQDRtBh0b3VfPJMRzwIgza/w2o+tpAQ6B6OvH99JdDgCDZuamso2H63W"
    "iJf1tF9+Q/ZWhfhva7tBF2NMgrQ/uHqPUqoX22CQj2mUvK9MC93fdZRQd7Ni/qWUJeiiT2"
    "CDf8rvmlWfdxfL/2AFmm+3plonparB6/qPPGwk6sGo5S8hqZIniLyT8Vvajz5EydUkdVTy"
    "q7Eiv4Uzv5SPSM6dTn5Qw4zlHydqlXtCIDFZwYudEd+pMS8+dQow0e8IJx8ukkp7Tp15xR"
    "nYbAhciziawJ1QfqQLygo2z8CCziWCQ6unEOA9Q/vXRXpLsiDVfprkitP4O7Qn63q5r3iu"
    "dAW7D+FU92K3t6cx7h+Uo0nVTp2XxS3LP5JNezmb4tiXHBSdjQx4wPdVKm7AHrXtKmjBND"
    "no8slyi0MfjrdDOlIjVBF1kV16ObG8qfoPwoyqggHjIZQ6/A7y6NSJNrH0eTS3rFr12ate"
    "Cex4G04dIzVdtwhNd+XvKQnwATLlxBABMih40cc0b8Hy/wmsvK9SBC1/TDHkJG7CaHQCUY"
    "DuVL9wB2GRjtX2DUeSJmxjZeU0pQMq3a4yMVMK38iJVY+DsvKAPgogHwhAlJgES88rZnge"
    "DHP2bQLLLug8DrNbQX2F5T52DG5utgPKIo5v2jLFmQWIs7pwtG6bk6tXyrJgzyz27TKYPP"
    "tByZ+TSDFra5FYTSA4ZlaYO1PzTMHBBbKpLZmEC4pe2hXZU5nCBkJg3Bg2oauuE+MXaTbh"
    "sLF/izhmmAoGSmuiR775IsB4dxnDgphCY+QCYRZBKhI9t3R8PJMolwiFqvkkSwoG1godRB"
    "LNG71hk1F96cY51zWKr4QGc4Xh7mLA+nbHGYUzWhLXawPJZohzo631+jJeWI8k4kx1rnep"
    "rFFrsVD1fsePxGa514bSAhC3xZajKrjJjDWtdhfxDZc8GLqIj9pzcc23z36bi1PRMMpmDv"
    "l8U9pXkuDTVpnkut9988f27dNp3uVOd+AqtySjkU6CG8VcrjFxfHz5XGf1BNT6xyUCQhqw"
    "ZVqRoURoiFzKy0kDztvvm0e8IAzqxk0RPvmaMDHYO5avolvcLadPp9Bh8M+DiDBE6Hm6ZJ"
    "DxiWOX02G6rYibGCx90DUeaWEQ/NW7P243RW5rMhQC2DNV0fgDIGHWdNezW8uJ5cX4KR7R"
    "LX7ZeXpzkvsIHPuENk4KcZcFXnHnjINUzgEAWzVhImJlLAcCtmcv4ziFWVKJKV8EyoAPxu"
    "ERuKFjiJdBooKliZ4XM1YIMJ6uyPH9IRlY5oK7bKjrok0hE9RK1XcUT9bP4WBavygrJeVb"
    "5e1XZsW8my3ZVl270an9iCSBD+wfR6fHUKqOQduiD7wynQMcrVSHqGCAExOYn/BOE2R9h4"
    "sj14BJo+wsbafHt8KmHZTpOU6gHM+95pmJ8kXKQ2KdQD0JsunhrgtYU/khSUhP722KEdIP"
    "T3wBItiX2WUs+F4587ks/b8Rg1Qz/fX6tbv/DkOUYLg0t+SQ8Ylra79YdSSMKxlUgvgTfo"
    "U1O+4flPTlQP05/K8xt7EUOVbLiIjeU20eKTYOqdnkuKCSrghm5tlhGTCnPGlWANR9E824"
    "ZIhjnbtQMOZZjzgAJeMsx5iFqvEuYUj2/Knl6yp1frudeyp9czsHMSxl4O6TOMTaiiAsMs"
    "JZgBe04km8I6tNr2i/XZdHqZWuVnk2xA7cvns/HsxZuXacyL0igiIbZYonfxtaPj4woBNj"
    "KqMMLG7v3Ihl9YPzDBSGZGrHdY1x/LlB1sGo1ryQ42Xe1gM4K2oa0GnMBVcGdYFrFS4zGb"
    "IlXFeMqCBe2K0BR6bcUvpGK3rQ9E/qZe/YKv/J6i++Z1lbc9GVV8DuV1PneJkct1FYr95I"
    "TI/v3k5/HL+nEa+cf/BxFTces="
)
