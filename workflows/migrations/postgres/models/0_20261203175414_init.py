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
CREATE TABLE IF NOT EXISTS "spent_report_link" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "digest" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_spent_repor_expires_bc9f0b" ON "spent_report_link" ("expires_at");
COMMENT ON TABLE "spent_report_link" IS 'A staff member''s report link that has signed someone in: each such link works once.';
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
    "erased_at" TIMESTAMPTZ,
    "duplicate_by" VARCHAR(16) NOT NULL,
    "duplicate_of_id" INT REFERENCES "candidate" ("id") ON DELETE SET NULL
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
    "scoring_config_version" INT,
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
COMMENT ON COLUMN "consent_record"."kind" IS 'RECORDING: recording\nPROCESSING: processing\nFACE_CUES: face_cues';
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
CREATE TABLE IF NOT EXISTS "sender_count" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "sender" VARCHAR(80) NOT NULL,
    "window" BIGINT NOT NULL,
    "count" INT NOT NULL,
    CONSTRAINT "uid_sender_coun_sender_28b28f" UNIQUE ("sender", "window")
);
COMMENT ON TABLE "sender_count" IS 'How many resumes one chat sender sent in one fixed window (intake rate limit).';
CREATE TABLE IF NOT EXISTS "calibration_proposal" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "base_version" INT NOT NULL,
    "weights" JSONB NOT NULL,
    "pass_line" DOUBLE PRECISION NOT NULL,
    "evidence" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_by" VARCHAR(80) NOT NULL,
    "decided_by" VARCHAR(80) NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "applied_version" INT,
    "job_id" INT NOT NULL REFERENCES "job" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "calibration_proposal"."status" IS 'PENDING: pending\nAPPROVED: approved\nREJECTED: rejected';
COMMENT ON TABLE "calibration_proposal" IS 'Suggested weights and pass line from outcomes; applied only when the HR head approves.';
CREATE TABLE IF NOT EXISTS "demographic_profile" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "data_enc" TEXT NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "candidate_id" INT NOT NULL UNIQUE REFERENCES "candidate" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "demographic_profile" IS 'A candidate''s gender, birth year, region and school tier: AES-GCM JSON, read only by the';
CREATE TABLE IF NOT EXISTS "hire_outcome" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "dingtalk_user_id" VARCHAR(64),
    "hired_on" DATE,
    "probation" VARCHAR(16) NOT NULL,
    "regularised_on" DATE,
    "left_on" DATE,
    "leaving_type" VARCHAR(16) NOT NULL,
    "leaving_reason_enc" TEXT NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "synced_at" TIMESTAMPTZ,
    "application_id" INT NOT NULL UNIQUE REFERENCES "application" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_hire_outcom_dingtal_3a4f2e" ON "hire_outcome" ("dingtalk_user_id");
COMMENT ON COLUMN "hire_outcome"."probation" IS 'PENDING: pending\nPASSED: passed\nEXTENDED: extended\nFAILED: failed';
COMMENT ON TABLE "hire_outcome" IS 'What became of one hire: probation, tenure, leaving (one row per application).';
CREATE TABLE IF NOT EXISTS "monthly_outcome_report" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "period" VARCHAR(7) NOT NULL UNIQUE,
    "body" JSONB NOT NULL,
    "alerts" JSONB NOT NULL
);
COMMENT ON TABLE "monthly_outcome_report" IS 'The standing fairness, validity and drift report of one month (aggregates only).';
CREATE TABLE IF NOT EXISTS "performance_rating" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "period" VARCHAR(16) NOT NULL,
    "label" VARCHAR(8) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "outcome_id" INT NOT NULL REFERENCES "hire_outcome" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_performance_outcome_f19a4b" UNIQUE ("outcome_id", "period")
);
COMMENT ON TABLE "performance_rating" IS 'One performance rating of a hire for one period (e.g. 2026H1).';
CREATE TABLE IF NOT EXISTS "review_request" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "report_version" INT,
    "reason_enc" TEXT NOT NULL,
    "status" VARCHAR(8) NOT NULL,
    "assignee_user_id" VARCHAR(64) NOT NULL,
    "resolution" TEXT NOT NULL,
    "closed_by" VARCHAR(80) NOT NULL,
    "closed_at" TIMESTAMPTZ,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_review_requ_status_4b0b6b" ON "review_request" ("status", "created_at");
COMMENT ON COLUMN "review_request"."status" IS 'OPEN: open\nDONE: done';
COMMENT ON TABLE "review_request" IS 'A candidate''s request for a human review of an automated assessment (PIPL Art. 24):';
CREATE TABLE IF NOT EXISTS "scoring_config" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "weights" JSONB NOT NULL,
    "pass_line" DOUBLE PRECISION NOT NULL,
    "is_current" BOOL NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "approved_by" VARCHAR(80) NOT NULL,
    "job_id" INT NOT NULL REFERENCES "job" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_scoring_con_job_id_ad3624" UNIQUE ("job_id", "version")
);
CREATE INDEX IF NOT EXISTS "idx_scoring_con_job_id_7ce00d" ON "scoring_config" ("job_id", "is_current");
COMMENT ON TABLE "scoring_config" IS 'One version of a job''s scoring configuration: dimension weights and pass line.';
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
    "eJztfWtz2ziW9l9B6Uunq9S9idN2EvfWVMmy0lGPY3llJz3vjqc4EAlJjCmCw4sdz2z/9x"
    "cA7yRIERIpkxSqpjJtEgeSHoDguTznnP8MNlhDhvPzJbKg7W6Q6Q7OwX8GJtwg8h+cu0Mw"
    "gJYV36MXXLgw2HAtPW7huDZU6YxLaDhoSAc4qq1bro5NOn4ELnVzdQeNBxCL/kxlNawSYX"
    "KzfJhn6v/ykOLiFXLXyCaD//4Pclk3NfQdOeGf1oOy1JGhpX6artEJ2HXFfbbYtanpfmQD"
    "6TdYKCo2vI0ZD7ae3TU2o9G6/zNXyEQ2dBGd3rU9+jNNzzACTMJf7n/TeIj/FRMyGlpCz6"
    "BgUWn/C8TXBopyPbtTbid3ijLIARlKJEALLqnYpItAvqrDfv2KfoWfTt788u6X92/PfnlP"
    "hrCvGV1596f/0TEwviCD5/pu8Ce7D13oj2AYx6CqNqJIKNDNg3tJ7rj6BvERTktmkNYC0Z"
    "/D/8jiHqJcBnx4IUY+3pWHgJ78QG1mGs/BkpfgfDf9PLm9G32+oR+3cZx/GQy/0d2E3jlh"
    "V58zV1+d/UivY/LA+c9iNAn4Y3r3CdA/wf/OricMXuy4K5t9Yjzu7n8H9DtBz8WKiZ8UqC"
    "V2Z3g1RI2MjFfds7QdVz0tKVe9LaseYpRY9uDbx6uukd/tkjOZgGa5Cu84vdBXhScqT3r7"
    "+VplxdtwwH44OXn79t3J67dn709/effu9P3r6KTN3yo7ci+mv9FTN7XG4TEcLwX7/xz84z"
    "W0+eCH4zOAkx/SxUdsA78rBiLbaU3+fHPyvgTOr6P5+NNo/oqMyjw418GtE/9eGl+icxCN"
    "g7vHCzd4SmannR3s29bgXIPuQLWx5QNXdfDxygP8EdtIX5l/Rc8M5yn5TtBUeduXq6x2C+"
    "M/w10UXo2/og2fIi02vbkIBOSHI5eBQL4BuP5ydTVgWC+g+vAEbU0pAF1d64ZGpuKc3YHk"
    "x7/OkQHZ7zgqxFPPP9lyy+V+GN2GU/QQnm944eyHzu940SNs6JOHT3DiiUs9i/lbm5NN9g"
    "o04Yr9JPrZ9JPCfWSRx2yOLGy7V7r5MOBY69khwzKT3aGDFZuNVoxweAXLnT0TYIM2C2T/"
    "4AB/BkBnAO4aumANHeCQgxtpwMEbhE0EdPMcIKiugeORf9jQJ2w/OACTA51n9jfyGdJnIH"
    "0GXVFtu2k9Sp/BMa56NZ/BCjmcFS82VWOJeozVlz1KU6bq2S8VLNWzXwoNVXorbaei75ZO"
    "FmuHhyoteZiH6pDId/cZ8o/OnOFcbN01qn0yK4anc4bmTYmmGQ2poF36Oh/AS6LoIaB6jk"
    "v0O6oDYns1BLpGlFadfGcNLJ7j4JDnIHuq8RTJfaeTOqPUGaX2IHVGueovGGei5zHXB1+m"
    "PeZlpR65VY8kv5IgJAZ1UmYniLd79/oEsQzZNQiuq7uGELqRwOHgHQw6Cq6NDcRx9/9+O7"
    "vmgxsJZN+7uuqC/wOG7uwU568E8n8vPVOlCIKFpxuubjo/08/7S1Pgl4BNAUq9ckOQX30e"
    "/S2L//hqdpF9l9IJLjKLoROTnfy+R85uv8AEd2gWGBpJucy6LIhgUwsSHuGHhf5iNrtKQX"
    "8xzXAqrr98vpjMX71h60AG6W4B1SImIIrRAXJykhKwlRKQppNKWsBWWkBuk+1BDQh8QIoM"
    "7hYHvvGTKRE6aPh7jDcW2c6m+vyZXhhwXJHZIcMyp6QaDVY20eit/sk/aPAZAqrYABMhzT"
    "kHT+Q0WpOlA5pOnj+HDHSAZXg0aO14G0T+71+ebiP6bDp5D2UdE0ofpfRRdsX+66a3Svoo"
    "j3HVq/goX9ab0yJfZCP06+Q3y4F8h74XmlwpsR64dsqemMnf7sq9C9EDczW7/i0cnnU5ZF"
    "w9CR1DyOOTkWuH44d+bKcdPwIkgGT4JFQf97NRLsN5OvjmkSzmlplx8WbiZRsnd1pJsnFq"
    "2FabbWYiAB0Hkf9pIDb7hgD9vPoZ3Htn6oflvffh9Rt4771/f/ae/LtckHmedHdNTDPfHA"
    "PkHNE1BHTXAewr5U25Bj+HY+H9nWvBquQ/Bv+Q1p+0/tp4GnfUDpDW3zGuehXrjx23ufUu"
    "tv7C8TKWL4kSLwuutKxfyLL21TxOWNPAsAD0WCSD95LKNIX4m59fHx7yy9mXi6sJuJlPxt"
    "PbaWA9Ryc+u0kvxXH6+WR0lUE4qxeLhesLpOupUPHSh0qzUXueQbJn7J4T0usY5lUj+AX7"
    "LhXHH49ux6PLSbUwvoEeA8N5d7/G3FvYunpFZ+oR9I06OKgriOPaCDxExU6Nb8GA7SkyJs"
    "AWMgFRZXXm5mT+A+oviLeQ7zoYArIMDhvjIBdAUwMONKD9DBbkvznZMnXOLIPS0i3RkXOi"
    "owaqdEsc46pXcUt0gQXf7cD0muwdFXs8fmrhmyolczh74k2rX1ipUkuux9FX6a6dmN4mZz"
    "GkwI2lm9rCOWVgQJUlQbfE4HI++nh3DjQbLt17c3YzuT5nSte9eTP6cju5PAcW9Byk3Zvj"
    "qxn7WzUw+TurrFXa+WdVNn72nErs+7Pstld191nI3xmM74GfSDrkeuqQs6Dj0PpXnBdmiU"
    "8uJXVIt9zZ66765ZjGArXH8PwWSFrKih4wbym60tnEJQaejb4hlaOtbIc9lpSoC6COvltE"
    "oacsFUX1kKMgk+LBq5VctgIls8jVEFiNJUIa9e8p+say8SMjKBLryRU9iErnkSsisCJ4uU"
    "S2Ai0Goy1EMuWItoNn2qsEY9+hq1CHrsjiZMTasTCdJwC3M77ZMkJr3R4JmfHdILhrnX6c"
    "4sfR+NV9ij1pPFkJMucl+2SKYpsUkZDmIQ0Dn4qDBI8FjqQEWJaCqJtIUrUURO6cqAHfnv"
    "U6yEKbPBsroJp+TUl4t8HLfa1XwLkVvLOOYl6FdsZHPfk6qwHx/wmmu0U9Pps5KsAehXqg"
    "ZRm6yih8e/L8RvFMTZnlL8HzSx0S0NAXNvuJimVjYmTDfdmR43jKm2DGvqLnqJidzWTUUl"
    "/tidutP9mYzdUnxJrklYbn44BDLo3uDcsYpv9KjqqUNRtK/LSA5gPQXbThZ70WjJMUUEkB"
    "7cgj3VEyoKSAHuOqV6KA0mXKrXc1Ll0o22YyKFGVrz4q5Mybzy6/jO+ms+tz4CBjqZC1tb"
    "HmsQDQvXkx+TT6Op19mY+uzsECreGjjj0bGvfm7fTuy4jK0TuO7npMaaF37ibjT9fTMb3u"
    "InVtEsWYXP06uvoyuT0Hj9Dw/KLGopyxtycVOGNvTwo5Y/RWpto1+s55qIvJYuH4Ni9sa3"
    "li7lo3HxR60ikc/bdQOcmKHY74+7YpnljdLnVoOk/IFoc2J3dAUvX7roBrIxc+0P5ehoGf"
    "ePyj2w25VYgxR7w31PW3J+/OInjpH2XI3n4eXV1xYsT6cqmr5NtxeNHlyKYlDwfqSftBpU"
    "XkyHsWEeVEWdnYs/iaTAFljid8uKSAQVPwNs0/D4tqKbRIiRAfiyPaDtpPr/hY5JdvLAPa"
    "iv/aE1ohnqxcotqXaInpW1LxLMVleLtiz1GBuFyo2heKaTNKhDfHnV1Ki89LS+rvFupvju"
    "FRJcDFomTkWdgz3pAILU7JbN21dctjNIXvBaFIIJukPxHYg8RkaMy6JCwThLS3R2bCUHq1"
    "IiC2hmykAfJbkf2ooydAXhkm2EAN0Xa3+ZgMp/vE7tPI2I6M7XTk8Oyol1/Gdo5x1avEdm"
    "TPCdlzoieJ+DuZBbJef7ERIM2lFhgDDLZygyBEtppRwKzgipYBMLGvusNUkb5z8vdSJ4sR"
    "X8U2uabZ8AksbbwBROtP+M4B851zTIb65+d2N8jaRGFRQtndQNoZ7Tx1OqpxSjvjGFe9ip"
    "0RHbm5NS+PbCfl+lQ3u47QdvRa2y11VBYjb3Fibh8RLsnMfdEEsLZhXVcGWFTinbe1a0T5"
    "GCDmwDsn78T5dHxXlmDXpJGYLKjPMRAz9faLjUObDVSMaGQFuzBBfzaeiTWmrjEN/LA5fH"
    "suIvKAV6xn3ZufTn8MisCbGs0PJBadtbahg3ixpAY+gGsZptr/+QhIm1DahK08szpqHUib"
    "8BhXvYpNGL1xRAzCSKhPanUd1iD5iTw0i0N5kUAvUniazo+SobwXypWKtDkh/mtaStJey5"
    "dlB9prTNQXq2eYEevTKd5Y2bKkkbKnzZ5qi94xmKsa7dk9Jtr3rkmjfQzJwUTV0QHHZI9v"
    "DssMdjU1rIK1biHbIQcRrfHzTAD+FRAIXSIDqBkGsEktbAeoukXsYprXCyzDc8ADeiYW9x"
    "o6a76JXtOskv0pLfCOHEAdtcWkBX6Mq16V/akgUxWxaJIy0pwRbxFEABPGPCUkQRcGHW2g"
    "boiCnhKSoO+406mmJ+KVSkvtBPt2ru3L0czrT7b3t6kozGkpCfNWmHUNma7uPgsjnROUYG"
    "8FewOdB6JSsrNABOusXA9O7cb92uTDXWg8KJ5T0N6hGG6erNzdW3d3DJtZ5D+tgrlZ6EWV"
    "oOdBd7Bnq4g6D2mfL1jImyxGvniGhuB/wfhZI9lwC91218ozgpz+BeVB37Rkjzqd1BH4pb"
    "A4CvpuIVtH3H6oJb1necI7tqBtGcIlQNbRgXatr9bIccn3XtlISEnJS/ZOTZHdwjv0ZkSU"
    "I7mL5zclWIPjtzsHSMv9vHn3vub5TTmQshB6jLJyvXuc6j+pYsjwUpAbkZfskarTGDsigR"
    "pH9RHu1pQMrncL6Mr8iPw+26NzEDmqHJ3goUTT7t0Kp3crkDogyLHubfYFac4m6SlCshmV"
    "SDMqchdRgf0eOn+WOVKxrfUJKiEyV5Luu8ErG1prXS1BdmaiO0z+2Y7vZTzfjY2XutGnZ1"
    "c0cc0/u3g5a9GpVpKuFo+p1HjKRirSH5EGfEFAsQfkFQOe1tAF7hoBC9oOsqMyhbrL70y1"
    "60SS4CYJbh05RTtKdZIEt2Nc9SoEN8clH7tCygMScntkxHqYIHVyelrB8UFGFXo+2L1MzX"
    "ryRlREK0qmhCTS1ZCmVHvalZ0BJQB2Vq53/rwGAsf6v6n3k+/W0FeF6lha7nB5Tg03k/pw"
    "cvL27buT12/P3p/+8u7d6fvXkX6Wv1WmqF1Mf6O6Wmod8sFNZw1PTs+Ezu5I4mCNejpMi2"
    "AmiybMR05J9eAQOTQ31v8g1gFb48fsS1q7cGTbkeBKP7Y3Ca6+Ma9Qrg839bKEwpyT7MET"
    "0jQP0XGh63FesWVKeihxQHj9k6+rsUlk29hmndVEgE5L9W4vN8c1XEPTFKvJkZc8INwRtX"
    "SB3c4eI95io7vUXSNGdMjK9W6Xv39dAer3rwuhprcyJH3kQhG9JRwvdZXadZWoIoAY4SQr"
    "JtkmW9kmqdoLkmqyjWqS3WGipThenhPQEeAbbUeRRIwTtc0AWhy6hZmBFUqXRBsoqjMClt"
    "gG2ETgG178CnTXAeQ5WyG/4AhVnFbIAe7axt5qzaKy5DNMv4g4YN+EV8ukqY/hFh1NnSFk"
    "+lzJ0f8M4oWhA4KHh32BAR2LvlvkbeCwZyFYvGBNgl0TbvkBG0y+GvuDvTO4U2NirELDUB"
    "yVHGLNfMQGuuq6yQ8g+D8E8w9ZNLzGT/GhD9dA8defhQT3+RAZ95dx/1a8VToaAZZx/2Nc"
    "9Wpx/+C8ztv/E9Pb5BT0rGNxdWhXV0guE7RIB/PJeDL9Ork8j+hp9+bteD6ZXNNrZCgi35"
    "Zcm15/nd7RS7r5qLv+lbvJ/Ot08sf0+rfzuGUv2TBkhi8Xn6d3bHzkGKHzzub+rLQWO/n7"
    "02x+dzW99cetse1SI57emU9+n4zv/G/1Dans2uzjx8lcuZlcX7IPxMslshULmRr7RP/u6O"
    "ZmPmO/xr9NlDEbP8bSl5Px1fQ6vq8h1dDZ7yM28Ww0D6Y2F5jovGzeT1P2ldc6+8Z0313O"
    "R39cn7NK8bSfmHlvTv52448i73E6LqsfVoryV3EinhQ7EU/yTsSspiF4fPHk5SHWlkOsyq"
    "tLupErPnz1u5GTxkoO95J06oyczKSukEntY0bOXgOakW+gslOZJyw9zLV7mNMOApFHIicp"
    "H4oKD0XamVEZ7LSYRLoK0kjFmw3RQwvOnuK3bF6yd1HD+ikIa1tRqUOaen4fBCvw8GT7V3"
    "vnQxXMPxRj/iFfPOMFw4OtsxdqbhUZ+58rohoLSDw5ePrJdWKQpmRkELu1Qey27d16o9iZ"
    "U6EGbH/3Z+kpqono41Y846TfPSHtW92ELKipo3CPqh5rnebAcSh0IkyLW+qC/BTP1JONnN"
    "qZzJ9eBy1lGk3UV6icMEa+J05BpOLWn66vaNnIwva+ZT3mbJK+QsSCQHsiNKNz9BUgE7u6"
    "Wls9pms2W1+xshE9VBQbsZ7fez93dLK5P1efENuxnA72XBXzFDjxSjqfdBvN4un6ocaJlt"
    "BJaVYcSmZW8yrmZPph4oS6V7mqDrY1pAWsSD/MTCRsvBkCFw/B05r980z/QWZhRR3hSbZX"
    "00kR9xKU00ApPiRnryw/vGe0vYPkhUtyn2RISHJfn1e9CrmPvh+UvRh+6RlaHEKS/L7e8v"
    "vI/t5rDyfl21w2SW7h3m5hYiVgTi+X4gB+JNDmDbtj2L7+BGvyBnd4jJTiujyxRA+YKIeu"
    "ySOuRPZWeeyuspi3EfIegIqsgrygJGxs5xZkcnz3DNf2s377MBO0ze800Tz5JrO/E4FJjq"
    "cxHbYs9jPq6XHbU7/NQA+MErETKA2ZbgQg0IiRS9WrX1kKNvmvB6BC29aRQ246ZKshDbj4"
    "geeAbOIDBJ2TcQWr8GP2zSjOpC3nN1bwkTJruU3H6VA6No/IxSUdm8e46lUcm+xFIsiJT8"
    "rUY/S97HHadO/lxItW8MnKiPbw0eruo5Q/QcvqiVYqAfACtUV9T6OgP2UQ+SsjT+Xt5Pru"
    "HNB+Tvfm7Mb3s2LL97KOZ59vribM8anijUVtDHL18/T2ll7a6I7DRo2ux5OrKzaKAmQYu/"
    "kcG2gEK54N/TJp0E25xZpOfQ6874L1M9NSvYO5fufu2lY8WiVaOAMuIdU7mOt/30PXRRuL"
    "864vbzifEDuc0+9NUxjX12veRhv6C2xHoW+XPKrFifp5yXZk6dPP602WPoV2l1IxsZhs49"
    "1mpdZX4nZY4ZSgXOM2r3Gkle/i8svIypVu80r7xtYOy5wSlGvc5jVeYsPAT2SxPGuHhc5L"
    "y9Vu82pbNIkIe44Y0SAjJQsY8OwOy4Aq8y+IlobICkp48/BKjozkyPSeI9OCRPSWHSP1ZH"
    "kK0olGpvPEqDH5PhL+nWFpC4l4zFYK0d0axY0dfnCALwtczNg+Jpkc4CXj9dDqkXmG0A7y"
    "3H4PTrw/qJDCVpv9hMDLmO3/IBk2kmHTigOio1wLybA5xlWvwrBJn78iEaG0ZJ+03DriQj"
    "LMViucrGwI1XRd9J0DanECUE6wByHiQ+cB6Y7i+90Uz+JYCBgbCJoFKldGNIP+gsg2BX90"
    "5bArcDGbXaVW4GKahfjL54vJ/NUbthxxJeb8pt8UtiXeztcKZducVzj4Or2czM7Bo64hfG"
    "+OvlxOyV/Q03TyF92a5H0VPLXC9JQq7JRicopIL+6+c+e+3FzNRv41zzIwTF6ldDj/IuXI"
    "ja5HV//vlo0ktq7x7LCR/lU60r9IR15PJpe3ynxCU5nJgiKkOYpfbure/DiaMprdEuqt4d"
    "jRbaggUxV58yRl5EtH+KWzQZoOlQckRLpLCfUA9Ey++ulplYT109PijHV6j4ezs4Ynp2fi"
    "UMdyvUO7fuqdD9ni2eUWICypjJURPJxl8LpZy+AgJbISqQ6e7bvLOfCXtBBJi8kWIhVaiE"
    "RWl7PGT+YOLiXuBDLU3x5HUt5/6AcDaAkeezc3IncCueYdWHNiKuyz4klxud5tXm93rZsP"
    "yh4pg9wJ5Jq3ec2Dh3SPRefPIFe9zavueBayHaQhXhHfMo9vWlD6ewX8veQDTf/rUQbKUr"
    "c3O71VS6aRz1ybn7nI6BFitWSkJJsz/2AFfCMxXNNCfYpvN8XiTNC69mRw9rilzTBD40xv"
    "s+2Nv8LHvQaU/ycxVbcOiKrgZs7GPdp/+VGuPQmyX9gk/dvTmcwEh3zonkiN/PihM2eT9Q"
    "mqJpnEuWOTW54wf7SWFSkMRiuJw71aQxRHd12CEGUEQzOuVX3O+MGsijNjCQ8BxQgR2Mgw"
    "DVg2piqVw++PUsOce7dLkQUDW6iVDIGkMx8PsVXSmY9x1avQmTtI1DKxG8a8BmILPmD37k"
    "ZzVrwsMQ9tFKHczGe/zSe3t7RPhBK+AovaREy+jq6+jO4Ydws9QsODLiNv8YqjZd/ML0PJ"
    "ou/5/DoXl9sJx8siO6lHuY4iO6pn27Rgjsnlq5YT3rOyveG21JJE4AdO9uEBZ6Y44LnGWL"
    "2iJ1pnGMEaetRVpKhrpD6IHENZuXYcR/Rje3Mc0ZOemKvcyFUJyS4l1ptj6NAUuzZVE26n"
    "07KDanbeugr8K4qFDV19Vh6Rzff8l9SgLZyhd0zi+pVfv08w+QZKACPnqCsL0nPld4vVd+"
    "chqzFST8wplTr+dl4A/gRyBSqvwBJSLcpDzo4LwJWXbBWBFQhw27EsY1pWvuzb/LLfndIt"
    "udwdWuXQG7jLOmdk5Uq3eaVlcbtm6WZxZz8xeHNykssnKwe+YOVA/p6uAeZ0i8xu7eeqIO"
    "ce5j3IZ74Tf29KVVgosCfbOhPul/y8lyGdpUHjMM5yqBbTzfxVFOOajYC69swHpA0BpR5u"
    "6FxBURLKE2N9bP06lUFxrR8cEPm/OF1w95ru3rw3x1TeAdBGwHHJ0agBB0GD/N8rZD4iA1"
    "sIIFO1n9kv+BF4tAkM+Gewgf/rv3XtL+QfuoH+8k9y09UNym67N4PvEIbhnV/BP9k3DWow"
    "/BM8IGQ5AEF1DcjCEuWPfCZZMf/3kG/JYk7kFwEHA0i+s8XITfcmuw90Jy2la+THYZdY6c"
    "YzY9FRit3TGhM0lrpBq3/efhr9RD6YSrKpiRB02TBkajt1/01RoQsqgw4PRLsr6ezVz9aS"
    "dTVOk0S846FkSSLeMa56FSKerCsq64p2A9ENOTt8NAR0gJRQm2ss7qgM1F/8ysUuNHYpfp"
    "UR7NP2PTg5RzWIVaIpuxbC4svLilgVKmIFppr+b84xU0yOTQn1aefX2AdJRfoja2ckfLLk"
    "ZSXtb7eTxaS1Tgu0vWJFLyXUG+hr29pJ704e1mKKcVauHRTjXmU8dDDNiDa8FYR/MLuZXJ"
    "8DKnlvfh1dTS+DDKFHaNAWQKkMoThBKFvC+d4cXcz8HCW4wFGe04uTKJFtY5ssS1FyBf/p"
    "Skv1jqtav+Iv2/ceDa/EzzUSo5QkZaSGK4sXNYqrLF70ssWL4maF+xJ1+kZmyCKbOhdFG3"
    "s2Ge7PVObhxPvztXvKulf6YxU7Hrw14v/HOogzBw1FbAcssWdqQDcT8fkhuWgHf/vDQJBk"
    "lA/61zIjt9Vloj1nIBOlOskml7IqTCvPqI6GJWUw+hhXvUowOnf05ta+2N7nyfYw4FcX+6"
    "eaj6wwW+gF/GIPh3GsNOC/Mle6Kea7iiSk32p7wDouoy3a+S0n2QO4y14HTfR/c9BqQys4"
    "ikQ+kjIy6lF71EP2zzoUW4BVPGLp6SLbPy3VjgegV5WFHnXm7RJdl4yYXJj6TyZicpkMZE"
    "fFttjq8GTlEtW+REsDroTWJRJox2L06k1e0s69ZEFKGrnLJ2T/RWHMAhE7IxKQ5oWweSFj"
    "1YMDJOfLcF+4h7oa7rsyNl+RTc/ZASfUl7g7LAvzGcaG+k+jgVWSeqG6Rhq4uvr80zdPWy"
    "EQyAPsh+QitS2TlUvrw/r9IBzyXYFuWp5LU1RN9OjvoGy2bxOfc2+yuTTgPukq+XkOBjb6"
    "ieqXtHvFSn9ETizK1M6fwcTPCUaaP+u/POwiP4uYNtTDJjQADWZVTKyVwUQZTGzFCdjRsJ"
    "IMJh7jqlcJJj6gZ2UNnbVI4CUp07vCAfWHXroR2epwbJapaCL4RgI9hPfNSZXeAGRUcWz2"
    "JNcfwLLxxnJ3IRzkJXuIef1bOnbjimZ05CV7CHj9h3RgJ4kGxzNivYD6EM6rnJvlZfwBc2"
    "Rhm+sLCO4My/wAdjxmuwvABIlChT8QU3hFtLgV3RXAn+fXpFFNFDgyJCTkDn07HGDyz5Ot"
    "E0uaU+mrgQ/gc4DTVSWL+L9b+k7qjhI0S5K9J6VjQJqI0jEgV71VjoFCXb/wFC3W8RsMJ7"
    "1p9VEqSdsvakVRdQYahk+F4QTuill+OUlJ9KtSFgibS11DQfCzMthpMYl0BaQjK383cphk"
    "IjVVScVmp5kYzzspJBel9kV5QvDBJMalGJEyLSWXpf5nxVutkOOKnmEZMbkwtS8Mbb0O6c"
    "Z3EMeJUrwyWTm5NLUvjaQdt2wxyK9woW4Ir0lSTi5N7Uvj199QdF4LleKFSUvJZal9WRJO"
    "/9yylPY3TQsesLFp6L3vbF/TIN6jMBt7Vex9Kq69VTiB7OfGcfPJZoSyX17LyfkV++W9TE"
    "R+tlyyQHMuIO/fGJbF43E0pEo4no2Oa2DFqAzpHzZ+RKxg1iXB/A4aD2A24gbdd5xGct5l"
    "aLsjB0tHg5wytH2Mq14ltN3BeueaDZeuoBk4uJyPPt6dAyZ7b95Mri+n178po5ub+ezr6O"
    "ocWMikbR4V/z0FjXvTv8dqmwfvrntzPvn45ZZestHSc+iVu8n88/R6xGqgu8je6KbfenE0"
    "Hk9u/Mroqoosdu1yMr6aXtNrtN+Kbu5WLv2kCt/zpJjveZLjexroUYwzHgn0ID25eUK+6a"
    "6NZ8WBBrSfBbSVvKA0Mjk2PUNHIc+diB2fEpKwFsMKRdq+pIUkrBxYXWi7CtWE+DpWUVA8"
    "KVWmX3UP4TJuCHmr5nzZ0BGMkSZEpBe7di82UYxU5DjCmTlZud4pEvVn5YSQ6YEyzvWpbk"
    "c8I74T8NkzpEUpqx+qFGP9UFyM9UOuGGtoESg22kD7IY95cUYUR7QHG/3QBX0sGyHTJYqF"
    "5xTU9Snb9XnZWrb8SysmzZfI1U1qD+/ITCqSl6/g2l/BGlJ1bSe/XVpSduBqj5su752Nny"
    "ORxzAt1Y6Hr1eV/QLXoC1WzTcp1I5F6dWJ6DwT/XaXAzElKM/DNp+HKjQ12qkU0f5SFjZ3"
    "ewMWzyJXvyurL2qU8WSlVSZslflmlagrMy11zK5MyY6T7Ljes+MSYVACj61DXnbARSD68a"
    "9zZMACYyVkvpkLTIaSX/c5mLBH+P/ZKJkwjxyPWcjFt4RmGI1XNkmBraTDmYmAZxkYEpUL"
    "xLMAgp5HO/38ykrlLnUD0dK7KKygS+mD9AZefEPEUHJcWmB3kEG99sklQVESFDtytnSUqi"
    "YJise46lUIig8EUn7EZzs9MZRtc4GYwfRSGY/ml+dA1xSVvKjuzcvpzdXs8+gcaDp5iW0g"
    "ZQ7+Np9MKG+QIIvuzYvR9V8DqQU0HwK5z5PL6ZiSGTdII3qbcW/O7j5N5ucAs7dWtZ3UcG"
    "tL+tJV6B+i1SVzgtJmF7bZyce7RP3xMeM+UwVvzYxcD6BvmjXg6P9GyuLZ5RXauNBXxRy6"
    "lNzhLPvXzaqCH05O3r59d/L67dn701/evTt9/zrSCfO3ypTDi+lvVD9MrQOHZ7eGJ6dnIl"
    "s8lujd5q6fHUAtI2JlKg+IQ2gu6wKdEmvzW3lHqE9OT6uQ809Pi9n59N6fGb3Xt2R3UnxT"
    "oj3UfLur6eYNHBtZBlR5hWZKCwIkxQ5YDiC60tl6ACxdVcz5nhSRbvftbvcoDXlPh3uU8d"
    "wxeKu62pP7qk0p6HcBj2+MPdtBA47HODNiWOYtjliBajy4SsM4Npp2aWPeWXv1gwPCqYAK"
    "XWjgFYXUhSvame1Jd9dsZFziEegusZ0fkYEtXrn4Jj5B+oylz7gjh1RHvYfSZ3yMq17FZy"
    "yajVRvFlKLsmEaSAzQXUMI20igh+Z+U/3FHnWNpzWXJndFMtJ/tXUTr6m6x7FKisuyRxI7"
    "VmRvlU+2jKhWQz12zxYqJhEM7922PX1TpZYEGVW4cdm9bLJP/M1yGBcHzzJiPcD60KGzdC"
    "vB3ToNxKIy6aN8gXarpwrJ73vkKCfbyqnGcrKaarn3NOfpexmv1MjTdPcKrwYcf1R0b1jm"
    "iYJ0lGIEw7b6oP5YY+BiT11T589aV9fAQraDTWgA6nAYkovIBNCkd5/zDiZx8e3eo1RPQc"
    "djlMUoQB/+7TuH4H59BelTlvgsAhS2a5hWyP1VFjLvmQfsIKFy6Sc7Ho+J9JMd46pX8ZNF"
    "R3lVWy0S6KEz5/3rCuba+9eF1hq99WcWXtHuhurhTbQOOyOzak9lIlJGrodg11/IMq1Tik"
    "K9R+mddgNd/6722+EIeRgiiXY4FvpV4kNYJeqtKtRd1cfXeFvivhgTVJHpzpGK7bTpyx0w"
    "LHNkqP5QxY7HVsq9DORoJWrdYR0aHpDlAvSITN8bYdB0TsZ00Wz4ZPKTLHeaRTJjJDOmIw"
    "deR20/afEf46pXsfgd31MrRnpOCzVU17t7J+oR5ajOJ+PZnHbMoJ0vqKJB0L03b+az8eT2"
    "ll0Oyguz6x9H44ky/jK5pZ+uIkX1/Kjny2efrmxousIJFgmpAwYIX0aPrzG9wsKGrj4Xt1"
    "ksoTPlJNv8dOxKHqt9d+uWCMj+6B5QQZr2x7DS0cSS43VqLaE1paR6B3MjmY7S1dIbVwu/"
    "WqOQ2pkVk/l22/PtIszyOAvn3I2Tc3UM5qp5d9k91qbcuwj/a+zqKhrwHIWZIcNSV2H0W8"
    "14dIX0uw3R68k3BC4GEESTgFex049lL/74KyAzYOCs8ZMZllLb6Kb+E/lKvKS7Wua9N+/N"
    "O3JhgbVnQNFx2P1ouiEgorqbrvMW5e/dTKfgke68XUhX+fKICX+YZEZJZpT0k7Zce5F+0m"
    "Nc9Sp+0mKPHn+tu+DFaw2TREOaZ4kWD0oJ9S5Rs5FMQpmr2TTCVOsULWSYlOkFzodOxVLX"
    "0DTFGlYnRPrniau9Hzh9re+g7yTEZPeU9ug2eZVWtp6QrSda7pfbv/VEk565qbnAnqldIk"
    "N/RPbzgOOZyw4ZlnnmdH8w/YHx6AqeuUsC9R00HkAoCF5tnNVUA9hmHDx3qv0InhBYw0cU"
    "RuiR9isgmjRDFzkA2ghoNrYspPF8dA18Qs30P+n/kv6vFz/WOuoJkf6vY1z1Sv4vMedMb9"
    "0yZ1WSAsmoEpZOLi1Q+hZr9i22JK1j5rkL/P2zH9Xk6YTpAaUaIWZDlU1irFik1kEmUcOe"
    "bN11URQ1dcj3oXVNTcdPNAUwiJauoUnF1tAFKvQcRMuZbgnZ1vQBooUuXOh6DCoTfXfJq8"
    "VFG8uVAVepcEqFswOqh1Q4j3HVqyicMiZ4mIhVV4InHVNB0+ETVbd0Qbp4SqiHMDfCF7fg"
    "M+1vk8e5uFRCQkTWSigPze5QKyFWz3dJhYulDxiktYgdQyEUW4HBzeTaz4cL5O/N2/CKk7"
    "hyx/50aQfH0SXt3+hvvZfPFQosJ85a3W6gYRSHABNyvelO9/bk3Vlk2dA/ymyZ28+jq6t8"
    "tlvWHhXUXTniPVRgu6uw5u0UAzqugmybV0GtmP2TluoBGeXQ7B9W7UT8+UqISXJKmx8rMh"
    "XFRkCliyWkRleLRtcSf/pHqBtI+x0vBhxfenxzWOZHX7JhyrdgXAUfOhnq+6l9UbDENlhh"
    "rP0KPs1ZiWZs0V2EbYdodtSljeg89IYKTWAj136mFzc893mtc0sehXRr900/7KiDU7q1j3"
    "HVq7i1yYkvWDA1luifQ7sJNkWof4lgnJRpygR7OZgbKGRtr4Q63oTj26GP96rNDfk2vO5D"
    "5U67SKhPdP06nHbC7psX8Nz0KHOL7GtsPArXX0uKyQb3HWnRZOljciSNscdyPPJtmpL3h6"
    "WtmixdUclQ2jQ8GLvVjP+EnwBeUmIaTWD4pNu0IohBTW5sojipYXQzpcw1em2DTXcNXl0g"
    "/Rvt+U016SFAP69+BievT85+enPyY96gb+xTOKb93wdM1odKH/xjH1P/WOx8WTFZ2nLSgp"
    "ervpcFHx27VY3LSKAXKmLatCw7NkP98F2hYfkuZ1eSN5kAssHwHuLaDNWP6CIcU7Gk3mIw"
    "vje8jnozul9Gkb5FBD+7UI9O3i5Vox02UFSJJl/rGdAAKy2sRzVYlYav/LkYsynUbJf6d1"
    "ZYz9SI1CuyDvABAbpdgKFvdLdAe653eq7a7E9Gb/vSUnWWqnNLXwndVKKk6nyMq15FdY6P"
    "3qoaXizRQyWv/rhM8EbLAVzG5Yhl+hQMOAilI/EWC7Woqqp1OF6q1i1SrcfQ0Bc2KzJ0Y2"
    "Ny+EFjwFGxecNKVW01FlCspMRWlfvWW62Qw0pUI321dh1G/rKg4xA9l6rBNt4A7LkqJgrz"
    "r4BVSWLuZuPZ77dHk60/zcGavFPoXRs/Iievejf3MbK3n1S3u/Lm6KbiJdXtY1z1Kur2Aj"
    "qouNtW4VGaFeuTWlhbh7/gPZmHtZgElRBpBw+q83kJ6dRfx1GospJfko8GhgV7PSWVWZUl"
    "FevgVi9B/nL25eJqAm7mk/H0dhqsQnRksZv0UkwhmU9GV1mK1KOuoSBbt+rWT8rIvV/73j"
    "/mLOvRzc189nVyeR7aHdq9OZ/8Phnf0Ws2+obUoFXny+dYhyr0QqioSVqqBxmiTXvBaL8o"
    "TRjmtJSEuTLM4kZFWlKm37bHhsibjoGvZwc7giPZUKvwTlsSRRlBhbgWJgQdr2WW8x+n4O"
    "VYBKJF9oO84o5B+2e4dbYU1493VJuK6l+iDV7Z0Frr6o2NlzqDOOeM54walvnitXg89cVH"
    "AhUywaMekj84YMUCk0Ow0G13DZ4RJP9toxUrcWpqwFHXGBvA1ZF9DkaT259+G38GVHWno2"
    "DgOV+w5O2cM76pD7o3l1C3TeRQ7z40nh3dAa9Cp/1/AahtdHMIoKcR20/7cQhMRE5uKuuo"
    "mH43WuLfhuYD+U/p2peu/S4dhB118krX/jGuehXXPjsEBPvMJWV6YN4eOlfRwZ7N83qWkJ"
    "ciiQPCjb6rfmnWQ6Tv1+4gy3Rfr0xUT4vVYxd1XlnYi1XDWZT8isxMdIfJPxWtqHFypk4t"
    "R1VLKrsTK9hTe9lINMd05vNyBhzjKHm71Cpak4EKTozcag79QYn5C6TSBg94yTj5dJJz2v"
    "RrwahOQ+Ai07OJrIHgIzUgXtFRNn4CFjEsEh3dOMkA9U8vzRVprkjFVZorctVfwFwhv9uF"
    "xoPiOcgWrH/Fk91Jn94eR3i5Ek1nVXo2nxX3bD7L9Wymb0uiXHACNvQx40OdlCl7wLoXtC"
    "njxJDnI8slCnUM/j7dTqlITdBFVsXN6PaW8icoP4oyKoiFTMbQK+i7Sz3S5NrH0fSKXvFr"
    "l2Y1uJcxIG208gxo647w3s9LHvMTYKClKwhgQuS4kWPGiP/jBV5zWbkeeOiafthDyIje5B"
    "CoBN2hfOkewC4do/1zjDrPRM3YxWpKCUqmVXtspAKmle+xEnN/5wWlA1zUAZ5QIQmQJq+8"
    "7UUg+PGvc2QUafeB4/UG2Utsb6hxMGfzddAfUeTz/rMsWJDYi3uHC0bpuTq1fasGDPLPbt"
    "Mhg8+0HJnxPEcWtrkVhNIDhmVhg40/NIwcEF0qktkaQLij7aFdyAxOEDKThuARGrqmu8+M"
    "3aTZ+tIF/qxhGCAomQlX5Oxdke3gMI4TJ4TQxAfIIIIMInTk+O6oO1kGEY5x1asEESxk61"
    "godBBL9K51Rs2FNxdY4yRLFSd0huNlMme5O2WHZE5oIFsssTyWaMdydL6/RkvKEeWNSI62"
    "zrU0izV2Kx6u2PH4rdo6sdpAQhb4slRlhoyYw1rXYX8QOXPBq6iI/ac3HN18/+m4tT0TDK"
    "bg7JfFPaV6LhU1qZ7LVe+/ev7Sa9t0uBMu/ABW5ZByKNBDeKuUxy8ujp8rjf8IDU+sclAk"
    "IasGVakaFHqIhdSstJDMdt+e7Z5QgDM7WTTjPZM60DGYq4Zf0jusTdnvc/Soo6c5InA63D"
    "BNesCwzOiz2VDFTowVTHcPRJlZRiw0b8Paj9NZmc1mAqoZbOj+AJQx6Dgb2qvh1c305gqM"
    "bJeYbr/8eJ6zAhv4jHuTDPw0By50HoBnuroBHLLArJWEgYkU0N2KkZz/DOKlShTJSlgmVA"
    "B9t4gORQucRGsaLFSwM8PnasAGE9TZH39KQ1Qaoq04KjtqkkhD9BhXvYoh6kfzdyhYlReU"
    "9ary9ap2Y9tKlu2+LNvu1fjEFjIF4R/MbibX54BK3puX5Hw4Bxo2czWSXsBDQFROYj8htE"
    "sKG0+2B49A0ylsrM23x6cSlp00SakewHzok4bZScJFapNCPQC96eKpAV472CNJQUnob48e"
    "2gFCfw800RLfZyn1XNj/uSf5vB2PUTP088O1uvULT46xudS55Jf0gGFpu1t/KIUkHFuJ9B"
    "JYgz415Rte/OBE9TD9qTy/sRdRVMmBa7Kx3CZafBJMvdNzSTFBBdzQrM0yYlJuzrgSrO4o"
    "qmfbyJRuznadgEPp5jwih5d0cx7jqldxc4r7N2VPL9nTq/Xca9nT6wXYOQllL4f0BcYGgm"
    "aBYpYSzIC9IJJNYR1qbYfF+mI2u0rt8otp1qH25fPFZP7qzY9pzIvCKCIutliid/61k9PT"
    "Cg42MqrQw8bu/Zl1v7B+YIKezIxY77Cu35cpO9g06teSHWy62sFmhGxdXQ84jqvgzrDMYw"
    "XjMds8VcV4yoIF7fLQFFptxS+kYrOtD0T+pl79gq/8nqL75nWVtz0ZVZyH8jofu8SmyzUV"
    "iu3khMjh7eSXscv6kY385/8HA48B/Q=="
)
