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
    "eJztff1z2za29r+C0S9NZ9TexKmdxL2zM7KsNGody1d20n3veocLkZDEmgJUftjx7u3//g"
    "IgxU+QIiRSJinM7HRjEgeSHoDg+XjOOf/prYiBLOfHS7SGtrtC2O2dg//0MFwh+g/B3T7o"
    "wfU6uscuuHBm8eFGctzMcW2osxnn0HJQnw1wdNtcuybBbPwAXJp4cQetBxCJ/shkDaJTYX"
    "qzeJiHzT89pLlkgdwlsungf/yTXjaxgb4hZ/Pn+kGbm8gyEj/NNNgE/LrmPq/5tTF2P/KB"
    "7BvMNJ1Y3gpHg9fP7pLgcLTp/8wFwsiGLmLTu7bHfib2LCvAZPPL/W8aDfG/YkzGQHPoWQ"
    "wsJu1/gehaT9OuJ3fa7ehO03oZIDcSMdCCSzrBbBHoV3X4r1+wr/DDyZuf3v30/u3ZT+/p"
    "EP41wyvv/vI/OgLGF+TwXN/1/uL3oQv9ERzjCFTdRgwJDbpZcC/pHddcITHCSckU0kYg+u"
    "PmH2ncNygXAb+5ECEf7cpDQE9/oDHB1nOw5AU4340/j27vBp9v2MetHOdPi+M3uBuxOyf8"
    "6nPq6quz79l1Qh84/1kMJwG/j+8+AfYn+N/J9YjDSxx3YfNPjMbd/W+PfSfouUTD5EmDRm"
    "x3bq5uUKMjo1X31saOq56UVKvelFXfYBRb9uDbR6tu0N/t0jOZgrZ2NdFxemEuck9UkfT2"
    "87XMijfhgP1wcvL27buT12/P3p/+9O7d6fvX4UmbvVV05F6Mf2GnbmKNN8dwtBT8/zPwD5"
    "fQFoO/GZ8CnP6QNj5iK/hNsxDdTkv655uT9wVwfh1Mh58G01d0VOrBuQ5unfj3kvhSnYNq"
    "HMI9nrvBEzI77exg3zYG5wp0B6aNzR+EqoOPVxbgj8RG5gL/hp45zmP6nSDWRdtXqKy2C+"
    "O/NrtoczX6ijZ8CrXY5OaiENAfjlwOAv0G4PrL1VWPYz2D+sMTtA0tB3R9aVoGnUpwdgeS"
    "H3+bIgvy33FUiCeef7rl5vP9MLrdTNFBeP4gM2c/dH4lsw5hw548ckJiT1ziWczeWp2s0l"
    "cghgv+k9hns09K7COBjR5usHzzPNzGZSzzFVrNkA3IHFDLGuie45IVsr9zALEXfWAa9Gk3"
    "6Xc2wOw5Ms89B9ljQ2TB7zudsvSVpd8WhbSdNp+y9I9x1aUsfXYeC62gfFNTJFuN2fmyx2"
    "vC6Dz7qYTNefZTrsnJbiUtTvorKUJyUMdldoJ4u37VJYiV06RGcF3TtaTQDQUOB2+v11Jw"
    "bWIhgcH16+3kWgxuKJB+75q6C/4PWKazk6e1FMj/PfewzhAEM8+0XBM7P7LP+1td4BeAzQ"
    "BKvHI3IL/6PPh7Gv/h1eQi/S5lE1ykFsN0NGpJmY+C3X5BKO4Q5xgacbnUusyoYF0LsjnC"
    "Dwv9xWRylYD+Ypzyal9/+Xwxmr56w9eBDjLdHGd3FAKWc8hm5JRTdqtTNhnQV47ZrY7ZzC"
    "bbwzkb+IA05V7Ldz2SJ6wQOqgDckhWa7qdsf78mV3oCVyR6SH9IqekHg7WVuHorf7J35fQ"
    "BRAwxQZghAznHDzR02hJlw4YJn3+HDrQAWvLcwB9eXsrRP/vT8+0EXs2nayHsooJlY9S+S"
    "jbYv+101ulfJTHuOplfJQv681pkC+yFgJM/JtlQL5D33JNroRYB1w7RU/M6O93xd6F8IG5"
    "mlz/shmedjmkXD0xHUPK45OSa4bjh31sqx0/GVO5jB0XqY/72SiXm3la+OZRPJKGmXHRZh"
    "Lle8R3WkG6R2LYVpttghGAjoPo/wwQmX19gH5c/AjuvTP9w/ze+/D6Dbz33r8/e0//O5/R"
    "eZ5Md0lNM98cA/QcMQ0ETNcB/CtlTbkaP0dg4f1DaMHq9B+9fyrrT1l/TTyNW2oHKOvvGF"
    "e9jPXHj9vMeudbf5vxKpaviBIvC66yrF/IsvbVPEFY0yIwB/RIJIX3nMnUhfibH18fHvLL"
    "yZeLqxG4mY6G49txYD2HJz6/yS5FcfrpaHCVQjitF8uF63Okq8kRfOlDpd6ovcgg2TN2Lw"
    "jptQzzshH8nH2XiOMPB7fDweWoXBjfQo+B4by7X2PqzWxTv2IzdQj6Wh0czBUkcG0EHqJ8"
    "p8YfwYDtKTIYkDXCgKqyJndzcv8B8xdEW8h3HfQBXQaHj3GQCyA2gAMtaD+DGf23IFumyp"
    "lVUFq5JVpyTrTUQFVuiWNc9TJuiTaw4NsdmF7SvaMTT8RPzX1TJWQOZ0+8afQLK5Hs7noC"
    "fZXt2hH2VhmLIQFuJF3XFs4oAz2mLEm6JXqX08HHu3Ng2HDu3uPJzej6nCtd9/hm8OV2dH"
    "kO1tBzkHGPh1cT/rduEfp3WlkrtfPPymz89DkV2/dn6W2vm+6zlL8zGN8BP5FyyHXUIbeG"
    "jqNZJha8MAt8cgmpQ7rlzl631S/HNRZoPG7Ob4mkpbToAfOWwiutTVzi4NnoD6QLtJXtsE"
    "eSCnUJ1NG3NVXoGUtF0z3kaAgzPETV6opWoGAWtRoSqzFHyGD+Pc1crW3yyAmK1HpyZQ+i"
    "wnnUikisCJnPka3BNYfRliKZCkSbwTPtVIKx79DVmENXZnFSYs1YmNYTgJsZ32wYobVqj4"
    "TK+K4R3KXJPk7z42ji6j75njSRrAJZ8JJ9wrLYxkUUpFlIN4FPzUGSx4JAUgGsSkFUTSQp"
    "Wwoic05UgG/Hqs2moY2fjSVQTb6mFLzb4BW+1kvg3AjeWUsxL0M7E6Mef51VgPj/BNPdog"
    "6fzQIVYI9CPXC9tkydU/j25PkNopnqMstfgueXOCSgZc5s/hO1tU2okQ33ZUcOoylvghm7"
    "ip6jE34201Fzc7Enbrf+ZEM+V5cQq5NXujkfewJyaXivX8Qw/TM+qlTW7EbihxnED8B00U"
    "qc9ZozTlFAFQW0JY90S8mAigJ6jKteigLKlimz3uW4dBvZJpNBqap89VGjZ950cvlleDee"
    "XJ8DB1lzja6tTQyPB4Du8cXo0+DrePJlOrg6BzO0hI8m8Wxo3ePb8d2XAZNjdxzT9bjSwu"
    "7cjYafrsdDdt1F+hJTxZhe/Tq4+jK6PQeP0PL8osaynLG3JyU4Y29Pcjlj7Faq2jX6Jnio"
    "88lim/FNXtjG8sTcpYkfNHbSaQL9N1c5SYsdjvj7ti6eWNUudYidJ2TLQ5uROyCp+n1bwL"
    "WRCx+Qo0HLIk8i/tHtit7KxVgg3hnq+tuTd2chvOyPImRvPw+urgQxYnM+N3X67QS86GJk"
    "k5KHA/Wk+aCyInL0PYuocqItbOKtxZpMDmVOJHy4pIBeXfDWzT/fFNXSWJESKT6WQLQZtJ"
    "9O8bHoL1+tLWhr/mtPaoVEsmqJKl+iOWFvSc1bay7H25V7jnLE1UJVvlBcm9FCvAXu7EJa"
    "fFZaUX+3UH8zDI8yAS4eJaPPwp7xhlhocUxna6+tWxyjyX0vSEUC+STdicAeJCbDYtYFYZ"
    "kgpL09MrMJpZcrAmIbyEYGoL8V2Y8megL0lYHBChqItbvNxmQE3Sd2n0bFdlRspyWHZ0u9"
    "/Cq2c4yrXia2o3pOqJ4THUnE38ksUPX6840AZS41wBjgsBUbBBtkyxkF3AouaRkATHzVHS"
    "aK9J3Tv+cmXYzoKrHpNcOGT2BukxWgWn/Mdw6471xgMlQ/v7C7Qdom2hQlVN0NlJ3RzFOn"
    "pRqnsjOOcdXL2BnhkZtZ8+LIdlyuS3Wzqwhth6+13VJHVTHyBifmdhHhgszcF00AaxrWVW"
    "WAhSXeRVu7QpSPAWIBvFP6TpyOh3dFCXZ1GonxgvoCAzFVbz/fOLT5QM0KR5awC2P0Z+uZ"
    "WmP6krDAD5/Dt+dCIg94xXvWvfnh9PugCDw2WH4gtejWSxs6SBRLquEDhJZhov2fj4CyCZ"
    "VN2Mgzq6XWgbIJj3HVy9iE4RtHxiAMhbqkVldhDdKfKEIzP5QXCnQihafu/CgVynuhXKlQ"
    "m5PivyalFO21eFl2oL1GRH25eoYpsS6d4rWVLYsbKXva7Im26C2DuazRnt5jsn3v6jTah5"
    "AeTEwd7QlM9uhmv8hg1xPDSljra2Q79CBiNX6eKcA/AwqhS2UAM8MAwczCdoBurqldzPJ6"
    "wdryHPCAnqnFvYTOUmyiVzSrYn8qC7wlB1BLbTFlgR/jqpdlf2oI6zIWTVxGmTPyLYIoYN"
    "KYJ4QU6NKgoxU0LVnQE0IK9B13OtP0ZLxSSamdYN/OtX05mnn1yfb+NpWFOSmlYN4Ks2kg"
    "7JruszTSGUEF9lawV9B5oColPwtksE7LdeDUrt2vTT/chdaD5jk57R3y4RbJqt29dXdHsO"
    "E8/2kZzHGuF1WBngXdIZ6tI+Y8ZH2+YC5vMh/5/Blqgv8F42e1ZMPNTNtdas8ICvoXFAd9"
    "k5Id6nRSReCXweJo6Nsa2SYS9kMt6D0rEt6xBW3DEC4AsooOtEtzsUSOS7/3wkZSSkpWsn"
    "NqiuoW3qI3I2IcyV08vwnBChy/7TlAGu7n9d37O+VD08/0VqJSYzJZv1M+SWtXfEtpJNUp"
    "pTxY7C5iAnsBNfRnmSKd2EaXoJJiGsS5aCuysOF6aeoFyE4wuiP0P9vxvYzmu7HJ3LS69O"
    "zKZlX4Z5cooSI81QpyKaIxpbqi2EhH5iMygC8IGPYAYgM8LaEL3CUCa6qfIzusoWW64rYp"
    "u06k2BeKfdGSU7SlcXjFvjjGVS/DvnBc+rELpD0gKdM2JdZB9v7J6WkJI5eOyrVy+b1UQW"
    "X6RtRky50lhBTS5ZBmPFDWMpgDJQF2Wk75brZHNcx/I232LCwOfmEuctWxpNzhSPg1dzr5"
    "cHLy9u27k9dvz96f/vTu3en716F+lr1VpKhdjH9hulpiHbKed2cJT07PpM7uUOJgXSRaHL"
    "PjJoshTZZLSHXgEDk0ccv/IN6e1RAHlAr6Dghkm5F9xT62M9lXvjGvsUC0MC+ogF+XkezA"
    "E1I3ScZxoesJXrFFSvpG4oDw+idfW0N8yLaJzdv+yACdlOrcXq6PCLOEGMsljGclDwh3yH"
    "uaEbe1x4g3W5kuc9fM5Cz+lFzndvn71yWgfv86F2p2K8UgRS6U0Vs245WuUrmuEqarymWK"
    "p8U6xPqqK1E8kRi8Z6J4Ihe5XSiXzRNP7zDZPPGX5wS0BPhaa6XHERNEbVOA5oduYWpgib"
    "z6cAOFSfBgTmxAMAJ/kNnPwHQdQJ+zBfKz4ZnitEAOcJc28RZLHpWln4H9CreAfxNRon1d"
    "HyOsiJc4Q+j0mXp4/+lFC8MGBA8P/wI9NhZ9W9O3gcOfhWDxgjUJds1my/f4YPrV+B/8nS"
    "GcmlBjFVqW5uj0EKvnI1bQ1Zd1fgDF/yGYv8+j4RV+ig/9Zg00f/15SHCfD1FxfxX3b8Rb"
    "paURYBX3P8ZVLxf3D87rrP0/wt4qo6CnHYuLQ7u6NuQySYu0Nx0NR+Ovo8vzkJ52j2+H09"
    "Homl2jQxH9tvTa+Prr+I5dMvGj6fpX7kbTr+PR7+PrX86jfpJ0w9AZvlx8Ht/x8aFjhM07"
    "mfqzskLB9O9Pk+nd1fjWH7cktsuMeHZnOvp1NLzzv9UfSOfXJh8/jqbazej6kn8gmc+Rra"
    "0RNvgn+ncHNzfTCf81/m2qjNnkMZK+HA2vxtfRfQPplsl/H7WJJ4NpMDWeEarz8nk/jflX"
    "Xpr8G7N9dzkd/H59zssYs2Y3+B6P/n7jj6LvcTYurR+WivKXcSKe5DsRT7JOxLSmIXl8ie"
    "TVIdaUQ6zMq0u5kUs+fNW7kePGSgb3gly/lJxK8yuR5udjRs9eC+LQN1DaqSwSVh7myj3M"
    "SQeBzCORkVQPRYmHIunMKA12UkwhXQZppJPViuqhOWdP/ls2K9m5qGH1FISlrenMIc08vw"
    "+S5SFEst0rDPGhDOYf8jH/kM3sfsHwYOPshYr7mEX+55KoRgIKTwGefnKdHKQJGRXEbmwQ"
    "u2l7t9oodupUqADbcn3P24pqLPq4Fc8o6XdPSLtWNyENauIoTOBKvwG4/nJ1VY5usTRZDp"
    "yAQifDtLhlLshP0Uwd2ciJncn96VXQUsbhRF2FytnEyPfEKYhU3PrTdRUtG62JvW9Zjymf"
    "pKsQ8SDQnghN2BxdBQgT19T3LTUUanjXfLauYmUjdqhoNuINafd+7thkU3+uLiG2Yzkd4r"
    "k6ESlw8pV0Ppk2mkTTdUONky2hk9CsBJTMtOaVz8n0w8Qxda90VR1iG8gIWJF+mJlK2GTV"
    "By7pg6cl/88z+w/CuRV1pCfZXk0nQdyLUU4DpfiQnL2i/PCO0fYOkheuyH2KIaHIfV1e9T"
    "LkPvZ+0PZi+CVnaHAISfH7Osvvo/t7rz0cl29y2SS1hTu7hamVQASNBvID+KFAkzfsjmH7"
    "6hOs6RvckWuFHkl0gIly6Jo88kpkZ5XH9iqLWRsh6wEoySrICirCxnZuQSrHd89wbTfrt/"
    "dTQdvsTmtSP/VYYFLgaUyGLfP9jGZy3PbUbxzogWEidgylPteNAAQGNXKZevUzT8Gm/3oA"
    "OrRtEzn0pkO3GjKASx5EDsg6PkDSORlVsNp8zL4Zxam05ezGCj5SZS036TjtK8fmEbm4lG"
    "PzGFe9jGOTv0gkOfFxmWqMvpc9TutuDBp70Uo+WSnRDj5a7X2UsidoUT3RUiUAXqC2qO9p"
    "lPSn9EJ/ZeipvB1d350D1s/pHk9ufD8rWfte1uHk883ViDs+dbJaMxuDXv08vr1ll1am4/"
    "BRg+vh6OqKj2IAWdZuPscauhTKZ0O/TBp0XW6xulOfA++7ZP3MpFTnYK7eubu0d2kHnpTq"
    "HMzVv++h66LVWvCuL+6GHBM7nNPvTV0YV9cI2UYr9gtsR2Nvlyyq+Yn6WclmZOmzz+tMlj"
    "6DdpdSMZGY6jHbZKXWV+J2WOGEoFrjJq9xqJXv4vJLyaqVbvJK+8bWDsucEFRr3OQ1nhPL"
    "Ik90sbz1DgudlVar3eTVXrMkIuI5ckSDlJQqYCCyO9YW1Ll/QbY0RFpQwZuFV3FkFEem8x"
    "yZBiSiN+wYqSbLU5JONMDOE6fGZPtI+Hf6hS0kojFbKUR3SxQ1dvjOAb4scAln+2A6OSBz"
    "zuth1SOzDKEd5IX9HpxofzAhja82/wmBlzHd/0ExbBTDphEHREu5Fophc4yrXoZhkzx/ZS"
    "JCSckuablVxIVUmK1SOHnZEKbpuuibANT8BKCMYAdCxIfOAzIdzfe7ad5aYCEQYiGIc1Su"
    "lGgK/RmVrQv+8MphV+BiMrlKrMDFOA3xl88Xo+mrN3w5okrM2U2/ym1LvJ2vtZFtcl5h7+"
    "v4cjQ5B4+mgcg9Hny5HNO/oGeY9C+2Nen7KnhqpekpZdgp+eQUmV7cXefOfbm5mgz8a97a"
    "IjB+ldHh/IuMIze4Hlz9v1s+ktq61rPDR/pX2Uj/Iht5PRpd3mrTEUtlpguKkOFofrmpe/"
    "xxMOY0uzk0G8OxY9tQQ1iXefPEZdRLR/qls0KGCbUHJEW6Swh1APRUvvrpaZmE9dPT/Ix1"
    "dk+Es7OEJ6dn8lBHcp1Du3rqnQ/Z7NkVFiAsqIyVEjycZfC6XsvgICWyYqkOnu27ywXwF7"
    "QQSYqpFiIlWoiEVpezJE94B5eScAIV6m+OIynrP/SDAawEj72bG1E4gVrzFqw5NRX2WfG4"
    "uFrvJq+3uzTxg7ZHyqBwArXmTV7z4CHdY9HFM6hVb/KqO94a2Q4ykKiIb5HHNymo/L0S/l"
    "76gdj/eoyBMjft1U5v1YJp1DPX5GcuNHqkWC0pKcXmzD5YAd9IDtekUJfi23WxOGO0rj0Z"
    "nB1uadNP0TiT22x746/N414Byv8Tm6pdB0RZcFNn4x7tv/wo154E2S98ku7t6VRmgkM/dE"
    "+kBn780JnyyboEVZ1M4syxKSxPmD1ai4oUBqO12OFeriGKY7ouRYgxgiGOalWfc34wr+LM"
    "WcJ9wDBCFDY6zABrmzCVyhH3R6lgzr3bpaiCgQ3USvpA0ZmPh9iq6MzHuOpl6MwtJGph4m"
    "5iXj25Be/xe3eDKS9eFpuHNYrQbqaTX6aj21vWJ0LbvALz2kSMvg6uvgzuOHcLPULLgy4n"
    "b4mKo6XfzC9DyWLv+ew655fb2YxXRXYSj3IVRXZ0z7ZZwRws5KsWE97Tsp3htlSSROAHTv"
    "bhAaemOOC5xlm9sidaaxjBBno0daTpS6Q/yBxDablmHEfsYztzHLGTnpqrwshVAckuIdaZ"
    "Y+jQFLsmVRNuptOyhWp21roK/Cvamlim/qw9Ilvs+S+oQZs7Q+eYxNUrv36fYPoNtABGwV"
    "FXFKQXyu8Wq2/PQ1ZhpJ6aUzpz/O28AOIJ1AqUXoE5ZFqUh5wdF0Aor9gqEisQ4LZjWcak"
    "rHrZN/llvzulW3G5W7TKG2/gLuucklUr3eSVVsXt6qWbRZ395ODNyCkun6oc+IKVA8V7ug"
    "KYky0y27Wfy4KceZj3IJ/5Tvy9KVWbQoEd2dapcL/i570M6SwJmoBxlkE1n27mr6Ic12wA"
    "9KWHH5DRB4x6uGJzBUVJGE+M97H161QGxbW+c0Do/xJ0wd1runt8j4dM3gHQRsBx6dFoAA"
    "dBi/7fK4QfkUXWCCCs28/8F3wPPNYEBvwr2MD/9d+m8Tf6H7aB/vYvetM1LcZuu8fBd9iE"
    "4Z2fwb/4Nw1qMPwLPCC0dgCC+hLQhaXKH/1MumL+76Hfksec6C8CDgGQfuc1JzfdY34fmE"
    "5SyjTojyMutdKtZ86iYxS7pyWhaMxNi1X/vP00+IF+MJPkU1Mh6PJhCBs7df9NUKFzKoP2"
    "D0S7K+js1c3WklU1TlNEvOOhZCki3jGuehkinqorquqKtgPRFT07fDQkdICEUJNrLO6oDF"
    "Rf/MolLrR2KX6VEuzS9j04OUe3qFViaLsWwhLLq4pYJSpiBaaa+W/BMZNPjk0IdWnnV9gH"
    "SUfmI29nJH2yZGUV7W+3kwWzWqc52l6+opcQ6gz0lW3tuHcnC2s+xTgt1wyKcacyHlqYZs"
    "Qa3krC35vcjK7PAZO8x18HV+PLIEPoEVqsBVAiQyhKEEqXcL7Hg4uJn6MEZyTMc3pxEiWy"
    "bWLTZclLrhA/XUmpznFVq1f8Vfveo+GV+LlGcpSSuIzScFXxolpxVcWLXrZ4UdSscF+iTt"
    "fIDGlkE+eibGPPOsP9qco8gnh/tnZPUfdKf6xmR4O3Rvx/XwZx5qChiO2AOfGwAUwci8/3"
    "6UU7+NsfBoIko2zQv5IZha0uY+05A5kw1Uk1uVRVYRp5RrU0LKmC0ce46mWC0ZmjN7P2+f"
    "a+SLaDAb+q2D/lfGS52UIv4Bd7OIxjpQb/FV6YWM53FUoov9X2gHVURlu281tGsgNwF70O"
    "6uj/5qDFilVwlIl8xGVU1KPyqIfqn3UotgCveMTT02W2f1KqGQ9ApyoLPZrc2yW7LikxtT"
    "DVn0zU5MIcZEcnttzqiGTVElW+RHMLLqTWJRRoxmJ06k1e0M69YEEKGrmrJ2T/ReHMAhk7"
    "IxRQ5oW0eaFi1b0DJOercN9mD7U13Hdlrb4im52zPUGoL3a3XxTms6wV85+GA8sk9UJ9iQ"
    "xwdfX5hz88Y4FAIA+IH5IL1bZUVi6rD+v3g3DodwUmXnsuS1HF6NHfQels3zo+5x7zuQzg"
    "Ppk6/XkOATb6gemXrHvFwnxETiTK1c4fwcjPCUaGP+ufHnGRn0XMGuoRDC3AglklE2tVMF"
    "EFExtxArY0rKSCice46mWCiQ/oWVtCZykTeInLdK5wQPWhl3ZEtlocm+Uqmgy+oUAH4X1z"
    "UqY3AB2VH5s9yfQHWNtktXZ3IRxkJTuIefVbOnLjymZ0ZCU7CHj1h3RgJ8kGx1NinYD6EM"
    "6rjJvlZfwBU7QmttAXENzpF/kB7GjMdhcABrFChd9RU3hBtbgF2xXAn+fnuFFNFTg6ZEPI"
    "7ft2OCD0P0+2SS1pQaWvGj5AzAFOVpXM4/9u6TtpOlrQLEn1nlSOAWUiKseAWvVGOQZydf"
    "3cUzRfx68xnPSm0UepIm2/qBXF1BloWT4VRhC4y2f5ZSQV0a9MWSCC56aBguBnabCTYgrp"
    "EkiHVv5u5DDFRKqrkorNTzM5nndcSC1K5YvyhOADpsalHJEyKaWWpfpnxVsskOPKnmEpMb"
    "UwlS8Ma70O2cZ3kMCJkr8yaTm1NJUvjaIdN2wx6K9woWlJr0lcTi1N5Uvj19/QTFELlfyF"
    "SUqpZal8WWJO/8yyFPY3TQoesLHpxnvf2r6mQbxH4zb2It/7lF97K3cC1c9N4OZTzQhVv7"
    "yGk/NL9st7mYj8ZD7ngeZMQN6/0S+Kx5NwSJlwPB8d1cCKUOmzP2zyiHjBrEuK+R20HsBk"
    "IAy67ziN4ryr0HZLDpaWBjlVaPsYV71MaLuF9c4NG85dSTOwdzkdfLw7B1z2Ht+Mri/H17"
    "9og5ub6eTr4OocrBFmbR41/z0FrXvs3+O1zYN31z2ejj5+uWWXbDT3HHblbjT9PL4e8Bro"
    "LrJXJvZbLw6Gw9GNXxld19GaX7scDa/G1+wa67di4t3KpZ+U4Xue5PM9TzJ8Tws9ynHGQ4"
    "EOpCfXT8jH7tJ61hxoQftZQlvJCiojU2DTc3Q0+tzJ2PEJIQVrPqxQpu1LUkjBKoDVhbar"
    "MU1IrGPlBcXjUkX6VfsQLuKG0LdqxpcNHckYaUxEebEr92JTxUhHjiOdmZOW65wiUX1Wzg"
    "YyM1DGhT7V7YinxHcCPn2GNChl9UOZYqwf8ouxfsgUY91YBJqNVtB+yGKenxElEO3ARj90"
    "QZ+1jRB2qWLhOTl1fYp2fVa2ki3/0opJ/SVyTczs4R2ZSXny6hVc+SvYQLpp7OS3S0qqDl"
    "zNcdNlvbPRcyTzGCalmvHwdaqyX+AatOWq+caFmrEonToRnWeq3+5yICYE1XnY5PNQh9hg"
    "nUoR6y+1Jni3N2D+LGr127L6skaZSFZZZdJWmW9Wyboyk1LH7MpU7DjFjus8Oy4WBqXw2C"
    "YUZQdcBKIff5siC+YYKxvmG54ROpT+us/BhB3C/69ayYRZ5ETMQiG+BTTDcLy2igtsJR1O"
    "MALe2iKQqlwgmgVQ9DzW6ednXip3blqIld5Fmwq6jD7IbpDZH4gaSo7LCuz2UqhXPrkiKC"
    "qCYkvOlpZS1RRB8RhXvQxB8YFCKo74bKcnbmSbXCCmN77UhoPp5TkwDU2nL6p7fDm+uZp8"
    "HpwDw6QvsRVkzMFfpqMR4w1SZNE9vhhc/xZIzSB+COQ+jy7HQ0ZmXCGD6m3WPZ7cfRpNzw"
    "Hhb61yO6nm1pbspauxP2SrS2YElc0ubbPTj3ep+uNjJnymct6aKbkOQF83a8Ax/4202bMr"
    "KrRxYS7yOXQJucNZ9q/rVQU/nJy8ffvu5PXbs/enP717d/r+dagTZm8VKYcX41+YfphYBw"
    "HPbglPTs9ktngk0bnNXT07gFlG1MrUHpCA0FzUBToh1uS38o5Qn5yeliHnn57ms/PZvb9S"
    "eq9vye6k+CZEO6j5tlfTzRo4NlpbUBcVmiksCBAXO2A5gPBKa+sB8HRVOed7XES53be73c"
    "M05D0d7mHGc8vgLetqj++rJqWg3wU8viHxbAf1BB7j1Ih+kbc4ZAXq0eAyDeP4aNaljXtn"
    "7cV3DthMBXToQossGKQuXLDObE+mu+QjoxKPwHSp7fyILLIWlYuv4xOUz1j5jFtySLXUe6"
    "h8xse46mV8xrLZSNVmITUoG6aGxADTtaSwDQU6aO7X1V/s0TREWnNhclcoo/xXWzfxkql7"
    "Aqskvyx7KLFjRfZG+WSLiGoV1GP3bKliEsHwzm3b0zdlaknQUbkbl99LJ/tE3yyDcX7wLC"
    "XWAawPHTpLthLcrdNAJKqSPooXaLd6qpD+vkeBcrKtnGokp6qpFntPM56+l/FKDTzDdK/I"
    "oifwR4X3+kWeKMhGaVYwbKsP6vclAS7x9CVz/ixNfQnWyHYIhhZgDoc+vYgwgJjdfc46mO"
    "TFt3uPEj0FHY9TFsMA/eZv3zkE9+sryJ6y2GdRoIhdwbRS7q+ikHnHPGAHCZUrP9nxeEyU"
    "n+wYV72Mnyw8ysvaaqFAB50571+XMNfev8611titv9LwynY31A9vorXYGZlWe0oTkVJyHQ"
    "S7+kKWSZ1SFuo9Su80G+jqd7XfDkfKwxBKNMOx0K0SH9IqUWdVofaqPr7G2xD3xZCiirA7"
    "RTqxk6avcEC/yJGh+0M1OxpbKvcykGOVqE2Hd2h4QGsXoEeEfW+ExdI5OdPFsOETFidZ7j"
    "SLYsYoZkxLDryW2n7K4j/GVS9j8Tu+p1aO9JwUqqmud/tO1CPKUZ2OhpMp65jBOl8wRYOi"
    "e49vppPh6PaWXw7KC/PrHwfDkTb8Mrpln64jTff8qOfLZ58ubIhd6QSLmNQBA4Qvo8dXmF"
    "6xJpapP+e3WSygM2Ukm/x07Eoeq3x3m2sZkP3RHaCC1O2P4aWjqSUn6tRaQGtKSHUO5loy"
    "HZWrpTOuFnG1Rim1My2m8u2259uFmGVxls65G8bnahnMZfPu0nusSbl3If7XxDV11BM5Cl"
    "ND+oWuwvC34mh0ifS7FdXr6TcELgEQhJOAV5HTj2cvfv8zoDMQ4CzJE96UUluZ2PyBfiVR"
    "0l0l897je3xHL8yI8QwYOg6/H07XB1TUdJN13sL8vZvxGDyynbcL6SpbHjHmD1PMKMWMUn"
    "7Shmsvyk96jKtexk+a79ETr3UbvHiNYZIYyPDWssWDEkKdS9SsJZNQ5WrWjTDTOmULGcZl"
    "OoHzoVOx9CXEWK5hdUyke564yvuBs9f6DvpOTEx1T2mObpNVaVXrCdV6ouF+uf1bT9TpmR"
    "vjGfGwcYks8xHZzz2BZy49pF/kmTP9wewHRqNLeOYuKdR30HoAG0HwauUsxgYgNufguWPj"
    "e/CEwBI+ok2EHhk/A6pJc3SRA6CNgGGT9RoZIh9dDZ9QMf1P+b+U/+vFj7WWekKU/+sYV7"
    "2U/0vOOdNZt8xZmaRAOqqApZNJC1S+xYp9iw1J65h47ox8++xHNUU6YXJAoUZI+FBtFRsr"
    "F6l1EKZq2JNtui4Ko6YO/T6sril2/ERTAINo6RJiJraELtCh5yBWznRLyLaiD5AtdOFC1+"
    "NQYfTNpa8WF63Wrgq4KoVTKZwtUD2UwnmMq15G4VQxwcNErNoSPGmZCpoMn+jm2pSkiyeE"
    "OghzLXzxNXxm/W2yOOeXSoiJqFoJxaHZHWolROr5LqlwkfQBg7RrascwCOVWoHczuvbz4Q"
    "L5e3y7ueLErtzxP13WwXFwyfo3+lvv5XOFAstJsFa3K2hZ+SHAmFxnutO9PXl3Flo27I8i"
    "W+b28+DqKpvtlrZHJXVXgXgHFdj2KqxZO8WCjqsh2xZVUMtn/ySlOkBGOTT7h1c7kX++Ym"
    "KKnNLkx4pOxbCRUOkiCaXRVaLRNcSf/hGaFjJ+JbOewJce3ewX+dHnfJj2RzCuhA+dDvX9"
    "1L4omBMbLAgxfgafprxEM1mzXURsh2p2zKWN2Dzshg4xsJFrP7OLK5H7vNK5FY9CubW7ph"
    "+21MGp3NrHuOpl3Nr0xJcsmBpJdM+hXQebYqN/yWAcl6nLBHs5mGsoZG0vpDrebMY3Qx/v"
    "VJsb+m1E3YeKnXahUJfo+lU47aTdNy/guelQ5hbd18R6lK6/FhdTDe5b0qJpbQ7pkTQkHs"
    "/xyLZpit/vF7ZqWpuaToeypuHB2K1m/CfyBMicEdNYAsMn02YVQSxmchOMoqSGwc2YMdfY"
    "tRXB7hK8ukDmH6znN9Ok+wD9uPgRnLw+Ofvhzcn3WYO+tk8RmPb/6HFZHyqz9899TP1jsf"
    "NVxWRlyykLXq36XhZ8eOyWNS5DgU6oiEnTsujY3OiH73INy3cZu5K+ySSQDYZ3ENd6qH5U"
    "FxGYigX1FoPxneF1VJvR/TKKNNWSzZnNM6FvbEIPN2j1BPq0aFihWq1HAto6LrFVub71Fg"
    "vk8Dp6yFwsXYdHqNbQcYBlUiV3bpMVIJ6rkxVyfgY8lZvrxNaz3xSEZYR8moIlfWewuzZ5"
    "RE5Wu67vY1QDEqVOt+U10U7FSqnTx7jqZdTpGXRQfkuA3KM0LdYlR3ZlbUiC96RMpCYm0o"
    "xgTevJU8n8BMfRmLKSXZKPFoE5ez0hlVqVORNr4VYvQP5y8uXiagRupqPh+HYcrEJ4ZPGb"
    "ST/3dDS4SsdxHk0DBSkFZbd+XEbt/cr3/jGnggxubqaTr6PL843dYdzj6ejX0fCOXbMR64"
    "iLGpIIslGhZ1KZl0mpDtDY66ZQsKL2hjTMSSkFc2mY5Y2KpKTKEWiODZE1HQNfzw52hECy"
    "pn6GrbYk8miLubjmshaP1zLL+I8T8AosAtlKoEHyQ8ug/WuzdbZUAI12VJMqf16iFVnYcL"
    "009RubzE0OccYZLxjVL/LFG9F45osPBUqkq4SNbr5zAN0JBrL7YGba7hI8I0j/baMFr8OE"
    "DeDoS0Is4JrIPgeD0e0Pvww/A6a6s1Ew8JzPeIZJxhlf1wfd4zk0bYwc5t2H1rNjOuDVxm"
    "n/XwAaKxP3AfQMavsZ3/cBRvTkZrKOTth3Y3VIbYgf6D+Va1+59tt0ELbUyatc+8e46mVc"
    "+/wQkGyGEZfpgHl78GR44tkir2e+RyGSOCDc6Jvu1486RI5R5Q6yJnUvbb2ysBerplSf0w"
    "lGd4T+p6QVtVeX0xddjrKW1A49TveykRgRfuLzcnoC4yh+u9AqWtKBGomN3GoO/c5y62dI"
    "Z1VoyZwz7tkk56wzwYxTnfrARdizqayF4CMzIF6xUTZ5AmtqWMTaTgj4/tVPr8wVZa4oxV"
    "WZK2rVX8Bcob/bhdaD5jnIlkzSF8nupE9vjyO8XB75WZnGcmf5jeXOMo3l2NuSKheCgA17"
    "zMRQx2WKHrD2BW2KODH0+UhziTY6hnifbqdUJCZoI6viZnB7y/gTjB/FGBXUQqZj2BX0zW"
    "UeaXrt42B8xa74BZbSGtzLGJA2WngWtE1Heu9nJY/5CbDQ3JUEMCZy3MhxY8T/8RKvubRc"
    "Bzx0dT/sG8io3uRQqCTdoWLpDsCuHKPdc4w6z1TN2MVqSggqplVzbKQcplWTWgW33v0k4Q"
    "CPqZAUSCyqwXURCH78bYqsPO0+cLzeIHtO7BUzDqZ8vhb6I/J83n8VBQsKGzBLhgv2bL/c"
    "ioDBTs2X9woZfGY1E6znKVoTW1guKDmgXxQ2WPlDN5EDqkuFMlsDCHesh50LucEJNsykPn"
    "iElmmY7jNnNxm2OXeBP+smDBDU9YELevYuIOt6zDhOghBCHR+ggggqiNCS47ul7mQVRDjG"
    "VS8TRFgj2yRSoYNIonP1fSuuDjQjhiBZKj+hczNeJXMWu1N2SOaEFrLlEssjiWYsR+uLAD"
    "ekHFHWiBRo60JLM19jX0fDNTsav1Vbp1YbiMkCX5apzJATc3h/DeIPomcueBVW2vz0RqCb"
    "7z+dsG5njMEUnP2qeKdSz5WiptRzterdV89fem3rDnfCmVwz6VCgg/CWqeGZX8EzU7/zEV"
    "qeXOWgUEJVDSpTNWjjIZZSs5JCKtt9e7Z7TAFO7WTZjPdU6kDLYC4bfknusCZlv0/Ro4me"
    "pojC6QjDNMkB/SKjz+ZDNTs2VjLdPRDlZhm10LwV75HIZuU2GwZMM1ix/QEYY9BxVgi74N"
    "XN+OYKDGyXmm4/fX+esQJr+Ix7TAd+mgIXOg/Aw65pAYcuMDMldYtQKWC6JSM5/+lFSxUr"
    "khWzTJgA+ramOhQrcBKuabBQwc7cPFc9Ppiizv/4SxmiyhBtxFHZUpNEGaLHuOplDFE/mr"
    "9DwaqsoKpXla1XtRvbVrFs92XZtq/GJ1kjLAl/b3Izuj5nvbnxPb6k58M5MAjO1Eh6AQ8B"
    "VTmp/YTQLilsItkOPAJ1p7DxXoSemEpYdNLEpToA86FPGm4nSRepjQt1APS6i6cGeO1gj8"
    "QFFaG/OXpoCwj9HdBEC3yfhdRzaf/nnuTzZjxG9dDPD+YDvfULTw4JnptC8ktyQL/IBxoU"
    "sWSQbMaWIr0E1qBPTfmDzL5zwnqY/lSe39iLKqr0wMV8rLCJlpgEU+30QlJMUAF3Y9amGT"
    "EJN2dUCdZ0NN2zbYSVm7NZJ2BfuTmPyOGl3JzHuOpl3Jzy/k3V00v19Go891r19HoBdk5M"
    "2csgfUGIhSDOUcwSgimwZ1SyLqw3Wtthsb6YTK4Su/xinHaoffl8MZq+evN9EvO8MIqMiy"
    "2S6Jx/7eT0tISDjY7K9bDxe+mO534/MElPZkqsc1hX78tUHWxq9WupDjZt7WAzQLapL3sC"
    "x1Vwp1/ksYLRmG2eqnw8VcGCZnlocq22/BdSvtnWBSJ/Xa9+yVd+R9F987rM256Oys9DeZ"
    "2NXRLsCk2FfDs5JnJ4O/ll7LJuZCP/9f8Btd5AtQ=="
)
