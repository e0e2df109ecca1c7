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
    "AtkKtBiMtlCQKYe0GXGmnUow9g26CjXoijAnRdYMxrQ+ALiZ/s2GBbRWbZGQGd81grvS6e"
    "MU34/Gr+6Tb0nj0UqQOYfsExbFNk4iIc1CunF8Kg4S3BY4lBJgWQqi6kCSsqUgMvtEBfh2"
    "rNpsGtr43lgC1eQxJeHdBi/3WC+BcyPizlqKeZmwMz7q8eOsAsT/O5juBnV4b+aIAHsU6o"
    "GWZegqC+HbM85vGM1Ul1retTi/zXrtcYL9wnv9ooi/P+KjSmUxbih+uYf4AeguWvOzEHPG"
    "yZA8GZLXkk+6pcFZMiTvGLleKiSPsinD73KxTRvaJgfnEdFl+kkhe958dvl1dDuZXZ0DBx"
    "kLhfDWNjWPGeTv8MX48/DbZPZ1Ppyeg3u0go+66dnQuMM3k9uvQ0pH7zi66zFphN65HY8+"
    "X01G9LqL1BUmggq5+m04/Tq+OQeP0PD8IrOiMTxvByVieN4OcmN46K1U9WH0g/NR5wfvbM"
    "Y3mbGNjdtxVzp+UOhOp3Ck31zhJE12uEDMt3XF7VRt4oTYeSL6tzC0GboDBrm+bwu4NnLh"
    "A3IUaBjmEy8e5GZNbuVizCHvTCjx28G7sxBe+kcRsjdfhtMpx2enLxa6St6OE6dajGyS8n"
    "CgDpoPKi3qRc5ZRIQTZWmbnsWXZHJCmHjEhwvSrsvrX3s88KbIkUKLRgjFx3BImxGG0an4"
    "GPLL15YBbcU/9oQ4xKOVLKqcRQuTnpKKZykuw9sV+45yyCWjKmcUk2aUEG+OMbswTDlLLU"
    "Mxt4RiZjzuZRwOzGtBvoU9vQ0xV8+EzNZeXbe4rGTuuSDkmWGTdMcjdhCfDPUhFrhlAhfj"
    "ds/MxrVZriiDrSEbaYD8VmQ/6ugJkCMDgzXUEG0/mvXJcLoB7D6N9O1I305LNs+WWvmlb+"
    "cYuV7GtyN7AMgeAB1JjN5JLZD10/OVAKkuNUAZYLAVKwQbZMspBUwLLqkZAGz6ojtMFE07"
    "J38vdMKM6Kppk2uaDZ/AwjbXgEj9Mds5YLZzjspQ/fzcavNpnWhTJE5Wm5d6RjN3nZZKnF"
    "LPOEaul9Ezwi03w/Niz3acrkt1jKtwbYfH2m6pfLI4dIMTJbuIcEGm5Ism5DQN66oycsKS"
    "27ylXSHKxwAxB945ORPnk9FtUcJTnUpivMA5R0FM1T/PVw5tNlAxwpEl9MJY+LPxTLQxdW"
    "VSxw+bw9fnwkAe8Ir1EHvzy+nPQVFurNF8LaLRWSsbOojnS6rhAVzNMNGOzUdA6oRSJ2zk"
    "ntVS7UDqhMfI9TI6YXjiiCiEIVGXxOoqtEHyE3lo5rvyQoJOpPDUnR8lXXkvlCsVSnNC8a"
    "9JKhn2WsyWHcJeo0B9sfpyKbIu7eK1lZGKKyl76uxdbIjeT1eRSq0x0T5kdSrtI0g2JiqO"
    "9jgqe3SzX6Swq4lhJbR1C9kO2YhozZVnAvBHQCB0CQ2gahgwMdWwHaDqFtGLaV4vsAzPAQ"
    "/omWjcK+is+Cp6RbPK6E+pgbdkA2qpLiY18GPketnoTwVhVUSjidNIdUa8ZQsBTBjzBJEE"
    "XRh0tIa6IQp6gkiCvuNKp5KeiFUqSbUT7NtjbV8uzLz6ZHt/mYrCnKSSMG+FWdcQdnX3WR"
    "jpDKEEeyvYa+g8EJGS7QUiWKfpOrBr127XJg93ofGgeE5Ouf18uHm0cnVvXd0RbDjPfloG"
    "c5xrRZWgZ0F3TM9WETUe0r5LMDduMh/5/Blqgv8F/We1ZMPd67a7Up4R5NSTL3b6Jik71H"
    "miCscvhcVR0A8L2Tri9qcs6AXKI96xJWjDEC4AsoqOoCt9uUKOS957aSMhISVL2TkxRXZv"
    "btHJiGiM5C6W3wRhBYbf9mwgDbfz+ub9nfKhyTO9Na/UmEjW75xN0lqObymNJDtXlAeL3k"
    "WUYC+gRv4sc6SattYlqGpND/A/Ql5mQPh5FiQFRGNKtfewkYr0R6QBnxAsdAMBiDXwtIIu"
    "cFcIWETQRHZYDEp3+f0/dp1IhhHIMIKWbActdSjLMIJj5HqZMALHJY9dIuUBCeloKbIOhq"
    "EPTk9LaGtkVK66xu6lKgOTE1ERrduVIJJIl0OaBjTSXqQMKAGw03TSCLHdPK//Gyn3z9wq"
    "1xf6MlccS9IdLpq85pYdHwaDt2/fDU7enr0//fXdu9P3J6F8lr1VJKhdTH6jslqCD1kTsr"
    "OCg9Mzob07pDhYO4QWO5+YyqIJR30lqDqwiRw6Asl/EHmJBQ3C4HlGCgroc2ibkUZEH9uZ"
    "NCJfmVeoR5Wb4FIQKJah7MAXUne0h+NC1+McsUVC+obigPD6O19bfVXItk2b9a8RATpJ1b"
    "m1XF9ExwpiLJb5nKU8INxhAM+96bZ2G/Hu17pLzTX3Yhp/iq5zq/z9SQmo35/kQk1vpUIh"
    "kQtF5JbNeCmrVC6rhHmXYinPabIOhS/VlfGcyHDdM+M5kVTbLpTLJjynV5howvPLO7dbAn"
    "ytDts4YhyvbQrQfNctTA0skSAeLqAwmxssTBuYGIHv5v1HoLsOIN/ZEvlp3VRwWiIHuCvb"
    "9JYr5pUlz8B+qVbA3oSXMV7XY7il3RJ7CJk+U9jtP72IMXRA8PGwF+jRseiHRU4Dh30LAf"
    "MCngSrZrPke2wweTX2BzszuFObRFmFhqE4KtnE6nnEGrrqqs4HEPwfgvn7zBte4VN86Dc8"
    "UHz+M5fgPg+Rfn/p92/EqdJSD7D0+x8j18v5/YP9Oqv/j7G3zgjoacPi8tCmrk1wmaBG2p"
    "uPR+PJt/HleRiedodvRvPx+IpeI0MReVtybXL1bXJLL+n4UXf9K7fj+bfJ+PfJ1W/nUWNE"
    "smDIDF8vvkxu2fjQMELnnc39WWnFW/L359n8djq58cetTNulSjy9Mx//dTy69d/qO1LZtd"
    "mnT+O5cj2+umQPNBcLZCsWwhp7on93eH09n7Ff498mwphtPkbUl+PRdHIV3deQaujs9xGd"
    "eDacB1Pje5PIvGzezxP2yiudvTFdd5fz4e9X56weL+3agu/w+O/X/ihyjtNxafmwlJe/jB"
    "FxkG9EHGSNiGlJQ3D74tHLTawpm1iZo0uakUt+fNWbkePKSgb3gqS1FJ3MVyuRr+ZjRvZe"
    "A+LQNlDaqMwjlhbmyi3MSQOByCeRoZQfRYmPImnMKA12kkwiXQZppJrrNZFDc/ae/FM2S9"
    "k5r2H1IQgrW1GpQZpafh8E6xzwaLtX4eBDGcw/5GP+IZui/ILuwcbpCxU35IrszyVRjQgk"
    "nhw8/eQ6MUgTNNKJ3VgndtPWbrVe7NSuUAG25Rp4txXVmPdxK55R0u+ekHatAEAa1MRWmM"
    "CVvAG4+jqdlgu3WOk0B44TQicSaXFDTZCfo5k6spATK5PZ06sIS5mEE3UVKmfjI98Tp8BT"
    "ceNP11W0bGSZ9r71KeZskq5CxJxAeyI0o3N0FSBsurq6b82cUMK7YrN1Cas6g+YShx8nai"
    "59OOaHzfmevNiJXLrwiWlrSAsC13xPIKGwzXUfuGYfPK3Yf57pfxDOLXoiPMn2gieJ2KpY"
    "VGAgtxwyrKoohbdjkVUHSd2V8VfSiS3jr7rM9TLxV/R8UPYKwkrO0GArvwzB6mwIFlnfe6"
    "3hOH2TK9vIJdzZJUy0BJNT1DzfxxoSNHnB7uhZrT4Hlpzgjljb5YiiA8EChy6bIi5EdlZ4"
    "bK+wmNURshaAko7fLKH0qW93/6bSMPf0qHWzVnQ/5VfLrrQm9W6O+Y44lsakZynfzqgnx2"
    "3PzsWBHBjmysZQ6jPZCECgESWXilcfWZYs+dcDUKFt68ghNx2y1JAGXPOBZ4Cs4wGCxsmo"
    "yNDmMfsmfaYyS7MLK3ikTCxt0nbal4bNIzJxScPmMXK9jGGTHSSCYctxmmqUvpfdTutuQh"
    "g7aAW/rBRpBz+t9n5K2R20qORjqSztFyj/6FsaBe0pvdBeGVoqb8ZXt+eA9o65w7Nr385q"
    "Wr6VdTT7cj0dM8Onaq4tqmOQq18mNzf00lp3HDZqeDUaT6dsFAXIMHazOdbQEU08YfVlMl"
    "XrMovVnZ0aWN8FSxwmqToHc/XG3ZW9S+vhJFXnYK7+vIeui9YW56wv7rwaIzuc0e9NXRhX"
    "13TVRmv6C2xHoadLFtX8XOosZTMSqenzOpNITaHdpZpHRCb7WTZZqPWFuB04nCCUPG4yj0"
    "OpfBeTX4pWcrrJnPaVrR3YnCCUPG4yjxemYZhPhFmetQOjs9SS203mtmWjR930HLFAgxSV"
    "zDHn6R2WAVVmXxDN3k8TSniz8MoYGRkj0/kYmQbkCjdsG3mR1MUhdp5YaEy21L9/p19Y5T"
    "8aszWE6HaFotr7PznApwWuyaJ9sOk3Ume91Q3IiRDagZ5bkt+J1gclUhi32U8IrIzpEv0y"
    "wkZG2DRig2hprIWMsDlGrpeJsEnuvyIeoSRll6TcKvxC0s1WKZzkxzhM0nXRDw6o+QlAGc"
    "IOuIgPnQekO4pvd1M8i6MhmKaBIM4RuVKkKfTvCW1d8IdXDsuBi9lsmuDAxSQN8dcvF+P5"
    "qzeMHVGx3OyiX+d2jt0er7WhbXJeYe/b5HI8OwePuobMOzz8ejkhf0FP08lfdGmS8yr4ao"
    "XDU8pEp+QHp4i0S+567NzX6+ls6F/zLMOE8as0HM6/SGPkhlfD6f/csJFE1zWeHTbSv0pH"
    "+hfpyKvx+PJGmY9pKjNhKEKao1CbL3q6w5+GExZmt4B6Y2Ls6DJUEFZFTp44jTx0hA+dNd"
    "J0qDwgoaC7BFEHQE/lq5+elklYPz3Nz1in93g4Oys4OD0Thzqi6xza1Yfe+ZDdP7vcGnEF"
    "lbFShIfTDE7q1QwOUiIrlurg2b65nAN/QZeHJJns8lCiy0OodTkr8wnvYFLiTiBd/c0xJG"
    "Xth74zgJbgsXczI3InkDxvAc+JqrAPx+Pkkt9N5re70vGDskfKIHcCyfMm8zz4SPdgOn8G"
    "yfUmc93xLGQ7SEO8Ir5FFt8kobT3Cth7yQOx/3o0AmWh2+udTtWCaeQ31+RvLlR6hKJaUl"
    "QymjP7YQXxRmK4Jom65N+uK4ozFta1ZwRnh7uO9FNhnMlltr030+ZzrwDl/45N1a4Noiy4"
    "qb1xjw5NvpdrzwDZr2yS7q3pVGaCQx66J1JD33/ozNlkXYKqzkjizLbJLU+Y3VqLihQGo5"
    "XY5l6uIYqjuy5BiEYEQxzVqj5n8cGsijOLEu4DihEisJFhGrBsk4pUDr8/SgVz7t0uRRYM"
    "bKBU0gcynPl4AltlOPMxcr1MOHMLA7Ww6W58Xj0xhvfYvdvhnBUvi81DG0Uo1/PZb/PxzQ"
    "3tE6FsjsC8NhHjb8Pp1+Eti91Cj9DwoMuCt3jF0dIn88uEZNFzPsvn/HI7m/GyyE7iU66i"
    "yI7q2TYtmIO58arFAe9p2s7EtlSSROA7TvaJA05NccB9jUX1iu5orYkI1tCjriJFXSH1QW"
    "QbStM1Yzuij+3MdkR3eqKucj1XBUF2CbLObEOHDrFrUjXhZhotWyhmZ7WrwL6iWKahq8/K"
    "I7L5lv+CGrS5M3Qukrh64dfvE0zeQAlg5Gx1RU56Lv1uvvr2fGQVeuqJOqVSw9/ODOBPID"
    "lQmgMLSKUoDzk7MoBLL6NVBDgQ4LZjWcYkrTzsm3zY7x7SLWO5W8TljTVwFz6naCWnm8xp"
    "Wdyu3nCzqLOfGLwZOhnLJysHvmDlQP6argDmZIvMdq3nsiBnPuY9gs98I/7eIVWbQoEdWd"
    "Ypd7+Mz3uZoLMkaJyIswyq+eFmPhfFYs2GQF15+AFpfUBDD9d0rqAoCY0TY31s/TqVQXGt"
    "nxwQ2r84XXD3mu4O3+ERpXcAtBFwXLI1asBB0CD/9wrhR2SYFgIIq/Yz+wU/A482gQH/Ch"
    "bw//svXfsL+Q9dQH/5F7np6gaNbrvDwTts3PDOR/Av9qZBDYZ/gQeELAcgqK4AYSwR/sgz"
    "Ccf830PekvmcyC8CjgkgeWeLBTfdYXYf6E6SStfIjzNdoqUbzyyKjobYPa1MgsZCN2j1z5"
    "vPw1/Igyklm5oQQZcNQ1jbqftvIhQ6pzJo/0BhdwWdvbrZWrKqxmkyEO94QrJkIN4xcr1M"
    "IJ6sKyrrirYD0TXZO3w0BGSABFGTayzuKAxUX/zKNV1o7FL8KkXYpeV78OAc1SBaiabsWg"
    "iLTy8rYpWoiBWoavq/OdtMfnBsgqhLK7/CPkgq0h9ZOyPhnSVLK8P+dttZMK11miPt5Qt6"
    "CaLOQF/Z0o5bd7Kw5ocYp+maEWLcqYyHFqYZ0Ya3gvD3Ztfjq3NAKe/wt+F0chlkCD1Cg7"
    "YASmQIRQlC6RLOd3h4MfNzlOC9GeY5vXgQJbJt0yZsyUuu4H9dSarOxapWL/jL9r1HE1fi"
    "5xqJhZTEaaSEK4sX1YqrLF70ssWLomaF+wbqdC2YIY1sYl8UbexZp7s/VZmH4+/P1u4p6l"
    "7pj1XsaPBWj//vq8DPHDQUsR2wMD2sAR3H/PN9ctEO/vaHgSDJKOv0r2RGbqvLWHvOgCZM"
    "dZJNLmVVmEbuUS11S0pn9DFyvYwzOrP1Znifr+/zaDvo8Ksq+qecjSw3W+gF7GIPhzGs1G"
    "C/wksdi9muQgppt9rusI7KaIt2fstQdgDuouOgjv5vDlquaQVHEc9HnEZ6PSr3esj+WYeK"
    "FmAVj1h6usjyT1I14wPoVGWhR51Zu0T5kiKTjKl+ZyIqF2YgO6ppi3GHRytZVDmLFgZcCv"
    "ElJGgGMzp1khe0cy9gSEEjd/mF7M8UFlkgomeEBFK9EFYvpK+6d4DkfOnu26yhtrr7psb6"
    "G7LpPtvjuPpid/tFbj7DWFP7aTiwTFIvVFdIA9Ppl1++e9oSgYAemL5LLhTbUlm5tD6s3w"
    "/CIe8KdGx5Lk1RxejRX0HpbN86nnOH2VwacJ90lfw8xwQ2+oXKl7R7xVJ/RE5EysTO12Ds"
    "5wQjzZ/1D890kZ9FTBvqmRgagDqzSibWSmeidCY2YgdsqVtJOhOPketlnIkP6FlZQWcl4n"
    "iJ03SucED1rpd2eLZa7JtlIpoIviFBB+F9MyjTG4CMyvfNDjL9ASzbXFvuLgEHWcoOYl79"
    "ko7MuKIZHVnKDgJe/SYd6EmizvEUWSegPoTxKmNmeRl7wBxZps21BQR3+kV2ADsas90EgE"
    "GsUOFPRBVeEiluSVcF8Of5GFeqiQBHhmwCcvu+Hg5M8p8nWyeaNKfSVw0P4McAJ6tK5sX/"
    "buk7qTtK0CxJ9p6UhgGpIkrDgOR6owwDubJ+7i6aL+PX6E560+itVAZtv6gWRcUZaBh+KA"
    "zHcZcf5ZehlIF+ZcoCmXihayhwfpYGO0kmkS6BdKjl7xYcJiOR6qqkYrPdTCzOO04kmVI5"
    "U54QfMBEuRQLpExSSbZU/614yyVyXNE9LEUmGVM5Y2jrdUgXvoM4RpR8zqTpJGsqZ40MO2"
    "4YM8ivcKFuCPMkTidZUzlr/Pobis5roZLPmCSVZEvlbIkZ/TNsKexvmiQ8YGPTjfW+tX1N"
    "ZXc82cCt6dHiJRu4vYyLeLZYMM9nxkPs3+gXOYjNcEgZ/zAbHRVlilDp0z9s8xGxCk6XBP"
    "NbaDyA2ZDrBd5xGhmELX2tLdlYWup1k77WY+R6GV9rCwtwazZcuIJ6Se9yPvx0ew4Y7R2+"
    "Hl9dTq5+U4bX1/PZt+H0HFgI076Din9OQeMO+/dYse3g7LrD8/Gnrzf0ko0WnkOv3I7nXy"
    "ZXQ1aU20X2Wsd+L8DhaDS+9kt1qyqy2LXL8Wg6uaLXaAMQHe9Wv3tQJgBxkB+AOMgEIBro"
    "USyIOSToQL5s/RHi2F0Zz4oDDWg/C0grWULZxZpT1Jmho5DvTgDaJJGENR9WKNKHJEkkYe"
    "XA6kLbVagkxJex8ry0caoi+ap9CBcFK5BTNWNchY6g0y5GIs2qlZtViWCkIscRThVJ03VO"
    "kKg+TWQDmR4I41yb6nbEU+Q7AZ/eQxqUQ/mhTHXQD/nVQT9kqoNuNALFRmtoP2Qxz0/R4Z"
    "B2YKEfusKMZSOEXSJYeE5OoZmiVZ+lrWTJv7RgUn/NVh1TfXjHUJk8enkEV34Ea0jVtZ3s"
    "dklK2RKqOWa6rHU2+o5EPsMkVTM+vk6VmgtMg7ZYedk4UTOY0qkd0Xkm8u0uG2KCUO6HTd"
    "4PVYg12joT0YZHlol3OwHzZ5Hcbwv3RZUyHq3UyoS1Ml+tEjVlJqmO2ZQpo+NkdFzno+Ni"
    "blACj61DXrj6RUD66W9zZMAcZWUT+YbvTTKU/LovwYQdwv/PWoMJs8jxIgu5+BaEGYbjlX"
    "WcYGvQ4Qwj4FmGCYnIBaJZAEHPo61nPrLarQvdQLQWLNqUdKXhg/SGef8dEUXJcWnF114K"
    "9conlwGKMkCxJXtLS0PVZIDiMXK9TIDiA4GU7/HZHp64oW1yxZLe5FIZDeeX50DXFJUcVH"
    "f4cnI9nX0ZngNNJ4fYGtLIwd/m4zGNGyTIojt8Mbz6W0B1D/FDQPdlfDkZ0WDGNdKI3Gbc"
    "4dnt5/H8HJjs1Cq3kmrutUgPXYX+IVruMEModXZhnZ083iXij48Z95vKOTVTdB2Avu6oAU"
    "f/N1Lun11e5YcLfZkfQ5egO5xmf1KvKPhhMHj79t3g5O3Z+9Nf3707fX8SyoTZW0XC4cXk"
    "NyofJvjAibNbwcHpmcgSjyg6t7irjw6gmhHRMpUHxAloLmpLnCBr8qm8I9SD09Mywfmnp/"
    "nR+fTenym519dkdxJ8E6QdlHzbK+lmFRwbWQZUeZVPCjPU42QHzE8Pr7Q2QZ2lq4oZ3+Mk"
    "0uy+3ewepiHvaXAPM55bBm9ZU3t8XTUpBf02iOMbmZ7toB7HYpwa0S+yFodRgWo0uEwHMz"
    "aatg1j1ll7+ZMDNlMBFbrQMJcUUhcuaauwJ91dsZFRzUGgu0R3fkSGafHql9fxBGkzljbj"
    "lmxSLbUeSpvxMXK9jM1YNBup2iykBmXD1JAYoLuGELYhQQfV/boaXj3qGk9qLkzuCmmk/W"
    "rrIl5RcY+jleTXCQ8pdiwR3iibbFGgWgUFwj1bqJhEMLxzy/b0TZlaEmRU7sJl99LJPtGb"
    "ZTDOd56lyDqA9aFdZ8nedruVvo9IZdJHMYN2K/AJye975Agn2+p7RnSyvGex9TRj6XsZq9"
    "TQ03R3ai57HHtUeK9fZImCdJRiBMO22qB+X5nANT3W4P5ppaurZCv5PrmIMICY3n3OGpjE"
    "ybdbjxJN7hyPhSyGDvrN375xCO7X6I5+ZbFnEaBMu4JphcxfRS7zjlnADuIql3ay47GYSD"
    "vZMXK9jJ0s3MrL6mohQQeNOe9PSqhr709ytTV66880vKLt9tTDq2gtNkamxZ7SgUgpug6C"
    "XX0hy6RMKQr1HqV3mg109ava788iZGEIKZphWOhWiQ9hkaizolB7RR9f4m2I+WJEUEXYnS"
    "PVtJOqL3dAv8iQofpDFTsaWyr3MqCjlah1h3VoeECWC9Ajwr41wqDpnCzSRbPhE+YnWe40"
    "i4yMkZExLdnwWqr7SY3/GLleRuN3fEutWNBzkqimut7t21GPKEd1Ph7N5rRjBu18QQUNgu"
    "4dvp7PRuObG3Y5KC/Mrn8ajsbK6Ov4hj5dRYrq+V7Pl88+XdoQu8IJFjGqAzoIX0aOrzC9"
    "wjINXX1WaKFDQTNYlrLJX8euwWOVr27dEgHZH92BUJC67TGsdDTR5HitQwvCmhJUnYO5lk"
    "xHaWrpjKmFX61RSOxMk8l8u+35diFmWZyFc+5G8blaBnPZvLv0GmtS7l2I/5Xp6irq8QyF"
    "qSH9QlNh+FtxNLpE+t2ayPXkDYFrAgjCScCryOjHshd//gjIDCZwVuYT3pRSW+tY/4W8Ei"
    "/prpJ57/AdviUX7k3tGVB0HHY/nK4PCKnuJuu8hfl715MJeKQrb5egq2x5xJg9TEZGycgo"
    "aSdtuPQi7aTHyPUydtJ8ix6f122w4jUmkkRDmmeJFg9KEHUuUbOWTEKZq1k3wlTqFC1kGK"
    "fpBM6HTsVSVxBjsYbVMZLuWeIq7wdOj/Ud5J0Ymeye0hzZJivSytYTsvVEw+1y+7eeqNMy"
    "N8H3poe1S2Toj8h+7nEsc+kh/SLLnO4Ppj8wGl3CMndJoL6FxgPYEIJXa2c50YBpsxg8d6"
    "L9DJ4QWMFHtPHQI+0jIJI0Qxc5ANoIaLZpWUjj2ehqeELF4X/S/iXtXy++rbXUEiLtX8fI"
    "9VL2LzHjTGfNMmdlkgLJqIIonUxaoLQtVmxbbEhax8xz780fX3yvJk8mTA4olAhNNlRZx8"
    "aKeWodhIkY9mTrrotCr6lD3ofWNcWOn2gKYOAtXUFMyVbQBSr0HETLmW5x2Vb0ANFCFy50"
    "PQYVRj9ccrS4aG250uEqBU4pcLZA9JAC5zFyvYzAKX2Ch/FYtcV50jIRNOk+UXVLFwwXTx"
    "B1EOZa4sUt+Ez722Rxzi+VECORtRKKXbM71EqIxPNdUuEi6gM6aS2ix1AIxTjQux5f+flw"
    "Af0dvtlccWJXbtmfLu3gOLyk/Rv9pffyuUKB5sTh1c0aGka+CzBG15nudG8H785CzYb+Ua"
    "TL3HwZTqfZbLe0Pioou3LIOyjAtldgzeopBnRcBdk2r4JafvRPkqoDwSiHjv5h1U7Ev68Y"
    "mQxOafJnRaai2AiIdBGFlOgqkegaYk//BHUDaX8173scW3p0s19kR1+wYcr3YFwJGzoZ6t"
    "upfVKwMG2wNE3tI/g8ZyWaTYuuItN2iGRHTdqIzkNvqBADG7n2M7245pnPK51bxlFIs3bX"
    "5MOWGjilWfsYuV7GrE12fMGCqRFF9wzadURTbOQvEYzjNHWpYC8Hcw2FrO2lUMebzfhmyO"
    "OdanND3obXfajYaBcSdSlcvwqjnbD55gUsNx3K3CLr2jQeheuvxclkg/uWtGiy9BHZkkam"
    "x3I8sm2a4vf7ha2aLF1RyVDaNDwYu1WN/2w+AXNBA9NoAsNn3aYVQQyqcpsYRUkNw+sJjV"
    "yj19Ymdlfg1QXSv9Oe31SS7gP0evkaDE4GZ7+8GfycVehrewpHtf9Hj9H6UOm9f+6j6h+L"
    "ni8rJktdTmrwkut7afDhtltWuQwJOiEiJlXLom1zIx++y1Us32X0SnKSCSAbDO8grvWE+h"
    "FZhKMqFtRbDMZ3Jq6j2ozuFxKkka2rqx5PhPbvFAvP0ZhtQnM+uLJhR7PEzx0qane7lHY9"
    "xYgtoXLawfAOovvmpJTZ/qTAbH+SMSmTJ7rcEOl8q3KM5PCG5ZexwnUjpOPP/wM9cyzX"
)
