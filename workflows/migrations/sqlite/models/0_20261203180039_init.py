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
    "mUIdoMnmmnNhh7AV2JBHR5lJMSa4ZiWk8AFtzsVqhGQ894wpMcR5cWhsua1fLzGAxRsVM8"
    "u27gfqH1rMEXiQZGtil5mNNFBTHuhmHf3pB2NpPRHFZHw5Rc9Qcm6lzUCO5CI4+TPPYAu6"
    "ZZfv6AJStAZrgWL4gX27iIgDQLaUD3kGzIOS0wJAXAogBO1fS5sgVwMvNEBfh27ISXNLTx"
    "ubEEqsllSsC7CV7msl4C50awbVuKeRmyLRv1+HJWAeL/7Xd3Dzs8NzNMgB3Kk8mmqWsKJS"
    "7vyG4eRj3VFfHqGrs5GK89BsU5vNcv4jn/GW9Vau92IPHTk4yWQHPgir33OqedICILInJL"
    "PumWUlIFEfkYtV6KiEzUlNF3OUZnINtkSjI2Xa4/SXjOm06uvlw+jCe358CG+kzCurUM1a"
    "W5rkd0Mfo8/DqefJkOr8/BE1zIz5rhWrL+iO7HD1+GRI7csTXHpdYIufMwuvx8O74k1x2o"
    "LBA2VPDVr8PrL6P7c/As665XWpuXufh2UIK5+HaQy1wkt1I11+F3xkedT1kM2jdZsY1lKz"
    "oLDS0lMtNJPNnFtNj+6Odv62IrVh3ilJH9gv1vbmgzcnuk9r9vC7gWdOQlybTquvHCYsHd"
    "r/CtXIwZ4p3ZQPF28O4shJf8UYTs/c3w+pqRs9NmM03Bb8dg5xcjm5TcH6iD5oNK6DJ4nY"
    "XYOJHmluGabEsmh7jJEt7f1pReXfDWvQsiKO0mkVI5XPQmhmgzGE6dYgXiX74yddmSvGWP"
    "S0MsWaGiylU0M8gqKbmm5FC8Hb7vKEdcKKpyRVFrRgrxZgSzCzdnZKUFAX0DAT2TcS+TcK"
    "BZC/wt7JhtiKV6xri39vq6xcV0c9cFrswM7aQ7GbG95GRIDrEgLeOnGDdnZoLUZrlSNJYK"
    "LaiCkFML8JKBwEpWITl0OZuTYZyBsn03IrcjcjstmTxbGuUXuZ1j1HqZ3I44+UScfNKRch"
    "BbuQXi1Ih8J0C4Sw1wBihsxQ5BgGw5p4B6wSU9A4AMz3SXE6Uiz/HfMw0rI7pqWPiaaskv"
    "YGYZK4Ct/ljsHNDYOcNlqL5/5hkbaZ8oKI0pztgQfkYzZ52WWpzCzzhGrZfxM8IpN6Pz4s"
    "x2XK5L1durSG2Hy9p2W/lESfwGb5TsIsIFOyUPuiGnaVhXtSMnPGiANbQrRPkYIGbAO8Vr"
    "4nR8+VC04alOJzF+rAPDQUyd+pDvHFq0oaSHLUv4hTH6s77G3piyMEjih/bh+XMhkQe8oi"
    "cnvvnp9Ef/KAKkkv1a2KMzF5ZsQ1YuqYYHMD3DxCGUHgLCJxQ+YSPnrJZ6B8InPEatl/EJ"
    "wxWHxyEMhbpkVlfhDeKfyEIzP5UXCnRiC0/d+6NEKu9Ae6VCa46L/5qUErTXYrVsQXuNiP"
    "p89eVSYl2axWsrIxV3Unb02a/ifbUM5tJVpFJjjPf0xTqd9ksZT0zEHO0xXPboZr/IYVcS"
    "zUp46ya0bDwRkZorawzwR4AhdLAMIG4YMBDxsG2gaCb2i8m+XmDqrg2WcI097oVsL9guek"
    "W9Cvan8MBbMgG11BcTHvgxar0s+1OCSOHxaOIywp3hP6gKA8aNeUJIgM4NOlzJms4LekJI"
    "gL7lSCeWHk9UKim1FeybubaHo5lXv9neG6a8MCelBMwbYdZUiBzNWXMjnREUYG8EeyXbS2"
    "xS0rmAB+u0XAdm7drj2vjhjqwvJdfOKbefDzdLVozujaM7gg3lxU/LYI5yo6gC9CzotuFa"
    "CiTBQ3LanJzLm8xHPr+HmuA/YP6slt1wT5rlLKQ1lBn15IuTvknJDp08UUXil8BiS/C7CS"
    "0NMk/lLTgBmSW85UHIDUO4AMgqzkFeaPMFtB383nMLchkpWcnOmSnizPoWrYyQcCS3ifwm"
    "BMW5e82J82bD+6rrHZIApSeuzygt17nPqfqZKoLMmHFyI7KSHTJ1amNHxFBjmD7cp+fEk+"
    "vtAro0PyI7znY4yQVPVbaG8ZDCbnesGdBBDSQmCDytu6tdQZrSTjqKkDgciAMscpd9iDjX"
    "R+f1MoWKYaldgqrWHVjeR8jafBV+ngX7rqI2pU5QsqACtWeoAk8QzDQdAjxXgpeF7ABnAY"
    "GJfXlohfX2NId9xNK2HQmmlmBqtWQ6aClnRzC1jlHrZZhatoMfO4fSEnL57ymxDu70GZye"
    "lvDgcatcF57eSxVfxyuixFsaMSEkkC6HNOGMk+OeKVAcYKflOheYqiEDqv2bhPHY/rk2zz"
    "XHknL727BT86lIHwaDt2/fDU7enr0//fndu9P3J6F9lr1VZKhdjH8htlpCD9ksnb2QB6dn"
    "XHN3KLG3E2danN+nLovKTaxNSHVgEtk3ydN7EH6JGeG5sZLPBWeUMGSbsVOTPLYzOzU9Z1"
    "4ipBXmHsICLm5GsgNfSN2EOtuRHZexxBYZ6YHEHuH1Zr62JtmgZRkWPSKMB+ikVOfGcn2k"
    "uYWMEF9xiazkHuEOOZJPhtPaacR9WmkOCdfwZezTcp0b5e9PSkD9/iQXanIrxTaHjsxjtw"
    "Ttha1Sua0Sbm3nY06kxQRtYiNtIlFEQHAmNnEm0iOMt6bE4ZPbLQG+1oRtHDFG1jYFaH7q"
    "Vk41LFGDIxxAYcEMMDMsYCAIvhlPH4Hm2AB/Z3PoVc4ghtMc2sBZWIY7X9CsLH4G8qphA/"
    "omrKIcdT2GWT0zMYfg7jO1M//TixRDGvgfD32BHmkLv5t4NbDpt+Arz9eJP2qCId+jjfGr"
    "0T/omsHs2sDOqqzrkq3gSayeR6xkR1nU+QCM/9Lvv0+z4RU+xYM+0IHk6Z+mBHd5iMj7i7"
    "x/I1aVlmaARd7/GLVeLu/vz9dZ/3+E3FXGQE8HFuf7DnUF5DJOj7Q3HV2Oxl9HV+chPe0R"
    "3V9OR6Nbcg03hfht8bXx7dfxA7mkoWfN8a48jKZfx6Pfx7e/nEdnz+IBg3v4cnEzfqDtw8"
    "AI6Xcy9XolRcXx358n04fr8b3XbmFYDnHiyZ3p6NfR5YP3Vt+gQq9NPn0aTaW70e0VfaAx"
    "m0FLMiFS6RO9u8O7u+mE/hrvNjbGLOM5kr4aXV6Pb6P7KlR0jf4+7BNPhlO/a/RkYJuX9v"
    "t5TF95odE3JuPuajr8/facljwnB2OhRzT6x53XCq/jpF3aPiyV5S8TRBzkBxEH2SBi2tLg"
    "nL5Y8mISa8okVmbpEmHkkh9f9WHkuLOSwb1gX3BKTmwJLrEl2MMMz726jMLYQOmgMktYRJ"
    "grjzAnAwQ8n0RGUnwUJT6KZDCjNNhJMYF0GaShYqxW2A7NmXvyV9msZOeyhtVTEBaWpJCA"
    "NIn8LjlLybBku1dE5kMZzD/kY/4hWwXigOnBxvkLFZ95GMWfS6IaCQg8GXh6m+v4IE3IiC"
    "R2Y5PYTRu71WaxU7NCBdj+6vXSUVRj2ceNeEabfneEtGsFANKgJqbCHcpTLDSyB45BoeNh"
    "WtyTEOTnqKeODOTEyKTx9CpoKeOwo65CZQc58h1x8jMV9153XUXLgqZh7VqfYko76SpENA"
    "m0I0IT0kdXAUKGoymVFRa6pb11Cas6SXOJxY/Bmksvjvm0OS+TF1uRSxc+MSwVqj5xzcsE"
    "YgnLWPWBY/TBy4L+syb/QJRb9IS7k80FTxLcqhgr0Ldb9kmrKtrC2zFm1V627gr+lUhiC/"
    "5Vl7Vehn9F1gdpJxJWsocGR/kFBauzFCw8vncaw3H5Jle2EUO4s0MYewkG49yI/BxrKNDk"
    "AbtlZrX6PbB4Bbf5TraPJDpAFth32RR+I7KzxmN7jcWsj5CNAJRM/GYFRU59c/o3tQ1zx4"
    "xaN2tF91N5texI493KXGesMZY7YkQak5ml/Dijlmy3eXcu8u3AcK9sDKU+tY2ADFTs5BLz"
    "6iPdJYv/awkU2bI0aOObNh5qUAWOsWQFIOt4AGdwMioyFDxm102fqZ2l2YHlP1JsLG3SdN"
    "oXgc0jCnGJwOYxar1MYJMuJJy05bhMNU7fYafTus95jS20nF9WSrSDn1Z7P6XsDFpU8rHU"
    "Lu0DlH/0Io2c8ZReGK8MI5X3o9uHc0DOjnlEkzsvzmqYXpT1cnJzdz2igU/FWJnEx8BXb8"
    "b39+TSSrNt2mp4ezm6vqatCEC6vl3MsYZDJ/k3rB5mp2pdYbG6d6f60XfOEodJqc7BXH1w"
    "d2Ftc7p7UqpzMFe/3suOA1cmY60vPtw6Jra/oN+bujCu7lxrC67IL7BsiawuWVTz91JnJZ"
    "uxkZo8rzMbqQm021TziMTEkcFNNmo9I24LDScEhY6brOPQKt8m5JeSFZpusqY9Z2sLNScE"
    "hY6brOOZoevGC1aWa26h6Ky00HaTtW1a8FkzXJuPaJCSEnvMWX6HqcsKjS/w7t5PCwp4s/"
    "AKjozgyHSeI9OAvcINm0YOsnVxiOwXSo3Jlvr37vQLq/xHbTZSiB4WMKq9/4MNPFngGJTt"
    "gwzvIHV6trouMxhCW8gzS/Lb0fggQhLVNv0JfpQxXaJfMGwEw6YRE0RLuRaCYXOMWi/DsE"
    "nOvzwZoaRkl6zcKvJCIs1WKZz4x9jU0nXgdwao+RuAMoIdSBHvex+QZkte3E1yTYaHYBg6"
    "lFGOyZUSTaH/hGXrgj+8sl8NXEwm1wkNXIzTEH+5uRhNX72h6oiK5WYH/Sr35NjNfK1Ats"
    "n7Cntfx1ejyTl41lRoPKLhl6sx/kt2VQ3/RYYmXq/8r5abnlKGnZJPTuE5Lrnr3Lkvd9eT"
    "oXfNNXVDjl8ldDjvIuHIDW+H1/9zT1tiX1df27Sld5W09C6Slrej0dW9NB2RrcxYoRCqtk"
    "RivvDlEX0ajinNbiZrjeHYkWEoQaTwrDxxGbHocC86K6hqsrSEXKS7hFAHQE/tVz89LbNh"
    "/fQ0f8c6ucfC2V7Ig9Mzfqgjuc6hXT31zoPsae0wa8QVVMZKCe7PMzip1zPYS4ms2FYH1/"
    "LC5Qz4C055SIqJUx5KnPIQel32wnhBW4SUmB2IVH9zAknZ+KGXDCAleKztwojMDoTOW6Bz"
    "7CrsovG4uNB3k/XtLDS0lHbYMsjsQOi8yTr3P9IdlM7uQWi9yVq3XRNaNlQhq4hvUcQ3KS"
    "jivRzxXvxA5L0eYaDMNGu11apa0I345pr8zYVODxerJSUl2JzZD8vnG/HhmhTqUn67LhZn"
    "jNa1I4Ozw6eO9FM0zuQw23w2U/C5V4Dyf8e6atcEURbc1Ny4wwlNXpZrR4LsF9pJ98Z0am"
    "eCjR+6I1JDL39oT2lnXYKqTiZxZtpklifMTq1FRQr91lJsci93IIqtOQ5GiDCCZRTVqj6n"
    "/GBaxZmyhPuAYAQxbLiZCkzLICaVzT4fpYI+dz4uRRQMbKBV0geCznw8xFZBZz5GrZehM7"
    "eQqIUMJ8h59fgU3qP3HoZTWrws1g85KEK6m05+mY7u78k5EVKwBOYdEzH6Orz+Mnyg3C34"
    "LOuu7FDyFqs4WnplPgwli6zzWT3nl9sJ2osiO4lPuYoiO4prWaRgDmLyVYsJ72nZznBbKt"
    "lE4CVOduEBp7rY47xGWb28M1prGMEqfNYUKCkLqCx5pqG0XDOmI/LYzkxHZKbH7iozc1VA"
    "skuIdWYa2jfFrknVhJsZtGyhmZ31rvz4imQauqaspWdosSP/BTVoc3voHJO4euPXOycYv4"
    "Hkw8iY6oqS9Ez57XL17fnIKszUY3dKIYG/rRXA7kBooLQGZjKxolxob6kAprxgq3BowMdt"
    "y7KMSVmx2Dd5sd+e0i243C3SchAN3EbPKVmh6SZrWhS3q5duFp3sxwdvRk5w+UTlwANWDm"
    "SP6QpgTh6R2a7xXBbkzMe8A/nMC+LvTKkKCgV2ZFin0v2Cn3cY0lkSNAbjLINqPt3M0yIf"
    "12wIlIWLllDtA0I9XJG+/KIkhCdGz7H16lT6xbV+sEEY/2KcgrtTd4/oEV0SeRvIFgS2g6"
    "dGFdhQ1vH/vYLoGeqGCQFEirWmv+BH4JJDYMAf/gD+239p6t/xP2QA/f0PfNPRdMJue0T+"
    "OwRpePsj+IO+qV+D4Q+whNC0AZSVBcCKxcYffibWmPd78FvSnBP+RcA2gIzf2aTkpkdE7w"
    "PNTkppKv5xhoO9dH1NWXSEYveyMDAaM00n1T/vPw9/wg8mkrRrLCQ7tBlE6lan/yao0DmV"
    "Qft7ot0VnOzVzaMlqzo4TRDxjoeSJYh4x6j1MkQ8UVdU1BVtB6IrPHd4aHDYAAmhJtdY3N"
    "IYqL74lWM4sr5N8auUYJeG797JOYqOvRJV2rYQFlteVMQqURHLd9W0fzOmmXxybEKoSyO/"
    "wnOQFKg90+OMuGeWrKyg/W03syBS6zTH2ss39BJCnYG+sqEdj+5kYc2nGKflmkEx7tSOhx"
    "ZuMyIH3nLC35vcjW7PAZF8RF+H1+Mrf4fQs6yTI4ASO4SiDULpEs6PaHgx8fYoyU9GuM/p"
    "4CRKaFmGhdWSt7mC/XUlpTrHVa3e8BfH9x4Nr8Tba8RHKYnLCAtXFC+qFVdRvOiwxYuiww"
    "p3Jep0jcyQRjYxL/Ie7Flnuj9VmYeR78/W7ik6vdJrK1lR440Z/98Xfp7ZP1DEssHMcJEK"
    "NBTLz/fxRcv/22sG/E1G2aR/JT0yj7qMHc/py4RbncQhl6IqTCPnqJamJUUy+hi1XiYZnZ"
    "l6M7rP9/dZsh1M+FXF/ikXI8vdLXSAuNhyP4GVGuJXaK4hvthVKCHiVpsT1lEZbd6T3zKS"
    "HYC7aDmo4/w3G85XpIIjT+YjLiOyHpVnPcT5WftiC9CKR3R7Os/wT0o14wPoVGWhZ41Gu3"
    "j1khITiql+ZsIuF6Ig24ph8WmHJStUVLmKZro859JLKNAMZXRqJS84zr1AIQUHuYsvZHel"
    "UGYBj58RCgj3gtu9ELnq3h4254t0XzCG2pruu9ZXX6FF5tkeI9UXu9svSvPp+orET8OGZT"
    "b1ysoCquD6+uanb646h8CXB4aXkgvNttSuXFIf1jsPwsbvCjRkug7ZoorgszeC0rt963jO"
    "I6J9qcB50RT882wDWPAnYl+S0yvm2jO0I1Fqdr4GI29PMFS9Xv90DQd6u4jJgXoGknVAkl"
    "klN9aKZKJIJjZiBmxpWkkkE49R62WSiUu4lhayveBJvMRlOlc4oPrUSzsyWy3OzVITjQff"
    "UKCD8L4ZlDkbALfKz80OMucDmJaxMp1tCAdZyQ5iXv2QjsK4vDs6spIdBLz6Sdr3k3iT4y"
    "mxTkC9j+BVJsxymHjAFJqGxYwF+Hf6RXEAK2qzOQSAQKxQ4Q/YFZ5jK25ORgXw+vkYd6qx"
    "AYebBITcvueHAwP/82Jp2JNmVPqq4QFsDnCyqmQe/3fDuZOaLfmHJYmzJ0VgQLiIIjAgtN"
    "6owECurZ87i+bb+DWmk940eioVpO2DelHEnJF13aPCMBJ3+Sy/jKQg+pUpC2SgmaZCP/lZ"
    "GuykmEC6BNKhl78dOUwwkeqqpGLR2YyP5x0XEkqpXCkvUF4i7FzyESmTUkIt1X8r7nwObY"
    "d3DkuJCcVUrhhy9LpMBr4NGUGUfM2k5YRqKleNoB03TBn4VziypnPrJC4nVFO5arz6G5LG"
    "OkIlXzFJKaGWytUSC/pn1FJ4vmlScI8HmwbR+9aeaypOxxMHuDWdLV7yALfDpIgnsxnNfG"
    "YyxN6NflGC2AiblMkP09ZRUaYIlT75wzKeIa3gdIUxf5D1JZgMmVngLbsRJGyRa23JxNLS"
    "rJvItR6j1svkWltYgFu15JnD6Zf0rqbDTw/ngMo+orvR7dX49hdpeHc3nXwdXp8DEyJy7q"
    "DkrVOy/oi8e7TYtr92PaLp6NOXe3LJgjPXJlceRtOb8e2QFuV2oLXSkHcW4PDycnTnlepW"
    "FGjSa1ejy+vxLblGDgDR0Hb1uwdlCIiDfALiIENA1OEzH4k5FOjAftn6GeLIWehryZZ12V"
    "pzWCtZQXGKNaOoM0VHwt8dB7RJIQFrPqwyzzkkSSEBKwNWR7YciVhCbBsrL0sblyqyr9qH"
    "cBFZAa+qmeCqbHMm7WIiIqxaeVgVG0YKtG3urSJpuc4ZEtVvEwkg03xjnBlT3Yx4Snwr4N"
    "NzSIP2UH4oUx30Q3510A+Z6qCBRyBZcCVbyyzm+Vt0GKIdGOj7rjBjWhAiBxsWrp1TaKZo"
    "1GdlKxnyhzZM6q/ZqiHiD29JlcmTF0tw5UuwChVN3Spul5QUR0I1J0yXjc5G3xHPZ5iUas"
    "bH16lSc35o0OIrLxsXaoZSOjUj2mts324zISYExXzY5PlQkZFKjs6E5MAj00DbrYD5vQjt"
    "t0X7vE4ZS1Z4ZdxemedW8YYyk1LHHMoU7DjBjus8Oy6WBsXwWJrMoqtf+KKffptCXc5xVg"
    "LmG3oycFP86278DjuE/1+1kgmzyLGYhUx8C2iGYXtpFRfYSDqcIAhcUzdkbHKBqBeA0XPJ"
    "0TMfae3WmaZDUgsWBiVdCX2Q3DCevkHsKNkOqfjaS6FeeeeCoCgIii2ZW1pKVRMExWPUeh"
    "mC4hJDys74bKYnBrJNrljSG19Jl8Pp1TnQVEnBC9UjuhrfXU9uhudA1fAitpIJc/CX6WhE"
    "eIMYWfiILoa3v/lSTzJa+nI3o6vxJSEzrqCK7Tb9EU0ePo+m58Cgq1a5kVTzWYtk0ZXIH7"
    "zlDjOCwmfn9tnx4x1s/niYMb+pnFUzJdcB6OtmDdjav6H0tHZYlR8utHk+hy4htz/P/qRe"
    "U/DDYPD27bvByduz96c/v3t3+v4ktAmzt4qMw4vxL8Q+TOiBwbNbyIPTM54hHkl0bnBXzw"
    "4gnhH2MqUlZBCai44lTog1eVXeEurB6WkZcv7paT47n9z7K2X3ep7sVoZvQrSDlm97Ld2s"
    "g2NBU5cVVuWTwh3qcbE97k8Pr7R2gzrdrsoXfI+LiLD75rB7uA15x4B7uOO5ZfCWDbXHx1"
    "WTtqA/+Dy+S8O1bNhjRIxTLfpF0eKQFahEjcucYEZbk2PDaHTWmv9gg6AroMiOrBtzAqkj"
    "z8lRYS+as6Ato5qDQHOw7/wMdcNk1S+v4wkiZixixi2ZpFoaPRQx42PUepmYMe9upGp3IT"
    "VoN0wNGwM0R+fCNhTooLtf14FXz5rKspoLN3eFMiJ+tXEQL4i5x/BK8uuEhxJblghvVEy2"
    "iKhWQYFw1+IqJuE379ywPX1TppYEbpU7cOm99Gaf6M0yGOcnz1JiHcB636mz5Nl225W+j0"
    "TFpo9iBW1X4FPGv++ZYZxsqu8ZyYnynsXR00yk7zBRqaGras61Me8x4lHhvX5RJEomrSTd"
    "b7YxBvX7wgCO4dID7l8WmrJIHiXfxxchAjIid9fZABO/+OboUeKQO9ullMUwQR/87QWH5N"
    "0OuiNfWexZGCjDqqBbrvBXUcq8YxGwvaTKRZzseCImIk52jFovEycLp/Kyvloo0MFgzvuT"
    "Eu7a+5Ncb43c+isNL+9xe8r+XbQWByPTZk9pIlJKroNgV1/IMmlT8kK9Q+mdZgNd/aj2zm"
    "fhijCEEs0ILHSrxAe3SdRZU6i9po9n8TYkfHEZVCD4Da57jBBG4n6/KIwR1TLwObXlNl6G"
    "Yj/YNAABsHQfvFj4QVAFT2vKbVnJtgMtcgv8sYRLPIP/wd5puXVvj+gRXUHcmbEmPBvNAa"
    "/w12C7FvwRt19CG8BnaK2BYphrj5sjO4mnKZq5gJYDvzs2cBGx0wkwfUDU5Jr2I9KQorsq"
    "VM/pO/iXgQ7lZ4ivaDagSALDxY9Woakb6795jfpkr6j9N8MknycJbbxeqT8KXo/g9bRpum"
    "6p5yriFceo9VK8nnC545pK02LVELc7MKvGdtnSJZnHsYskOujUVb/v1TeHsgjnJ+1jIiJh"
    "z5+w9wzLLQujJmVFMbjmLArN8uQwqhA5U6gYVtLWZzboF/pyXlPJitqWc+Y8OXKmkGbTs/"
    "aW0HSI64S8vLJOCvPQPQuqJb+gHCdum16ELyR8obas7+20ioUvdIxaL+ML2R7nhs8TSgrV"
    "dEJT+2bUI6o2NB1dTqbk7ENyhiExNDC6j+huOrkc3d/Ty/5BMfT6p+HlSLr8MronT1egpL"
    "gef/Xw/tTckpHDvVU+JrVHqudh7PgKN8qbhq4pa4mUrOckNGQlm/x1NCZaoJk8IHutOxAj"
    "qDuzTg8Bwp4cYlhKBRtUElKdg7mWmjUiad6ZUEtjA/CHXgPqrZwSYpbFmbt6ymW8r5bBXL"
    "aCSnqMNamKSoj/reFoCuwVcT78Jv1ytA8UtS5RSGWF7Xr8hsAxgBwRKQj1IQj60To0P34E"
    "uAcD2AvjBQVFsVca0n7Cr8Qqn1JJv4QN8kBYGoa6BgQdm94Pu+sDLKo5yYrdYSWWu/EYPJ"
    "ORt832mWyh+1g8TOxxEXtcRJy04daLiJMeo9bLxEnzI3o5vIYWRPEasydAhapr8paBTQh1"
    "ruROLTVhRNWduhEmVidvSfq4TCdw3jdHR1nICEGuajExke5F4soEPAf5Ac9BJuBJlvUt7J"
    "2YmKA+Nce2yZq04hBBcYhgw+Nyux8iWGdkboyeDBepV1DXyFajHiMyl27SL4rMaV5j8gOj"
    "1iUic1cY6gdZX4JAELxa2fOxCgyLcvCcsfojeIFgQXYu+Rl6qH4E2JKm6EIbyBYEqmUQyj"
    "ArRlfDEyqm/4n4l4h/HXxaa2kkRMS/jlHrpeJffMGZzoZlzsqUd8GtClg6mQIvIrZYcWyx"
    "Ids6Jq7zZHy/8bKaLJsw2aDQIjRoU2kVa8uXqbUhwmbYi6U5DgyzpjZ+H3JCBbK9kkFA9r"
    "OlCxkRMW+nvGtDcjDFhpRtRQ/gLVnoyI5LoULwu4OXFgeuTEckXIXBKQzOFpgewuA8Rq2X"
    "MThFTnA/Gau2JE9aZoIm0yeKZmqcdPGEUAdhroUvbsprclJpFuf8oncxEVH1rjg1u0XVu8"
    "g832YrXCS9xyStif0YAiGfBnp3o1tvP5wv/4jugyt27MoD/dN5RFej4dU5UKE39A6/V8j3"
    "nBi6ul/Jup6fAozJdeac8beDd2ehZ0P+KPJl7m+G19fZ3W5pf5TTdmWId9CAba/BmvVTdN"
    "l2JGhZrFrY+eyfpFQHyCj7Zv/Qaif831dMTJBTmvxZ4a4INhwmXSQhLLpKLLqGxNM/yZoO"
    "1V+Npx4jlh7d7BfF0We0mfTNb1ciho6benFqTxTMDAvMDUP9CD5P6WE7XnVXw7KxZUdC2p"
    "D0Q24oMgIWdCxaunbFCp9X2rfgUYiwdtfsw5YGOEVY+xi1XiasjWd8zgqpkUT3Atp1sCkC"
    "+4sH47hMXS7Y4WCu4Ugia851dmnQvhn2eKcOLMVvwzpHtjhoFwp1ia5fRdCOO3xzgMhNh3"
    "Zu4XFt6M/c9dfiYnsswBZeaVUFtoY470NTu8RT0qXh0j0e2QN34/f7hYfumpqk4KZ4QARt"
    "N7rxn40XYMwIMY1sYPisWaQiiE5cbgPBaFPD8G5MmGvk2spAzgK8uoDaN3KqDLGk+wC+nr"
    "8Gg5PB2U9vBj9mHfransJw7f/Zo7IeVFrvX7u4+sfi54uKycKXEx680PpOHnw47ZZ1LkOB"
    "TpiISdeyaNoM7MN3uY7lu4xfiVcyDmT95h3EtR6qH7ZFGK5iQb1Fv31neB3V7ug+jCF9Dz"
    "F+Vq4dHb9daEbbtCGvEY1faw1IgpUU1iMWrELSV15flNkUWLYz7TstrIdULPUK60FeQkCG"
    "C9C1lebkWM/Vds80m73OyG1PWpjOwnRu6JLQTiNKmM7HqPUypnM09Za18CKJDhp51edl/B"
    "UtA3ARlyOS6VIyYC+UjtgqFlhRZU3roL0wrRtkWg+hpSmLHis67d0pNKjlqM0mUzofXHEW"
    "XrPM0y0Oq+n2KTX1nPNhcp1U4zfvILpvTkoxYk4KGDEnGasAP9Fh7j7MJ2zERPbP2ThMgr"
    "sbbOm//h89/vZS"
)
