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
CREATE TABLE IF NOT EXISTS "candidate_key" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "candidate_id" INT NOT NULL UNIQUE,
    "kek_id" VARCHAR(16) NOT NULL,
    "wrapped" TEXT NOT NULL,
    "destroyed_at" TIMESTAMPTZ
);
COMMENT ON TABLE "candidate_key" IS 'One candidate''s data key, wrapped by the master key `kek_id`.';
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
    "eJztXXtz27i1/yoY/bPZGW3qKGvHcTqdkWVlo65subKd7b11h0uTkMSYArl82FF797tfAK"
    "T4BClCIiWSwkxnG5M4IPU7IHDe57+dpaFC3X57BU3ZcpYQOZ0L8N8OkpcQ/4Nxtws6smmG"
    "98gFR37S6XA1Pu7JdixZITPOZN2GXTLAVizNdDQDkfF9cKWh+b2sP4OQ9C2hVQ0FE+Ob+c"
    "NcpP3hQskx5tBZQAsP/te/8WUNqfA7tNd/ms/STIO6GvtpmkomoNclZ2XSayPkfKYDyRs8"
    "SYqhu0sUDjZXzsJAwWjN+5lziKAlO5BM71gu+ZnI1XUfk/Uv9940HOK9YoRGhTPZ1QlYhN"
    "p7gfBaR5JuJvfS3fBekjopINcUEdD8S4qBCBPwq9r018/JK/zUe/fzh5/P35/9fI6H0NcM"
    "rnz403t0CIxHSOG5ue/8Se/LjuyNoBiHoCoWJEhIspMG9wrfcbQlZCMcp0wgrfqkb9f/SO"
    "K+RjkP+PWFEPlwVe4DevwD1QnSVz7Lc3C+H10P7+7717fkcUvb/kOn+PXvh+ROj15dJa6+"
    "OfuRXDfwB+d9i8Ek4LfR/RdA/gT/O7kZUngN25lb9InhuPv/7ZB3kl3HkJDxKslqZHWur6"
    "5RwyNDrrumuiXX45SC63Xh+hqjCNv9tw+5ruLf7eA9GYNmOhJrO73U5pk7Kot68/5ahON1"
    "2GA/9nrv33/onbw/Oz/9+cOH0/OTYKdN38rbci9Hv5BdN8bj9TYcsoL+fwr+wUK22OCvxy"
    "cAxz+kiZ/YUv4u6RAvpwX+813vPAfOr/3p4Et/+gaPSnw4N/6tnncvji+WObDEwVzjmQs8"
    "RrPVyvbXbW1wLkF2INLY7JkpOnh4pQH+bFhQm6Nf4YriPMLvJCOFtXyZwmqzMP5zvYrWV8"
    "NXtOTXQIqNLy4MAf7h0KEg4DcANw/jcYdi/SQrz6+ypUoZoCsLTVfxVIy926f8/OsU6jL9"
    "HUeFeOz7x0tuNtsNo7v1FC2E55vxZO+Gzt+NpxZhQ748o2dEvrjYt5i+tewtk1dkJM/pTy"
    "LPJk+KrSOGjh4ssGz1PFjGRTTzJVw+QQsYM4A1a6C4tmMsofWDDQxr3gWair92Db+zCp5W"
    "oXru2tAaqSwNftfphKYvNP2mCKTN1PmEpn+MXOfS9Ml+zNSCslVNFm05audht9eY0nn2cw"
    "Gd8+znTJWT3IprnPhXYoT4oI7SbAXxZvmqTRALo0mF4Dqao3OhGxDsD95Op6HgWoYOGQrX"
    "3+8mN2xwA4LkuaspDvg/oGv2VpbWQiD/deYihSAInlxNdzRkvyXP+1tV4OeATQCKHblrkN"
    "9c9/+ZxH8wnlwmz1IywWWCGZotYU1Ke2Gs9ksD4y6jDEUjSpfgyxMmrIoh6y18v9BfTibj"
    "GPSXo4RV++bh+nI4ffOO8gEP0pwMY3foAuYzyKbohFF2o1E27tAXhtmNhtnUItvBOOvbgC"
    "RhXss2PRqvSCC0VwPkwFiaeDkjZXVNLnQYpsjkkG6eUVIJBkvLYPRG++RvC9kBMiCCDUAQ"
    "qvYFeMW70QKzDqga/v5sPNAGpu7aAB/e7hLi//vD1SxIvk07baEsY0JhoxQ2yqbof820Vg"
    "kb5TFyvYiN8rDWnBrZIisJgIm+WQrke/g9U+WKkbXAtJP3xQz/eZ9vXQg+mPHk5pf18KTJ"
    "IWHqicgYXBafBF09DD/ksY02/KRU5SJ6XCg+7qajXK3naeDJI+JIaqbGhYuJle8RXWk56R"
    "6xYRt1tgmCQLZtiP+nglDt6wL4dv4WPLpnysfZo/vx5J386J6fn53j/86e8DyvmrPAqpmn"
    "jgG8j2gqBJpjA/pKaVWuwucwNLx/MTVYBf+j82+h/Qntr467cUP1AKH9HSPXi2h/dLtN8T"
    "tb+1uPF758EShxWHCFZn0gzdoT8xhuTd2QM0APSRJ4zwhNVYi/e3uyf8ivJg+X4yG4nQ4H"
    "o7uRrz0HOz69SS6FfvrpsD9OIJyUi/nc9RnU5eQIHnpTqdZrz1JIdvTdM1x6DcO8qAc/Y9"
    "3F/PiD/t2gfzUs5sbX4YuvOG9v15i6T5amjMlMLYK+UgMHMQUxTBu+hSjbqPHNH7A5RQYB"
    "w4QIYFFWo2ZOaj8g9oJwCXmmgy7AbLDpGBs6QEYqsGVdtlbgCf+bkS1T5szCKS3MEg3ZJx"
    "qqoAqzxDFyvYhZoglR8M12TC/w2lEMlxWfmnlSxWj2p0+8q/WBFUt2d1yGvEpW7RC5y5TG"
    "EAM3pK5qCaeEgQ4RljjNEp2raf/z/QVQLXnmPKLJ7fDmggpdj+i2/3A3vLoApuzaUH1Eg/"
    "GE/q3oBv47KawVWvlnRRZ+cp+KrPuz5LJXNGfFZe/0x7fATiQMci01yJmybUu6hhgHZo5N"
    "Lka1T7Pc2UlT7XJUYpHVl/X+zZG0lCTdY95ScKWxiUsUPAt+gwpDWtkMe0gpUOdAHX43sU"
    "BPolQkxYW2BBHBg1WtLo8DObMIbnBwYwahSux7krY0LeOFBihi7cnh3Yhy5xEc4eCIMZtB"
    "S5JNCqPFFWTKIK1HnGmrEow9g65EDLo8zEmQ1YMxjQ8Arqd/s2YBrWVbJETGd4XgLjTyOM"
    "nzo7Gr+2Rb0li0AmTGIfuKeLGNkghI05CuHZ+SDTm3BQalAFiUgig7kKRoKYjUPlECvi2r"
    "NpuENro3FkA1fkwJeDfByzzWC+Bci7izhmJeJOyMjXr0OCsB8X/4093BFu/NDBFgh0I9sm"
    "nqmkJD+HaM8+uHM1Wllrctzm+9XjuMYL/gXjcv4u+P6KhCWYxrip+eZPQMNAcu2VmIGeNE"
    "SJ4IyWvIJ93Q4CwRkneMXC8UkkfYlOJ3sdimNW2dg/Ow6DL+LOE9bzq5ehjcjyY3F8CG+k"
    "zCvLUM1aUG+Ud0OfzS/zqaPEz74wvwBBfyi2a4lqw/orvR/UOf0JE7tua4VBohd+6Hgy83"
    "owG57kBlgbCggq9+7Y8fhncX4EXWXa/ILG8Mz/tegRie973MGB5yK1F9GH5nfNTZwTvr8X"
    "VmbG3jdpyFhp4lstNJDOk3UzhJku0vEPN9VXE7ZZs4ZWS/Yv2bG9oU3R6DXM+bAq4FHfkZ"
    "2pKs68YrKx7kbolvZWLMIG9NKPH73oezAF7yRx6yd9f98Zjhs9NmM03Bb8eIU81HNk65P1"
    "B79QeVFPXC5yzEwok0twzXZEsyGSFMLOL9BWlX5fWvPB54XeRIIkUjuOJjGKT1CMNoVXwM"
    "/uVLU5ctyTv2uDjEohUsKp1FM4OckpJrSg7F2+H7jjLIBaNKZxSVZqQAb4YxOzdMOU0tQj"
    "E3hGKmPO5FHA7Ua4G/hR29DRFXzwjP1lxdN7+sZOa5wOWZoZO0xyO2F58M8SHmuGV8F+Nm"
    "z8zatVmsKIOlQguqAP9WaL1o8BXgIwOBpaxC0n407ZNhdAPYfhrh2xG+nYZsng218gvfzj"
    "FyvYhvR/QAED0AWpIYvZVaIOqnZysBQl2qgTJAYctXCNbIFlMKqBZcUDMAyPBEdzlWNO0C"
    "/z3TMDPCq4aFr6mW/ApmlrEEWOqP2M4BtZ0zVIby52dWm0/qROsicaLavNAz6rnrNFTiFH"
    "rGMXK9iJ4RbLkpnud7tqN0bapjXIZrOzjWtkvlE8Wha5wo2UaEczIlD5qQUzesy8rICUpu"
    "s5Z2iSgfA8QMeKf4TJyOBvd5CU9VKonRAucMBTFR/zxbObToQEkPRhbQCyPhz/oKa2PKwi"
    "COHzqHp88FgTzgDe0h9u6n0x/9otxIJflaWKMzF5ZsQ5YvqYIHMDXDWDs2DwGhEwqdsJZ7"
    "VkO1A6ETHiPXi+iEwYnDoxAGRG0Sq8vQBvFPZKGZ7coLCFqRwlN1fpRw5R0oVyqQ5rjiX+"
    "NUIuw1ny1bhL2Ggfp89eUSZG3axSsrIxVVUnbU2dvYEL2brCKVWGO8fciqVNoHMt6YiDja"
    "Yajs4c1unsKuxIYV0NZNaNl4IyI1V1YY4E8AQ+hgGkDUMGAgomHbQNFMrBeTvF5g6q4Nnu"
    "EKa9wL2V6wVfSSZhXRn0IDb8gG1FBdTGjgx8j1otGfEkQKj0YTpRHqDH/LFgwYN+YxIgE6"
    "N+hwKWs6L+gxIgH6liudSHo8Vqk41Vawb461PVyYefnJ9t4y5YU5TiVg3gizpkLkaM6KG+"
    "kUoQB7I9hL2X7GIiXdC3iwTtK1YNeu3K6NH+7I+rPk2hnl9rPhZtGK1b1xdYewoSz7aRHM"
    "UaYVVYCeBt02XEuBxHhI+i7JmXGT2chnz1AR/Af0n1WSDfekWc5CWkGZUU8+3+kbp2xR54"
    "kyHL8EFluC301oaZDZnzKnFyiLeMuWoDVDOAfIMjqCLrT5AtoOfu+5BbmElDRl68QU0b25"
    "QScjJDGS21h+Y4QlGH6bs4HU3M7rmfe3yofGz3SXrFJjPFm/UzpJYzm+oTSS6FxRHCxyFx"
    "KCnYAaeLNMoWJYapugqjQ9wPsIWZkBweeZkxQQjinU3sOCCtReoAo8QjDTdAhkpILXhewA"
    "ZwGBiQVNaAXFoDSH3f9j24lEGIEII2jIdtBQh7IIIzhGrhcJI7Ad/Ng5lJ4hl46WIGthGH"
    "rv9LSAtoZHZapr9F6iMjA+ESXeul0xIoF0MaRJQCPpRUqB4gA7SSeMEJvN89p/oPS0Yla5"
    "vtTmmeJYnG5/0eQVt+z42Ou9f/+hd/L+7Pz05w8fTs9PAvksfStPULsc/UJktRgf0iZkey"
    "H3Ts+49u6AYm/tEBrsfKIqi8od9RWjasEmsu8IJO9B+CVmJAiD5RnJKaDPoK1HGhF5bGvS"
    "iDxlXiIeVWaCS06gWIqyBV9I1dEetiM7LuOIzRPS1xR7hNfb+Zrqq4KWZVi0fw0P0HGq1q"
    "3l6iI6FjJCfJnPaco9wh0E8DwZTmO3EfdpqTnEXPPEp/En6Fq3ys9PCkB9fpIJNbmVCIWE"
    "jswjt6zHC1mldFklyLvkS3lOkrUofKmqjOdYhuuOGc+xpNpmoVw04Tm5wngTng/v3G4I8J"
    "U6bKOIMby2CUCzXbdyYmCBBPFgAQXZ3GBmWMBAEHwznj4BzbEB/s7m0EvrJoLTHNrAWViG"
    "O19Qryx+BvJKtQL6JqyM8aoewyztFttD8PSpwm7/7YSMIQP8j4e+QIeMhd9NfBrY9Fvwme"
    "fzxF816yXfoYPxq9E/6JnBnNrAyqqs65Kt4E2smkcsZUdZVPkAjP+zP3+XesNLfIoH/ZoH"
    "ksd/6hLc5SHC7y/8/rU4VRrqARZ+/2PkejG/v79fp/X/IXKXKQE9aVic79vUtQ4u49RIO9"
    "PhYDj6Ory6CMLTHtHdYDoc3pBreCjEb4uvjW6+ju7JJQ29aI535X44/Toa/ja6+eUibIyI"
    "Fwye4eHyenRPxweGETLvZOrNSire4r+/TKb349GdN25hWA5R4smd6fDvw8G991bfoEKvTT"
    "5/Hk6l2+HNFX2gMZtBSzIhUukTvbv929vphP4a7zYWxizjJaS+Gg7Go5vwvgoVXaO/D+vE"
    "k/7Unxo9GVjmpfN+GdFXXmj0jcm6u5r2f7u5oPV4SdcW9IiG/7z1RuFznIxLyoeFvPxFjI"
    "i9bCNiL21ETEoanNsXi15sYnXZxIocXcKMXPDjK9+MHFVWUrjnJK0l6ES+WoF8NQ8zvPfq"
    "MgpsA4WNyixiYWEu3cIcNxDwfBIpSvFRFPgo4saMwmDHyQTSRZCGirFcYjk0Y+/JPmXTlK"
    "3zGpYfgrCwJIUYpInl95mzzgGLtn0VDj4WwfxjNuYf0ynKB3QP1k5fKLkhV2h/LohqSCDw"
    "ZODpJdfxQRqjEU7s2jqx67Z2y/ViJ3aFErAt1sC7qahGvI8b8QyTfneEtG0FAJKgxrbCGK"
    "74DcDNw3hcLNxioZEcOEYIHU+kxR0xQX4JZ2rJQo6tTGpPLyMsZRRM1Fao7LWPfEecfE/F"
    "nTddW9GyoGlYu9anmNJJ2goRdQLtiNCEzNFWgJDhaMquNXMCCe+GztYmrKoMmosdfoyoue"
    "ThmB0253nyIidy4cInhqVC1Q9c8zyBmMIyll3gGF3wuqD/WZH/QJRZ9IR7ks0FT2KxVZGo"
    "QF9u2WdYVV4Kb8siq/aSuivir4QTW8RftZnrReKvyPkg7RSEFZ+hxlZ+EYLV2hAsvL53Ws"
    "NR+jpXthFLuLVLGGsJBqOoebaPNSCo84Ld0rNafg4sPsFtvrbLIUULggX2XTaFX4hsrfDY"
    "XGExrSOkLQAFHb9pQuFT3+z+TaRh7uhRa2et6G7Cr5ZeaXXq3RzxHTEsjXHPUradUYuP25"
    "ydi3w5MMiVjaDUpbIRkIGKlVwiXn2iWbL4X89AkS1Lgza+aeOlBlXgGM8sA2QVD+A0ToZF"
    "htaP2TXpM5FZml5Y/iNFYmmdttOuMGwekYlLGDaPketFDJv0IOEMW47SlKP0HXY7rboJYe"
    "Sg5fyyEqQt/LSa+ymld9C8ko+FsrQPUP7RszRy2lM6gb0ysFTeDW/uLwDpHfOIJreendUw"
    "PSvrYHJ9Ox5Sw6diLE2iY+Cr16O7O3Jpqdk2HdW/GQzHYzqKAKTr29kcK+iIxp+wephM1a"
    "rMYlVnp/rWd84Sh3Gq1sFcvnF3YW3TejhO1TqYyz/vZceBS5Nx1ud3Xo2Q7c/o964qjMtr"
    "umrBJfkFli2R0yWNanYudZqyHonU5HmtSaQm0G5TzSMkE/0s6yzUekLcFhyOEQoe15nHgV"
    "S+jckvQSs4XWdOe8rWFmyOEQoe15nHM0PXjVfMLNfcgtFpasHtOnPbtOCLZrg2X6BBgkrk"
    "mLP0DlOXFWpf4M3eTxIKeNPwihgZESPT+hiZGuQK12wbOUjqYh/ZrzQ0Jl3q37vTza3yH4"
    "7ZGEJ0v4Bh7f0fbODRAseg0T7I8Bqp097qusyIENqCnlmS3w7XByGSKLfpT/CtjMkS/SLC"
    "RkTY1GKDaGishYiwOUauF4mwie+/PB6hOGWbpNwy/ELCzVYqnPjH2FTSdeB3BqjZCUApwh"
    "a4iPedB6TZkmd3k1yToSEYhg5llCFyJUgT6D9h2qrgD67slwOXk8k4xoHLURLih+vL4fTN"
    "O8qOsFhuetEvMzvHbo7XWtPWOa+w83V0NZxcgBdNhcYj6j9cjfBfsqtq+C+yNPF55X+13O"
    "EpRaJTsoNTeNoltz127uF2POl711xTN+ToVRIO510kMXL9m/74f+7oSKzr6iubjvSukpHe"
    "RTLyZji8upOmQ5LKjBkKoWpLxOYLXx/R5/6IhtnNZK02MXZkGUoQKTwnT5RGHDrch84Sqp"
    "osPUOuoLsYUQtAT+Srn54WSVg/Pc3OWCf3WDjbC7l3esYPdUjXOrTLD73zIHtaOcwacTmV"
    "sRKE+9MMTqrVDPZSIiuS6uBanrmcAX9Ol4c4mejyUKDLQ6B12QvjFW1hUmJOIFz99TEkpe"
    "2HnjOAlOCxtjMjMicQPG8Az7GqsAvHo+SC33Xmt7PQ0LO0Q8ogcwLB8zrz3P9Id2A6ewbB"
    "9Tpz3XZNaNlQhawivnkW3zihsPdy2HvxA5H3eiQCZaZZy61O1ZxpxDdX528uUHq4oloSVC"
    "KaM/1h+fFGfLjGidrk364qijMS1rVjBGeLu450E2Gc8WW2uTfT+nMvAeV/RKZq1gZRFNzE"
    "3rhDhybPy7VjgOwDnaR9azqRmWDjh+6IVN/zH9pTOlmboKoykji1bTLLE6a31rwihf5oKb"
    "K5F2uIYmuOgxEiEcEyCmtVX9D4YFrFmUYJdwHBCGLY8DAVmJZBRCqb3R+lhDl3bpciCgbW"
    "UCrpAhHOfDyBrSKc+Ri5XiScuYGBWshw1j6vDh/DO/TefX9Ki5dF5iGNIqTb6eSX6fDujv"
    "SJkNZHYFabiOHX/vihf09jt+CLrLuyQ4O3WMXRkifzYUKyyDmf5nN2uZ31eFFkJ/Ypl1Fk"
    "R3EtixTMQcx41fyA9yRta2JbSkki8Bwnu8QBJ6bY475Go3p5d7TGRASr8EVToKQsoPLMsw"
    "0l6eqxHZHHtmY7Ijs9VleZnqucILsYWWu2oX2H2NWpmnA9jZYNFLPT2pVvX5FMQ9eUlfQC"
    "LbblP6cGbeYMrYskLl/49foE4zeQfBgZW12ek55Jv52vvjkfWYmeeqxOKcTwtzUD2BMIDh"
    "TmwEwmUpQL7S0ZwKQX0SocHPBx27IsY5xWHPZ1Puy3D+kWsdwN4vLaGrgNnxO0gtN15rQo"
    "bldtuFnY2Y8P3hSdiOUTlQMPWDmQvaZLgDneIrNZ67koyKmPeYfgM8+Iv3NI1bpQYEuWdc"
    "LdL+LzDhN0FgeNEXGWQjU73MzjIl+sWR8oCxc9Q7ULSOjhkszlFyUhcWK0j61Xp9IvrvWD"
    "DQL7F6ML7k7TPaJHNCD0NpAtCGwHb40qsKGs4/97A9EL1A0TAogUa0V/wY/AJU1gwO/+Av"
    "7LXzX1b/g/ZAH97Xd809F0Et32iPx3WLvh7U/gd/qmfg2G38EzhKYNoKwsAGYsFv7wMzHH"
    "vN+D35L6nPAvArYBZPzOJg1uekT0PtDsOJWm4h9nOFhL11c0io6E2L0uDIzGTNNJ9c+7L/"
    "2f8IMJJZ0aE8kOHQaRulX331godEZl0O6ewu5yOnu1s7VkWY3TRCDe8YRkiUC8Y+R6kUA8"
    "UVdU1BVtBqJLvHd4aHDIADGiOtdY3FIYKL/4lWM4sr5N8asEYZuW796DcxQdayWqtG0hLD"
    "a9qIhVoCKWr6pp/2FsM9nBsTGiNq38EvsgKVB7oe2MuHeWNK0I+9tuZ0Gk1mmGtJct6MWI"
    "WgN9aUs7at1Jw5odYpykq0eIcasyHhqYZkQa3nLC35ncDm8uAKF8RF/749GVnyH0IuukBV"
    "AsQyhMEEqWcH5E/cuJl6MkPxlBntPBgyihZRkWZktWcgX764pTtS5WtXzBX7TvPZq4Ei/X"
    "iC+kJEojJFxRvKhSXEXxosMWLwqbFe4aqNO2YIYksrF9kbexZ5Xu/kRlHoa/P127J697pT"
    "dWssLBGz3+vy18P7PfUMSywcxwkQo0FPHPd/FFy//bGwb8JKO007+UGZmtLiPtOX2aINVJ"
    "NLkUVWFquUc11C0pnNHHyPUizujU1pvifba+z6JtocOvrOifYjayzGyhA9jFnvdjWKnAfo"
    "XmGuKzXQUUwm612WEdltHm7fyWomwB3HnHQRX932w4X5IKjjyejyiN8HqU7vUQ/bP2FS1A"
    "Kx7R9HSe5R+nqscH0KrKQi8atXbx8iVBJhhT/s6EVS5EQbYVw+LjDotWsKh0Fs10ec7Fl4"
    "CgHsxo1Ume0849hyE5jdzFF7I7U2hkAY+eERAI9YJbvRC+6s4ekvOFu2+9hprq7hvry6/Q"
    "Ivtsh+Hqi9zt5rn5dH1J7KfBwCJJvbKygCoYj69/+uaqcwh8emB4LrlAbEtk5ZL6sF4/CB"
    "u/K9CQ6TokRRXBF28FJbN9q3jOI6JzqcB51RT882wDWPAnIl+S7hVz7QXaISkVO9+CoZcT"
    "DFVv1j9cw4FeFjFpqGcgWQfEmVUwsVY4E4UzsRY7YEPdSsKZeIxcL+JMfIYraSHbCx7HS5"
    "SmdYUDyne9NMOz1WDfLBXRePANCFoI77tekd4AeFS2b7aX6g9gWsbSdLYJOEhTthDz8pd0"
    "aMblzehIU7YQ8PI3aV9P4nWOJ8haAfU+jFcpM8th7AFTaBoW0xbg3+nm2QGscMxmEwACkU"
    "KFP2BVeI6luDlZFcCb51NUqcYCHB6yDsjteno4MPB/Xi0Na9KMSl8VPIAdAxyvKpkV/7uh"
    "76RmS36zJNF7UhgGhIooDAOC67UyDGTK+pm7aLaMX6E76V2tt1IRtH1QLYqIM7Kue6EwDM"
    "dddpRfilIE+hUpC2SgmaZC3/lZGOw4mUC6ANKBlr9dcJiIRKqqkopFdzO+OO8okWBK6Ux5"
    "hfIzwsolXyBlnEqwpfxvxZ3Poe3w7mEJMsGY0hlDWq/LZOHbkGFEyeZMkk6wpnTWiLDjmj"
    "ED/wpH1nRunkTpBGtKZ41Xf0PSWC1UshkTpxJsKZ0tEaN/ii25/U3jhHtsbLq23je2r6no"
    "jicauNU9WrxgA7fDuIgnsxn1fKY8xN6Nbp6D2AiGFPEP09FhUaYQlS75wzJeIK3gdIUxv5"
    "f1ZzDpM73AW04jgrCFr7UhG0tDvW7C13qMXC/ia21gAW7VkmcOp17SuZr2P99fAEr7iG6H"
    "N1ejm1+k/u3tdPK1P74AJkSk76DknVOy/oi8e7TYtn92PaLp8PPDHblkwZlrkyv3w+n16K"
    "ZPi3I70FpqyOsF2B8MhrdeqW5FgSa9djUcjEc35BppAKKh7ep394oEIPayAxB7qQBEHb7w"
    "BTEHBC3Il60+Qhw5C30l2bIuWysOaSVNKLpYM4o6U3Qk/N1xQBsnErBmwyrz9CGJEwlYGb"
    "A6suVIRBJiy1hZXtooVZ581TyE84IV8KmaMq7KNqfTLkIizKqlm1WxYKRA2+ZOFUnStU6Q"
    "KD9NZA2Z5gvjTJvqZsQT5FsBn9xDapRD+bFIddCP2dVBP6aqg641AsmCS9l6TmOenaLDIG"
    "3BQt93hRnTghA5WLBw7YxCM3mrPk1bypI/tGBSfc1WDRF9eMtQmSx6cQSXfgSrUNHUrex2"
    "cUrREqo+Zrq0dTb8jng+wzhVPT6+VpWa802DFl952ShRPZjSqh3RXmH5dpsNMUYo9sM674"
    "eKjFTSOhOShkemgbY7AbNnEdxvCvd5lTIWrdDKuLUyT63iNWXGqY7ZlCmi40R0XOuj4yJu"
    "UAyPpcmscPVLn/Tzr1OoyxnKyjryDT0ZeCj+ddf+hC3C/89KgwnTyLEiC5n45oQZBuOlZZ"
    "RgY9DhBEHgmrohY5ELhLMAjJ5LWs98orVbZ5oOSS1YuC7pSsIHyQ3j6RvEipLtkIqvnQTq"
    "pU8uAhRFgGJD9paGhqqJAMVj5HqRAMVnDCnb47M5PHFNW+eKJZ3RlTToT68ugKZKCj6oHt"
    "HV6HY8ue5fAFXDh9hSJpGDv0yHQxI3iJGFj+iyf/OrT/Uko2ef7np4NRqQYMYlVLHcpj+i"
    "yf2X4fQCGPTUKraSKu61SA5difzBW+4wRSh0dm6dHT/eweKPhxnzm8o4NRN0LYC+6qgBW/"
    "sPlJ5WDqvyw6U2z46hi9HtT7M/qVYU/NjrvX//oXfy/uz89OcPH07PTwKZMH0rTzi8HP1C"
    "5MMYHxhxdgu5d3rGs8RDitYt7vKjA4hmhLVM6RkyAprz2hLHyOp8Km8Jde/0tEhw/ulpdn"
    "Q+ufdnQu71NNmtBN8YaQsl3+ZKumkFx4KmLiusyie5GepRsj3mpwdXGpugTtNV+YzvURJh"
    "dt9sdg/SkHc0uAcZzw2Dt6ipPbqu6pSCfu/H8Q0M17Jhh2ExTozo5lmLg6hAJRxcpIMZHU"
    "3ahlHrrDX/wQbrqYAiO7JuzAmkjjwnrcJeNWdBR4Y1B4HmYN35BeqGyapfXsUThM1Y2Iwb"
    "skk11HoobMbHyPUiNmPebKRys5BqlA1TQWKA5uhc2AYELVT3q2p49aKpLKk5N7kroBH2q4"
    "2LeEHEPYZWkl0nPKDYskR4rWyyeYFqJRQIdy2uYhL+8NYt29N3RWpJ4FGZC5feSyb7hG+W"
    "wjjbeZYgawHW+3adxXvbbVf6PiQVSR/5DNquwKeMf98LQzjZVN8zpBPlPfOtpylL32GsUn"
    "1X1ZyxMe8w7FHBvW6eJUomoyTdH7bRBvXbwgCO4dIG968LTVnEW8l38UWIgIzI3VXawMRP"
    "vtl6FGtyZ7s0ZDFw0K//9oxD8m6N7shXFnkWBsqwSpiWy/yV5zJvmQVsL65yYSc7HouJsJ"
    "MdI9eL2MmCrbyorhYQtNCYc35SQF07P8nU1sitP5Pw8rbbU/avojXYGJkUewoHIiXoWgh2"
    "+YUs4zIlL9Q7lN6pN9Dlr2qvPwuXhSGgqIdhoV0lPrhFotaKQs0VfTyJtybmi8G6AsGvcN"
    "VhmDBi97t5ZoywloEfU1ss8TIg+8GmBgiAqbvg1cIPgip4WtHYlqVsO9Ait8Dvz/AZ7+C/"
    "szMtt57tET2iK4gnM1YkzkZzwBv8NdiuBX/E45+hDeALtFZAMcyVF5sjO7GnKZq5gJYDvz"
    "s2cBGR0wkwXUDY5Jr2I9KQorsqVC/oO/iXgQ7lF4ivaDagSALDxY9Woakbq794g7okV9T+"
    "i2GSz5OYNt4u1R9FXI+I62nSdt1QzVXYK46R64XieoLjjmsrTZKVE7jdgl01kmVLj2QexS"
    "6kaKFSV37eqy8OpRHOdtpHSITDnt9h7wmWWxZGjdOKYnD1ORTqpclhVCFyplAxrLiszxzQ"
    "zdXlvKGSFY4tpsx5dKSnkGbTXnvP0HSI6oQ8v7JOCvPQnAXVkl9RhhK3zSxCFxK6UFPO92"
    "ZKxUIXOkauF9GFbC/mhk8TihNV1KGpeTvqEVUbmg4HkynpfUh6GBJBA6P7iG6nk8Hw7o5e"
    "9hvF0Ouf+4OhNHgY3pGnK1BSXC9+9fD61NySkcOdKh+h2mOo52Hk+BIT5U1D15SVRErWcw"
    "Y0pCnr/HXUxlqgmTwge6NbYCOo2rNOmwBhTQ4xJKWcBJUYVetgrqRmjXCat8bUUlsD/KHP"
    "gGorpwSYpXHmrp4yiM7VMJiLVlBJrrE6VVEJ8L8xHE2BnbyYD39It1jYBwpHFyikssRyPX"
    "5D4BhADgMpSOjD2uhH69D8+AngGQxgL4xXtC6KvdSQ9hN+JVb5lFLmJdEg9yRKw1BXgKBj"
    "0/vBdF2ASTUnXrE7qMRyOxqBF7LytkmfSRe6j9jDRI6LyHERdtKaSy/CTnqMXC9iJ8226G"
    "XENTTAilebnAAVqq7JWwY2RtS6kjuV1IQRVXeqRphInbwl6aM0rcB53zE6ykJGCHJVi4mQ"
    "tM8SV8Tg2cs2ePZSBk9yrG8h70TIROhTfWSbtEgrmgiKJoI1t8vt3kSwSsvcCD0ZLlKvoK"
    "6RVKMOwzKXHNLNs8xp3mDyA8PRBSxzVxjqe1l/BmtC8GZpz0cqMCwag+eM1B/BKwQLkrnk"
    "e+ih+glgSZqiC20gWxColkFChlk2ugqeUHL4n7B/CfvXwbe1hlpChP3rGLleyP7FZ5xprV"
    "nmrEh5FzwqJ0onVeBF2BZLti3WJK1j4jpPxvdrz6vJkgnjA3IlQoMOlZaRsXyeWhsiLIa9"
    "WprjwMBrauP3IR0qkO2VDAKy7y1dyIiQeZnyrg1JY4oNLtuSHsBbstCRHZdCheB3Bx8tDl"
    "yajnC4CoFTCJwNED2EwHmMXC8icAqf4H48Vk1xnjRMBI27TxTN1DjDxWNELYS5knhxU16R"
    "TqVpnLOL3kVIRNW7fNfsFlXvQvF8m1S4kHqPTloT6zEEQj4OdG6HN14+nE//iO7WV+zIlX"
    "v6p/OIrob9qwugQm/pHT5XyNecGLy6W8q6nu0CjNC1ps/4+96Hs0CzIX/k6TJ31/3xOJ3t"
    "ltRHOWVXBnkLBdjmCqxpPUWXbUeClsWqhZ0d/ROnakEwyr6jf2i1E/7vK0ImglPq/FnhqQ"
    "g2HCJdSCEkulIkuprY0z/Lmg7VvxtPHYYtPbzZzbOjz+gw6Zs/roANHQ/17NQeKZgZFpgb"
    "hvoJfJnSZjtedVfDsrFkR0zakMxDbigyAhZ0LFq6dskyn5c6t4ijEGbttsmHDTVwCrP2MX"
    "K9iFkb7/icFVJDivYZtKuIpljLXzwYR2mqUsEOB3MFLYmsOVfv0vX4esjjrWpYit+G1Uc2"
    "32gXELUpXL8Mox23+eYAlpsWZW7hdW3oL9z116JkeyzAFlxpVAW2mijvfVMb4C1pYLg0xy"
    "PdcDd6v5vbdNfUJAUPxQtiPXajGv/FeAXGjASmkQSGL5pFKoLoROU2EAyTGvq3IxK5Rq4t"
    "DeQswJtLqH0jXWWIJN0F8O38Leid9M5+etf7Ma3QV/YUhmr/rw6l9aDSOv/eRdU/Fj1fVE"
    "wWupzQ4AXXd9Lgg223qHIZELRCRIyrlnnb5lo+/JCpWH5I6ZX4JONA1h/eQlyrCfXDsghD"
    "Vcypt+iPb01cR7kZ3QcSpKGlKYsOS4T27uQLz+GYTUJzNriiYUe9xM8tKmq3u5R2NcWITa"
    "5y2v7wFqL77qSQ2f4kx2x/kjIp4yc6zBDpbKtyhGT/huXDWOHaEdLx5/8D2eacxQ=="
)
