from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "department" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "dingtalk_dept_id" BIGINT NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "parent_id" INT REFERENCES "department" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "department" IS 'A DingTalk department.';
CREATE TABLE IF NOT EXISTS "staff" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "dingtalk_user_id" VARCHAR(64) NOT NULL UNIQUE,
    "union_id" VARCHAR(64),
    "name" VARCHAR(64) NOT NULL,
    "title" VARCHAR(64) NOT NULL,
    "roles" JSONB NOT NULL,
    "is_active" BOOL NOT NULL,
    "department_id" INT REFERENCES "department" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_staff_union_i_3f1d85" ON "staff" ("union_id");
COMMENT ON TABLE "staff" IS 'A member of the customer''s org, identified by DingTalk userId.';
CREATE TABLE IF NOT EXISTS "competency_model" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(128) NOT NULL UNIQUE,
    "description" TEXT NOT NULL,
    "requirements" JSONB NOT NULL
);
COMMENT ON TABLE "competency_model" IS 'What a role needs: weighted dimensions plus resume requirements.';
CREATE TABLE IF NOT EXISTS "dimension" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "description" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "competency_model_id" INT NOT NULL REFERENCES "competency_model" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_dimension_compete_63a800" UNIQUE ("competency_model_id", "code")
);
COMMENT ON TABLE "dimension" IS 'One assessed competency, e.g. 沟通表达, with a weight inside its model.';
CREATE TABLE IF NOT EXISTS "question" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "type" VARCHAR(32) NOT NULL,
    "text" TEXT NOT NULL,
    "think_time_s" INT NOT NULL,
    "answer_time_s" INT NOT NULL,
    "retakes_allowed" SMALLINT NOT NULL,
    "difficulty" SMALLINT NOT NULL,
    "equivalence_group" VARCHAR(64) NOT NULL,
    "dimension_codes" JSONB NOT NULL,
    "exemplar_answers" JSONB NOT NULL,
    "follow_up_templates" JSONB NOT NULL,
    "allow_follow_up" BOOL NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_question_equival_9d4e45" ON "question" ("equivalence_group");
COMMENT ON COLUMN "question"."type" IS 'SELF_INTRODUCTION: self_introduction\nBEHAVIOURAL: behavioural\nSITUATIONAL: situational\nTECHNICAL: technical\nVALUES: values';
COMMENT ON TABLE "question" IS 'One question-bank item.';
CREATE TABLE IF NOT EXISTS "question_set" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(128) NOT NULL UNIQUE,
    "description" TEXT NOT NULL
);
COMMENT ON TABLE "question_set" IS 'An ordered interview plan made of question-bank items.';
CREATE TABLE IF NOT EXISTS "job" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(128) NOT NULL,
    "headcount" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "city" VARCHAR(64) NOT NULL,
    "description" TEXT NOT NULL,
    "pass_line" DOUBLE PRECISION NOT NULL,
    "auto_advance" BOOL NOT NULL,
    "auto_reject" BOOL NOT NULL,
    "expression_cues_enabled" BOOL NOT NULL,
    "feedback_improvement_note" BOOL NOT NULL,
    "offer_approvers" JSONB NOT NULL,
    "salary_band" JSONB NOT NULL,
    "competency_model_id" INT REFERENCES "competency_model" ("id") ON DELETE SET NULL,
    "department_id" INT REFERENCES "department" ("id") ON DELETE SET NULL,
    "hiring_manager_id" INT REFERENCES "staff" ("id") ON DELETE SET NULL,
    "owner_id" INT REFERENCES "staff" ("id") ON DELETE SET NULL,
    "question_set_id" INT REFERENCES "question_set" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_job_status_2e13c7" ON "job" ("status");
COMMENT ON COLUMN "job"."status" IS 'DRAFT: draft\nOPEN: open\nPAUSED: paused\nCLOSED: closed';
COMMENT ON TABLE "job" IS 'An open position with its competency model, question set and salary band.';
CREATE TABLE IF NOT EXISTS "question_set_item" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "position" SMALLINT NOT NULL,
    "question_id" INT NOT NULL REFERENCES "question" ("id") ON DELETE RESTRICT,
    "question_set_id" INT NOT NULL REFERENCES "question_set" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_question_se_questio_17d933" UNIQUE ("question_set_id", "position")
);
COMMENT ON TABLE "question_set_item" IS 'A node of a question set: a fixed question or a draw from an equivalence group.';
CREATE TABLE IF NOT EXISTS "rubric_level" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "level" SMALLINT NOT NULL,
    "label" VARCHAR(32) NOT NULL,
    "description" TEXT NOT NULL,
    "indicators" JSONB NOT NULL,
    "dimension_id" INT NOT NULL REFERENCES "dimension" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_rubric_leve_dimensi_f9ddb8" UNIQUE ("dimension_id", "level")
);
COMMENT ON TABLE "rubric_level" IS 'A behaviourally anchored level of a dimension (e.g. 1-5) with indicator phrases.';
CREATE TABLE IF NOT EXISTS "candidate" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
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
    "years_experience" DOUBLE PRECISION,
    "highest_degree" VARCHAR(16) NOT NULL,
    "city" VARCHAR(64) NOT NULL,
    "erased_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_candidate_phone_h_eab569" ON "candidate" ("phone_hash");
CREATE INDEX IF NOT EXISTS "idx_candidate_email_h_7d2aa9" ON "candidate" ("email_hash");
CREATE INDEX IF NOT EXISTS "idx_candidate_identit_c95a6b" ON "candidate" ("identity_hash");
CREATE INDEX IF NOT EXISTS "idx_candidate_dingtal_7e5827" ON "candidate" ("dingtalk_user_id");
CREATE INDEX IF NOT EXISTS "idx_candidate_dingtal_6d305f" ON "candidate" ("dingtalk_union_id");
COMMENT ON TABLE "candidate" IS 'A person applying; contact data only as ciphertext plus keyed hashes.';
CREATE TABLE IF NOT EXISTS "resume" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "storage_key" VARCHAR(255) NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "content_type" VARCHAR(64) NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "parsed_enc" TEXT NOT NULL,
    "field_confidence" JSONB NOT NULL,
    "parser_version" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "error_code" VARCHAR(64) NOT NULL,
    "source_channel" VARCHAR(32) NOT NULL,
    "submitted_by" VARCHAR(80) NOT NULL,
    "meta" JSONB NOT NULL,
    "candidate_id" INT REFERENCES "candidate" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_resume_sha256_d888d5" ON "resume" ("sha256");
COMMENT ON TABLE "resume" IS 'One received resume file and what the parser made of it.';
CREATE TABLE IF NOT EXISTS "application" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "stage" VARCHAR(24) NOT NULL,
    "stage_changed_at" TIMESTAMPTZ NOT NULL,
    "source_channel" VARCHAR(32) NOT NULL,
    "match_score" DOUBLE PRECISION,
    "match_explanation" JSONB NOT NULL,
    "overall_score" DOUBLE PRECISION,
    "rank_score" DOUBLE PRECISION,
    "recommendation" VARCHAR(16) NOT NULL,
    "hr_card_track_id" VARCHAR(96),
    "candidate_id" INT NOT NULL REFERENCES "candidate" ("id") ON DELETE CASCADE,
    "job_id" INT NOT NULL REFERENCES "job" ("id") ON DELETE CASCADE,
    "resume_id" INT REFERENCES "resume" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_application_candida_086671" UNIQUE ("candidate_id", "job_id")
);
CREATE INDEX IF NOT EXISTS "idx_application_job_id_0d3ba3" ON "application" ("job_id", "stage");
CREATE INDEX IF NOT EXISTS "idx_application_job_id_fb645e" ON "application" ("job_id", "overall_score");
CREATE INDEX IF NOT EXISTS "idx_application_job_id_0bd851" ON "application" ("job_id", "match_score");
CREATE INDEX IF NOT EXISTS "idx_application_job_id_834f00" ON "application" ("job_id", "rank_score", "id");
CREATE INDEX IF NOT EXISTS "idx_application_stage_799170" ON "application" ("stage", "stage_changed_at");
COMMENT ON COLUMN "application"."stage" IS 'RECEIVED: received\nSCREENED: screened\nINVITED: invited\nINTERVIEWING: interviewing\nSUBMITTED: submitted\nSCORED: scored\nSHORTLISTED: shortlisted\nREJECTED: rejected\nOFFER_PENDING: offer_pending\nOFFER_APPROVED: offer_approved\nOFFER_DECLINED: offer_declined\nONBOARDING: onboarding\nHIRED: hired\nWITHDRAWN: withdrawn\nEXPIRED: expired';
COMMENT ON TABLE "application" IS 'A candidate applying for one job; its stage only changes through the transition table.';
CREATE TABLE IF NOT EXISTS "stage_history" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "from_stage" VARCHAR(24),
    "to_stage" VARCHAR(24) NOT NULL,
    "actor" VARCHAR(80) NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_stage_histo_applica_1f35c7" ON "stage_history" ("application_id", "at");
COMMENT ON COLUMN "stage_history"."from_stage" IS 'RECEIVED: received\nSCREENED: screened\nINVITED: invited\nINTERVIEWING: interviewing\nSUBMITTED: submitted\nSCORED: scored\nSHORTLISTED: shortlisted\nREJECTED: rejected\nOFFER_PENDING: offer_pending\nOFFER_APPROVED: offer_approved\nOFFER_DECLINED: offer_declined\nONBOARDING: onboarding\nHIRED: hired\nWITHDRAWN: withdrawn\nEXPIRED: expired';
COMMENT ON COLUMN "stage_history"."to_stage" IS 'RECEIVED: received\nSCREENED: screened\nINVITED: invited\nINTERVIEWING: interviewing\nSUBMITTED: submitted\nSCORED: scored\nSHORTLISTED: shortlisted\nREJECTED: rejected\nOFFER_PENDING: offer_pending\nOFFER_APPROVED: offer_approved\nOFFER_DECLINED: offer_declined\nONBOARDING: onboarding\nHIRED: hired\nWITHDRAWN: withdrawn\nEXPIRED: expired';
COMMENT ON TABLE "stage_history" IS 'One recorded stage change: from, to, who, why, when.';
CREATE TABLE IF NOT EXISTS "invitation" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_id" VARCHAR(64) NOT NULL UNIQUE,
    "deadline_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "channel" VARCHAR(32) NOT NULL,
    "invited_by" VARCHAR(80) NOT NULL,
    "hr_user_id" VARCHAR(64) NOT NULL,
    "attempt" SMALLINT NOT NULL,
    "reminders_sent" JSONB NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "opened_at" TIMESTAMPTZ,
    "completed_at" TIMESTAMPTZ,
    "missed_at" TIMESTAMPTZ,
    "followed_up_at" TIMESTAMPTZ,
    "previous_id" INT,
    "replaced_by_id" INT,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_invitation_status_e559dc" ON "invitation" ("status", "deadline_at");
CREATE INDEX IF NOT EXISTS "idx_invitation_applica_7aeae5" ON "invitation" ("application_id", "status");
COMMENT ON COLUMN "invitation"."status" IS 'PENDING: pending\nSENT: sent\nOPENED: opened\nCOMPLETED: completed\nMISSED: missed\nCANCELLED: cancelled';
COMMENT ON TABLE "invitation" IS 'An invite for one application, with a deadline; the link carries a signed token.';
CREATE TABLE IF NOT EXISTS "interview_session" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "plan" JSONB NOT NULL,
    "current_node" SMALLINT NOT NULL,
    "answer_mode" VARCHAR(8) NOT NULL,
    "device_check" JSONB NOT NULL,
    "plan_seed" BIGINT NOT NULL,
    "deadline_at" TIMESTAMPTZ,
    "consent_policy_version" VARCHAR(16) NOT NULL,
    "recording_consent" BOOL,
    "processing_consent" BOOL,
    "face_cues_consent" BOOL NOT NULL,
    "consented_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ,
    "submitted_at" TIMESTAMPTZ,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE,
    "invitation_id" INT REFERENCES "invitation" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_interview_s_applica_76edce" ON "interview_session" ("application_id", "status");
COMMENT ON COLUMN "interview_session"."status" IS 'NOT_STARTED: not_started\nIN_PROGRESS: in_progress\nSUBMITTED: submitted\nEVALUATING: evaluating\nCOMPLETED: completed';
COMMENT ON COLUMN "interview_session"."answer_mode" IS 'VIDEO: video\nAUDIO: audio\nTEXT: text';
COMMENT ON TABLE "interview_session" IS 'One sitting of an interview: the drawn plan, consents and progress.';
CREATE TABLE IF NOT EXISTS "answer" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "node_index" SMALLINT NOT NULL,
    "attempt" SMALLINT NOT NULL,
    "question_text" TEXT NOT NULL,
    "is_follow_up" BOOL NOT NULL,
    "mode" VARCHAR(8) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "text_enc" TEXT NOT NULL,
    "media_key" VARCHAR(255) NOT NULL,
    "media_sha256" VARCHAR(64) NOT NULL,
    "media_bytes" BIGINT NOT NULL,
    "duration_s" DOUBLE PRECISION,
    "question_shown_at" TIMESTAMPTZ,
    "answer_started_at" TIMESTAMPTZ,
    "answer_ended_at" TIMESTAMPTZ,
    "think_deadline_at" TIMESTAMPTZ,
    "answer_deadline_at" TIMESTAMPTZ,
    "superseded" BOOL NOT NULL,
    "transcript_confirmed_at" TIMESTAMPTZ,
    "question_id" INT REFERENCES "question" ("id") ON DELETE SET NULL,
    "session_id" INT NOT NULL REFERENCES "interview_session" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_answer_session_7de99b" UNIQUE ("session_id", "node_index", "attempt")
);
COMMENT ON COLUMN "answer"."mode" IS 'VIDEO: video\nAUDIO: audio\nTEXT: text';
COMMENT ON COLUMN "answer"."status" IS 'PENDING: pending\nUPLOADING: uploading\nUPLOADED: uploaded\nANALYSING: analysing\nANALYSED: analysed\nNEEDS_REVIEW: needs_review\nFAILED: failed';
COMMENT ON TABLE "answer" IS 'The candidate''s answer to one node of the plan.';
CREATE TABLE IF NOT EXISTS "upload_session" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" VARCHAR(32) NOT NULL PRIMARY KEY,
    "node_index" SMALLINT NOT NULL,
    "attempt" SMALLINT NOT NULL,
    "mime_type" VARCHAR(64) NOT NULL,
    "total_bytes" BIGINT NOT NULL,
    "declared_duration_s" DOUBLE PRECISION,
    "chunk_size" INT NOT NULL,
    "received_bytes" BIGINT NOT NULL,
    "next_index" INT NOT NULL,
    "chunk_sha256" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "error_code" VARCHAR(64) NOT NULL,
    "completed_at" TIMESTAMPTZ,
    "answer_id" INT NOT NULL REFERENCES "answer" ("id") ON DELETE CASCADE,
    "session_id" INT NOT NULL REFERENCES "interview_session" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_upload_sess_session_744dc9" ON "upload_session" ("session_id", "node_index", "attempt");
COMMENT ON COLUMN "upload_session"."status" IS 'OPEN: open\nVALIDATING: validating\nCOMPLETE: complete\nFAILED: failed\nABORTED: aborted';
COMMENT ON TABLE "upload_session" IS 'A chunked, resumable upload of one answer attempt''s recording.';
CREATE TABLE IF NOT EXISTS "analysis_result" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "analyser_version" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "engine" VARCHAR(64) NOT NULL,
    "transcript_enc" TEXT NOT NULL,
    "segments" JSONB NOT NULL,
    "duration_s" DOUBLE PRECISION,
    "audio_cues" JSONB NOT NULL,
    "vision_cues" JSONB NOT NULL,
    "dimension_scores" JSONB NOT NULL,
    "flags" JSONB NOT NULL,
    "follow_up" JSONB NOT NULL,
    "error" TEXT NOT NULL,
    "answer_id" INT NOT NULL REFERENCES "answer" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_analysis_re_answer__266fa6" UNIQUE ("answer_id", "analyser_version")
);
COMMENT ON TABLE "analysis_result" IS 'What the analysers found in one answer, for one analyser version.';
CREATE TABLE IF NOT EXISTS "llm_verdict" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "engine" VARCHAR(32) NOT NULL,
    "model" VARCHAR(128) NOT NULL,
    "prompt_version" VARCHAR(32) NOT NULL,
    "dimension_code" VARCHAR(64) NOT NULL,
    "verdict_enc" TEXT NOT NULL
);
COMMENT ON TABLE "llm_verdict" IS 'A cached LLM-judge verdict on one dimension of one answer text: the same input is never';
CREATE TABLE IF NOT EXISTS "report" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "analyser_version" VARCHAR(32) NOT NULL,
    "overall_score" DOUBLE PRECISION,
    "confidence" DOUBLE PRECISION,
    "dimensions" JSONB NOT NULL,
    "strengths" JSONB NOT NULL,
    "weaknesses" JSONB NOT NULL,
    "suggestions" JSONB NOT NULL,
    "not_assessed" JSONB NOT NULL,
    "flags" JSONB NOT NULL,
    "flag_details" JSONB NOT NULL,
    "result_ids" JSONB NOT NULL,
    "is_current" BOOL NOT NULL,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_report_applica_0efeac" UNIQUE ("application_id", "version")
);
CREATE INDEX IF NOT EXISTS "idx_report_applica_0a8be9" ON "report" ("application_id", "is_current");
COMMENT ON TABLE "report" IS 'An application''s aggregated report; re-scoring adds a version, never overwrites.';
CREATE TABLE IF NOT EXISTS "offer" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(24) NOT NULL,
    "level" VARCHAR(32) NOT NULL,
    "monthly_salary" INT,
    "salary_min" INT,
    "salary_max" INT,
    "start_date" DATE,
    "reasons" JSONB NOT NULL,
    "process_code" VARCHAR(64) NOT NULL,
    "process_instance_id" VARCHAR(96) UNIQUE,
    "approval_remark" TEXT NOT NULL,
    "preentry_user_id" VARCHAR(64),
    "training_suggestions" JSONB NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "suggestion" JSONB NOT NULL,
    "approvers" JSONB NOT NULL,
    "synced_at" TIMESTAMPTZ,
    "candidate_responded_at" TIMESTAMPTZ,
    "candidate_remark" TEXT NOT NULL,
    "entry_date" DATE,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "offer"."status" IS 'DRAFT: draft\nPENDING_APPROVAL: pending_approval\nAPPROVED: approved\nREFUSED: refused\nTERMINATED: terminated\nACCEPTED: accepted\nDECLINED: declined';
COMMENT ON TABLE "offer" IS 'An offer for one application, approved in DingTalk OA.';
CREATE TABLE IF NOT EXISTS "onboarding_material" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "file_name_enc" TEXT NOT NULL,
    "content_type" VARCHAR(96) NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "storage_key" VARCHAR(255) NOT NULL,
    "uploaded_at" TIMESTAMPTZ NOT NULL,
    "replaced" BOOL NOT NULL,
    "offer_id" INT NOT NULL REFERENCES "offer" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "onboarding_material"."kind" IS 'ID_CARD: id_card\nDIPLOMA: diploma\nDEGREE: degree\nBANK_CARD: bank_card\nMEDICAL: medical\nOTHER: other';
COMMENT ON TABLE "onboarding_material" IS 'One uploaded onboarding document; the file is encrypted in the object store.';
CREATE TABLE IF NOT EXISTS "training_course" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "title" VARCHAR(128) NOT NULL,
    "provider" VARCHAR(64) NOT NULL,
    "hours" DOUBLE PRECISION NOT NULL,
    "url" VARCHAR(512) NOT NULL,
    "description" TEXT NOT NULL,
    "dimension_codes" JSONB NOT NULL,
    "is_active" BOOL NOT NULL
);
COMMENT ON TABLE "training_course" IS 'A course of the org''s training catalogue, tagged with the dimensions it develops.';
CREATE TABLE IF NOT EXISTS "audit_log" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "actor" VARCHAR(80) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "subject_type" VARCHAR(32) NOT NULL,
    "subject_id" VARCHAR(64) NOT NULL,
    "detail" JSONB NOT NULL,
    "at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_log_subject_18e500" ON "audit_log" ("subject_type", "subject_id", "at");
CREATE INDEX IF NOT EXISTS "idx_audit_log_actor_33954c" ON "audit_log" ("actor", "at");
COMMENT ON TABLE "audit_log" IS 'Who touched which personal data, when and why.';
CREATE TABLE IF NOT EXISTS "consent_record" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "session_id" INT,
    "kind" VARCHAR(16) NOT NULL,
    "granted" BOOL NOT NULL,
    "policy_version" VARCHAR(16) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(255) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "candidate_id" INT NOT NULL REFERENCES "candidate" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_consent_rec_session_23d581" ON "consent_record" ("session_id");
COMMENT ON COLUMN "consent_record"."kind" IS 'RECORDING: recording\nPROCESSING: processing\nFACE_CUES: face_cues\nCONTACT_EMAIL: contact_email\nCONTACT_SMS: contact_sms';
COMMENT ON TABLE "consent_record" IS 'One consent decision, kept even when later withdrawn.';
CREATE TABLE IF NOT EXISTS "candidate_notice" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL,
    "dedup_key" VARCHAR(128) NOT NULL UNIQUE,
    "title" VARCHAR(128) NOT NULL,
    "body_enc" TEXT NOT NULL,
    "channel" VARCHAR(24) NOT NULL,
    "read_at" TIMESTAMPTZ,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_candidate_n_applica_e5dc4e" ON "candidate_notice" ("application_id", "created_at");
COMMENT ON TABLE "candidate_notice" IS 'A message to a candidate (decision, offer); also shown in the mini-app.';
CREATE TABLE IF NOT EXISTS "inbound_delivery" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(160) NOT NULL UNIQUE,
    "kind" VARCHAR(32) NOT NULL
);
COMMENT ON TABLE "inbound_delivery" IS 'A DingTalk delivery (msgId or eventId) we have processed; duplicates are dropped.';
CREATE TABLE IF NOT EXISTS "outbox_message" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "dedup_key" VARCHAR(128) NOT NULL UNIQUE,
    "channel" VARCHAR(32) NOT NULL,
    "recipient" VARCHAR(255) NOT NULL,
    "payload" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" SMALLINT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "last_error" TEXT NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "result" JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_outbox_mess_status_4d04e0" ON "outbox_message" ("status", "next_attempt_at");
COMMENT ON COLUMN "outbox_message"."status" IS 'PENDING: pending\nSENDING: sending\nSENT: sent\nDEAD: dead';
COMMENT ON TABLE "outbox_message" IS 'A message to send; written in the same transaction as the change that causes it.';
CREATE TABLE IF NOT EXISTS "failed_job" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "job_id" VARCHAR(160) NOT NULL UNIQUE,
    "function" VARCHAR(80) NOT NULL,
    "args" JSONB NOT NULL,
    "tries" SMALLINT NOT NULL,
    "error" TEXT NOT NULL,
    "resolved" BOOL NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_failed_job_functio_095b5f" ON "failed_job" ("function");
COMMENT ON TABLE "failed_job" IS 'A job that failed for good; HR and operators see these, and can retry them.';
CREATE TABLE IF NOT EXISTS "api_call_count" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "month" VARCHAR(7) NOT NULL,
    "api" VARCHAR(128) NOT NULL,
    "calls" INT NOT NULL,
    CONSTRAINT "uid_api_call_co_month_4c34d4" UNIQUE ("month", "api")
);
COMMENT ON TABLE "api_call_count" IS 'How often DingHire called one DingTalk API in one month (Beijing time, e.g. 2026-12).';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztfX1z27i191fB6J/NzmjzOMracZw7nZFlZaNWtnxlJdt76w4Lk5DEmAK1fLHj9tnvfg"
    "GQ4itIERIpkxRmOtuYxAGp3wGB837+01mZGjLst1doDS1nhbDTuQD/6WC4QuQfnLtd0IHr"
    "dXiPXnDgg8GGa/FxD7ZjQZXOOIeGjbp0gK1a+trRTUzH98GVjhczaDyCkPQtpdVMlRCTm/"
    "nDXKz/4SLFMRfIWSKLDP7HP8llHWvoB7I3f64flbmODC3203SNTsCuK87Lml0bYeczG0jf"
    "4EFRTcNd4XDw+sVZmjgYrXs/c4EwsqCD6PSO5dKfiV3D8DHZ/HLvTcMh3itGaDQ0h65Bwa"
    "LU3guE1zqKcjOZKXfDmaJ0UkBuKCKg+ZdUE1MmkFe12a9f0Ff4pffu1w+/nr8/+/WcDGGv"
    "GVz58Kf36BAYj5DBczPr/MnuQwd6IxjGIaiqhSgSCnTS4F6RO46+QnyE45QJpDWf9O3mH0"
    "ncNyjnAb+5ECIfrspDQE9+oDbBxovP8hycZ6Pr4d2sf31LH7ey7T8Mhl9/NqR3euzqS+Lq"
    "m7Of6XWTfHDetxhMAn4fzb4A+if438nNkMFr2s7CYk8Mx83+t0PfCbqOqWDzWYFaZHVurm"
    "5QIyNDrrtrbUeuxykl1+vC9Q1GEbb7bx9yXSO/2yF7MgFt7Si87fRSX2TuqDzq7ftrEY7X"
    "YYP92Ou9f/+hd/L+7Pz01w8fTs9Pgp02fStvy70c/UZ33RiPN9twyAr2/yn4B0to8cHfjE"
    "8ATn5IEz+xFfyhGIgspyX5813vPAfOb/3p4Et/+oaMSnw4N/6tnncvji+ROYjEwV3jmQs8"
    "RrPTyvbXbW1wLkF2oNLY/JErOnh4pQH+bFpIX+C/oReG84i8E8Qqb/lyhdVmYfznZhVtro"
    "avaMHnQIqNLy4CAfnhyGEgkDcAN1/H4w7D+gGqj8/Q0pQM0NWlbmhkKs7e7VN+/tsUGZD9"
    "jqNCPPb9kyU3n++H0d1mihbC8918sPdD56/mQ4uwoV+e2TMjX1zsW0zfWvVWySsQwwX7Sf"
    "TZ9EmxdcTR0YMFlq2eB8u4iGa+QqsHZAFzDohmDVTXdswVsn6ygWktukDXyNeuk3fWwMNL"
    "qJ67NrJGGk+D33c6qelLTb8pAmkzdT6p6R8j14U0fbofc7WgbFWTR1uO2vm622tM6Tz7tY"
    "DOefZrpspJb8U1TvIrCUJiUEdpdoJ4u3zVJoil0aRCcB3dMYTQDQgOB2+n01BwLdNAHIXr"
    "r3eTGz64AUHy3NVVB/x/YOj2TpbWQiD/19zFKkUQPLi64ejYfkuf95eqwM8BmwIUO3I3IL"
    "+57v89if9gPLlMnqV0gssEM3RbIZqU/sRZ7ZcmwR3iDEUjSpfgywMhrIohmy38sNBfTibj"
    "GPSXo4RV++br9eVw+uYd4wMZpDsZxu7QBSxmkE3RSaPsVqNs3KEvDbNbDbOpRbaHcda3AS"
    "nSvJZtejSfsUTooAbIgblak+WM1ZdreqHDMUUmh3TzjJJqMFhZBaO32id/X0IHQEAFG4AR"
    "0uwL8Ex2oyVhHdB08v3ZZKAN1oZrA3J4uytE/u8PV7cQ/TbttIWyjAmljVLaKJui/zXTWi"
    "VtlMfI9SI2yte15tTIFllJAEz0zVIgz9CPTJUrRtYC007eFzP8+yzfuhB8MOPJzW+b4UmT"
    "Q8LUE5ExhCw+Cbp6GH7oYxtt+EmpykX0uFB83E9HudrM08CTR8aR1EyNCxcTL98jutJy0j"
    "1iw7bqbBOMALRtRP6ngVDt6wL0dvEW3Ltn6sf5vfvx5B28d8/Pz87Jf+cPZJ5n3VkS1cxT"
    "xwDZR3QNAd2xAXultCpX4XM4Gt4/uBqsSv7R+afU/qT2V8fduKF6gNT+jpHrRbQ/tt2m+J"
    "2t/W3GS1++DJR4XXClZv1KmrUn5nHcmoYJM0APSRJ4zylNVYi/e3tyeMivJl8vx0NwOx0O"
    "RncjX3sOdnx2k14K/fTTYX+cQDgpF4u56zOoy8kRfO1NpVqvPU8h2dN3z3HpNQzzoh78jH"
    "UX8+MP+neD/tWwmBvfQE++4ry7XWPqPli6OqYztQj6Sg0c1BTEMW34FqJso8Z3f8D2FBkM"
    "zDXCgIiyOjNzMvsBtReES8gzHXQBYYPNxtjIARBrwIYGtF7AA/k3J1umzJmlU1qaJRqyTz"
    "RUQZVmiWPkehGzRBOi4JvtmF6StaOaLi8+NfOkitEcTp94V+sDK5bs7rgceZWu2iF2VymN"
    "IQZuSF3VEk4JAx0qLAmaJTpX0/7n2QXQLDh37vHkdnhzwYSue3zb/3o3vLoAa+jaSLvHg/"
    "GE/a0aJvk7KawVWvlnRRZ+cp+KrPuz5LJXdedFyN7pj2+BnUga5FpqkFtD21YMHXMOzByb"
    "XIzqkGa5s5Om2uWYxAK1p83+LZC0lCQ9YN5ScKWxiUsMPAt9RypHWtkOe0gpURdAHf1YE4"
    "GeRqkoqotsBWGKB69aXR4HcmaR3BDgxhwhjdr3FH21tswnFqBItCdHdCPKnUdyRIAj5nyO"
    "LAWuGYyWUJAph7QecaatSjD2DLoKNeiKMCdBVg/GND4AuJ7+zZoFtJZtkZAZ3xWCu9Tp4x"
    "TPj8av7pNtSePRSpA5h+wzFsU2SiIhTUO6cXwqNhLcFjiUEmBZCqLsQJKipSBS+0QJ+Las"
    "2mwS2ujeWADV+DEl4d0GL/dYL4BzLeLOGop5kbAzPurR46wExP/bn+4OtXhv5ogAexTqge"
    "u1oasshG/POL9+OFNVannb4vw267XDCfYL7nXzIv7+iI4qlMW4ofjlAeJHoDtoxc9CzBgn"
    "Q/JkSF5DPumGBmfJkLxj5HqhkDzKphS/i8U2bWjrHJxHRJfxZ4XsedPJ1dfBbDS5uQA2Mu"
    "YK4a1lai4zyN/jy+GX/rfR5Ou0P74AD2gJn3TTtaBxj+9Gs699Skfv2LrjMmmE3pkNB19u"
    "RgN63UHqEhNBhVz91h9/Hd5dgCdouF6RWdEYnve9AjE873uZMTz0VqL6MPrB+aizg3c24+"
    "vM2NrG7ThLHT8qdKdTONJvpnCSJDtcIOb7quJ2yjZxQmw/E/1bGNoU3QGDXM+bAq6FHPiI"
    "bAUahvnMiwe5W5FbmRhzyFsTSvy+9+EsgJf+kYfs3XV/POb47PT5XFfJ23HiVPORjVMeDt"
    "Re/UGlRb3IOYuIcKIsLNNd8yWZjBAmHvHhgrSr8vpXHg+8KXKk0KIRQvExHNJ6hGG0Kj6G"
    "/PLV2oCW4h17Qhzi0UoWlc6iuUlPScVdKw7D2xH7jjLIJaNKZxSTZpQAb44xOzdMOU0tQz"
    "G3hGKmPO5FHA7Ma0G+hT29DRFXz4jM1lxdN7+sZOa5IOSZYZO0xyN2EJ8M9SHmuGV8F+N2"
    "z8zGtVmsKIOlIQtpgPxWZD3p6BmQIwODFdQQbT+a9slwugHsPo307UjfTkM2z4Za+aVv5x"
    "i5XsS3I3sAyB4ALUmM3kktkPXTs5UAqS7VQBlgsOUrBBtkiykFTAsuqBkAbHqiO4wVTbsg"
    "f891wozwqmmRa5oFn8HcMleASP0R2zlgtnOOylD+/Nxq80mdaFMkTlabl3pGPXedhkqcUs"
    "84Rq4X0TOCLTfF83zPdpSuTXWMy3BtB8fabql8sjh0jRMl24hwTqbkqybk1A3rsjJygpLb"
    "vKVdIsrHADEH3ik5E6ejwSwv4alKJTFa4JyjICbqn2crhxYbqBjByAJ6YST82Xgh2pi6NK"
    "njh83h6XNBIA94w3qIvfvl9Ge/KDfWaL4W0ejWSwvaiOdLquABXM0w1o7NQ0DqhFInrOWe"
    "1VDtQOqEx8j1IjphcOKIKIQBUZvE6jK0QfITeWhmu/ICglak8FSdHyVdea+UKxVIc0Lxr3"
    "EqGfaaz5Ydwl7DQH2x+nIJsjbt4pWVkYoqKXvq7G1siN5NVpFKrDHRPmRVKu0DSDYmKo52"
    "OCp7eLObp7CrsWEFtPU1smyyEdGaKy8E4E+AQOgQGkDVMGBiqmHbQNXXRC+meb1gbbg2eE"
    "QvRONeQnvJV9FLmlVGf0oNvCEbUEN1MamBHyPXi0Z/KgirIhpNlEaqM+ItWwhgwpjHiCTo"
    "wqCjFdQNUdBjRBL0HVc6lfRErFJxqp1g3x5r+3ph5uUn23vLVBTmOJWEeSvMuoawozsvwk"
    "inCCXYW8FeQfuRiJRsLxDBOknXgl27crs2ebgDjUfFtTPK7WfDzaOVq3vr6g5hw1n20yKY"
    "40wrqgQ9DbptupaKqPGQ9l2CmXGT2chnz1AR/K/oP6skG+5Bt5yl8oIgp558vtM3Ttmizh"
    "NlOH4pLLaCfqyRpSNuf8qcXqA84h1bgtYM4Rwgy+gIutQXS2Q75L0XFhISUtKUrRNTZPfm"
    "Bp2MiMZI7mL5jRGWYPhtzgZSczuvZ97fKR+aPNNd8UqNiWT9TtkkjeX4ltJIsnNFcbDoXU"
    "QJ9gJq4M0yRappaW2CqtL0AO8j5GUGBJ9nTlJAOKZQew8LqUh/QhrwCMFcNxCAWAPPS+gA"
    "Z4nAmgiayAqKQekOv//HrhPJMAIZRtCQ7aChDmUZRnCMXC8SRmA75LELpDwiIR0tQdbCMP"
    "Te6WkBbY2MylTX2L1EZWByIiqidbtiRBLpYkjTgEbai5QBJQB2kk4aIbab5/V/I+XhhVvl"
    "+lJfZIpjcbrDRZNX3LLjY6/3/v2H3sn7s/PTXz98OD0/CeSz9K08Qe1y9BuV1WJ8SJuQ7S"
    "XsnZ4J7d0BxcHaITTY+cRUFk046itG1YJN5NARSN6DyEvMaRAGzzOSU0CfQ1uPNCL62Nak"
    "EXnKvEI9qtwEl5xAsRRlC76QqqM9bAc6LueIzRPSNxQHhNfb+Zrqq0KWZVqsf40I0HGq1q"
    "3l6iI6lhBjscznNOUB4Q4CeB5Mp7HbiPuw0h1qrnkQ0/gTdK1b5ecnBaA+P8mEmt5KhEIi"
    "B4rILZvxUlYpXVYJ8i7FUp6TZC0KX6oq4zmW4bpnxnMsqbZZKBdNeE6uMNGE59d3bjcE+E"
    "odtlHEOF7bBKDZrluYGFggQTxYQEE2N5ibFjAxAt/Nh09Ad2xAvrMF8tK6qeC0QDZwlpbp"
    "LpbMK0uegb1SrYC9CS9jvKrHcEu7xfYQMn2qsNt/OiFj6AD/42Ev0KFj0Y81OQ1s9i34zP"
    "N54q+azZLvsMHk1dgf7MzgTm0SZRUahmKrZBOr5hEr6KjLKh9A8H/05+8yb3iJT/Gg3/BA"
    "8fjPXIL7PET6/aXfvxanSkM9wNLvf4xcL+b39/frtP4/xO4qJaAnDYuLQ5u6NsFlghppZz"
    "ocDEffhlcXQXjaPb4bTIfDG3qNDEXkbcm10c230Yxe0vGT7nhXZsPpt9Hw99HNbxdhY0Sy"
    "YMgMXy+vRzM2PjCM0HknU29WWvGW/P1lMp2NR3feuKVpOVSJp3emw78OBzPvrb4jlV2bfP"
    "48nCq3w5sr9kBzPkeWskZYY0/07vZvb6cT9mu820QYs8ynkPpqOBiPbsL7GlINnf0+ohNP"
    "+lN/avxgEpmXzftlxF55qbM3puvuatr//eaC1eOlXVvwPR7+/dYbRc5xOi4pHxby8hcxIv"
    "ayjYi9tBExKWkIbl88ermJ1WUTK3J0STNywY+vfDNyVFlJ4Z6TtJagk/lqBfLVPMzI3mtA"
    "HNgGChuVecTSwly6hTluIBD5JFKU8qMo8FHEjRmFwY6TSaSLII1Uc7UicmjG3pN9yqYpW+"
    "c1LD8EYWkpKjVIU8vvo2CdAx5t+yocfCyC+cdszD+mU5Rf0T1YO32h5IZcof25IKohgcST"
    "g6eXXCcGaYxGOrFr68Su29ot14ud2BVKwLZYA++mohrxPm7FM0z63RPSthUASIIa2wpjuJ"
    "I3ADdfx+Ni4RZLnebAcULoRCIt7qgJ8ks4U0sWcmxlMnt6GWEpo2CitkJlb3zke+Lkeyru"
    "vOnaipaF1qa1b32KKZukrRAxJ9CeCE3oHG0FCJuOru5bMyeQ8G7YbG3Cqsqgudjhx4maSx"
    "6O2WFznicvciIXLnxiWhrS/MA1zxNIKCxz1QWO2QXPS/afF/ofhDOLnghPsr3gSSy2KhIV"
    "6MsthwyrykvhbVlk1UFSd2X8lXRiy/irNnO9SPwVPR+UvYKw4jPU2MovQ7BaG4JF1vdeaz"
    "hKX+fKNnIJt3YJEy3B5BQ1z/axBgR1XrA7elbLz4ElJ7gt1nY5pGhBsMChy6aIC5GtFR6b"
    "KyymdYS0BaCg4zdNKH3q292/iTTMPT1q7awV3U341dIrrU69myO+I46lMe5ZyrYz6vFx27"
    "NzsS8HBrmyEZS6TDYCEGhEyaXi1SeWJUv+9QhUaFk6sslNmyw1pAHHfOQZIKt4gKBxMiwy"
    "tHnMvkmficzS9MLyHykTS+u0nXalYfOITFzSsHmMXC9i2GQHiWDYcpSmHKXvdbfTqpsQRg"
    "5awS8rQdrCT6u5n1J6B80r+VgoS/sVyj96lkZBe0onsFcGlsq74c3sAtDeMfd4cuvZWc21"
    "Z2UdTK5vx0Nm+FTN1ZrqGOTq9ejujl5a6bbNRvVvBsPxmI2iABnGbjbHCjqiiSesvk6mal"
    "VmsaqzU33ru2CJwzhV62Au37i7tHZpPRynah3M5Z/30HHQas056/M7r0bIDmf0e1cVxuU1"
    "XbXQiv4Cy1bo6ZJGNTuXOk1Zj0Rq+rzWJFJTaHep5hGSyX6WdRZqPSFuBw7HCCWP68zjQC"
    "rfxeSXoJWcrjOnPWVrBzbHCCWP68zjuWkY5jNhlrvegdFpasntOnN7baEn3XRtsUCDBJXM"
    "MefpHWsDqsy+IJq9nySU8KbhlTEyMkam9TEyNcgVrtk28iqpi31sP7PQmHSpf+9ON7fKfz"
    "hmawjRbInC2vs/2cCjBY7Jon2w6TVSZ73VDciJENqBnluS3w7XByVSGLfZT/CtjMkS/TLC"
    "RkbY1GKDaGishYywOUauF4mwie+/Ih6hOGWbpNwy/ELSzVYqnOTH2EzSddAPDqjZCUApwh"
    "a4iA+dB6Tbimd3U9w1R0MwTQNBnCFyJUgT6D8Q2qrgD64clgOXk8k4xoHLURLir9eXw+mb"
    "d4wdYbHc9KJfZXaO3R6vtaGtc15h59voaji5AE+6hsx73P96NSJ/QVfTyV90aZLzyv9qhc"
    "NTikSnZAeniLRLbnvs3Nfb8aTvXXPXhgmjV2k4nHeRxsj1b/rj/7ljI4mua7zYbKR3lY70"
    "LtKRN8Ph1Z0yHdJUZsJQhDRboTZf9HyPP/dHLMxuDvXaxNjRZaggrIqcPFEaeegIHzorpO"
    "lQeURCQXcxohaAnshXPz0tkrB+epqdsU7v8XC2l7B3eiYOdUjXOrTLD73zIHt4cbg14nIq"
    "YyUID6cZnFSrGRykRFYk1cG1PHM5B/6cLg9xMtnloUCXh0DrspfmM97BpMSdQLr662NISt"
    "sPPWcALcFj7WZG5E4ged4AnhNVYR+OR8klv+vMb2ep40dlj5RB7gSS53Xmuf+R7sF0/gyS"
    "63Xmuu2ukWUjDfGK+OZZfOOE0t4rYO8lD8Te69EIlLlurXY6VXOmkd9cnb+5QOkRimpJUM"
    "lozvSH5ccbieEaJ2qTf7uqKM5IWNeeEZwt7jrSTYRxxpfZ9t5Mm8+9BJT/OzJVszaIouAm"
    "9sY9OjR5Xq49A2S/sknat6YTmQk2eeieSPU9/6E9ZZO1CaoqI4lT2ya3PGF6a80rUuiPVi"
    "Kbe7GGKLbuOAQhGhEMcVir+oLFB7MqzixKuAsoRojARoZpYG2ZVKSy+f1RSphz73YpsmBg"
    "DaWSLpDhzMcT2CrDmY+R60XCmRsYqIVNZ+Pz6ogxvMPuzfpTVrwsMg9tFKHcTie/TYd3d7"
    "RPhLI5ArPaRAy/9cdf+zMWu4WeoOFChwVv8YqjJU/m1wnJoud8ms/Z5XY242WRndinXEaR"
    "HdW1LFowB3PjVfMD3pO0rYltKSWJwHOc7BMHnJjigPsai+oV3dEaExGsoSddRYq6ROqjyD"
    "aUpKvHdkQf25rtiO70RF3leq5yguxiZK3Zhg4dYlenasL1NFo2UMxOa1e+fUVZm4auvihP"
    "yOJb/nNq0GbO0LpI4vKFX69PMHkDxYeRs9XlOem59Lv56pvzkZXoqSfqlEoNfzszgD+B5E"
    "BhDswhlaJcZO/IAC69jFYR4ICP245lGeO08rCv82G/e0i3jOVuEJc31sBd+JyglZyuM6dl"
    "cbtqw83Czn5i8KboZCyfrBz4ipUD+Wu6BJjjLTKbtZ6Lgpz6mPcIPvOM+HuHVG0KBbZkWS"
    "fc/TI+73WCzuKgcSLOUqhmh5t5XBSLNesDdeniR6R1AQ09XNG5/KIkNE6M9bH16lT6xbV+"
    "skFg/+J0wd1runt8jweU3gbQQsB2yNaoARtBg/zfG4SfkGGuEUBYtV7YL/gZuLQJDPiXv4"
    "D/33/p2l/If+gC+su/yE1HN2h02z3232Hjhrc/gX+xN/VrMPwLPCK0tgGC6hIQxhLhjzyT"
    "cMz7PeQtmc+J/CJgmwCSd16z4KZ7zO4D3Y5T6Rr5caZDtHTjhUXR0RC756VJ0JjrBq3+ef"
    "el/wt5MKVkUxMi6LBhCGs7df+NhUJnVAbtHijsLqezVztbS5bVOE0G4h1PSJYMxDtGrhcJ"
    "xJN1RWVd0WYguiJ7h4eGgAwQI6pzjcUdhYHyi185pgONXYpfJQjbtHwPHpyjGkQr0ZRdC2"
    "Hx6WVFrAIVsXxVTf83Z5vJDo6NEbVp5ZfYB0lF+hNrZyS8s6RpZdjfbjsLprVOM6S9bEEv"
    "RtQa6Etb2lHrThrW7BDjJF09QoxblfHQwDQj2vBWEP7O5HZ4cwEo5T3+1h+PrvwMoSdo0B"
    "ZAsQyhMEEoWcL5HvcvJ16OEnwwgzynVw+iRJZlWoQtWckV/K8rTtW6WNXyBX/Zvvdo4kq8"
    "XCOxkJIojZRwZfGiSnGVxYtet3hR2Kxw30CdtgUzJJGN7YuijT2rdPcnKvNw/P3p2j153S"
    "u9sYoVDt7q8f996fuZ/YYilg3mpos1oOOIf75LLlr+394w4CcZpZ3+pczIbXUZac/p0wSp"
    "TrLJpawKU8s9qqFuSemMPkauF3FGp7beFO+z9X0ebQsdfmVF/xSzkWVmC72CXezxMIaVCu"
    "xXeKFjMdtVQCHtVtsd1mEZbdHObynKFsCddxxU0f/NRosVreAo4vmI0kivR+leD9k/61DR"
    "AqziEUtPF1n+cap6fACtqiz0pDNrlyhfEmSSMeXvTETlwgxkWzUtMe7waCWLSmfR3IALIb"
    "4EBPVgRqtO8px27jkMyWnkLr+Q/ZnCIgtE9IyAQKoXwuqF9FV3DpCcL919mzXUVHff2Fh9"
    "QxbdZzscV1/kbjfPzWcYK2o/DQYWSeqF6hJpYDy+/uW7qy0Q8OmB6bnkArEtkZVL68N6/S"
    "Bs8q5Ax2vXoSmqGD15KyiZ7VvFc+4xm0sDzrOukp9nm8BCv1D5knavWOhPyA5Jmdj5Fgy9"
    "nGCkebP+4ZoO8rKIaUM9E0MDUGdWwcRa6UyUzsRa7IANdStJZ+Ixcr2IM/ERvShLaC9FHC"
    "9RmtYVDijf9dIMz1aDfbNMRBPBNyBoIbzvekV6A5BR2b7ZXqo/wNoyV2tnl4CDNGULMS9/"
    "SYdmXNGMjjRlCwEvf5P29SRR53iCrBVQH8J4lTKzvI49YIrWpsW1Bfh3unl2ACscs90EgE"
    "GkUOFPRBVeECluQVcF8Ob5FFWqiQBHhmwCcrueHg5M8p9nSyeaNKfSVwUP4McAx6tKZsX/"
    "buk7qduK3yxJ9p6UhgGpIkrDgOR6rQwDmbJ+5i6aLeNX6E56V+utVAZtv6oWRcUZaBheKA"
    "zHcZcd5ZeilIF+RcoCmXiua8h3fhYGO04mkS6AdKDl7xYcJiORqqqkYrHdTCzOO0okmVI6"
    "U54RfMREuRQLpIxTSbaU/624iwWyHdE9LEEmGVM6Y2jrdUgXvo04RpRsziTpJGtKZ40MO6"
    "4ZM8ivcKBuCPMkSidZUzprvPobis5roZLNmDiVZEvpbIkY/VNsye1vGic8YGPTjfW+sX1N"
    "ZXc82cCt7tHiBRu4vY6LeDKfM89nykPs3ejmOYjNYEgR/zAbHRZlClHp0j8s8wmxCk5XBP"
    "MZNB7BpM/1Au84jQzClr7WhmwsDfW6SV/rMXK9iK+1gQW4NQvOHUG9pHM17X+eXQBGe49v"
    "hzdXo5vflP7t7XTyrT++AGuEad9BxTunoHGPvXus2LZ/dt3j6fDz1zt6yUJz16ZXZsPp9e"
    "imz4pyO8ha6djrBdgfDIa3XqluVUVrdu1qOBiPbug12gBEx7vV7+4VCUDsZQcg9lIBiAZ6"
    "EgtiDghakC9bfYQ4dpbGi2JDA1ovAtJKmlB2seYUdWboKOS7E4A2TiRhzYYVivQhiRNJWD"
    "mwOtByFCoJ8WWsLC9tlCpPvmoewnnBCuRUTRlXoS3otIuQSLNq6WZVIhipyLaFU0WSdK0T"
    "JMpPE9lApvvCONemuh3xBPlOwCf3kBrlUH4sUh30Y3Z10I+p6qAbjUCx0Apaj2nMs1N0OK"
    "QtWOiHrjCzthDCDhEsXDuj0Ezeqk/TlrLkX1swqb5mq46pPrxjqEwWvTyCSz+CNaTq2k52"
    "uzilbAlVHzNd2jobfkcin2Gcqh4fX6tKzfmmQUusvGyUqB5MadWOaL8Q+XaXDTFGKPfDOu"
    "+HKsQabZ2JaMOjtYl3OwGzZ5Hcbwr3RZUyHq3UyoS1Mk+tEjVlxqmO2ZQpo+NkdFzro+Mi"
    "blACj6VDXrj6pU/6+W9TZMAMZWUT+YYfTDKU/Lprf8IW4f9npcGEaeR4kYVcfHPCDIPxyi"
    "pKsDXocIIRcNeGCYnIBcJZAEHPpa1nPrHarXPdQLQWLNqUdKXhg/SG+fAdEUXJdmjF104C"
    "9dInlwGKMkCxIXtLQ0PVZIDiMXK9SIDiI4GU7/HZHp64oa1zxZLO6EoZ9KdXF0DXFJUcVP"
    "f4anQ7nlz3L4Cmk0NsBWnk4G/T4ZDGDRJk0T2+7N/8zad6gPjRp7seXo0GNJhxhTQitxn3"
    "eDL7MpxeAJOdWsVWUsW9Fumhq9A/RMsdpgilzi6ss5PHO0T88TDjflMZp2aCrgXQVx01YO"
    "v/RsrDi8Or/HCpL7Jj6GJ0h9PsT6oVBT/2eu/ff+idvD87P/31w4fT85NAJkzfyhMOL0e/"
    "UfkwxgdOnN0S9k7PRJZ4SNG6xV1+dADVjIiWqTwiTkBzXlviGFmdT+Udoe6dnhYJzj89zY"
    "7Op/f+TMi9nia7k+AbI22h5NtcSTet4FhobUCVV/kkN0M9SnbA/PTgSmMT1Fm6qpjxPUoi"
    "ze7bze5BGvKeBvcg47lh8BY1tUfXVZ1S0Gd+HN/AdC0bdTgW48SIbp61OIgKVMPBRTqYsd"
    "G0bRizzlqLn2ywmQqo0IGGuaCQOnBBW4U9686SjQxrDgLdIbrzEzLMNa9+eRVPkDZjaTNu"
    "yCbVUOuhtBkfI9eL2IxFs5HKzUKqUTZMBYkBumMIYRsQtFDdr6rh1ZOu8aTm3OSugEbar7"
    "Yu4iUV9zhaSXad8IBixxLhtbLJ5gWqlVAg3LWEikn4w1u3bE/fFaklQUZlLlx2L5nsE75Z"
    "CuNs51mCrAVYH9p1Fu9tt1vp+5BUJn3kM2i3Ap+Q/L4njnCyrb5nSCfLe+ZbT1OWvtexSv"
    "VdTXfG5qLDsUcF97p5lihIRymGP2yrDer3pQkc02UN7p+XurqMt5LvkosIA4jp3Ze0gUmc"
    "fLv1KNbkznZZyGLgoN/87RmH4H6N7uhXFnkWAcq0SphWyPyV5zJvmQXsIK5yaSc7HouJtJ"
    "MdI9eL2MmCrbyorhYQtNCYc35SQF07P8nU1uitP5PwirbbUw+vojXYGJkUewoHIiXoWgh2"
    "+YUs4zKlKNR7lN6pN9Dlr2qvP4uQhSGgqIdhoV0lPoRFotaKQs0VfTyJtybmiwFBFWFnil"
    "TTiqu+3AHdPEOG6g1VrHBsodxLn45WotZt1qHhEa0dgJ4Q9qwRBk3nZJEumgWfMT/JcqdZ"
    "ZGSMjIxpyIbXUN1PavzHyPUiGr/tWWrFgp7jRBXV9W7ejnpEOarT4WAypR0zaOcLKmgQdO"
    "/x7XQyGN7dsct+eWF2/XN/MFQGX4d39OkqUlQX2fd4MLmZ9QczZXjdH40vqOjgEClFQSui"
    "uoR3767vwnv2yk6KHa+TtbqwIHaEEzMiVAd0LL6O/F9iWsbaNHT1RaEFEgXNZ2nKOn9Vuw"
    "adlb669bUIyN7oFoSQVG3HYSWniQbIazmaEw4Vo2odzJVkSEoTTWtMNPwqj0LiapJM5ult"
    "z9MLMEvjLJyrN4jO1TCYi+brJddYnXL2AvxvTEdXUYdnYEwM6eaaGIPfisPRBdL2VkQfIG"
    "8IHBNAEEwC3oTGQpb1+PMnQGYwgb00n/GmBNtKx/ov5JV4yXqlzHuP7/GMXHgwtRdA0bHZ"
    "/WC6LiCkuhOvDxfk/d2ORuCJrrxdgrXSZRUjdjQZUSUjqqR9tebSi7SvHiPXi9hXsy2BfF"
    "43wfpXmwgUDWnuWrToUIyodQmelWQgyhzPqhGmUqdoAcQoTStwPnQKl7qEGIs1uo6QtM8S"
    "V3ofcXqs7yDvRMhk15X6yDZpkVa2rJAtK2pul9u/ZUWVlrkRfjBdrF0hQ39C1kuHY5lLDu"
    "nmWeZ0bzD9geHoApa5KwL1DBqPYEMI3qzsxUgDpsVi95yR9jN4RmAJn9DGs4+0T4BI0gxd"
    "ZANoIaBZ5nqNNJ6NroInlBw2KO1f0v716ttaQy0h0v51jFwvZP8SM8601ixzViSZkIzKid"
    "JJpRNK22LJtsWapINMXOfB/HHteTV5MmF8QK5EaLKhyioyVsxTayNMxLBnS3ccFHhNbfI+"
    "tB4qtr0EVQB9b+kSYkq2hA5QoWsjWgZ1i8u2pAeIFshwoOMyqDD64ZCjxUGrtSMdrlLglA"
    "JnA0QPKXAeI9eLCJzSJ3gYj1VTnCcNE0Hj7hNVX+uC4eIxohbCXEm8+Bq+0L44aZyzSyxE"
    "SGSNhXzX7A41FkLxfJcUupD6gE7aNdFjKIRiHOjcDm+8PDqf/h7fba7YkSsz9qdDOz/2r2"
    "jfR2/pvX6ukK85cXh1t4KGke0CjNC1pqvd+96Hs0CzoX/k6TJ31/3xOJ3tltRHBWVXDnkL"
    "BdjmCqxpPcWAtqMgy+JVXsuO/olTtSAY5dDRP6xKivj3FSGTwSl1/qzIVBQbAZEupJASXS"
    "kSXU3s6Z+hbiDtr+ZDh2NLD2928+zoczZM+e6PK2BDJ0M9O7VHCuamBRamqX0CX6astLO5"
    "pqvItGwi2VGTNqLz0BsqxMBCjvVCL6545vNS55ZxFNKs3Tb5sKEGTmnWPkauFzFrkx1fsN"
    "BqSNE+g3YV0RQb+UsE4yhNVSrY68FcQQFsayHUKWczvh7yeKva45C34XUtyjfaBURtCtcv"
    "w2gnbL55BctNizK3yLo2jSfh+mtRsgMWYAuuNKoCW02U9/5aH5AtaWC6LMcj3d4per+b2+"
    "JprSsqGUqbjftjt6rxX8xnYM5pYBpNYPiiW7QiiEFVbhOjMKmhfzuikWv02srEzhK8uUT6"
    "d9ornErSXYDeLt6C3knv7Jd3vZ/TCn1lT+Go9v/oMFoPKr3zz31U/WPR82WlZanLSQ1ecn"
    "0vDT7YdosqlwFBK0TEuGqZt21u5MMPmYrlh5ReSU4yAWT94S3EtZpQPyKLcFTFnHqL/vjW"
    "xHWUm9H9SoI0snR12eGJ0N6dfOE5HLNNaM4GVzb6qJf4uUNF7XaX0q6mGPFaqJy2P7yF6L"
    "47KWS2P8kx25+kTMq0NQA3RDrbqhwhObxh+XWscO0I6fjz/wCC30BB"
)
