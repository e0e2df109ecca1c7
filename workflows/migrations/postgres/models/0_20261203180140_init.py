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
    "eJztXW1z2za2/isYfWk6o2YdpXYS587OyLLSqJUtX9lJ9971DkuTkMSIAlm+2NHu7X+/AE"
    "jxFaQIiZRICjM72ZrEAanngMB5eXDwn87KUKFuv76Gpmw5K4icziX4TwfJK4j/g3G3Czqy"
    "aYb3yAVHftJpczXe7sl2LFkhPc5k3YZd0sBWLM10NAOR9n1wraH5g6wvQSj6msiqhoKF8c"
    "38Zi7S/nSh5Bhz6CyghRv/81/4soZU+B3amz/NpTTToK7Gfpqmkg7odclZm/TaCDmfaEPy"
    "Bk+SYujuCoWNzbWzMFDQWvN+5hwiaMkOJN07lkt+JnJ13cdk88u9Nw2beK8YkVHhTHZ1Ah"
    "aR9l4gvNaRpNvJg3Q/fJCkTgrIjUQENP+SYiCiBPyqNv31c/IKP/Xe/Pzu5/dvL35+j5vQ"
    "1wyuvPvLe3QIjCdI4bl96PxF78uO7LWgGIegKhYkSEiykwb3Gt9xtBVkIxyXTCCt+qKvN/"
    "+RxH2Dch7wmwsh8uGoPAT0+AeqE6SvfZXn4PwwuhneP/Rv7sjjVrb9p07x6z8MyZ0evbpO"
    "XH118SO5buAPzvsWg07A76OHz4D8Cf53cjuk8Bq2M7foE8N2D//bIe8ku44hIeNFktXI6N"
    "xc3aCGW4Zad011R63HJYXW66L1DUYRtftvH2pdxb/bwXMyBs10JNZ0eqXNM2dUlvT2+bWI"
    "xuswwX7o9d6+fdc7e3vx/vznd+/O358FM236Vt6UezX6hcy6MR1vpuFQFfT/U/APFrLFBn"
    "/TPgE4/iFN/MRW8ndJh3g4LfCfb3rvc+D82p8OPvenr3CrxIdz69/qeffi+GKbA1sczDGe"
    "OcBjMjuNbH/c1gbnEmwHYo3NlkzTwcMrDfAnw4LaHP0G1xTnEX4nGSms4cs0VpuF8V+bUb"
    "S5Gr6iJb8EVmx8cGEI8A+HDgUBvwG4/TIedyjWT7KyfJEtVcoAXVlouoq7YszdvuSn36ZQ"
    "l+nvOCnEY98/HnKz2X4Y3W+6aCE834wnez90fjWeWoQN+fKMnhH54mLfYvrWqrdKXpGRPK"
    "c/iTybPGkzjkz8mU2haVjOWEPLDsNbTzbp5rnsNmksWbS1pG+aF/Dc6TcBVnD1BK0fbOD1"
    "AEgPwFnIDljINrDxxA1VYBsraCAINHQJoKwsgO3if2jTF8Na2sDAEzrL7a/kGSJmIGIGTT"
    "Ftm+k9ipjBKWq9WMxgDm2GxrNd1VCiHGf1uFNpzFW9+LmAp3rxc6ajSm7F/VT43dSwsnb4"
    "qOKSh/moDol8c78hb+pMOc7Z3l2l1if1Ylg258a9ybE0gyYFrEvP5gPGDBt6ECiu7WD7jt"
    "iAhjXvAk3FRquG31kFT+swOeTa0BqpLENy3+6EzShsRmE9CJtRaP2IeSYyHzNj8HnWY1pW"
    "2JFb7Uj8KzFCfFBHZXaCeHt0r00Qi5RdheA6mqNzoRsIHA7eTqeh4FqGDhnh/l/vJ7dscA"
    "OB5LqrKQ74P6Br9k55/kIg/9fMRQpBEDy5mu5oyH5Nnvf3qsDPAZsAFFtyNyC/uun/I4n/"
    "YDy5Sq6lpIOrhDI07LLj3/fMGO1XBsZdRhmORlQuoZcnLFiVQjZT+GGhv5pMxjHor0YJTs"
    "Xtl5ur4fTVG6oH3EhzMqgWIQGRjw6QkhOUgK2UgDidVNACttICUoNsD2qAHwOSRHI3O/Ft"
    "vCCB0EHT3wNjZeLhjJT1DbnQYYQik026eUFJJWgsrYLWW+OTv5PkswyIYQMQhKp9CV7wbL"
    "TAqgOqhr8/Gze0gam7JGltuyuI/+9PV7Mg+TbtdISyjA5FjFLEKJvi/zUzWiVilKeo9SIx"
    "yuNGc2oUi6yEfh19sxTID/B7pssVE2tBaCfvixn+4yE/uhB8MOPJ7S+b5smQQyLUE7ExuC"
    "I+Cbl6BH7IYxsd+OEgAUTTJxvzcT8f5XrTTwNXHsFirpkbFw4m1m7j6EjL2Wwca7bVZ5sg"
    "CGTbhvh/Kgjdvi6Ar+evwaN7oXyYPbofzt7Ij+779xfv8b+zJ9zPi+YssGvmuWMAzyOaCo"
    "Hm2IC+UtqVq/A5DA/vn0wPVsH/0fmX8P6E91fH2bihfoDw/k5R60W8PzrdpvSd7f1t2otc"
    "viBKHBdc4VkfybP2zDxGWlM35AzQQ5EE3jMiUxXib16fHR7y68mXq/EQ3E2Hg9H9yPeegx"
    "mf3iSXwjz9dNgfJxBO2sV86foM6XIqVBx7Uqk2a89ySPbM3TNSeg3DvGgGP2PcxfL4g/79"
    "oH89LJbG1+Gz7zjvHteYuk+WpoxJTy2CvtIABwkFMUIbfoQoO6jxzW+wfYsMAoYJEcCmrE"
    "bDnDR+QOIF4RDyQgddgNVg0zY2dICMVGDLumytwRP+b8ZumTJ7FklpEZZoyDzRUAdVhCVO"
    "UetFwhJNYME3OzG9wGNHMVwWPzVzpYrJHM6feFPrBStWaslxGfYqGbVD5K5SHkMM3FC6qi"
    "GcMgY6xFjiDEt0rqf9Tw+XQLXkmfOIJnfD20tqdD2iu/6X++H1JTBl14bqIxqMJ/RvRTfw"
    "30ljrdDIvygy8JPzVGTcXySHvaI5a654p9++BXEiEZBraUDOlG2b1L9iLJg5MbmY1CHDch"
    "dnTY3LUYtFVp838zfHpqWk6AH3LQVXGrtxiYJnwW9QYVgr22EPJQXqHKjD7yY26AlLRVJc"
    "aEsQETxYtZLzNJDTi9AGhzZmEKokvidpK9MynilBEXtPDu9ElNuP0AiHRozZDFqSbFIYLS"
    "6SKUO0HjzTVm0w9gK6Egno8ignIVYPxTSeAFzP/GbNCK1lRyTEju8KwV1o5HGSl0djV/fJ"
    "jqSxZAXIjEX2BfFiGxURkKYh3SQ+JRtyTgsMSQGwKAVRNpGkaCmI1DxRAr4tO+sgCW10bi"
    "yAanyZEvBug5e5rBfAuRa8s4ZiXoR2xkY9upyVgPh/+93dwxbPzQwTYI9CPbJp6ppCKXx7"
    "8vz6YU9VueVt4/ltxmuHQfYL7nXzGH9/RlsV2sW4kfjpSUZLoDlwxd6FmNFOUPIEJa8hn3"
    "RDyVmCkneKWi9EySNqSum7GLdpI1tnch42XcafJDznTSfXXwYPo8ntJbChPpOwbi1DdWlA"
    "/hFdDT/3v44mX6b98SV4ggv5WTNcS9Yf0f3o4UufyJE7tua41Bohdx6Gg8+3owG57kBlgb"
    "Chgq9+7Y+/DO8vwbOsu16RWV4Oz9teAQ7P214mh4fcSlQfht8ZH3U2eWfTvs6KrS1vx1lo"
    "aCmRmU5iWL+ZxklS7HBEzLdV8XbKDnHKyH7B/jc3tCm5A5Jc3zcFXAs68pKct6TrxguLD3"
    "K/wrcyMWaIt4ZK/Lb37iKAl/yRh+z9TX88ZuTstNlMU/DbMXiq+cjGJQ8Haq/+oJKiXnid"
    "hdg4keaW4ZpsSyaDwsQSPhxJu6qsf+V84E2RI4kUjeDixzBE60HDaBU/Bv/ylanLluQte1"
    "waYskKFZWuoplBVknJNSWH4u3wfUcZ4kJRpSuKWjNSgDcjmJ1LU05LCyrmFipmKuNeJOFA"
    "sxb4W9gz2xBJ9Yxwb831dfPLSmauC1yZGdpJezJiB8nJkBxiTlrGTzFuz8xsUpvFijJYKr"
    "SgCvBvhdazBl8AXjIQWMkqJMePpnMyjNMAdu9G5HZEbqchk2dDo/wit3OKWi+S2xFnAIgz"
    "AFqyMXont0DUT892AoS7VANngMKW7xBskC3mFFAvuKBnAJDhme5yrGjaJf57pmFlhFcNC1"
    "9TLfkFzCxjBbDVH4mdAxo7Z7gM5ffPrDaf9Ik2ReJEtXnhZ9Rz1mmoxSn8jFPUehE/I5hy"
    "UzrPz2xH5dpUx7iM1HawrO22lU8Uh67xRsk2IpyzU/KoG3LqhnVZO3KCktusoV0iyqcAMQ"
    "PeKV4Tp6PBQ96GpyqdxGiBc4aDmKh/nu0cWrShpActC/iFEfqzvsbemLIwSOKH9uH5cwGR"
    "B7yiZ4i9+en8R78oN1LJfi3s0ZkLS7YhK5dUwQOYnmHsODYPAeETCp+wlnNWQ70D4ROeot"
    "aL+ITBisPjEAZCbTKry/AG8U9koZmdygsEWrGFp+r9USKVd6S9UoE1x8V/jUsJ2mu+Wnag"
    "vYZEfb76cgmxNs3ilZWRijope/rsbTwQvZusIpUYY7znkFXptA9kPDERc7TDcNnDm908h1"
    "2JNSvgrZvQsvFERGqurDHAHwGG0MEygLhhwEDEw7aBopnYLyb7eoGpuzZYwjX2uBeyvWC7"
    "6CX1KtifwgNvyATUUF9MeOCnqPWi7E8JIoXHo4nKCHeG/8gWDBg35jEhATo36HAlazov6D"
    "EhAfqOI51YejxRqbjUTrBv59oej2Ze/mZ7b5jywhyXEjBvhVlTIXI0Z82NdEpQgL0V7JVs"
    "L7FJSecCHqyTci2YtSuPa+OHO7K+lFw7o9x+NtwsWTG6t47uEDaUFT8tgjnKjKIK0NOg24"
    "ZrKZAED8m5S3ImbzIb+eweKoL/iPmzSnbDPWmWs5DWUGbUk89P+sYlW3TyRBmJXwKLLcHv"
    "JrQ0yDyfMucsUJbwjkeC1gzhHCDLOBF0oc0X0Hbwe88tyGWkpCVbZ6aI05sbtDJCwpHcJf"
    "IbEywh8NucCaTmcd50eF91vUMSoPTE9Rkl5Vr3OZU/U4WQGTNObkRaskWmTmXsiAhqDNOH"
    "+/ScaHK9WUAX5kekx9keJ7ngqcrWMB5S0O2eNQNaqIHYBIGndXe1L0hT2klLERKHA3GARe"
    "5CIrDfR+f1MoWKYaltgqrSHVjeR8jafBV8njn7rsI2hU5QsqACtWeoAk8QzDQdAjxXgpeF"
    "7ABnAYGJfXloBfX2NId9xNKuHQmmlmBqNWQ6aChnRzC1TlHrRZhatoMfO4fSEnL57wmxFu"
    "706Z2fF/DgcatMF57eSxRfxyuixFsaMSYkkC6GNOGMk+OeKVAcYCflWheYqiADqv2bhPHY"
    "/rk2zzTH4nKH27BT8alIH3q9t2/f9c7eXrw///ndu/P3Z4F9lr6VZ6hdjX4htlpMD+ksnb"
    "2Qe+cXXHN3IHGwE2canN+nLovKTayNSbVgEjk0ydN7EH6JGeG5sZLPOWeUMGTrsVOTPLY1"
    "OzU9Z14ipBXmHsIcLm5KsgVfSNWEOtuRHZexxOYZ6RuJA8LrzXxNTbJByzIsekQYD9Bxqd"
    "aN5epIcwsZIb7iEmnJA8IdcCSfDKex04j7tNIcEq7hy9gn5Vo3yt+fFYD6/Vkm1ORWgm0O"
    "HZnHbtm0F7ZK6bZKsLWdjzmRFBO0ia20iVgRAcGZ2MaZSI4w3poSx09uNwT4ShO2UcQYWd"
    "sEoNmpWznRsEANjmAABQUzwMywgIEg+GY8fQSaYwP8nc2hVzmDGE5zaANnYRnufEGzsvgZ"
    "yKuGDeibsIpyVPUYZvXM2ByCu0/VzvxPJ1QMaeB/PPQFOqQt/G7i1cCm34KvPF8n/qjZDP"
    "kObYxfjf5B1wxm1wZ2VmVdl2wFT2LVPGIlO8qiygdg/Jd+/12aDS/xKR70Gx1Inv5pSnCf"
    "h4i8v8j712JVaWgGWOT9T1HrxfL+/nyd9v+HyF2lDPRkYHF+6FDXhlzG6ZF2psPBcPR1eH"
    "0Z0NMe0f1gOhzekmu4KcRvi6+Nbr+OHsglDT1rjnflYTj9Ohr+Prr95TI8exYPGNzDl6ub"
    "0QNtHwRGSL+TqdcrKSqO//48mT6MR/deu4VhOcSJJ3emw1+Hgwfvrb5BhV6bfPo0nEp3w9"
    "tr+kBjNoOWZEKk0id6d/t3d9MJ/TXebWyMWcZzKH09HIxHt+F9FSq6Rn8f9okn/anfNXoy"
    "sM1L+/08oq+80Ogbk3F3Pe3/fntJS56Tg7HQIxr+485rhddx0i5pHxbK8hcJIvayg4i9dB"
    "AxaWlwTl8seTGJ1WUSK7J0iTBywY+v/DBy1FlJ4Z6zLzghJ7YEF9gS7GGG515dRkFsoHBQ"
    "mSUsIsylR5jjAQKeTyIlKT6KAh9FPJhRGOy4mEC6CNJQMVYrbIdmzD3Zq2xasnVZw/IpCA"
    "tLUkhAmkR+l5ylZFiy7Ssi86EI5h+yMf+QrgJxxPRg7fyFks88DOPPBVENBQSeDDy9zXV8"
    "kMZkRBK7tknsuo3dcrPYiVmhBGx/9XppKaqR7ONWPMNNv3tC2rYCAElQY1PhHuUpFhrZA8"
    "eg0PEwLe5JCPJz2FNLBnJsZNJ4ehm0lFHQUVuhsjc58j1x8jMV9153bUXLgqZh7VufYko7"
    "aStENAm0J0IT0kdbAUKGoymlFRa6pb21CasqSXOxxY/Bmksujtm0OS+TF1mRCxc+MSwVqj"
    "5xzcsEYgnLWHWBY3TBy4L+syb/QJRZ9IS7k+0FT2Lcqggr0LdbDkmrytvC2zJm1UG27gr+"
    "lUhiC/5Vm7VehH9F1gdpLxJWvIcaR/kFBau1FCw8vvcaw1H5Ole2EUO4tUMYewkG49yI7B"
    "xrIFDnAbtjZrX8PbB4Bbf5TrYPJVpAFjh02RR+I7K1xmNzjcW0j5COABRM/KYFRU59e/o3"
    "sQ1zz4xaO2tFdxN5tfRI493KXGWsMZI7YkQa45ml7DijFm+3fXcu8u3AYK9sBKUutY2ADF"
    "Ts5BLz6iPdJYv/awkU2bI0aOObNh5qUAWOsWQFIKt4AGdwMiwytHnMvps+EztL0wPLf6TY"
    "WFqn6bQrApsnFOISgc1T1HqRwCZdSDhpy1GZcpy+406nVZ/zGlloOb+shGgLP63mfkrpGT"
    "Sv5GOhXdpHKP/oRRo54ymdIF4ZRCrvh7cPl4CcHfOIJndenNUwvSjrYHJzNx7SwKdirEzi"
    "Y+CrN6P7e3Jppdk2bdW/HQzHY9qKAKTru8UcKzh0kn/D6nF2qlYVFqt6d6offecscRiXah"
    "3M5Qd3F9Yup7vHpVoHc/nrvew4cGUy1vr8w60jYocL+r2pCuPyzrW24Ir8AsuWyOqSRjV7"
    "L3Vash4bqcnzWrORmkC7SzWPUEwcGVxno9Yz4nbQcExQ6LjOOg6s8l1CfglZoek6a9pztn"
    "ZQc0xQ6LjOOp4Zum68YGW55g6KTksLbddZ26YFnzXDtfmIBgkpscec5XeYuqzQ+ALv7v2k"
    "oIA3Da/gyAiOTOs5MjXYK1yzaeQoWxf7yH6h1Jh0qX/vTje3yn/YZiuF6GEBw9r7P9jAkw"
    "WOQdk+yPAOUqdnq+sygyG0gzyzJL8djg8iJFFt05/gRxmTJfoFw0YwbGoxQTSUayEYNqeo"
    "9SIMm/j8y5MRiku2ycotIy8k0mylwol/jE0tXQd+Z4CavQEoJdiCFPGh9wFptuTF3STXZH"
    "gIhqFDGWWYXAnRBPpPWLYq+IMrh9XA1WQyjmngapSE+MvN1XD66g1VR1gsNz3oV5knx27n"
    "a21k67yvsPN1dD2cXIJnTYXGI+p/uR7hv2RX1fBfZGji9cr/arnpKUXYKdnkFJ7jktvOnf"
    "tyN570vWuuqRty9Cqhw3kXCUeuf9sf/889bYl9XX1t05beVdLSu0ha3g6H1/fSdEi2MmOF"
    "QqjaEon5wpdH9Kk/ojS7mazVhmNHhqEEkcKz8kRlxKLDveisoKrJ0hJyke5iQi0APbFf/f"
    "y8yIb18/PsHevkHgtneyH3zi/4oQ7lWod2+dQ7D7KntcOsEZdTGSsheDjP4Kxaz+AgJbIi"
    "Wx1cywuXM+DPOeUhLiZOeShwykPgddkL4wXtEFJidiBS/fUJJKXjh14ygJTgsXYLIzI7ED"
    "pvgM6xq7CPxqPiQt911rez0NBS2mPLILMDofM669z/SPdQOrsHofU6a912TWjZUIWsIr55"
    "Ed+4oIj3csR78QOR93qEgTLTrNVOq2pON+Kbq/M3Fzg9XKyWhJRgc6Y/LJ9vxIdrXKhN+e"
    "2qWJwRWteeDM4WnzrSTdA448Ns+9lMm8+9BJT/O9JVsyaIouAm5sY9Tmjyslx7EmS/0E7a"
    "N6YTOxNs/NA9kep7+UN7SjtrE1RVMolT0yazPGF6as0rUui3liKTe7EDUWzNcTBChBEso7"
    "BW9SXlB9MqzpQl3AUEI4hhw81UYFoGMals9vkoJfS593EpomBgDa2SLhB05tMhtgo68ylq"
    "vQiduYFELWQ4m5xXh0/hHXrvoT+lxcsi/ZCDIqS76eSX6fD+npwTIW2WwKxjIoZf++Mv/Q"
    "fK3YLPsu7KDiVvsYqjJVfm41CyyDqf1nN2uZ1Ne1FkJ/Ypl1FkR3EtixTMQUy+aj7hPSnb"
    "Gm5LKZsIvMTJPjzgRBcHnNcoq5d3RmsMI1iFz5oCJWUBlSXPNJSUq8d0RB7bmumIzPTYXW"
    "VmrnJIdjGx1kxDh6bY1amacD2Dlg00s9PelR9fkUxD15S19AwtduQ/pwZtZg+tYxKXb/x6"
    "5wTjN5B8GBlTXV6Snim/W66+OR9ZiZl67E4pJPC3swLYHQgNFNbATCZWlAvtHRXAlBdsFQ"
    "4N+LjtWJYxLisW+zov9rtTugWXu0Fa3kQDd9FzQlZous6aFsXtqqWbhSf78cGbkhNcPlE5"
    "8IiVA9ljugSY40dkNms8FwU59THvQT7zgvh7U6o2hQJbMqwT6X7BzzsO6SwOGoNxlkI1m2"
    "7maZGPa9YHysJFS6h2AaEerkhfflESwhOj59h6dSr94lo/2CCIfzFOwd2ru0f0iAZE3gay"
    "BYHt4KlRBTaUdfx/ryB6hrphQgCRYq3pL/gRuOQQGPCHP4D/9l+a+nf8DxlAf/8D33Q0nb"
    "DbHpH/Dps0vP0R/EHf1K/B8AdYQmjaAMrKAmDFYuMPPxNrzPs9+C1pzgn/ImAbQMbvbFJy"
    "0yOi94Fmx6U0Ff84w8Feur6mLDpCsXtZGBiNmaaT6p/3n/s/4QcTSdo1FpId2gwidafTf2"
    "NU6IzKoN0D0e5yTvZq59GSZR2cJoh4p0PJEkS8U9R6ESKeqCsq6oo2A9EVnjs8NDhsgJhQ"
    "nWss7mgMlF/8yjEcWd+l+FVCsE3D9+DkHEXHXokq7VoIiy0vKmIVqIjlu2ravxnTTDY5Ni"
    "bUppFf4jlICtSe6XFG3DNLWlbQ/nabWRCpdZph7WUbejGh1kBf2tCORnfSsGZTjJNy9aAY"
    "t2rHQwO3GZEDbznh70zuhreXgEg+oq/98eja3yH0LOvkCKDYDqFwg1CyhPMj6l9NvD1K8p"
    "MR7HM6OokSWpZhYbVkba5gf11xqdZxVcs3/MXxvSfDK/H2GvFRSqIywsIVxYsqxVUULzpu"
    "8aLwsMJ9iTptIzMkkY3Ni7wHe1aZ7k9U5mHk+9O1e/JOr/TaSlbYeGvG//eFn2f2DxSxbD"
    "AzXKQCDUXy81180fL/9poBf5NROulfSo/Moy4jx3P6MsFWJ3HIpagKU8s5qqFpSZGMPkWt"
    "F0lGp6belO6z/X2WbAsTfmWxf4rFyDJ3Cx0hLrY8TGClgvgVmmuIL3YVSIi41faEdVhGm/"
    "fkt5RkC+DOWw6qOP/NhvMVqeDIk/mIyoisR+lZD3F+1qHYArTiEd2ezjP841L1+ABaVVno"
    "WaPRLl69JMSEYsqfmbDLhSjItmJYfNphyQoVla6imS7PufQSCNRDGa1ayXOOc89RSM5B7u"
    "IL2V8plFnA42cEAsK94HYvRK66c4DN+SLdtxlDTU33jfXVV2iRebbDSPVF7nbz0ny6viLx"
    "06BhkU29srKAKhiPb3765qpzCHx5YHgpucBsS+zKJfVhvfMgbPyuQEOm65Atqgg+eyMoud"
    "u3iuc8ItqXCpwXTcE/zzaABX8i9iU5vWKuPUM7FKVm52sw9PYEQ9Xr9U/XcKC3i5gcqGcg"
    "WQckmVVwY61IJopkYi1mwIamlUQy8RS1XiSZuIRraSHbC57ES1SmdYUDyk+9NCOz1eDcLD"
    "XRePANBFoI75tekbMBcKvs3GwvdT6AaRkr09mFcJCWbCHm5Q/pMIzLu6MjLdlCwMufpH0/"
    "iTc5nhBrBdSHCF6lwizHiQdMoWlYzFiAf6ebFwewwjbbQwAIRAoV/oBd4Tm24uZkVACvn4"
    "9RpxobcLjJhpDb9fxwYOB/XiwNe9KMSl8VPIDNAY5Xlczi/245d1KzJf+wJHH2pAgMCBdR"
    "BAaE1msVGMi09TNn0Wwbv8J00ptaT6WCtH1UL4qYM7Kue1QYRuIum+WXkhREvyJlgQw001"
    "ToJz8Lgx0XE0gXQDrw8ncjhwkmUlWVVCw6m/HxvKNCQimlK+UFykuEnUs+ImVcSqil/G/F"
    "nc+h7fDOYQkxoZjSFUOOXpfJwLchI4iSrZmknFBN6aoRtOOaKQP/CkfWdG6dROWEakpXjV"
    "d/Q9JYR6hkKyYuJdRSuloiQf+UWnLPN40LHvBg0030vrHnmorT8cQBbnVnixc8wO04KeLJ"
    "bEYzn6kMsXejm5cgNoImRfLDtHVYlClEpUv+sIxnSCs4XWPMH2R9CSZ9ZhZ4x24ECVvkWh"
    "sysTQ06yZyraeo9SK51gYW4FYteeZw+iWd62n/08MloLKP6G54ez26/UXq391NJ1/740tg"
    "QkTOHZS8dUrWH5F3jxbb9teuRzQdfvpyTy5ZcOba5MrDcHozuu3TotwOtFYa8s4C7A8Gwz"
    "uvVLeiQJNeux4OxqNbco0cAKKh3ep394oQEHvZBMReioCow2c+EnMg0IL9stUzxJGz0NeS"
    "LeuyteawVtKC4hRrRlFnio6EvzsOaONCAtZsWGWec0jiQgJWBqyObDkSsYTYNlZWljYqlW"
    "dfNQ/hPLICXlVTwVXZ5kzaRUREWLX0sCo2jBRo29xbRZJyrTMkyt8msoFM841xZkx1O+IJ"
    "8Z2AT84hNdpD+aFIddAP2dVBP6Sqg248AsmCK9lapjHP3qLDEG3BQD90hRnTghA52LBw7Y"
    "xCM3mjPi1bypA/tmFSfc1WDRF/eEeqTJa8WIJLX4JVqGjqTnG7uKQ4Eqo+Ybp0dDb8jng+"
    "w7hUPT6+VpWa80ODFl952ahQPZTSqhnRXmP7dpcJMSYo5sM6z4eKjFRydCYkBx6ZBtptBc"
    "zuRWi/KdrndcpYssIr4/bKPLeKN5QZlzrlUKZgxwl2XOvZcZE0KIbH0mQWXf3KF/302xTq"
    "coazsmG+oScDN8W/7sbvsEX4/1UpmTCNHItZyMQ3h2YYtJdWUYGtpMMJgsA1dUPGJhcIew"
    "EYPZccPfOR1m6daToktWDhpqQroQ+SG8bTN4gdJdshFV87CdRL71wQFAVBsSFzS0OpaoKg"
    "eIpaL0JQXGJI2Rmf7fTEjWydK5Z0RtfSoD+9vgSaKil4oXpE16O78eSmfwlUDS9iK5kwB3"
    "+ZDoeEN4iRhY/oqn/7my/1JKOlL3czvB4NCJlxBVVst+mPaPLweTi9BAZdtYqNpIrPWiSL"
    "rkT+4C13mBIUPju3z44f72Dzx8OM+U1lrJoJuRZAXzVrwNb+DaWntcOq/HClzbM5dDG5w3"
    "n2Z9Wagh96vbdv3/XO3l68P//53bvz92eBTZi+lWccXo1+IfZhTA8Mnt1C7p1f8AzxUKJ1"
    "g7t8dgDxjLCXKS0hg9CcdyxxTKzOq/KOUPfOz4uQ88/Ps9n55N5fCbvX82R3Mnxjoi20fJ"
    "tr6aYdHAuauqywKp/k7lCPih1wf3pwpbEb1Ol2Vb7ge1REhN23h92Dbch7BtyDHc8Ng7do"
    "qD06ruq0Bf3B5/ENDNeyYYcRMU606OZFiwNWoBI2LnKCGW1Njg2j0Vlr/oMNNl0BRXZk3Z"
    "gTSB15To4Ke9GcBW0Z1hwEmoN952eoGyarfnkVTxAxYxEzbsgk1dDooYgZn6LWi8SMeXcj"
    "lbsLqUa7YSrYGKA5Ohe2gUAL3f2qDrx61lSW1Zy7uSuQEfGrrYN4Qcw9hleSXSc8kNixRH"
    "itYrJ5RLUSCoS7FlcxCb9564bt+ZsitSRwq8yBS+8lN/uEb5bCODt5lhBrAdaHTp3Fz7bb"
    "rfR9KCo2feQraLcCnzL+fc8M42Rbfc9QTpT3zI+epiJ9x4lK9V1Vc8bGvMOIRwX3unmRKJ"
    "m0knS/2dYY1O8LAziGSw+4f1loyiJ+lHwXX4QIyIjcXacDTPzi26NHsUPubJdSFoME/eZv"
    "Lzgk73fQHfnKIs/CQBlWCd1yhb/yUuYti4AdJFUu4mSnEzERcbJT1HqROFkwlRf11QKBFg"
    "Zz3p8VcNfen2V6a+TWX0l4eY/bUw7vojU4GJk0ewoTkRJyLQS7/EKWcZuSF+o9Su/UG+jy"
    "R7V3PgtXhCGQqEdgoV0lPrhNotaaQs01fTyLtybhi8GmAsFvcN1hhDBi97t5YYywloHPqS"
    "228TIQ+8GmAQiApbvgxcIPgip4WlNuy0q2HWiRW+CPJVziGfwP9k7LnXt7RI/oGuLOjDXh"
    "2WgOeIW/Btu14I+4/RLaAD5Daw0Uw1x73BzZiT1N0cwFtBz43bGBi4idToDpAqIm17QfkY"
    "YU3VWheknfwb8MdCg/Q3xFswFFEhgufrQKTd1Y/81r1CV7Re2/GSb5PElo4/VK/VHwegSv"
    "p0nTdUM9VxGvOEWtF+L1BMsd11SaFCuHuN2CWTWyy5YuyTyOXSjRQqeu/H2vvjmURjg7aR"
    "8REQl7/oS9Z1juWBg1LiuKwdVnUaiXJ4dRhciZQsWw4rY+s0E315fzmkpW2LaYM+fJkTOF"
    "NJuetbeEpkNcJ+TllXVSmIfuWVAt+QVlOHG79CJ8IeELNWV9b6ZVLHyhU9R6EV/I9jg3fJ"
    "5QXKiiE5qaN6OeULWh6XAwmZKzD8kZhsTQwOg+orvpZDC8v6eX/YNi6PVP/cFQGnwZ3pOn"
    "K1BSXGg/osHk9qE/eJCGN/3R+JKYDg62UiS4kjU9vHt/cx/es1d20uw4jh82t2TkcG+xj0"
    "gdkCJ6HPu/xA32pqFryloipe45iRBpyTp/VbWJMmgmD8he6xbEFqrOyNPDg7AHiBgWVs7G"
    "lphU62CupNaNSLa3JkRT28D9sdeAaiuuBJilceauujKI9tUwmItWXkmOsTpVXwnwvzUcTY"
    "GdPK6I36RbjC6CwtYFCrCssD+A3xA4BpBDAgahTGyChbR+zY8fAe7BAPbCeEGbYtorDWk/"
    "4VdilV0ppV/CInkg7A5DXQOCjk3vB911ARbVnHil76CCy91oBJ7JyNtl2026QH4kjib2xo"
    "i9MSK+WnPrRcRXT1HrReKr2ZHADD5EA6J/tdlLoELVNXnLx8aEWleqp5JaMqJaT9UIE6uT"
    "t5R9VKYVOB+a26MsZIQgV5WZiEj7InFFAp697IBnLxXwJMv6DvZORExQpupj26RNWnH4oD"
    "h8sOZxuf0PH6wyMjdCT4aL1Guoa2SLUocRmUs26eZF5jSvMfmBYesCkblrDPWDrC/BRhC8"
    "WtnzkQoMi3L3nJH6I3iBYEF2PPmZfah+BNiSpuhCG8gWBKplEKoxK0ZXwRNKpg2K+JeIfx"
    "19WmtoJETEv05R64XiX3zBmdaGZS6KlIXBrXJYOqnCMCK2WHJssSbbQSau82R8v/Gymiyb"
    "MN4g1yI0aFNpFWnLl6m1IcJm2IulOQ4MsqY2fh9ysgWyvVJDQPazpQsZETFvh71rQ3KgxZ"
    "aUbUkP4C116MiOS6FC8LuDlxYHrkxHJFyFwSkMzgaYHsLgPEWtFzE4RU7wMBmrpiRPGmaC"
    "xtMnimZqnHTxmFALYa6EL27Ka3LCaRrn7GJ5ERFRLS8/NbtDtbzQPN9lC10ofcAkrYn9GA"
    "IhnwY6d8Nbbx+dL/+I7jdX7MiVB/qn84iuh/3rS6BCb+gdf6+Q7zkxdHW/knU9OwUYkWvN"
    "+eRve+8uAs+G/JHny9zf9Mfj9G63pD/KabsyxFtowDbXYE37KbpsOxK0LFYN7Wz2T1yqBW"
    "SUQ7N/aJUU/u8rIibIKXX+rHBXBBsOky6UEBZdKRZdTeLpn2RNh+qvxlOHEUsPb3bz4ugz"
    "2kz65rcrEEPHTb04tScKZoYF5oahfgSfp/SQHq8qrGHZ2LIjIW1I+iE3FBkBCzoWLXm7Yo"
    "XPS+1b8ChEWLtt9mFDA5wirH2KWi8S1sYzPmdl1VCifQHtKtgUG/uLB+OoTFUu2PFgruAo"
    "I2vOdebppn097PFWHXSK34Z1/mx+0C4QahNdv4ygHXf45giRmxbt3MLj2tCfueuvRcUOWI"
    "AtuNKoCmw1cd77pjbAU9LAcOkej/RBvdH73dzDek1NUnBTPCA2bbe68Z+NF2DMCDGNbGD4"
    "rFmkIohOXG4DwXBTQ/9uRJhr5NrKQM4CvLqC2jdyGg2xpLsAvp6/Br2z3sVPb3o/ph36yp"
    "7CcO3/2aGyHlRa51/7uPqn4ueLSsvClxMevND6Xh58MO0WdS4DgVaYiHHXMm/a3NiH7zId"
    "y3cpvxKvZBzI+s1biGs1VD9sizBcxZx6i3771vA6yt3RfRxD+h5i/KxMOzp6O9eMtmlDXi"
    "Mav9YakAQrKaxHLFiFpK+8viizaWPZzrTvtLAeUrHUK6wHeQkBGS5A11aak2E9l9s902z2"
    "OiO3PWlhOgvTuaZLQjONKGE6n6LWi5jO4dRb1MILJVpo5JWfl/FXtBTAeVyOUKZNyYCDUD"
    "oiq9jGiipqWm/aC9O6RqZ1H1qasuiwotPenVyDWg7bbDOls8EVZ+jVyzzd4bCadp9SU805"
    "HybXSTV+8xai++asECPmLIcRc5ayCsipW8zdh9mEjYjI4Tkbx0lwt4Mt/df/A2hmcXc="
)
