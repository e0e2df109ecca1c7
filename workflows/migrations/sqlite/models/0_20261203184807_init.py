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
    "kind" VARCHAR(16) NOT NULL /* RECORDING: recording\nPROCESSING: processing\nFACE_CUES: face_cues\nCONTACT_EMAIL: contact_email\nCONTACT_SMS: contact_sms */,
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
    "eJztfWtz2ziW9l9B6UsnVepM4rSdxL01VbKsdNTtWF7ZSc+74y02RUISYwrQ8GLHM5v//g"
    "LgnQQpQiIlkkLVVKZN4kDSAxA8l+ec85/eCuvQtF9dwrVqOSuInN45+E8PqStI/oNztw96"
    "6nod3aMXHHVmsuF6ctzMdixVozPOVdOGfTrA1ixj7RgY0fEDcGmgxZ1qPoBI9BWV1bFGhM"
    "nN4mEuMv7lQsXBC+gsoUUG//N/yWUD6fA7tIM/1w/K3ICmnvhphk4nYNcV53nNro2R85EN"
    "pN9gpmjYdFcoGrx+dpYYhaMN72cuIIKW6kA6vWO59Gci1zR9TIJf7n3TaIj3FWMyOpyrrk"
    "nBotLeF4iu9RTlenKn3I7uFKWXATKQiIHmX9IwootAvqrNfv2CfoWfT9788u6X92/PfnlP"
    "hrCvGV5598P76AgYT5DBc33X+8Huq47qjWAYR6BqFqRIKKqTBfeS3HGMFeQjnJRMIa37oq"
    "+C/0jjHqBcBHxwIUI+2pX7gJ78QH2CzGd/yQtwvht/Ht3eDT7f0I9b2fa/TIbf4G5E75yw"
    "q8+pqy/OXtLrmDxw3rMYTgL+HN99AvRP8D+T6xGDF9vOwmKfGI27+58e/U6q62AF4SdF1W"
    "O7M7gaoEZGRqvurvUtVz0pKVe9KaseYBRbdv/bR6uuk9/tkDOZgLZ2FN5xemEsck9UnvTm"
    "87XMijfhgP1wcvL27buT12/P3p/+8u7d6fvX4UmbvVV05F6Mf6OnbmKNg2M4Wgr2/xn4h0"
    "vV4oMfjE8BTn5IGx+xlfpdMSHZTkvy55uT9wVwfh1Mh58G0xdkVOrBufZvnXj3kvgSnYNo"
    "HNw9nrvBEzJb7Wx/3zYG5wp0B6qNzR+4qoOHVxbgj9iCxgL9AZ8ZzmPynVSk8bYvV1ltF8"
    "Y/gl0UXI2+oqU+hVpscnMRCMgPhw4DgXwDcP3l6qrHsJ6p2sOTaulKDuja0jB1MhXn7PYl"
    "P/4xhabKfsdRIZ54/smWm893w+g2mKKD8HzDM3s3dH7Hsw5hQ588fIJjT1ziWczeWp2s0l"
    "dUpC7YT6KfTT8p2Edr8phN4RpbzpWBHnocaz09pF9kstt0sGKx0YoZDC9hubNnAqzgagat"
    "n2zgzQDoDMBZqg5YqjawycENdWDjFcQIAgOdA6hqS2C75B829AlbDzbA5EDnmf21fIb0GU"
    "ifQVtU23Zaj9JncIyrXs5nsIA2Z8XzTdVIohpj9bBHacJUPfulhKV69kuuoUpvJe1U+H1t"
    "kMXa4qFKSu7nodon8u19hryjM2M451t3tWqfzIrh6ZyBeVOgaYZDSmiXns4H8JwoehBoru"
    "0Q/Y7qgNha9IGhE6XVIN9ZB7PnKDjk2tAa6zxFctfppM4odUapPUidUa76AeNM9Dzm+uCL"
    "tMesrNQjN+qR5FcShMSgjstsBfFm716XIJYhuxrBdQzHFEI3FNgfvL1eS8G1sAk57v7fby"
    "fXfHBDgfR719Ac8H/ANOyt4vylQP6vuYs0iiCYuYbpGMh+RT/v73WBXwA2BSjxyg1AfvF5"
    "8I80/sOryUX6XUonuEgthkFMdvL7Hjm7/QIT3FWUY2jE5VLrMiOCdS1IcITvF/qLyeQqAf"
    "3FOMWpuP7y+WI0ffGGrQMZZDg5VIuIgChGB8jISUrARkpAkk4qaQEbaQGZTbYDNcD3ASky"
    "uJsf+MZPSCK01/D3EK/WZDsj7fkzvdDjuCLTQ/pFTkktHKyswtEb/ZN/0uCzCqhiAxCEun"
    "0OnshptCRLB3SDPH82GWiDtenSoLXtriD5v3+5hgXps2lnPZRVTCh9lNJH2Rb7r53eKumj"
    "PMZVL+OjPKw3p0G+yFro1/FvlgH5Dn7PNbkSYh1w7RQ9MaN/3BV7F8IH5mpy/VswPO1ySL"
    "l6YjqGkMcnJdcMxw/92FY7fgRIAPHwSaA+7majXAbztPDNI1nMDTPjos3EyzaO77SCZOPE"
    "sI022wRBoNo2JP/TQWT29QF8tXgF7t0z7cP83v3w+o16775/f/ae/DufkXmeDGdJTDPPHA"
    "PkHDF0CAzHBuwrZU25Gj+HY+H9k2vBauQ/ev8rrT9p/TXxNG6pHSCtv2Nc9TLWHztuM+ud"
    "b/0F42UsXxIlDguutKwPZFl7ah4nrGliNQf0SCSF95zK1IX4m1ev9w/55eTLxdUI3ExHw/"
    "Ht2LeewxOf3aSXojj9dDS4SiGc1ovFwvU50tVUqDj0oVJv1J5nkOwYu+eE9FqGedkIfs6+"
    "S8Txh4Pb4eByVC6Mb8JH33De3q8xdWeWoV3RmToEfa0ODuoK4rg2fA9RvlPjmz9gc4oMAn"
    "gNESCqrMHcnMx/QP0F0RbyXAd9QJbBZmNs6AAV6cBWTdV6BjPy35xsmSpnlkFp6ZZoyTnR"
    "UgNVuiWOcdXLuCXawIJvd2B6SfaOhl0ePzX3TZWQ2Z898abRL6xEqSXH5eirdNeOkLvKWA"
    "wJcCPpurZwRhnoUWVJ0C3Ru5wOPt6dA91S5849mtyMrs+Z0nWPbgZfbkeX52CtujbU79Hw"
    "asL+1kxM/k4ra6V2/lmZjZ8+p2L7/iy97TXDeRbyd/rjO+Ankg65jjrk1qpt0/pXnBdmgU"
    "8uIbVPt9zZ67b65ZjGouqPwfktkLSUFt1j3lJ4pbWJSww8C36DGkdb2Qx7JClRF0Adfl8T"
    "hZ6yVBTNhbYCEcWDVyu5aAUKZpGrIbAacwh16t9TjNXawo+MoEisJ0f0ICqcR66IwIrg+R"
    "xairpmMFpCJFOOaDN4pp1KMPYcugp16IosTkqsGQvTegKw5Ga3YmkM9EgOPMVxTGWJXd6p"
    "lh/H4IjKTPHse4PMC61HAz4pzDGyTcnDnCkq8HE3DPv2urSzkYzmsDoatshVP2CyzkWN4C"
    "4N+nGKxx7g1zTLjx/wZCXIHNPiCYliGxeRkGYhDegeig0FjwWOpARYFsCpmj5XtgBO5pyo"
    "AN+OdXhJQxs/G0ugmnxNSXg3wct9rZfAuRFs25ZiXoZsy0c9/jqrAPH/9qe7hR0+mzkqwA"
    "7lydT12jQ0Rlzekd08iGaqy+N1CHZz4pBQTWNmsZ+orC1MjHJ1V074MJryxp+xq+jZGmZn"
    "Mxk1NxY74nbrTTZkc3UJsTrZ9MH52ONQ6sN7/SJe/b/io0rVCggkfp6p6AEYDlzxc/1zxk"
    "niuyS+t+SRbikFWhLfj3HVSxHf6TJl1rscgziQbTIFnqjKVx8VcuZNJ5dfhnfjyfU5sKE5"
    "V8jaWlh3WWz1Hl2MPg2+jidfpoOrczCDS/XRwK6lmvfodnz3ZUDl6B3bcFymtNA7d6Php+"
    "vxkF53oLZERDEmV78Orr6Mbs/Bo2q6Xil3Uabs25MSTNm3J7lMWXorVeMffuc81PkU2WB8"
    "kxe2sexYZ2mgB4WedIpINDsttr90h7d1sWOrdqmryH6Clji0Gbk9ppK8bwu4FnTUBxrZN0"
    "38xGNd3q7IrVyMOeKdSdh5e/LuLISX/lGE7O3nwdUVJ0ZszOeGRr4dJxukGNmk5P5APWk+"
    "qJSeRd6zkCgnysLC7pqvyeQQhXnC+0uF6tUFb91ZN0EpQYWWZhKi03FEm8Go6xQLlfzy1d"
    "pULcV77QmtEE9WLlHlSzTH9C2puGvFYXg7Ys9RjrhcqMoXimkzSog3x51dmAyUlZYJDxsS"
    "HjIMjzIBLhYlI8/CjvGGWGhxTGZrr61bHKPJfS8IRQLZJN2JwO4lJkNj1gVhGT+kvTkyE4"
    "TSy5U+snRoQR2EHG5AXhkIrFQd0ibf2ZgMp+fO9tPI2I6M7bTk8Gypl1/Gdo5x1cvEdmSn"
    "HdlppyPlR7YyC2SXknwjQJpLDTAGGGzFBkGAbDmjgFnBJS0DgLCnuquJ0qTn5O+5QRYjuo"
    "otck231Ccwt/AKEK0/5jsHzHfOMRmqn5/b0yVtEwWlWGVPF2lnNPPUaanGKe2MY1z1MnZG"
    "eORm1rw4sh2X61K3gCpC2+FrbbvUUdmCocGJuV1EuCAz96AJYE3DuqoMsLCxBW9rV4jyMU"
    "DMgXdK3onT8fCuKMGuTiMx3kaEYyCmuozkG4cWG6iY4cgSdmGM/mw+E2tMW2Ia+GFzePZc"
    "SOQBL1inzjc/n770W18gneYHEotuvbRUG/JiSTV8ANcyTDQ99RCQNqG0CRt5ZrXUOpA24T"
    "GuehmbMHzjiBiEoVCX1OoqrEHyE3lo5ofyQoFOpPDUnR8lQ3kHypUKtTkh/mtSStJei5dl"
    "C9prRNQXq2eYEuvSKV5b2bK4kbKjzX4Zn6tlMJc12tN7TLTbZ51G+1AlBxNVR3sckz262S"
    "8y2LXEsBLW+hpaNjmIaI2fZwLwr4BA6BAZQM0wgBG1sG2gGWtiF9O8XrA2XRs8wGdicS9V"
    "e8k30SuaVbI/pQXekgOopbaYtMCPcdXLsj8ViDQRiyYuI80Z8cZoBDBhzBNCEnRh0OFKNU"
    "xR0BNCEvQtdzrV9ES8UkmprWDfzLU9HM28+mR7b5uKwpyUkjBvhNnQIXIM51kY6YygBHsj"
    "2CvVfiAqJTsLRLBOy3Xg1K7dr00+3FHNB8W1c9o75MPNk5W7e+PujmBDef7TMpijXC+qBD"
    "0Luo1dS4PUeUi7G6q5vMl85PNnqAn+A8bPasmGmxmWs1SeocrpX1Ac9E1KdqjTSRWBXwqL"
    "rcDva2gZkNsFuqDjNk94y8bbDUO4AMgq+m4vjcUS2g753gsLCikpWcnOqSlvzsqcHmnHV+"
    "zwOEufHZrBq4qXD3IwvnPQ1mBAUo7kNp7fhKDs89gcP2/Wva+7XlMOqMyEHqO0XOcep+pP"
    "qggyPBfkRmQlO6Tq1MaOiKHGUX2EuzXFg+vtAro0PyK7z3boHESOKtsgeCjhtDu3wuncCi"
    "QOCHKsu6tdQZqySTqKkGxGJdKMitzlN60Xeui8WaZQw5beJaiEyFxxuu8KLyx1vTS0AmQn"
    "CN5h8s9mfC+j+W4sPDfMLj27oolr3tnFy1kLT7WCdLVoTKnGUxbUoPEIdeAJAoo9IK8Y8L"
    "RUHeAsIVirlg2tsEyh4fA7U207kSS4SYJbS07RllKdJMHtGFe9DMHNdsjHLqDyAIXcHimx"
    "DiZInZyelnB8kFG5ng92L1WznrwRFdGKkgkhiXQ5pCnVnnZlZ0AJgJ2W65w/r4bAsfFv6v"
    "3kuzWMRa46lpTbX55Tzc2kPpycvH377uT127P3p7+8e3f6/nWon2VvFSlqF+PfqK6WWIds"
    "cNNeqienZ0Jndyixt0Y9LaZFMJNFF+YjJ6Q6cIjsmxvrfRDrgK3zY/YFrV04ss1IcKUf25"
    "kEV8+YVyjXh5t6WUBhzkh24Ampm4doO6rjcl6xRUp6ILFHeL2Tr62xSWhZ2GKd1USATkp1"
    "bi/XxzVcqgiJ1eTISu4R7pBaOsNOa48Rd7YyHOquESM6pOU6t8vfvy4B9fvXuVDTWymSPn"
    "RUEb0lGC91lcp1lbAigBjhJC0m2SYb2SaJ2guSarKJapLeYaKlOA7PCWgJ8LW2o4gjxona"
    "pgDND92qqYElSpeEGyisMwLm2AIYQfANz34FhmMD8pwtoFdwhCpOC2gDZ2lhd7FkUVnyGc"
    "grIg7YN+HVMqnrY7hFRxNnCJk+U3L0P71oYegA/+FhX6BHx8Lva/I2sNmz4C+evyb+rgm2"
    "fI8NJl+N/cHeGdypMTFWVdNUbI0cYvV8xEp1tGWdH0Dwf/Dn77NoeIWf4kEfrIHirT8LCe"
    "7yITLuL+P+jXirtDQCLOP+x7jq5eL+/nmdtf9HyF1lFPS0Y3Gxb1dXQC4TtEh709FwNP46"
    "ujwP6Wn36HY4HY2u6TUyFJJvS66Nr7+O7+glAz0ajnflbjT9Oh79Ob7+7Txq2Us2DJnhy8"
    "Xn8R0bHzpG6LyTqTcrrcVO/v40md5djW+9cUtsOdSIp3emo99HwzvvW32DGrs2+fhxNFVu"
    "RteX7APxfA4tZQ2Rzj7Ruzu4uZlO2K/xbhNlzMKPkfTlaHg1vo7u61AzDfb7iE08GUz9qd"
    "EME52XzftpzL7y0mDfmO67y+ngz+tzVime9hND92j0jxtvFHmP03Fp/bBUlL+ME/Ek34l4"
    "knUipjUNweOLJy8PsaYcYmVeXdKNXPLhq96NHDdWMrgXpFOn5GQmdYlMag8zcvaaKgp9A6"
    "Wdyjxh6WGu3MOcdBCIPBIZSflQlHgoks6M0mAnxSTSZZCGGl6tiB6ac/bkv2Wzkp2LGlZP"
    "QVhaikYd0tTz+yBYgYcn273aOx/KYP4hH/MP2eIZBwwPNs5eqLhVZOR/LolqJCDx5ODpJd"
    "eJQZqQkUHsxgaxm7Z3q41ip06FCrD93Zulo6jGoo8b8YySfneEtGt1E9KgJo7CHap6LA2a"
    "A8eh0IkwLW6pC/JTNFNHNnJiZzJ/ehW0lHE4UVehsoMY+Y44+ZGKW2+6rqJlwTW2di3rMW"
    "WTdBUiFgTaEaEJnaOrACHsGFpl9Ziu2WxdxcqC9FBRLMh6fu/83NHJpt5cXUJsy3I62HU0"
    "zFPgxCvpfDIsOImm64YaJ1pCJ6FZcSiZac0rn5PphYlj6l7pqjrY0qHusyK9MDORsPCqDx"
    "zcB09L9s8z/Qei3Io6wpNsrqaTIO7FKKe+UrxPzl5RfnjHaHt7yQuX5D7JkJDkvi6vehly"
    "H30/KDsx/JIzNDiEJPl9neX3kf290x6Oyze5bJLcwp3dwsRKwJxeLvkB/FCgyRt2y7B99Q"
    "nW5A1u8xgp+XV5IokOMFH2XZNHXInsrPLYXmUxayNkPQAlWQVZQUnY2MwtSOX47hiu7Wb9"
    "9n4qaJvdaaJ58nVmf8cCkxxPYzJsme9nNJLjNqd+I18PDBOxYyj1mW4EVKATI5eqV7+yFG"
    "zyXw9AUy3LgDa5aZOtBnXg4AeeA7KODxB0TkYVrIKP2TWjOJW2nN1Y/kfKrOUmHad96dg8"
    "IheXdGwe46qXcWyyF4kgJz4uU43Rd9jjtO7ey7EXreCTlRLt4KPV3kcpe4IW1RMtVQLgAL"
    "VFPU+joD+lF/orQ0/l7ej67hzQfk73aHLj+Vnx2vOyDiefb65GzPGp4dWa2hjk6ufx7S29"
    "tDJsm40aXA9HV1dsFAXINLfzOdbQCFY8G/owadB1ucXqTn32ve+C9TOTUp2DuXrn7tJSXF"
    "olWjgDLibVOZirf9+rjgNXa867vrjhfExsf06/N3VhXF2veQuu6C+wbIW+XbKo5ifqZyWb"
    "kaVPP68zWfoU2m1KxURiso13k5VaT4nbYoUTgnKNm7zGoVa+jcsvJStXuskr7RlbWyxzQl"
    "CucZPXeI5NEz+RxXLXWyx0VlqudpNXe02TiLBrixENUlKygAHP7libqsb8C6KlIdKCEt4s"
    "vJIjIzkynefINCARvWHHSDVZnoJ0ogGynxg1JttHwrvTL2whEY3ZSCG6W8KoscNPNvBkgY"
    "MZ2weRyQGeM14PrR6ZZQhtIc/t92BH+4MKKWy12U/wvYzp/g+SYSMZNo04IFrKtZAMm2Nc"
    "9TIMm+T5KxIRSkp2ScutIi4kw2yVwsnKhlBN14HfOaDmJwBlBDsQIt53HpBhK57fTXHXHA"
    "sBYxOqKEflSomm0J8R2brgD6/sdwUuJpOrxApcjNMQf/l8MZq+eMOWI6rEnN30q9y2xJv5"
    "WoFsk/MKe1/Hl6PJOXg0dIjv0eDL5Zj8pbq6Qf6iW5O8r/ynVpieUoadkk9OEenF3XXu3J"
    "ebq8nAu+auTazGr1I6nHeRcuQG14Or/3fLRhJb13y22UjvKh3pXaQjr0ejy1tlOqKpzGRB"
    "IdRtxSs3dY8+DsaMZjdXjcZw7Og2VCDSRN48cRn50hF+6aygbqjKAxQi3SWEOgB6Kl/99L"
    "RMwvrpaX7GOr3Hw9leqienZ+JQR3KdQ7t66p0H2ezZ4RYgLKiMlRLcn2Xwul7LYC8lsmKp"
    "Dq7lucs58Be0EEmKyRYiJVqIhFaXvcRPaAuXEncCGepvjiMp6z/0ggG0BI+1nRuRO4Fc8x"
    "asOTEVdlnxuLhc7yavt7M00IOyQ8ogdwK55k1ec/8h3WHR+TPIVW/yqtvuGlo21CGviG+R"
    "xzcpKP29Av5e8oHI+3qUgTI3rNVWb9WCaeQz1+RnLjR6hFgtKSnJ5sw+WD7fSAzXpFCX4t"
    "t1sThjtK4dGZwdbmnTT9E4k9tsc+Ov4HGvAOX/jk3VrgOiLLips3GH9l9elGtHguwXNkn3"
    "9nQqM8EmH7ojUgMvfmhP2WRdgqpOJnHm2OSWJ8werUVFCv3RSuxwL9cQxTYchyBEGcEqim"
    "pVnzN+MKvizFjCfUAxggQ2MkwHawtTlcrm90epYM6d26XIgoEN1Er6QNKZj4fYKunMx7jq"
    "ZejMLSRqIewEMa+e2IL32L27wZQVL4vNQxtFKDfTyW/T0e0t7ROhBK/AvDYRo6+Dqy+DO8"
    "bdgo+q6aoOI2/xiqOl38yHoWTR93x2nfPL7QTjZZGdxKNcRZEdzbUsWjAHcfmqxYT3tGxn"
    "uC2VJBF4gZNdeMCpKfZ4rjFWr+iJ1hpGsA4fDQ0q2hJqDyLHUFquGccR/djOHEf0pCfmKj"
    "dyVUCyS4h15hjaN8WuSdWEm+m0bKGanbWufP+KssamoT0rj9Die/4LatDmztA5JnH1yq/X"
    "J5h8A8WHkXPUFQXpufLbxerb85BVGKkn5pRGHX9bLwB/ArkCpVdgrlItyoX2lgvAlZdsFY"
    "EV8HHbsixjUla+7Jv8st+e0i253C1a5cAbuM06p2TlSjd5pWVxu3rpZlFnPzF4M3KSyycr"
    "Bx6wciB/T1cAc7JFZrv2c1mQMw/zDuQzz4m/M6UqKBTYkW2dCvdLft5hSGdJ0DiMswyq+X"
    "QzbxXFuGYDoC1d9AD1PqDUwxWdyy9KQnlirI+tV6fSL671kw1C/xenC+5O092jezSk8jZQ"
    "LQhshxyNOrChapL/ewHRIzTxGgKINOuZ/YKXwKVNYMBf/gb+238Z+t/JP3QD/f0vctMxTM"
    "puu0f+dwjC8Pav4C/2Tf0aDH+BBwjXNoCqtgRkYYnyRz6TrJj3e8i3ZDEn8ouAjYFKvvOa"
    "kZvuEbsPDDspZejkx2GHWOnmM2PRUYrd0xITNOaGSat/3n4a/Ew+mEqyqYmQ6rBhEOlbdf"
    "9NUKFzKoP290S7K+js1c3WklU1TpNEvOOhZEki3jGuehkinqwrKuuKtgPRFTk7PDQEdICE"
    "UJNrLG6pDFRf/MrBjmpuU/wqJdil7bt3co5mEqtEV7YthMWXlxWxSlTE8k0149+cYyafHJ"
    "sQ6tLOr7APkgaNR9bOSPhkycpK2t92JwuitU5ztL18RS8h1BnoK9vace9OFtZ8inFarhkU"
    "405lPLQwzYg2vBWEvze5GV2fAyp5j74OrsaXfobQo2rSFkCJDKEoQShdwvkeDS4mXo6SOs"
    "NhntPBSZTQsrBFliUvuYL/dCWlOsdVrV7xl+17j4ZX4uUaiVFK4jJSw5XFi2rFVRYvOmzx"
    "oqhZ4a5Ena6RGdLIJs5F0caedYb7U5V5OPH+bO2eou6V3ljFigZvjPj/ufTjzH5DEcsGc+"
    "wiHRgoFp/vk4uW/7c3DPhJRtmgfyUzcltdxtpz+jJhqpNscimrwjTyjGppWFIGo49x1csE"
    "ozNHb2bt8+19nmwHA35VsX/K+chys4UO4Bd72I9jpQb/FVoYSMx3FUpIv9XmgHVURlu081"
    "tGsgNwF70O6uj/ZsPFilZwFIl8xGVk1KPyqIfsn7UvtgCreMTS00W2f1KqGQ9ApyoLPRrM"
    "2yW6LikxuTDVn0zE5EIMZFvDltjq8GTlElW+RHNTXQitSyjQjMXo1Ju8oJ17wYIUNHKXT8"
    "jui8KYBSJ2RiggzQth80LGqnt7SM6X4b5gD7U13Hdlrr5Ci56zPU6oL3a3XxTmM80V9Z+G"
    "A8sk9araEurg6urzz99cfQGBLw+wF5IL1bZUVi6tD+v1g7DJdwUGWrsOTVFF8NHbQels3z"
    "o+5x6xuXTgPBka+Xk2Bhb8meqXtHvFwniEdiTK1M5XYOTlBEPdm/VfLnagl0VMG+phpJqA"
    "BrNKJtbKYKIMJjbiBGxpWEkGE49x1csEEx/gs7JU7aVI4CUu07nCAdWHXtoR2WpxbJapaC"
    "L4hgIdhPfNSZneAGRUfmz2JNMfYG3h1drZhnCQlewg5tVv6ciNK5rRkZXsIODVH9K+nSQa"
    "HE+JdQLqfTivMm6Ww/gDpnCNLa4vwL/TL/IDWNGYzS4ABGKFCn8ipvCCaHELuiuAN8+vca"
    "OaKHBkSEDI7Xt2OMDknyfLIJY0p9JXDR/A5wAnq0rm8X839J00bMVvliR7T0rHgDQRpWNA"
    "rnqjHAO5un7uKZqv49cYTnrT6KNUkrYPakVRdUY1TY8Kwwnc5bP8MpKS6FemLBBGc0OHfv"
    "CzNNhJMYl0CaRDK387cphkItVVScVip5kYzzsuJBel8kV5guoDIsalGJEyKSWXpfpnxV0s"
    "oO2InmEpMbkwlS8Mbb2u0o1vQ44TJX9l0nJyaSpfGkk7bthikF/hqIYpvCZxObk0lS+NV3"
    "9DMXgtVPIXJikll6XyZYk5/TPLUtjfNCm4x8amgfe+tX1N/XiPwmzsRb73Kb/2Vu4Esp8b"
    "x80nmxHKfnkNJ+eX7Jd3mIj8ZD5ngeZMQN670S+Kx+NwSJlwPBsd1cCKUOnTPyz8CFnBrE"
    "uC+Z1qPoDJgBt033IayXmXoe2WHCwtDXLK0PYxrnqZ0HYL653rljp3BM3A3uV08PHuHDDZ"
    "e3Qzur4cX/+mDG5uppOvg6tzsIaItnlUvPeUat4j7x6rbe6/u+7RdPTxyy29ZMG5a9Mrd6"
    "Pp5/H1gNVAd6C1MpDXenEwHI5uvMromgbX7NrlaHg1vqbXaL8VA21XLv2kDN/zJJ/veZLh"
    "e5rwUYwzHgp0ID25fkI+cpbms2Krpmo9C2grWUFpZHJseoaOQp47ETs+ISRhzYdVFWn7kh"
    "SSsHJgdVTLUagmxNex8oLicaki/ap9CBdxQ8hbNePLVm3BGGlMRHqxK/diE8VIg7YtnJmT"
    "luucIlF9Vk4AmeEr41yf6mbEU+JbAZ8+QxqUsvqhTDHWD/nFWD9kirEGFoFiwZVqPWQxz8"
    "+I4oh2YKPvu6DP2oIQOUSxcO2cuj5Fuz4rW8mWP7RiUn+JXANRe3hLZlKevHwFV/4K1qFm"
    "6Fv57ZKSsgNXc9x0We9s9ByJPIZJqWY8fJ2q7Oe7Bi2xar5xoWYsSqdORPuZ6LfbHIgJQX"
    "keNvk81FSk006lkPaXWmO03Rswfxa5+m1ZfVGjjCcrrTJhq8wzq0RdmUmpY3ZlSnacZMd1"
    "nh0XC4MSeCxD5WUHXPiiH/+YQlPNMVYC5huaYTKU/LrP/oQdwv9HrWTCLHI8ZiEX3wKaYT"
    "heWcUFNpIOJwgCd21ilahcIJoFEPRc2unnV1Yqd26YkJbehUEFXUofpDfw7BskhpLt0AK7"
    "vRTqlU8uCYqSoNiSs6WlVDVJUDzGVS9DUHwgkPIjPpvpiYFskwvE9MaXynAwvTwHhq5o5E"
    "V1jy7HN1eTz4NzoBvkJbZSKXPwt+loRHmDBFl4jy4G13/4UjMVPfhyn0eX4yElM66gTvQ2"
    "8x5N7j6NpucAs7dWuZ1Uc2tL+tJV6B+i1SUzgtJmF7bZycc7RP3xMOM+UzlvzZRcB6Cvmz"
    "VgG/+GyuzZ4RXauDAW+Ry6hNz+LPvX9aqCH05O3r59d/L67dn701/evTt9/zrUCbO3ipTD"
    "i/FvVD9MrAOHZ7dUT07PRLZ4JNG5zV09O4BaRsTKVB4gh9Bc1AU6Idbkt/KWUJ+cnpYh55"
    "+e5rPz6b0fKb3Xs2S3UnwToh3UfNur6WYNHAuuTVXjFZopLAgQF9tjOYDwSmvrAbB0VTHn"
    "e1xEut03u93DNOQdHe5hxnPL4C3rao/vqyaloN/5PL4hdi0b9jge49SIfpG3OGQFatHgMg"
    "3j2GjapY15Z63FTzYIpgKa6qgmXlBIHXVBO7M9Gc6SjYxKPALDIbbzIzTxmlcuvo5PkD5j"
    "6TNuySHVUu+h9Bkf46qX8RmLZiNVm4XUoGyYGhIDDMcUwjYU6KC5X1d/sUdD52nNhcldoY"
    "z0X23cxEuq7nGskvyy7KHElhXZG+WTLSKqVVCP3bWEikn4wzu3bU/flKklQUblblx2L53s"
    "E32zDMb5wbOUWAew3nfoLNlKcLtOA5GoTPooXqDt6qmq5Pc9cpSTTeVUIzlZTbXYe5rx9B"
    "3GKzVwdcO5wosexx8V3usXeaJUOkox/WEbfVB/LjFwsKstqfNnaWhLsIaWjZFqAupw6JOL"
    "EAEV0bvPWQeTuPhm71Gip6DtMspiGKAP/vacQ+pufQXpUxb7LAIUtiqYVsj9VRQy75gHbC"
    "+hcuknOx6PifSTHeOql/GThUd5WVstFOigM+f96xLm2vvXudYavfUjDa9od0Nt/yZai52R"
    "abWnNBEpJddBsKsvZJnUKUWh3qH0TrOBrn5Xe+1whDwMoUQzHAvdKvEhrBJ1VhVqr+rjab"
    "wNcV8MgwoEf8DnHseFkbjfL3JjRLUMfE5tucTLUOwnmzkgAJHugyeLfBDUweyZcVtWqu1A"
    "i94Cfz3AB3KC/8XPtNx6tnt0jy4hmQw/U56N4YAX5GmwXQu+JOMfoA3gI7SegYbXzx43R3"
    "USn6YZ6yW0HPjdsYGLqJ5OgekDukzu2r5HBtJMV4f6OfsO/mVgQvURkiuGDRiSALvko3W4"
    "NvHz37xBfZorav8Nr+njSV0br1b6S8nrkbyeNh3XLbVcpb/iGFe9FK8nfN0JHaVpsWqI2x"
    "04VWNZtuyVLGLYRRIdNOqqz3v11aEswvlB+5iIDNiLB+w9xXLLwqhJWVkMrjkvhWZZcgRV"
    "iJwp1LCV1PW5A/qFtpw3VLGiseWMOU+O9hQybNZr7wGuHWo6IS+ubNLCPCxnQbfUJ5RjxG"
    "0zi7SFpC3Ulvd7O7ViaQsd46qXsYVsj3MjZgklhWrq0NS+E/WIqg1NR8PJlPY+pD0MqaJB"
    "0L1HN9PJcHR7yy77jWLY9Y+D4UgZfhnd0k/XoKK50L5Hw8n13WB4p4w+D8ZX51R1cIiWos"
    "CVapjR3dvPt9E9e2Wn1Y7D2GELS0WOcIp9TGqPFNHD6P8VJtivsWlozwotdS9IhMhKNvmp"
    "aoyXwViLgOyN7oBvoe6IPGseRCxAxNGwChJbElKdg7mWWjcy2N4ZF01jHfeHfgfUW3ElxC"
    "yLs3DVlWF8rpbBXLbySnqPNan6Soj/NXYMDfaKuCL+kH45ugiKRpcowLIi9gD5hsDBQI0I"
    "GJQyETgLWf2al78CMgMG9hI/oaCY9spAxs/kK/HKrlQyL2WR3FF2B9afAUXHZvfD6fqAiB"
    "pOstJ3WMHlZjwGj3TnbZN2ky2QH/OjydwYmRsj/asN116kf/UYV72MfzXfE5jDh2iB968x"
    "uQQ61N21aPnYhFDnSvXUUktGVuupG2GqdYqWso/LdALnfXN7tKWKEBSqMhMT6Z4nrozD8y"
    "Tf4XmScXjS1/oW+k5MTFKmmqPbZFVa2XxQNh9suF9u9+aDdXrmxmiGXaRfQtOgKUo9jmcu"
    "PaRf5JkzvMH0B0ajS3jmLgnUd6r5AAJB8GJlL8Y6wBbj7jlj/SV4gmBJM578yD7UfwVEk2"
    "boQhuoFgS6hSnVmOejq+ETKqYNSv+X9H8d/FhrqSdE+r+OcdVL+b/EnDOddcuclSkLQ0YV"
    "sHQyhWGkb7Fi32JD0kEmrjPD3z97UU2eTpgcUKgRYjZUWcXGikVqbYiIGvZkGY4Dw6ipTb"
    "4P7WyBbK/UEFD9aOlSRVTMy7B3bUgbWmwI2Vb0AaKlDh3VcRlUCH53yKvFgau1IwOuUuGU"
    "CmcLVA+pcB7jqpdROGVMcD8Rq7YET1qmgibDJ5qxNgTp4gmhDsJcC198rT7TDqdZnPOL5c"
    "VEZLW84tDsFtXyIvV8mxS6SHqPQdo1sWMohGIr0LsZXXt5dL78PboNrtixK3fsT+ceXY4G"
    "l+dAh97WO3yukG85cdbqdqWaZn4IMCbXmf7kb0/enYWWDf2jyJa5/Ty4uspmu6XtUUHdlS"
    "PeQQW2vQpr1k4xVdtRoGXxamjns3+SUh0go+yb/cOqpIg/XzExSU5p8mNFpqLYCKh0kYTU"
    "6CrR6BriT/+oGibUf8ezHseXHt3sF/nR52yY8s0fV8KHToZ6fmpPFMyxBRYY67+CT1PWpM"
    "erCostm2h21KUN6Tz0hqYiYEHHYiVvVzz3eaVzSx6FdGt3TT9sqYNTurWPcdXLuLXJiS9Y"
    "WTWS6J5Duw42RaB/iWAcl6nLBDsczDW0MrIWQj1Pg/HN0Mc71eiUfBte/9lip10o1CW6fh"
    "VOO2H3zQE8Nx3K3CL7GpuPwvXX4mJ7LMAWXmlVBbaGGO+DtTEkR9IQuyzHI9uoN36/X9is"
    "d20oGhlKNkQwdqMZ/wk/ATynxDSawPDJsGhFEJOa3BjBKKlhcDOmzDV6bYWRswQvLqDxjX"
    "ajoZp0H8BXi1fg5PXJ2c9vTl5mDfraPoVj2v+zx2Q9qIze/+5i6h+LnS8rLUtbTlrwctV3"
    "suDDY7escRkKdEJFTJqWRcdmoB++yzUs32XsSvImE0DWH95BXOuh+hFdhGMqFtRb9Md3ht"
    "dRbUb3YRTpW0jws3L16PjtQjXaZgNFlWjytZ4BDbDSwnpUg9Vo+MqbizGbAs12bnxnhfWQ"
    "TqRekHVQHyCg2wWYxspwcrTnaqfnqs3eZPS2Jy1VZ6k6N/SV0E4lSqrOx7jqZVTn6Ogtq+"
    "FFEh1U8qqPy/hvtAzARVyOSKZLwYC9UDpib7FAiyqrWgfjpWrdINV6qJrGzOvwfWNhcvip"
    "Zo+jYvOGFaraWiSgrOMSG1XuW3exgDYrUQ2NxdKxGflrrdo20XOpGmzhFe1XrmGiMP8KWJ"
    "Uk5m42n70+fTTZ+tMULMk7hd618CO0s6p3fR8jewJKdbstb452Kl5S3T7GVS+jbs9UG+Z3"
    "28o9StNiXVILK+sM6L8ns7Dmk6BiIs3gQbU+LyGZ+mvbClVWskvy0cRqzl5PSKVWZU7FWr"
    "jVC5C/nHy5uBqBm+loOL4d+6sQHlnsJr0UUUimo8FVmiL1aOjQz9Ytu/XjMnLvV773jznL"
    "enBzM518HV2eB3aHfo+mo99Hwzt6zYLfoOa36jx8jnWgQs+EipokpTqQIVq3F4z2i9KFYU"
    "5KSZhLwyxuVCQlZfptc2yIrOno+3q2sCM4kjW1GG+1JZGXEZSLa25C0PFaZhn/cQJejkUg"
    "WmTfzytuGbQ/gq2zobh+tKOaVFT/Eq7wwlLXS0O7sfDcYBBnnPGcUf0iX7wejae++FCgRC"
    "Z42EPyJxssWGCyD2aG5SzBM1TJf1twwUqcIh3Y2hJjEzgGtM7BYHT782/Dz4Cq7nSU6nvO"
    "Zyx5O+OMr+uD7tFcNSwEberdV81n27DBi8Bp/zeg6isD9YHq6sT201/2AYLk5Kaytobpd6"
    "Ml/i0VPZD/lK596dpv00HYUievdO0f46qXce2zQ0Cwz1xcpgPm7b5zFW3sWjyvZwF5KZTY"
    "I9zwu+aVZt1H+n7lDrJU9/XSRPWkWDV2UeuVhZ1YNZxFya7IBME7TP4paUUN4zO1ajnKWl"
    "LpnVjCntrJRqI5phOPl9PjGEfx24VW0ZIMVHBs5EZz6E9KzJ9BjTZ4wHPGyaeTnNOmXzNG"
    "deoDByLXIrImVB+pAfGCjrLwE1gTwyLW0Y2TDFD99NJckeaKVFyluSJX/QDmCvndjmo+KK"
    "4NLcH6VzzZrfTpzXGEw5VoOivTs/ksv2fzWaZnM31bEuWCE7Chjxkf6rhM0QPWvqBNESeG"
    "PB9pLlGgY/D36WZKRWKCNrIqbga3t5Q/QflRlFFBLGQyhl6B3x3qkSbXPg7GV/SKV7s0rc"
    "EdxoC04MI1Vcuwhfd+VvKYnwATzh1BAGMix40cM0a8Hy/wmkvLdcBDV/fDHkBG9CabQCXo"
    "DuVLdwB26RjtnmPUfiZqxjZWU0JQMq2aYyPlMK08j5WY+zsrKB3gog7wmApJgES88rYXvu"
    "DHP6bQzNPufcfrDbTm2FpR42DK5muhPyLP5/2jKFgQ24s7hwsGyblatX3LBgyyz27dIYPP"
    "tByZ+TyFa2xxKwglB/SLwgYrb2gQOSC6VCizMYBwR9tDOyozOEHATOqDR9U0dMN5Zuwm3T"
    "LmDvBmDcIAfslMdUHO3gXZDjbjOHFCCHV8gAwiyCBCS47vlrqTZRDhGFe9TBBhDS0DC4UO"
    "IonOtc6ouPDmDOucZKn8hM5gvEzmLHanbJHMqZrQEkssjySasRyt76/RkHJEWSOSo61zLc"
    "18jX0dDVesaPxGbZ1YbSAmCzxZqjKrjJjDWtdhbxA5c8GLsIj9pzcc3Xz36bi1PWMMJv/s"
    "l8U9pXouFTWpnstV7756fui1rTvcqc68AFbpkHIg0EF4y5THzy+OnymN/6iarljloFBCVg"
    "0qUzUo8BALqVlJIZntvjnbPaYAp3ayaMZ7KnWgZTCXDb8kd1iTst+n8NGAT1NI4LS5YZrk"
    "gH6R0WexoYoVGyuY7u6LMrOMWGjuirUfp7Mymw0Bqhms6P4AlDFo2yvaq+HFzfjmCgwsh5"
    "huv7w8z1iBNXzGPSIDP02Bo9oPwEWOYQKbLDBrJWFiIgUMp2Qk5z+9aKliRbJilgkVgN/X"
    "RIeiBU7CNfUXyt+ZwXPVY4MJ6uyPH9IQlYZoI47Klpok0hA9xlUvY4h60fwtClZlBWW9qm"
    "y9qu3YtpJluyvLtn01PvEaIkH4e5Ob0fU5oJL36JKcD+dAxyhTI+kAHgKichL7CcJtUth4"
    "sh14BOpOYWNtvl0+lbDopIlLdQDmfZ80zE4SLlIbF+oA6HUXT/Xx2sIeiQtKQn9z9NAWEP"
    "o7oIkW+D4LqefC/s8dyefNeIzqoZ/vr9WtV3hyiNHc4JJfkgP6he1uvaEUkmBsKdKLbw16"
    "1JRvePaTHdbD9KZyvcZeRFElBy5iY7lNtPgkmGqn55Ji/Aq4gVmbZsQk3JxRJVjDVjTXsi"
    "CSbs5mnYB96eY8IoeXdHMe46qXcXOK+zdlTy/Z06vx3GvZ0+sA7JyYspdB+gJjE6ooRzFL"
    "CKbAnhHJurAOtLb9Yn0xmVwldvnFOO1Q+/L5YjR98eZlEvO8MIqIiy2S6Jx/7eT0tISDjY"
    "zK9bCxez/S7hfWD0zQk5kS6xzW1fsyZQebWv1asoNNWzvYDKBlaMsex3Hl3+kXeazUaMwm"
    "T1U+nrJgQbM8NLlWW/4LKd9s6wKRv65Xv+Arv6Povnld5m1PRuXnobzOxi4xcrimQr6dHB"
    "PZv518GLusG9nIP/4/e24dqQ=="
)
