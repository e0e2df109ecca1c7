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
    "eJztXW1z2za2/isYfWk6o2YdpXYS587OyLbSqLUtX9lJ9971DkuTkMSIAlm+2NHu7X+/AP"
    "hOghQhkRJJYWYnW5M4IPUcEDgvDw7+01sZKtTt11fQlC1nBZHTOwf/6SF5BfF/MO72QU82"
    "zegeueDITzptribbPdmOJSukx5ms27BPGtiKpZmOZiDSfgiuNDR/kPUliERfE1nVULAwvl"
    "nczEXany6UHGMOnQW0cON//gtf1pAKv0M7+NNcSjMN6mrip2kq6YBel5y1Sa+NkfOJNiRv"
    "8CQphu6uUNTYXDsLA4WtNe9nziGCluxA0r1jueRnIlfXfUyCX+69adTEe8WYjApnsqsTsI"
    "i09wLRtZ4k3U4epPvRgyT1MkAGEjHQ/EuKgYgS8Kva9NfPySv8NHjz87uf3789+/k9bkJf"
    "M7zy7i/v0REwniCF5/ah9xe9Lzuy14JiHIGqWJAgIclOFtwrfMfRVpCNcFIyhbTqi74O/i"
    "ONe4ByEfDBhQj5aFTuA3r8A9UJ0te+ygtwfhjfjO4fhjd35HEr2/5Tp/gNH0bkzoBeXaeu"
    "vjr7kVw38AfnfYthJ+D38cNnQP4E/zu5HVF4DduZW/SJUbuH/+2Rd5Jdx5CQ8SLJamx0Bl"
    "cD1HDLSOuuqW6p9aSk0HpTtB5gFFO7//aR1lX8ux08J2PQTEdiTacX2jx3RmVJb55fy2i8"
    "CRPsh8Hg7dt3g5O3Z+9Pf3737vT9STjTZm8VTbkX41/IrJvQcTANR6qg/5+B/3IhW2zwg/"
    "YpwPEPaeMntpK/SzrEw2mB/3wzeF8A59fh9PLzcPoKt0p9OLf+rYF3L4kvtjmwxcEc47kD"
    "PCGz1cj2x21jcK7AdiDW2GzJNB08vLIAfzIsqM3Rb3BNcR7jd5KRwhq+TGO1XRj/FYyi4G"
    "r0ipb8ElqxycGFIcA/HDoUBPwG4PbL9XWPYv0kK8sX2VKlHNCVhaaruCvG3O1LfvptCnWZ"
    "/o6jQjzx/eMhN5vthtF90EUH4flmPNm7ofOr8dQhbMiXZwyM2BeX+Bazt1aDVfqKjOQ5/U"
    "nk2eRJwTgy8Wc2haZhOdcaWvYY3nq6Sb/IZbdJY8mirSU9aF7Cc6ffBFjB1RO0frCB1wMg"
    "PQBnITtgIdvAxhM3VIFtrKCBINDQOYCysgC2i/+hTV8Ma2kDA0/oLLe/lmeImIGIGbTFtG"
    "2n9yhiBseo9XIxgzm0GRrPd1UjiWqc1cNOpQlX9eznEp7q2c+5jiq5lfRT4XdTw8ra4qNK"
    "Su7no9on8u39hrypM+M453t3tVqf1Ith2ZyBe1NgaYZNSliXns0HjBk29CBQXNvB9h2xAQ"
    "1r3geaio1WDb+zCp7WUXLItaE1VlmG5K7dCZtR2IzCehA2o9D6AfNMZD5mxuCLrMesrLAj"
    "N9qR+FdihPigjstsBfHm6F6XIBYpuxrBdTRH50I3FNgfvL1eS8G1DB0ywv2/3k9u2eCGAu"
    "l1V1Mc8H9A1+yt8vylQP6vmYsUgiB4cjXd0ZD9mjzv73WBXwA2ASix5AYgv7oZ/iON/+X1"
    "5CK9lpIOLlLK0LDLjn/fM2O0XxgYdxnlOBpxuZRenrBgXQoJpvD9Qn8xmVwnoL8YpzgVt1"
    "9uLkbTV2+oHnAjzcmhWkQERD46QEZOUAI2UgKSdFJBC9hIC8gMsh2oAX4MSBLJ3fzEt/GC"
    "BEJ7TX9fGisTD2ekrG/IhR4jFJlu0i8KSiphY2kVtt4Yn/ydJJ9lQAwbgCBU7XPwgmejBV"
    "YdUDX8/dm4oQ1M3SVJa9tdQfx/f7qaBcm3aWcjlFV0KGKUIkbZFv+vndEqEaM8Rq2XiVEe"
    "NprToFhkLfTr+JtlQH6A33NdroRYB0I7RV/M6B8PxdGF8IO5ntz+EjRPhxxSoZ6YjcEV8U"
    "nJNSPwQx7b6sAPBwkgnj4JzMfdfJSroJ8WrjyCxdwwNy4aTKzdxvGRVrDZONFso882QRDI"
    "tg3x/1QQuX19AF/PX4NH90z5MHt0P5y8kR/d9+/P3uN/Z0+4nxfNWWDXzHPHAJ5HNBUCzb"
    "EBfaWsK1fjcxge3j+ZHqyC/6P3L+H9Ce+vibNxS/0A4f0do9bLeH90us3oO9/7C9qLXL4g"
    "ShwWXOFZH8iz9sw8RlpTN+Qc0CORFN4zIlMX4m9en+wf8qvJl4vrEbibji7H92Pfew5nfH"
    "qTXIry9NPR8DqFcNou5kvX50hXU6Hi0JNKvVl7lkOyY+6ekdJrGeZlM/g54y6Rx78c3l8O"
    "r0bl0vg6fPYd5+3jGlP3ydKUa9JTh6CvNcBBQkGM0IYfIcoPanzzG2zeIoOAYUIEsCmr0T"
    "AnjR+QeEE0hLzQQR9gNdi0jQ0dICMV2LIuW2vwhP+bsVumyp5FUlqEJVoyT7TUQRVhiWPU"
    "epmwRBtY8O1OTC/w2FEMl8VPzV2pEjL78yfeNHrBSpRaclyGvUpG7Qi5q4zHkAA3kq5rCG"
    "eMgR4xljjDEr2r6fDTwzlQLXnmPKLJ3ej2nBpdj+hu+OV+dHUOTNm1ofqILq8n9G9FN/Df"
    "aWOt1Mg/KzPw0/NUbNyfpYe9ojlrrnin374DcSIRkOtoQM6UbZvUv2IsmAUxuYTUPsNyZy"
    "dtjctRi0VWn4P5m2PTUlp0j/uWwiut3bhEwbPgN6gwrJXNsEeSAnUO1OF3Exv0hKUiKS60"
    "JYgIHqxayUUaKOhFaINDGzMIVRLfk7SVaRnPlKCIvSeHdyIq7EdohEMjxmwGLUk2KYwWF8"
    "mUIdoMnmmnNhh7AV2JBHR5lJMSa4ZiWk8AbmZ+s2GE1qojEmLHd43gLjTyOMnLo7Gr++RH"
    "0liyAmTGIvuCeLGNiwhIs5AGiU/JhpzTAkNSACxKQVRNJClbCiIzT1SAb8fOOkhDG58bS6"
    "CaXKYEvJvgZS7rJXBuBO+spZiXoZ2xUY8vZxUg/t9+d/eww3MzwwTYoVCPbJq6plAK3448"
    "v2HUU11uedd4fsF47THIfuG9fhHj7894q1K7GAOJn55ktASaA1fsXYg57QQlT1DyWvJJt5"
    "ScJSh5x6j1UpQ8oqaMvstxmwLZJpPzsOly/UnCc950cvXl8mE8uT0HNtRnEtatZaguDcg/"
    "oovR5+HX8eTLdHh9Dp7gQn7WDNeS9Ud0P374MiRy5I6tOS61Rsidh9Hl59vxJbnuQGWBsK"
    "GCr34dXn8Z3Z+DZ1l3vSKzvByet4MSHJ63g1wOD7mVqj4MvzM+6nzyTtC+yYptLG/HWWho"
    "KZGZTmJYv7nGSVpsf0TMt3XxdqoOccrIfsH+Nze0Gbk9klzftwVcCzrykpy3pOvGC4sPcr"
    "/Ct3IxZoh3hkr8dvDuLISX/FGE7P3N8PqakbPTZjNNwW/H4KkWI5uU3B+og+aDSop64XUW"
    "YuNEmluGa7ItmRwKE0t4fyTturL+tfOBgyJHEikawcWPYYg2g4bRKX4M/uUrU5ctyVv2uD"
    "TEkhUqqlxFM4OskpJrSg7F2+H7jnLEhaIqVxS1ZqQQb0Ywu5CmnJUWVMwNVMxMxr1MwoFm"
    "LfC3sGO2IZbqGePe2uvrFpeVzF0XuDIztJPuZMT2kpMhOcSCtIyfYtycmQlSm+WKMlgqtK"
    "AK8G+F1rMGXwBeMhBYySokx49mczKM0wC270bkdkRupyWTZ0uj/CK3c4xaL5PbEWcAiDMA"
    "OrIxeiu3QNRPz3cChLvUAGeAwlbsEATIlnMKqBdc0jMAyPBMdzlRNO0c/z3TsDKiq4aFr6"
    "mW/AJmlrEC2OqPxc4BjZ0zXIbq+2dWm0/7REGROFFtXvgZzZx1WmpxCj/jGLVexs8Ip9yM"
    "zosz23G5LtUxriK1HS5r223lE8WhG7xRsosIF+yUPOiGnKZhXdWOnLDkNmtoV4jyMUDMgH"
    "eK18Tp+PKhaMNTnU5ivMA5w0FM1T/Pdw4t2lDSw5Yl/MIY/VlfY29MWRgk8UP78Py5kMgD"
    "XtEzxN78dPqjX5QbqWS/FvbozIUl25CVS6rhAUzPMHEcm4eA8AmFT9jIOaul3oHwCY9R62"
    "V8wnDF4XEIQ6EumdVVeIP4J7LQzE/lhQKd2MJT9/4okco70F6p0Jrj4r8mpQTttVgtW9Be"
    "I6I+X325lFiXZvHaykjFnZQdffYuHojeT1eRSo0x3nPI6nTaL2U8MRFztMdw2aOb/SKHXU"
    "k0K+Gtm9Cy8UREaq6sMcAfAYbQwTKAuGHAQMTDtoGimdgvJvt6gam7NljCNfa4F7K9YLvo"
    "FfUq2J/CA2/JBNRSX0x44Meo9bLsTwkihcejicsId4b/yBYMGDfmCSEBOjfocCVrOi/oCS"
    "EB+pYjnVh6PFGppNRWsG/m2h6OZl79ZntvmPLCnJQSMG+EWVMhcjRnzY10RlCAvRHslWwv"
    "sUlJ5wIerNNyHZi1a49r44c7sr6UXDun3H4+3CxZMbo3ju4INpQXPy2DOcqNogrQs6Dbhm"
    "spkAQPyblLci5vMh/5/B5qgv+A+bNadsM9aZazkNZQZtSTL076JiU7dPJEFYlfAostwe8m"
    "tDTIPJ+y4CxQlvCWR4I2DOECIKs4EXShzRfQdvB7zy3IZaRkJTtnpojTm1u0MkLCkdwm8p"
    "sQrCDw254JpOFx3mx4X3W9QxKg9MT1GaXlOvc5VT9TRZAZM05uRFayQ6ZObeyIGGoM04f7"
    "9Jx4cr1dQJfmR2TH2Q4nueCpytYwHlLY7Y41AzqogcQEgad1d7UrSFPaSUcREocDcYBF7k"
    "IisNtH5/UyhYphqV2CqtYdWN5HyNp8FX6eBfuuojalTlCyoAK1Z6gCTxDMNB0CPFeCl4Xs"
    "AGcBgYl9eWiF9fY0h33E0rYdCaaWYGq1ZDpoKWdHMLWOUetlmFq2gx87h9IScvnvKbEO7v"
    "QZnJ6W8OBxq1wXnt5LFV/HK6LEWxoxISSQLoc04YyT454pUBxgp+U6F5iqIQOq/ZuE8dj+"
    "uTbPNceScvvbsFPzqUgfBoO3b98NTt6evT/9+d270/cnoX2WvVVkqF2MfyG2WkIP2SydvZ"
    "AHp2dcc3cosbcTZ1qc36cui8pNrE1IdWAS2TfJ03sQfokZ4bmxks8FZ5QwZJuxU5M8tjM7"
    "NT1nXiKkFeYewgIubkayA19I3YQ625Edl7HEFhnpgcQe4fVmvrYm2aBlGRY9IowH6KRU58"
    "ZyfaS5hYwQX3GJrOQe4Q45kk+G09ppxH1aaQ4J1/Bl7NNynRvl709KQP3+JBdqcivFNoeO"
    "zGO3BO2FrVK5rRJubedjTqTFBG1iI20iUURAcCY2cSbSI4y3psThk9stAb7WhG0cMUbWNg"
    "VofupWTjUsUYMjHEBhwQwwMyxgIAi+GU8fgebYAH9nc+hVziCG0xzawFlYhjtf0Kwsfgby"
    "qmED+iasohx1PYZZPTMxh+DuM7Uz/9OLFEMa+B8PfYEeaQu/m3g1sOm34CvP14k/aoIh36"
    "ON8avRP+iawezawM6qrOuSreBJrJ5HrGRHWdT5AIz/0u+/T7PhFT7Fgz7QgeTpn6YEd3mI"
    "yPuLvH8jVpWWZoBF3v8YtV4u7+/P11n/f4TcVcZATwcW5/sOdQXkMk6PtDcdXY7GX0dX5y"
    "E97RHdX05Ho1tyDTeF+G3xtfHt1/EDuaShZ83xrjyMpl/Ho9/Ht7+cR2fP4gGDe/hycTN+"
    "oO3DwAjpdzL1eiVFxfHfnyfTh+vxvdduYVgOceLJneno19Hlg/dW36BCr00+fRpNpbvR7R"
    "V9oDGbQUsyIVLpE727w7u76YT+Gu82NsYs4zmSvhpdXo9vo/sqVHSN/j7sE0+GU79r9GRg"
    "m5f2+3lMX3mh0Tcm4+5qOvz99pyWPCcHY6FHNPrHndcKr+OkXdo+LJXlLxNEHOQHEQfZIG"
    "La0uCcvljyYhJryiRWZukSYeSSH1/1YeS4s5LBvWBfcEpObAkusSXYwwzPvbqMwthA6aAy"
    "S1hEmCuPMCcDBDyfREZSfBQlPopkMKM02EkxgXQZpKFirFbYDs2Ze/JX2axk57KG1VMQFp"
    "akkIA0ifwuOUvJsGS7V0TmQxnMP+Rj/iFbBeKA6cHG+QsVn3kYxZ9LohoJCDwZeHqb6/gg"
    "TciIJHZjk9hNG7vVZrFTs0IF2P7q9dJRVGPZx414Rpt+d4S0awUA0qAmpsIdylMsNLIHjk"
    "Gh42Fa3JMQ5Oeop44M5MTIpPH0Kmgp47CjrkJlBznyHXHyMxX3XnddRcuCpmHtWp9iSjvp"
    "KkQ0CbQjQhPSR1cBQoajKZUVFrqlvXUJqzpJc4nFj8GaSy+O+bQ5L5MXW5FLFz4xLBWqPn"
    "HNywRiCctY9YFj9MHLgv6zJv9AlFv0hLuTzQVPEtyqGCvQt1v2Sasq2sLbMWbVXrbuCv6V"
    "SGIL/lWXtV6Gf0XWB2knElayhwZH+QUFq7MULDy+dxrDcfkmV7YRQ7izQxh7CQbj3Ij8HG"
    "so0OQBu2Vmtfo9sHgFt/lOto8kOkAW2HfZFH4jsrPGY3uNxayPkI0AlEz8ZgVFTn1z+je1"
    "DXPHjFo3a0X3U3m17Ejj3cpcZ6wxljtiRBqTmaX8OKOWbLd5dy7y7cBwr2wMpT61jYAMVO"
    "zkEvPqI90li/9rCRTZsjRo45s2HmpQBY6xZAUg63gAZ3AyKjIUPGbXTZ+pnaXZgeU/Umws"
    "bdJ02heBzSMKcYnA5jFqvUxgky4knLTluEw1Tt9hp9O6z3mNLbScX1ZKtIOfVns/pewMWl"
    "TysdQu7QOUf/QijZzxlF4Yrwwjlfej24dzQM6OeUSTOy/OaphelPVycnN3PaKBT8VYmcTH"
    "wFdvxvf35NJKs23aanh7Obq+pq0IQLq+XcyxhkMn+TesHmanal1hsbp3p/rRd84Sh0mpzs"
    "FcfXB3YW1zuntSqnMwV7/ey44DVyZjrS8+3Domtr+g35u6MK7uXGsLrsgvsGyJrC5ZVPP3"
    "Umclm7GRmjyvMxupCbTbVPOIxMSRwU02aj0jbgsNJwSFjpus49Aq3ybkl5IVmm6ypj1naw"
    "s1JwSFjpus45mh68YLVpZrbqHorLTQdpO1bVrwWTNcm49okJISe8xZfoepywqNL/Du3k8L"
    "Cniz8AqOjODIdJ4j04C9wg2bRg6ydXGI7BdKjcmW+vfu9Aur/EdtNlKIHhYwqr3/gw08We"
    "AYlO2DDO8gdXq2ui4zGEJbyDNL8tvR+CBCEtU2/Ql+lDFdol8wbATDphETREu5FoJhc4xa"
    "L8OwSc6/PBmhpGSXrNwq8kIizVYpnPjH2NTSdeB3Bqj5G4Aygh1IEe97H5BmS17cTXJNho"
    "dgGDqUUY7JlRJNof+EZeuCP7yyXw1cTCbXCQ1cjNMQf7m5GE1fvaHqiIrlZgf9Kvfk2M18"
    "rUC2yfsKe1/HV6PJOXjWVGg8ouGXqzH+S3ZVDf9FhiZer/yvlpueUoadkk9O4TkuuevcuS"
    "9315Ohd801dUOOXyV0OO8i4cgNb4fX/3NPW2JfV1/btKV3lbT0LpKWt6PR1b00HZGtzFih"
    "EKq2RGK+8OURfRqOKc1uJmuN4diRYShBpPCsPHEZsehwLzorqGqytIRcpLuEUAdAT+1XPz"
    "0ts2H99DR/xzq5x8LZXsiD0zN+qCO5zqFdPfXOg+xp7TBrxBVUxkoJ7s8zOKnXM9hLiazY"
    "VgfX8sLlDPgLTnlIiolTHkqc8hB6XfbCeEFbhJSYHYhUf3MCSdn4oZcMICV4rO3CiMwOhM"
    "5boHPsKuyi8bi40HeT9e0sNLSUdtgyyOxA6LzJOvc/0h2Uzu5BaL3JWrddE1o2VCGriG9R"
    "xDcpKOK9HPFe/EDkvR5hoMw0a7XVqlrQjfjmmvzNhU4PF6slJSXYnNkPy+cb8eGaFOpSfr"
    "suFmeM1rUjg7PDp470UzTO5DDbfDZT8LlXgPJ/x7pq1wRRFtzU3LjDCU1elmtHguwX2kn3"
    "xnRqZ4KNH7ojUkMvf2hPaWddgqpOJnFm2mSWJ8xOrUVFCv3WUmxyL3cgiq05DkaIMIJlFN"
    "WqPqf8YFrFmbKE+4BgBDFsuJkKTMsgJpXNPh+lgj53Pi5FFAxsoFXSB4LOfDzEVkFnPkat"
    "l6Ezt5CohQwnyHn1+BTeo/cehlNavCzWDzkoQrqbTn6Zju7vyTkRUrAE5h0TMfo6vP4yfK"
    "DcLfgs667sUPIWqzhaemU+DCWLrPNZPeeX2wnaiyI7iU+5iiI7imtZpGAOYvJViwnvadnO"
    "cFsq2UTgJU524QGnutjjvEZZvbwzWmsYwSp81hQoKQuoLHmmobRcM6Yj8tjOTEdkpsfuKj"
    "NzVUCyS4h1ZhraN8WuSdWEmxm0bKGZnfWu/PiKZBq6pqylZ2ixI/8FNWhze+gck7h649c7"
    "Jxi/geTDyJjqipL0TPntcvXt+cgqzNRjd0ohgb+tFcDuQGigtAZmMrGiXGhvqQCmvGCrcG"
    "jAx23LsoxJWbHYN3mx357SLbjcLdJyEA3cRs8pWaHpJmtaFLerl24WnezHB29GTnD5ROXA"
    "A1YOZI/pCmBOHpHZrvFcFuTMx7wD+cwL4u9MqQoKBXZkWKfS/YKfdxjSWRI0BuMsg2o+3c"
    "zTIh/XbAiUhYuWUO0DQj1ckb78oiSEJ0bPsfXqVPrFtX6wQRj/YpyCu1N3j+gRXRJ5G8gW"
    "BLaDp0YV2FDW8f+9gugZ6oYJAUSKtaa/4EfgkkNgwB/+AP7bf2nq3/E/ZAD9/Q9809F0wm"
    "57RP47BGl4+yP4g76pX4PhD7CE0LQBlJUFwIrFxh9+JtaY93vwW9KcE/5FwDaAjN/ZpOSm"
    "R0TvA81OSmkq/nGGg710fU1ZdIRi97IwMBozTSfVP+8/D3/CDyaStGssJDu0GUTqVqf/Jq"
    "jQOZVB+3ui3RWc7NXNoyWrOjhNEPGOh5IliHjHqPUyRDxRV1TUFW0Hois8d3hocNgACaEm"
    "11jc0hiovviVYziyvk3xq5Rgl4bv3sk5io69ElXathAWW15UxCpREct31bR/M6aZfHJsQq"
    "hLI7/Cc5AUqD3T44y4Z5asrKD9bTezIFLrNMfayzf0EkKdgb6yoR2P7mRhzacYp+WaQTHu"
    "1I6HFm4zIgfecsLfm9yNbs8BkXxEX4fX4yt/h9CzrJMjgBI7hKINQukSzo9oeDHx9ijJT0"
    "a4z+ngJEpoWYaF1ZK3uYL9dSWlOsdVrd7wF8f3Hg2vxNtrxEcpicsIC1cUL6oVV1G86LDF"
    "i6LDCncl6nSNzJBGNjEv8h7sWWe6P1WZh5Hvz9buKTq90msrWVHjjRn/3xd+ntk/UMSywc"
    "xwkQo0FMvP9/FFy//bawb8TUbZpH8lPTKPuowdz+nLhFudxCGXoipMI+eolqYlRTL6GLVe"
    "JhmdmXozus/391myHUz4VcX+KRcjy90tdIC42HI/gZUa4ldoriG+2FUoIeJWmxPWURlt3p"
    "PfMpIdgLtoOajj/DcbzlekgiNP5iMuI7IelWc9xPlZ+2IL0IpHdHs6z/BPSjXjA+hUZaFn"
    "jUa7ePWSEhOKqX5mwi4XoiDbimHxaYclK1RUuYpmujzn0kso0AxldGolLzjOvUAhBQe5iy"
    "9kd6VQZgGPnxEKCPeC270QuereHjbni3RfMIbamu671ldfoUXm2R4j1Re72y9K8+n6isRP"
    "w4ZlNvXKygKq4Pr65qdvrjqHwJcHhpeSC8221K5cUh/WOw/Cxu8KNGS6DtmiiuCzN4LSu3"
    "3reM4jon2pwHnRFPzzbANY8CdiX5LTK+baM7QjUWp2vgYjb08wVL1e/3QNB3q7iMmBegaS"
    "dUCSWSU31opkokgmNmIGbGlaSSQTj1HrZZKJS7iWFrK94Em8xGU6Vzig+tRLOzJbLc7NUh"
    "ONB99QoIPwvhmUORsAt8rPzQ4y5wOYlrEynW0IB1nJDmJe/ZCOwri8Ozqykh0EvPpJ2veT"
    "eJPjKbFOQL2P4FUmzHKYeMAUmobFjAX4d/pFcQArarM5BIBArFDhD9gVnmMrbk5GBfD6+R"
    "h3qrEBh5sEhNy+54cDA//zYmnYk2ZU+qrhAWwOcLKqZB7/d8O5k5ot+YclibMnRWBAuIgi"
    "MCC03qjAQK6tnzuL5tv4NaaT3jR6KhWk7YN6UcSckXXdo8IwEnf5LL+MpCD6lSkLZKCZpk"
    "I/+Vka7KSYQLoE0qGXvx05TDCR6qqkYtHZjI/nHRcSSqlcKS9QXiLsXPIRKZNSQi3Vfyvu"
    "fA5th3cOS4kJxVSuGHL0ukwGvg0ZQZR8zaTlhGoqV42gHTdMGfhXOLKmc+skLidUU7lqvP"
    "obksY6QiVfMUkpoZbK1RIL+mfUUni+aVJwjwebBtH71p5rKk7HEwe4NZ0tXvIAt8OkiCez"
    "Gc18ZjLE3o1+UYLYCJuUyQ/T1lFRpgiVPvnDMp4hreB0hTF/kPUlmAyZWeAtuxEkbJFrbc"
    "nE0tKsm8i1HqPWy+RaW1iAW7XkmcPpl/SupsNPD+eAyj6iu9Ht1fj2F2l4dzedfB1enwMT"
    "InLuoOStU7L+iLx7tNi2v3Y9ouno05d7csmCM9cmVx5G05vx7ZAW5XagtdKQdxbg8PJydO"
    "eV6lYUaNJrV6PL6/EtuUYOANHQdvW7B2UIiIN8AuIgQ0DU4TMfiTkU6MB+2foZ4shZ6GvJ"
    "lnXZWnNYK1lBcYo1o6gzRUfC3x0HtEkhAWs+rDLPOSRJIQErA1ZHthyJWEJsGysvSxuXKr"
    "Kv2odwEVkBr6qZ4KpscybtYiIirFp5WBUbRgq0be6tImm5zhkS1W8TCSDTfGOcGVPdjHhK"
    "fCvg03NIg/ZQfihTHfRDfnXQD5nqoIFHIFlwJVvLLOb5W3QYoh0Y6PuuMGNaECIHGxaunV"
    "NopmjUZ2UrGfKHNkzqr9mqIeIPb0mVyZMXS3DlS7AKFU3dKm6XlBRHQjUnTJeNzkbfEc9n"
    "mJRqxsfXqVJzfmjQ4isvGxdqhlI6NSPaa2zfbjMhJgTFfNjk+VCRkUqOzoTkwCPTQNutgP"
    "m9CO23Rfu8ThlLVnhl3F6Z51bxhjKTUsccyhTsOMGO6zw7LpYGxfBYmsyiq1/4op9+m0Jd"
    "znFWAuYbejJwU/zrbvwOO4T/X7WSCbPIsZiFTHwLaIZhe2kVF9hIOpwgCFxTN2RscoGoF4"
    "DRc8nRMx9p7daZpkNSCxYGJV0JfZDcMJ6+Qewo2Q6p+NpLoV5554KgKAiKLZlbWkpVEwTF"
    "Y9R6GYLiEkPKzvhspicGsk2uWNIbX0mXw+nVOdBUScEL1SO6Gt9dT26G50DV8CK2kglz8J"
    "fpaER4gxhZ+Iguhre/+VJPMlr6cjejq/ElITOuoIrtNv0RTR4+j6bnwKCrVrmRVPNZi2TR"
    "lcgfvOUOM4LCZ+f22fHjHWz+eJgxv6mcVTMl1wHo62YN2Nq/ofS0dliVHy60eT6HLiG3P8"
    "/+pF5T8MNg8Pbtu8HJ27P3pz+/e3f6/iS0CbO3iozDi/EvxD5M6IHBs1vIg9MzniEeSXRu"
    "cFfPDiCeEfYypSVkEJqLjiVOiDV5Vd4S6sHpaRly/ulpPjuf3PsrZfd6nuxWhm9CtIOWb3"
    "st3ayDY0FTlxVW5ZPCHepxsT3uTw+vtHaDOt2uyhd8j4uIsPvmsHu4DXnHgHu447ll8JYN"
    "tcfHVZO2oD/4PL5Lw7Vs2GNEjFMt+kXR4pAVqESNy5xgRluTY8NodNaa/2CDoCugyI6sG3"
    "MCqSPPyVFhL5qzoC2jmoNAc7Dv/Ax1w2TVL6/jCSJmLGLGLZmkWho9FDHjY9R6mZgx726k"
    "anchNWg3TA0bAzRH58I2FOigu1/XgVfPmsqymgs3d4UyIn61cRAviLnH8Ery64SHEluWCG"
    "9UTLaIqFZBgXDX4iom4Tfv3LA9fVOmlgRulTtw6b30Zp/ozTIY5yfPUmIdwHrfqbPk2Xbb"
    "lb6PRMWmj2IFbVfgU8a/75lhnGyq7xnJifKexdHTTKTvMFGpoatqzrUx7zHiUeG9flEkSi"
    "atJN1vtjEG9fvCAI7h0gPuXxaaskgeJd/HFyECMiJ319kAE7/45uhR4pA726WUxTBBH/zt"
    "BYfk3Q66I19Z7FkYKMOqoFuu8FdRyrxjEbC9pMpFnOx4IiYiTnaMWi8TJwun8rK+WijQwW"
    "DO+5MS7tr7k1xvjdz6Kw0v73F7yv5dtBYHI9NmT2kiUkqug2BXX8gyaVPyQr1D6Z1mA139"
    "qPbOZ+GKMIQSzQgsdKvEB7dJ1FlTqL2mj2fxNiR8cRlUIPgNrnuMEEbifr8ojBHVMvA5te"
    "U2XoZiP9g0AAGwdB+8WPhBUAVPa8ptWcm2Ay1yC/yxhEs8g//B3mm5dW+P6BFdQdyZsSY8"
    "G80Br/DXYLsW/BG3X0IbwGdorYFimGuPmyM7iacpmrmAlgO/OzZwEbHTCTB9QNTkmvYj0p"
    "CiuypUz+k7+JeBDuVniK9oNqBIAsPFj1ahqRvrv3mN+mSvqP03wySfJwltvF6pPwpej+D1"
    "tGm6bqnnKuIVx6j1UryecLnjmkrTYtUQtzswq8Z22dIlmcexiyQ66NRVv+/VN4eyCOcn7W"
    "MiImHPn7D3DMstC6MmZUUxuOYsCs3y5DCqEDlTqBhW0tZnNugX+nJeU8mK2pZz5jw5cqaQ"
    "ZtOz9pbQdIjrhLy8sk4K89A9C6olv6AcJ26bXoQvJHyhtqzv7bSKhS90jFov4wvZHueGzx"
    "NKCtV0QlP7ZtQjqjY0HV1OpuTsQ3KGITE0MLqP6G46uRzd39PL/kEx9Pqn4eVIuvwyuidP"
    "V6CkuB5/9fD+1NySkcO9VT4mtUeq52Hs+Ao3ypuGrilriZSs5yQ0ZCWb/HU0JlqgmTwge6"
    "07ECOoO7NODwHCnhxiWEoFG1QSUp2DuZaaNSJp3plQS2MD8IdeA+qtnBJilsWZu3rKZbyv"
    "lsFctoJKeow1qYpKiP+t4WgK7BVxPvwm/XK0DxS1LlFIZYXtevyGwDGAHBEpCPUhCPrROj"
    "Q/fgS4BwPYC+MFBUWxVxrSfsKvxCqfUkm/hA3yQFgahroGBB2b3g+76wMsqjnJit1hJZa7"
    "8Rg8k5G3zfaZbKH7WDxM7HERe1xEnLTh1ouIkx6j1svESfMjejm8hhZE8RqzJ0CFqmvylo"
    "FNCHWu5E4tNWFE1Z26ESZWJ29J+rhMJ3DeN0dHWcgIQa5qMTGR7kXiygQ8B/kBz0Em4EmW"
    "9S3snZiYoD41x7bJmrTiEEFxiGDD43K7HyJYZ2RujJ4MF6lXUNfIVqMeIzKXbtIvisxpXm"
    "PyA6PWJSJzVxjqB1lfgkAQvFrZ87EKDIty8Jyx+iN4gWBBdi75GXqofgTYkqboQhvIFgSq"
    "ZRDKMCtGV8MTKqb/ifiXiH8dfFpraSRExL+OUeul4l98wZnOhmXOypR3wa0KWDqZAi8itl"
    "hxbLEh2zomrvNkfL/xsposmzDZoNAiNGhTaRVry5eptSHCZtiLpTkODLOmNn4fckIFsr2S"
    "QUD2s6ULGRExb6e8a0NyMMWGlG1FD+AtWejIjkuhQvC7g5cWB65MRyRchcEpDM4WmB7C4D"
    "xGrZcxOEVOcD8Zq7YkT1pmgibTJ4pmapx08YRQB2GuhS9uymtyUmkW5/yidzERUfWuODW7"
    "RdW7yDzfZitcJL3HJK2J/RgCIZ8GenejW28/nC//iO6DK3bsygP903lEV6Ph1TlQoTf0Dr"
    "9XyPecGLq6X8m6np8CjMl15pzxt4N3Z6FnQ/4o8mXub4bX19ndbml/lNN2ZYh30IBtr8Ga"
    "9VN02XYkaFmsWtj57J+kVAfIKPtm/9BqJ/zfV0xMkFOa/Fnhrgg2HCZdJCEsukosuobE0z"
    "/Jmg7VX42nHiOWHt3sF8XRZ7SZ9M1vVyKGjpt6cWpPFMwMC8wNQ/0IPk/pYTtedVfDsrFl"
    "R0LakPRDbigyAhZ0LFq6dsUKn1fat+BRiLB21+zDlgY4RVj7GLVeJqyNZ3zOCqmRRPcC2n"
    "WwKQL7iwfjuExdLtjhYK7hSCJrznV2adC+GfZ4pw4sxW/DOke2OGgXCnWJrl9F0I47fHOA"
    "yE2Hdm7hcW3oz9z11+JieyzAFl5pVQW2hjjvQ1O7xFPSpeHSPR7ZA3fj9/uFh+6amqTgpn"
    "hABG03uvGfjRdgzAgxjWxg+KxZpCKITlxuA8FoU8PwbkyYa+TaykDOAry6gNo3cqoMsaT7"
    "AL6evwaDk8HZT28GP2Yd+tqewnDt/9mjsh5UWu9fu7j6x+Lni4rJwpcTHrzQ+k4efDjtln"
    "UuQ4FOmIhJ17Jo2gzsw3e5juW7jF+JVzIOZP3mHcS1HqoftkUYrmJBvUW/fWd4HdXu6D6M"
    "IX0PMX5Wrh0dv11oRtu0Ia8RjV9rDUiClRTWIxasQtJXXl+U2RRYtjPtOy2sh1Qs9QrrQV"
    "5CQIYL0LWV5uRYz9V2zzSbvc7IbU9amM7CdG7oktBOI0qYzseo9TKmczT1lrXwIokOGnnV"
    "52X8FS0DcBGXI5LpUjJgL5SO2CoWWFFlTeugvTCtG2RaD6GlKYseKzrt3Sk0qOWozSZTOh"
    "9ccRZes8zTLQ6r6fYpNfWc82FynVTjN+8gum9OSjFiTgoYMScZqwA/0WHuPswnbMRE9s/Z"
    "OEyCuxts6b/+H36xXg0="
)
