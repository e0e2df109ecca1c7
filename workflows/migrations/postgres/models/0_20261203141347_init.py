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
    "eJztXX1zozia/yoq/zM9VZ65dHqSTqevtspJ3NPedeKs4/Ts3eWKVUC2mWDB8JJ0dm+++0"
    "kC8yowssEBrKqt2Q7oEfj3COl5f/7dW5kaMpyfr5AFbXeFsNs7B//uYbhC5B+cu33Qg5YV"
    "3aMXXPhosOFactyj49pQpTPOoeGgPh3gqLZuubqJ6fgBuNLxYgaNJxCR/kxpNVMlxORm8T"
    "AP6394SHHNBXKXyCaD/+d/yWUda+g7ctZ/Wk/KXEeGlvhpukYnYNcV99Vi10bY/cIG0jd4"
    "VFTT8FY4Gmy9uksTh6N1/2cuEEY2dBGd3rU9+jOxZxgBJutf7r9pNMR/xRiNhubQMyhYlN"
    "p/gehaT1FuJjPlbjhTlF4GyDVFDLTgkmpiygTyqg779Qv6Cj8dv//l4y9nH05/OSND2GuG"
    "Vz7+6T86AsYnZPDczHp/svvQhf4IhnEEqmojioQC3Sy4V+SOq68QH+EkZQppLSD9ef2PNO"
    "5rlIuAX1+IkI9W5T6gJz9Qm2DjNWB5Ac6z0fXwbja4vqWPWznOHwbDbzAb0jvH7Opr6uq7"
    "0x/pdZN8cP63GE4CfhvNvgL6J/jvyc2QwWs67sJmT4zGzf67R98Jeq6pYPNFgVpsda6vrl"
    "EjIyOue5a2JdeTlJLrTeH6GqMY24O3j7iukd/tkj2ZgGa5Cm87vdAXuTsqj3rz/lqG403Y"
    "YD8dH3/48PH46MPp2ckvHz+enB2FO232VtGWezH6le66CR6vt+GIFez/M/BfLqHNB389Pg"
    "U4+SFt/MRW8LtiILKcluTP98dnBXB+G0wvvw6m78io1IdzE9w69u8l8SUyB5E4uGs8d4En"
    "aLZa2cG6bQzOFcgOVBqbP3FFBx+vLMBfTBvpC/w39MpwHpF3gljlLV+usNoujP9cr6L11e"
    "gVbfgSSrHJxUUgID8cuQwE8gbg5n487jGsH6H69AJtTckBXV3qhkam4uzdAeWXv02RAdnv"
    "OCjEE98/WXLz+W4Y3a2n6CA8v5uPzm7o/NV87BA29Mszj83YF5f4FrO3Vser9BWI4YL9JP"
    "ps+qTEOuLo6OECy1fPw2VcRjNfodUjsoE5B0SzBqrnuOYK2T84wLQXfaBr5GvXyTtr4PE1"
    "Us89B9kjjafB7zqd1PSlpt8WgbSdOp/U9A+R60KaPt2PuVpQvqrJo61G7Xzb7TWhdJ7+Uk"
    "LnPP0lV+Wkt5IaJ/mVBCExqOM0W0G8Wb7qEsTSaFIjuK7uGkLohgT7g7fXaym4tmkgjsL1"
    "17vJDR/ckCB97uqqC/4PGLqzlaW1FMj/OfewShEEj55uuDp2fqbP+0td4BeATQFKHLlrkN"
    "9dD/6Rxv9yPLlIn6V0gosUM3RHIZqU/sxZ7RcmwR3iHEUjTpfiyyMhrIsh6y18v9BfTCbj"
    "BPQXo5RV++b++mI4ffee8YEM0t0cY3fkAhYzyGbopFF2o1E26dCXhtmNhtnMItvBOBvYgB"
    "RpXss3PZovWCK0VwPkpbmyyHLG6us1vdDjmCLTQ/pFRkk1HKyswtEb7ZO/LaELIKCCDcAI"
    "ac45eCG70ZKwDmg6+f4cMtABluE5gBze3gqR//vD021Ev00na6GsYkJpo5Q2yrbof+20Vk"
    "kb5SFyvYyN8m2tOQ2yRdYSABN/swzIM/Q9V+VKkHXAtFP0xQz/MSu2LoQfzHhy8+t6eNrk"
    "kDL1xGQMIYtPiq4Zhh/62FYbfjKqchk9LhIfd9NRrtbztPDkkXEkDVPjosXEy/eIr7SCdI"
    "/EsI062wQjAB0Hkf9pIFL7+gD9vPgZPHin6qf5g/fp6D188M7OTs/If+ePZJ4X3V0S1cxX"
    "xwDZR3QNAd11AHulrCpX43M4Gt7/cDVYlfyj979S+5PaXxN345bqAVL7O0Sul9H+2Hab4X"
    "e+9rceL335MlDibcGVmvUbada+mMdxaxomzAE9IknhPac0dSH+/uej/UN+Nbm/GA/B7XR4"
    "ObobBdpzuOOzm/RS5KefDgfjFMJpuVjMXZ9DXU2O4FtvKvV67XkKyY6+e45Lr2WYl/Xg56"
    "y7hB//cnB3ObgalnPjG+g5UJy3t2tMvUdbV8d0pg5BX6uBg5qCOKaNwEKUb9T4PRiwOUUG"
    "A9NCGBBRVmdmTmY/oPaCaAn5poM+IGxw2BgHuQBiDTjQgPYreCT/5mTLVDmzdEpLs0RL9o"
    "mWKqjSLHGIXC9jlmhDFHy7HdNLsnZU0+PFp+aeVAma/ekT7xt9YCWS3V2PI6/SVTvE3iqj"
    "MSTAjajrWsIZYaBHhSVBs0Tvajr4MjsHmg3n7gOe3A5vzpnQ9YBvB/d3w6tzYEHPQdoDvh"
    "xP2N+qYZK/08JaqZV/Wmbhp/ep2Lo/TS97VXdfheydwfgO2ImkQa6jBjkLOo5i6JhzYBbY"
    "5BJU+zTLnR611S7HJBaoPa/3b4GkpTTpHvOWwiutTVxi4Nnod6RypJXNsEeUEnUB1NF3iw"
    "j0NEpFUT3kKAhTPHjV6oo4UDCL5IYAN+YIadS+p+gryzafWYAi0Z5c0Y2ocB7JEQGOmPM5"
    "shVoMRhtoSBTDmkz4kw7lWDsG3QVatAVYU6KrBmMaX0AcDP9mw0LaK3aIiEzvmsEd6nTxy"
    "m+H41f3SffksajlSBzDtkXLIptnERCmoV07fhUHCS4LXAoJcCyFETVgSRlS0Fk9okK8O1Y"
    "tdk0tPG9sQSqyWNKwrsJXu6xXgLnRsSdtRTzMmFnfNTjx1kFiP89mO4OdXhv5ogAOxTqgZ"
    "Zl6CoL4dsxzm8QzVSXWt61OL/1eu1xgv3Ce/2iiL8/4qNKZTGuKX56hPgJ6C5a8bMQc8bJ"
    "kDwZkteST7qlwVkyJO8QuV4qJI+yKcPvcrFNa9omB+cR0WX8RSF73nRydX85G01uzoGDjL"
    "lCeGubmscM8g/4Yvh18G00uZ8OxufgES3hs256NjQe8N1odj+gdPSOo7sek0bondnw8uvN"
    "6JJed5G6xERQIVe/Dcb3w7tz8AwNzy8yKxrD8+G4RAzPh+PcGB56K1V9GH3nfNT5wTvr8U"
    "1mbGPjdtyljp8UutMpHOk3VzhJk+0vEPNDXXE7VZs4IXZeiP4tDG2Gbo9BrmdtAddGLnxC"
    "jgINw3zhxYPcrcitXIw55J0JJf5w/PE0hJf+UYTs3fVgPOb47PT5XFfJ23HiVIuRTVLuD9"
    "Tj5oNKi3qRcxYR4URZ2KZn8SWZnBAmHvH+grTr8vrXHg+8LnKk0KIRQvExHNJmhGF0Kj6G"
    "/PKVZUBb8Y89IQ7xaCWLKmfR3KSnpOJZisvwdsW+oxxyyajKGcWkGSXEm2PMLgxTzlLLUM"
    "wNoZgZj3sZhwPzWpBvYUdvQ8zVMyKztVfXLS4rmXsuCHlm2CTd8YjtxSdDfYgFbpnAxbjZ"
    "M7N2bZYrymBryEYaIL8V2c86egHkyMBgBTVE249mfTKcbgDbTyN9O9K305LNs6VWfunbOU"
    "Sul/HtyB4AsgdARxKjt1ILZP30fCVAqksNUAYYbMUKwRrZckoB04JLagYAm77oDhNF087J"
    "33OdMCO6atrkmmbDFzC3zRUgUn/Mdg6Y7ZyjMlQ/P7fafFonWheJk9XmpZ7RzF2npRKn1D"
    "MOketl9Ixwy83wvNizHafrUh3jKlzb4bG2XSqfLA7d4ETJLiJckCn5pgk5TcO6qoycsOQ2"
    "b2lXiPIhQMyBd0rOxOnoclaU8FSnkhgvcM5REFP1z/OVQ5sNVIxwZAm9MBb+bLwSbUxdmt"
    "Txw+bw9bkwkAe8Yz3E3v908mNQlBtrNF+LaHTW0oYO4vmSangAVzNMtGPzEZA6odQJG7ln"
    "tVQ7kDrhIXK9jE4YnjgiCmFI1CWxugptkPxEHpr5rryQoBMpPHXnR0lX3hvlSoXSnFD8a5"
    "JKhr0Ws2WLsNcoUF+svlyKrEu7eG1lpOJKyo46excbovfTVaRSa0y0D1mdSvslJBsTFUd7"
    "HJU9utkvUtjVxLAS2rqFbIdsRLTmyisB+DMgELqEBlA1DJiYatgOUHWL6MU0rxdYhueAJ/"
    "RKNO4ldJZ8Fb2iWWX0p9TAW7IBtVQXkxr4IXK9bPSngrAqotHEaaQ6I96yhQAmjHmCSIIu"
    "DDpaQd0QBT1BJEHfcqVTSU/EKpWk2gr2zbG2bxdmXn2yvb9MRWFOUkmYN8Ksawi7uvsqjH"
    "SGUIK9EewVdJ6ISMn2AhGs03Qd2LVrt2uTh7vQeFI8J6fcfj7cPFq5ujeu7gg2nGc/LYM5"
    "zrWiStCzoDumZ6uIGg9p3yWYGzeZj3z+DDXB/4b+s1qy4R51210qrwhy6skXO32TlB3qPF"
    "GF45fC4ijou4VsHXH7Uxb0AuURb9kStGEIFwBZRUfQpb5YIscl772wkZCQkqXsnJgiuze3"
    "6GRENEZyG8tvgrACw297NpCG23l98/5W+dDkmd6KV2pMJOt3yiZpLcc3lEaSnSvKg0XvIk"
    "qwE1CX/ixTpJq21iWoak0P8D9CXmZA+HkWJAVEY0q197CRivRnpAGfEMx1AwGINfCyhC5w"
    "lwhYRNBEdlgMSnf5/T+2nUiGEcgwgpZsBy11KMswgkPkepkwAsclj10g5QkJ6Wgpsg6GoR"
    "+fnJTQ1sioXHWN3UtVBiYnoiJatytBJJEuhzQNaKS9SBlQAmCn6aQRYrN5Xv8XUh5fuVWu"
    "L/RFrjiWpNtfNHnNLTs+HR9/+PDx+OjD6dnJLx8/npwdhfJZ9laRoHYx+pXKagk+ZE3Izh"
    "Ien5wK7d0hxd7aIbTY+cRUFk046itB1YFNZN8RSP6DyEvMaRAGzzNSUECfQ9uMNCL62M6k"
    "EfnKvEI9qtwEl4JAsQxlB76QuqM9HBe6HueILRLS1xR7hNff+drqq0K2bdqsf40I0Emqzq"
    "3l+iI6lhBjscznLOUe4Q4DeB5Nt7XbiPe40l1qrnkU0/hTdJ1b5WdHJaA+O8qFmt5KhUIi"
    "F4rILevxUlapXFYJ8y7FUp7TZB0KX6or4zmR4bpjxnMiqbZdKJdNeE6vMNGE57d3brcE+F"
    "odtnHEOF7bFKD5rluYGlgiQTxcQGE2N5ibNjAxAr+bj5+B7jqAfGcL5Kd1U8FpgRzgLm3T"
    "WyyZV5Y8A/ulWgF7E17GeF2P4ZZ2S+whZPpMYbd/9yLG0AHBx8NeoEfHou8WOQ0c9i0EzA"
    "t4Eqya9ZLvscHk1dgf7MzgTm0SZRUahuKoZBOr5xEr6KrLOh9A8H8K5u8zb3iFT/GhX/NA"
    "8fnPXIK7PET6/aXfvxGnSks9wNLvf4hcL+f3D/brrP4/xN4qI6CnDYuLfZu61sFlghppbz"
    "q8HI6+Da/Ow/C0B3x3OR0Ob+g1MhSRtyXXRjffRjN6ScfPuutfmQ2n30bD30Y3v55HjRHJ"
    "giEz3F9cj2ZsfGgYofNOpv6stOIt+fvrZDobj+78cUvTdqkST+9Mh38dXs78t/odqeza5M"
    "uX4VS5Hd5csQea8zmyFQthjT3Rvzu4vZ1O2K/xbxNhzDafI+qr4eV4dBPd15Bq6Oz3EZ14"
    "MpgGU+NHk8i8bN6vI/bKS529MV13V9PBbzfnrB4v7dqCH/DwH7f+KHKO03Fp+bCUl7+MEf"
    "E434h4nDUipiUNwe2LRy83saZsYmWOLmlGLvnxVW9GjisrGdwLktZSdDJfrUS+mo8Z2XsN"
    "iEPbQGmjMo9YWpgrtzAnDQQin0SGUn4UJT6KpDGjNNhJMol0GaSRaq5WRA7N2XvyT9ksZe"
    "e8htWHICxtRaUGaWr5fRKsc8Cj7V6Fg09lMP+Uj/mnbIryG7oHG6cvVNyQK7I/l0Q1IpB4"
    "cvD0k+vEIE3QSCd2Y53YTVu71XqxU7tCBdiWa+DdVlRj3seNeEZJvztC2rUCAGlQE1thAl"
    "fyBuDmfjwuF26x1GkOHCeETiTS4o6aIL9GM3VkISdWJrOnVxGWMgon6ipUztpHviNOgafi"
    "zp+uq2jZyDLtXetTTNkkXYWIOYF2RGhC5+gqQNh0dXXXmjmhhHfDZusSVnUGzSUOP07UXP"
    "pwzA+b8z15sRO5dOET09aQFgSu+Z5AQmGbqz5wzT54WbL/vNL/IJxb9ER4ks0FTxKxVbGo"
    "wEBu2WdYVVEKb8ciq/aSuivjr6QTW8ZfdZnrZeKv6Pmg7BSElZyhwVZ+GYLV2RAssr53Ws"
    "Nx+iZXtpFLuLNLmGgJJqeoeb6PNSRo8oLd0rNafQ4sOcEdsbbLEUUHggX2XTZFXIjsrPDY"
    "XmExqyNkLQAlHb9ZQulT3+z+TaVh7uhR62at6H7Kr5ZdaU3q3RzzHXEsjUnPUr6dUU+O25"
    "ydiwM5MMyVjaHUZ7IRgEAjSi4Vrz6zLFnyryegQtvWkUNuOmSpIQ245hPPAFnHAwSNk1GR"
    "ofVjdk36TGWWZhdW8EiZWNqk7bQvDZsHZOKShs1D5HoZwyY7SATDluM01Sh9b7ud1t2EMH"
    "bQCn5ZKdIOflrt/ZSyO2hRycdSWdpvUP7RtzQK2lN6ob0ytFTeDW9m54D2jnnAk1vfzmpa"
    "vpX1cnJ9Ox4yw6dqriyqY5Cr16O7O3pppTsOGzW4uRyOx2wUBcgwtrM51tARTTxh9W0yVe"
    "syi9WdnRpY3wVLHCapOgdz9cbdpb1N6+EkVedgrv68h66LVhbnrC/uvBoj25/R731dGFfX"
    "dNVGK/oLbEehp0sW1fxc6ixlMxKp6fM6k0hNod2mmkdEJvtZNlmo9YW4LTicIJQ8bjKPQ6"
    "l8G5NfilZyusmc9pWtLdicIJQ8bjKP56ZhmC+EWZ61BaOz1JLbTea2ZaNn3fQcsUCDFJXM"
    "MefpHZYBVWZfEM3eTxNKeLPwyhgZGSPT+RiZBuQKN2wbeZPUxQF2XlhoTLbUv3+nX1jlPx"
    "qzMYRotkRR7f0fHODTAtdk0T7Y9Bups97qBuRECG1Bzy3J70TrgxIpjNvsJwRWxnSJfhlh"
    "IyNsGrFBtDTWQkbYHCLXy0TYJPdfEY9QkrJLUm4VfiHpZqsUTvJjHCbpuug7B9T8BKAMYQ"
    "dcxPvOA9Idxbe7KZ7F0RBM00AQ54hcKdIU+o+Eti74wyv75cDFZDJOcOBilIb4/vpiOH33"
    "nrEjKpabXfSr3M6xm+O11rRNzivsfRtdDSfn4FnXkPmAB/dXI/IX9DSd/EWXJjmvgq9WOD"
    "ylTHRKfnCKSLvkrsfO3d+OJwP/mmcZJoxfpeFw/kUaIze4GYz/646NJLqu8eqwkf5VOtK/"
    "SEfeDIdXd8p0SFOZCUMR0hyF2nzRywP+MhixMLs51BsTY0eXoYKwKnLyxGnkoSN86KyQpk"
    "PlCQkF3SWIOgB6Kl/95KRMwvrJSX7GOr3Hw9lZwuOTU3GoI7rOoV196J0P2eOry60RV1AZ"
    "K0W4P83gqF7NYC8lsmKpDp7tm8s58Bd0eUiSyS4PJbo8hFqXszRf8BYmJe4E0tXfHENS1n"
    "7oOwNoCR57OzMidwLJ8xbwnKgKu3A8Ti753WR+u0sdPyk7pAxyJ5A8bzLPg490B6bzZ5Bc"
    "bzLXHc9CtoM0xCviW2TxTRJKe6+AvZc8EPuvRyNQ5rq92upULZhGfnNN/uZCpUcoqiVFJa"
    "M5sx9WEG8khmuSqEv+7bqiOGNhXTtGcHa460g/FcaZXGabezOtP/cKUP57bKp2bRBlwU3t"
    "jTt0aPK9XDsGyN6zSbq3plOZCQ556I5IDXz/oTNlk3UJqjojiTPbJrc8YXZrLSpSGIxWYp"
    "t7uYYoju66BCEaEQxxVKv6nMUHsyrOLEq4DyhGiMBGhmnAsk0qUjn8/igVzLlzuxRZMLCB"
    "UkkfyHDmwwlsleHMh8j1MuHMLQzUwqa79nn1xBjeY/dmgykrXhabhzaKUG6nk1+nw7s72i"
    "dCWR+BeW0iht8G4/vBjMVuoWdoeNBlwVu84mjpk/ltQrLoOZ/lc365nfV4WWQn8SlXUWRH"
    "9WybFszB3HjV4oD3NG1nYlsqSSLwHSe7xAGnptjjvsaiekV3tNZEBGvoWVeRoi6R+iSyDa"
    "XpmrEd0cd2ZjuiOz1RV7meq4IguwRZZ7ahfYfYNamacDONli0Us7PaVWBfUSzT0NVX5RnZ"
    "fMt/QQ3a3Bk6F0lcvfDr9wkmb6AEMHK2uiInPZd+O199ez6yCj31RJ1SqeFvawbwJ5AcKM"
    "2BOaRSlIecLRnApZfRKgIcCHDbsixjklYe9k0+7LcP6Zax3C3i8toauA2fU7SS003mtCxu"
    "V2+4WdTZTwzeDJ2M5ZOVA9+wciB/TVcAc7JFZrvWc1mQMx/zDsFnvhF/55CqdaHAjizrlL"
    "tfxue9TdBZEjROxFkG1fxwM5+LYrFmA6AuPfyEtD6goYcrOldQlITGibE+tn6dyqC41g8O"
    "CO1fnC64O033gB/wJaV3ALQRcFyyNWrAQdAg//cO4WdkmBYCCKv2K/sFPwKPNoEB/wwW8H"
    "/8p679hfyHLqC//JPcdHWDRrc94OAd1m545zP4J3vToAbDP8ETQpYDEFSXgDCWCH/kmYRj"
    "/u8hb8l8TuQXAccEkLyzxYKbHjC7D3QnSaVr5MeZLtHSjVcWRUdD7F6WJkFjrhu0+ufd18"
    "FP5MGUkk1NiKDLhiGsbdX9NxEKnVMZtL+nsLuCzl7dbC1ZVeM0GYh3OCFZMhDvELleJhBP"
    "1hWVdUXbgeiK7B0+GgIyQIKoyTUWtxQGqi9+5ZouNLYpfpUi7NLy3XtwjmoQrURTti2Exa"
    "eXFbFKVMQKVDX9X5xtJj84NkHUpZVfYR8kFenPrJ2R8M6SpZVhf9vtLJjWOs2R9vIFvQRR"
    "Z6CvbGnHrTtZWPNDjNN0zQgx7lTGQwvTjGjDW0H4e5Pb4c05oJQP+NtgPLoKMoSeoUFbAC"
    "UyhKIEoXQJ5wc8uJj4OUrw0QzznN48iBLZtmkTtuQlV/C/riRV52JVqxf8Zfveg4kr8XON"
    "xEJK4jRSwpXFi2rFVRYvetviRVGzwl0DdboWzJBGNrEvijb2rNPdn6rMw/H3Z2v3FHWv9M"
    "cqdjR4o8f/t2XgZw4aitgOmJse1oCOY/75PrloB3/7w0CQZJR1+lcyI7fVZaw9Z0ATpjrJ"
    "JpeyKkwj96iWuiWlM/oQuV7GGZ3ZejO8z9f3ebQddPhVFf1TzkaWmy30Bnaxp/0YVmqwX+"
    "GFjsVsVyGFtFttdlhHZbRFO79lKDsAd9FxUEf/NwctVrSCo4jnI04jvR6Vez1k/6x9RQuw"
    "ikcsPV1k+SepmvEBdKqy0LPOrF2ifEmRScZUvzMRlQszkB3VtMW4w6OVLKqcRXMDLoT4Eh"
    "I0gxmdOskL2rkXMKSgkbv8QnZnCossENEzQgKpXgirF9JX3dtDcr50963XUFvdfWNj9Q3Z"
    "dJ/tcVx9sbv9IjefYayo/TQcWCapF6pLpIHx+Pqn3z1tgUBAD0zfJReKbamsXFof1u8H4Z"
    "B3BTq2PJemqGL07K+gdLZvHc95wGwuDbgvukp+nmMCG/1E5UvavWKhPyMnImVi589g6OcE"
    "I82f9Q/PdJGfRUwb6pkYGoA6s0om1kpnonQmNmIHbKlbSToTD5HrZZyJT+hVWUJnKeJ4id"
    "N0rnBA9a6Xdni2WuybZSKaCL4hQQfhfX9cpjcAGZXvmz3O9AewbHNludsEHGQpO4h59Us6"
    "MuOKZnRkKTsIePWbdKAniTrHU2SdgHofxquMmeVt7AFTZJk21xYQ3OkX2QHsaMxmEwAGsU"
    "KFPxBVeEGkuAVdFcCf53NcqSYCHBmyDsjt+3o4MMl/XmydaNKcSl81PIAfA5ysKpkX/7uh"
    "76TuKEGzJNl7UhoGpIooDQOS640yDOTK+rm7aL6MX6M76X2jt1IZtP2mWhQVZ6Bh+KEwHM"
    "ddfpRfhlIG+pUpC2Tiua6hwPlZGuwkmUS6BNKhlr9dcJiMRKqrkorNdjOxOO84kWRK5Ux5"
    "QfAJE+VSLJAySSXZUv234i0WyHFF97AUmWRM5YyhrdchXfgO4hhR8jmTppOsqZw1Muy4Yc"
    "wgv8KFuiHMkzidZE3lrPHrbyg6r4VKPmOSVJItlbMlZvTPsKWwv2mScI+NTdfW+9b2NZXd"
    "8WQDt6ZHi5ds4PY2LuLJfM48nxkPsX+jX+QgNsMhZfzDbHRUlClCpU//sM1nxCo4XRHMZ9"
    "B4ApMB1wu85TQyCFv6WluysbTU6yZ9rYfI9TK+1hYW4NZsOHcF9ZLe1XTwZXYOGO0Dvh3e"
    "XI1uflUGt7fTybfB+BxYCNO+g4p/TkHjAfv3WLHt4Ox6wNPhl/s7eslGc8+hV2bD6fXoZs"
    "CKcrvIXunY7wU4uLwc3vqlulUVWeza1fByPLqh12gDEB1vV7/7uEwA4nF+AOJxJgDRQM9i"
    "QcwhQQfyZeuPEMfu0nhVHGhA+1VAWskSyi7WnKLODB2FfHcC0CaJJKz5sEKRPiRJIgkrB1"
    "YX2q5CJSG+jJXnpY1TFclX7UO4KFiBnKoZ4yp0BJ12MRJpVq3crEoEIxU5jnCqSJquc4JE"
    "9Wkia8j0QBjn2lQ3I54i3wr49B7SoBzKT2Wqg37Krw76KVMddK0RKDZaQfspi3l+ig6HtA"
    "MLfd8VZiwbIewSwcJzcgrNFK36LG0lS/6tBZP6a7bqmOrDW4bK5NHLI7jyI1hDqq5tZbdL"
    "UsqWUM0x02Wts9F3JPIZJqma8fF1qtRcYBq0xcrLxomawZRO7YjOK5Fvt9kQE4RyP2zyfq"
    "hCrNHWmYg2PLJMvN0JmD+L5H5buC+qlPFopVYmrJX5apWoKTNJdcimTBkdJ6PjOh8dF3OD"
    "EnhsHfLC1S8C0i9/myID5igr68g3/GiSoeTXXQcTdgj/P2sNJswix4ss5OJbEGYYjldWcY"
    "KNQYcTjIBnGSYkIheIZgEEPY+2nvnMarfOdQPRWrBoXdKVhg/SG+bj74goSo5LK772UqhX"
    "PrkMUJQBii3ZW1oaqiYDFA+R62UCFJ8IpHyPz+bwxDVtkyuW9EZXyuVgenUOdE1RyUH1gK"
    "9Gt+PJ9eAcaDo5xFaQRg7+Oh0OadwgQRY94IvBzd8CqkeInwK66+HV6JIGM66QRuQ24wFP"
    "Zl+H03NgslOr3EqqudciPXQV+odoucMModTZhXV28niXiD8+ZtxvKufUTNF1APq6owYc/V"
    "9IeXx1eZUfLvRFfgxdgm5/mv1RvaLgp+PjDx8+Hh99OD07+eXjx5Ozo1AmzN4qEg4vRr9S"
    "+TDBB06c3RIen5yKLPGIonOLu/roAKoZES1TeUKcgOaitsQJsiafyltCfXxyUiY4/+QkPz"
    "qf3vszJff6muxWgm+CtIOSb3sl3ayCYyPLgCqv8klhhnqcbI/56eGV1iaos3RVMeN7nESa"
    "3Teb3cM05B0N7mHGc8vgLWtqj6+rJqWgz4I4vkvTsx3U41iMUyP6RdbiMCpQjQaX6WDGRt"
    "O2Ycw6ay9+cMB6KqBCFxrmgkLqwgVtFfaiu0s2Mqo5CHSX6M7PyDAtXv3yOp4gbcbSZtyS"
    "Taql1kNpMz5ErpexGYtmI1WbhdSgbJgaEgN01xDCNiTooLpfV8OrZ13jSc2FyV0hjbRfbV"
    "zESyrucbSS/DrhIcWWJcIbZZMtClSroEC4ZwsVkwiGd27ZnrwvU0uCjMpduOxeOtknerMM"
    "xvnOsxRZB7Det+ss2dtuu9L3EalM+ihm0HYFPiH5fc8c4WRTfc+ITpb3LLaeZix9b2OVGn"
    "ia7o7NRY9jjwrv9YssUZCOUoxg2EYb1G9LE7imxxrcvyx1dZlsJd8nFxEGENO7r1kDkzj5"
    "ZutRosmd47GQxdBBv/7bNw7B3Rrd0a8s9iwClGlXMK2Q+avIZd4xC9heXOXSTnY4FhNpJz"
    "tErpexk4VbeVldLSTooDHn7KiEunZ2lKut0Vt/puEVbben7l9Fa7ExMi32lA5EStF1EOzq"
    "C1kmZUpRqHcovdNsoKtf1X5/FiELQ0jRDMNCt0p8CItEnRWF2iv6+BJvQ8wXlwRVhN0pUk"
    "07qfpyB/SLDBmqP1Sxo7Glci8DOlqJWndYh4YnZLkAPSPsWyMMms7JIl00G75gfpLlVrPI"
    "yBgZGdOSDa+lup/U+A+R62U0fse31IoFPSeJaqrr3b4d9YByVKfDy8mUdsygnS+ooEHQfc"
    "C308nl8O6OXQ7KC7PrXwaXQ+XyfnhHn64iRfV8r+fbZ58ubIhd4QSLGNUeHYRvI8dXmF5h"
    "mYauviq00KGgGSxL2eSvY9vgscpXt26JgOyP7kAoSN32GFY6mmhyvNahBWFNCarOwVxLpq"
    "M0tXTG1MKv1igkdqbJZL7d5ny7ELMszsI5d5fxuVoGc9m8u/Qaa1LuXYj/jenqKurxDIWp"
    "If1CU2H4W3E0ukT63YrI9eQNgWsCCMJJwLvI6MeyF3/8DMgMJnCW5gtel1Jb6Vj/ibwSL+"
    "muknkf8AOekQuPpvYKKDoOux9O1weEVHeTdd7C/L3b0Qg805W3TdBVtjxizB4mI6NkZJS0"
    "kzZcepF20kPkehk7ab5Fj8/rNljxGhNJoiHNs0SLByWIOpeoWUsmoczVrBthKnWKFjKM03"
    "QC532nYqlLiLFYw+oYSfcscZX3A6fH+hbyToxMdk9pjmyTFWll6wnZeqLhdrndW0/UaZkb"
    "4UfTw9oVMvRnZL/2OJa59JB+kWVO9wfTHxiNLmGZuyJQz6DxBNaE4N3KWYw0YNosBs8daT"
    "+CFwSW8BmtPfRI+wyIJM3QRQ6ANgKabVoW0ng2uhqeUHH4n7R/SfvXm29rLbWESPvXIXK9"
    "lP1LzDjTWbPMaZmkQDKqIEonkxYobYsV2xYbktYx8dxH8/u179XkyYTJAYUSocmGKqvYWD"
    "FPrYMwEcNebN11Ueg1dcj70Lqm2PETTQEMvKVLiCnZErpAhZ6DaDnTDS7bih4gWujCha7H"
    "oMLou0uOFhetLFc6XKXAKQXOFogeUuA8RK6XETilT3A/Hqu2OE9aJoIm3SeqbumC4eIJog"
    "7CXEu8uAVfaX+bLM75pRJiJLJWQrFrdotaCZF4vk0qXES9RyetRfQYCqEYB3q3wxs/Hy6g"
    "f8B36ytO7MqM/enSDo6DK9q/0V96b58rFGhOHF7draBh5LsAY3Sd6U734fjjaajZ0D+KdJ"
    "m768F4nM12S+ujgrIrh7yDAmx7BdasnmJAx1WQbfMqqOVH/ySpOhCMsu/oH1btRPz7ipHJ"
    "4JQmf1ZkKoqNgEgXUUiJrhKJriH29C9QN5D2V/Oxx7GlRzf7RXb0ORum/B6MK2FDJ0N9O7"
    "VPCuamDRamqX0GX6esRLNp0VVk2g6R7KhJG9F56A0VYmAj136lF1c883mlc8s4CmnW7pp8"
    "2FIDpzRrHyLXy5i1yY4vWDA1ouieQbuOaIq1/CWCcZymLhXs7WCuoZC1vRDqeLMe3wx5vF"
    "Ntbsjb8LoPFRvtQqIuhetXYbQTNt+8geWmQ5lbZF2bxrNw/bU4mWxw35IWTcjW1WWP16DJ"
    "v9MvbM8UjdmksudDLusMN6vO8BaFALtdAbCeGmqWUBXAYHgH0X1/VErbOCrQNo4ykjB5os"
    "uN7MgXhmMk+5eH30Z46IYl+s//B+Nhl7Q="
)
