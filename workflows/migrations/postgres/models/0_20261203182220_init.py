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
    "requirements" JSONB NOT NULL,
    "invite_ttl_hours" INT,
    "interview_closes_at" TIMESTAMPTZ,
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
    "jxFaQIiZRICjM72ZrEgaTngOB5eXDOfzorQ4W6/foamrLlrCByOpfgPx0kryD+D8bdLujI"
    "phneIxcc+Umnw9X4uCfbsWSFzDiTdRt2yQBbsTTT0QxExvfBtYbmD7K+BKHoayKrGgoWxj"
    "fzh7lI+9OFkmPMobOAFh78z3/hyxpS4Xdob/40l9JMg7oa+2maSiag1yVnbdJrI+R8ogPJ"
    "N3iSFEN3VygcbK6dhYGC0Zr3M+cQQUt2IJnesVzyM5Gr6z4mm1/ufdNwiPcVIzIqnMmuTs"
    "Ai0t4XCK91JOl28iDdDx8kqZMCciMRAc2/pBiIKAF/VZv++jn5Cj/13vz87uf3by9+fo+H"
    "0K8ZXHn3l/fRITCeIIXn9qHzF70vO7I3gmIcgqpYkCAhyU4a3Gt8x9FWkI1wXDKBtOqLvt"
    "78RxL3Dcp5wG8uhMiHq/IQ0OMfqE6QvvZVnoPzw+hmeP/Qv7kjH7ey7T91il//YUju9OjV"
    "deLqq4sfyXUDP3DesxhMAn4fPXwG5E/wv5PbIYXXsJ25RT8xHPfwvx3ynWTXMSRkvEiyGl"
    "mdm6sb1PDIUOuuqe6o9bik0HpdtL7BKKJ2/9uHWlfx73bwnoxBMx2JtZ1eafPMHZUlvX1/"
    "LaLxOmywH3q9t2/f9c7eXrw///ndu/P3Z8FOm76Vt+VejX4hu25Mx5ttOFQF/f8U/IOFbL"
    "HB34xPAI5/SBMfsZX8XdIhXk4L/Oeb3vscOL/2p4PP/ekrPCrx4Nz6t3revTi+2ObAFgdz"
    "jWcu8JjMTivbX7e1wbkE24FYY7Ml03Tw8EoD/MmwoDZHv8E1xXmEv5OMFNbyZRqrzcL4r8"
    "0q2lwNv6IlvwRWbHxxYQjwD4cOBQF/A3D7ZTzuUKyfZGX5IluqlAG6stB0FU/F2Lt9yU+/"
    "TaEu099xUojHnn+85Gaz/TC630zRQni+GU/2fuj8ajy1CBvy5Bk9I/LExZ7F9K1Vb5W8Ii"
    "N5Tn8S+WzySZt1ZOLHbApNw3LGGlp2GN56ckg3z2W3yWDJoqMlfTO8gOdOnwmwgqsnaP1g"
    "A28GQGYAzkJ2wEK2gY03bqgC21hBA0GgoUsAZWUBbBf/Q4e+GNbSBgbe0FlufyWfIWIGIm"
    "bQFNO2md6jiBmcotaLxQzm0GZoPNtVDSXKcVaPu5XGXNWLnwt4qhc/Zzqq5FbcT4XfTQ0r"
    "a4eHKi55mIfqkMg39xnyts6U45zt3VVqfVIvhmVzbtybHEszGFLAuvRsPmDMsKEHgeLaDr"
    "bviA1oWPMu0FRstGr4O6vgaR0mh1wbWiOVZUjuO52wGYXNKKwHYTMKrR8xz0T2Y2YMPs96"
    "TMsKO3KrHYl/JUaID+qozE4Qb4/utQlikbKrEFxHc3QudAOBw8Hb6TQUXMvQISPc/+v95J"
    "YNbiCQfO9qigP+D+iavVOevxDI/zVzkUIQBE+upjsasl+Tz/t7VeDngE0Air1yNyC/uun/"
    "I4n/YDy5Sr5LyQRXCWVo2GXHv++ZsdqvDIy7jDIcjahcQi9PWLAqhWy28MNCfzWZjGPQX4"
    "0SnIrbLzdXw+mrN1QPeJDmZFAtQgIiHx0gJScoAVspAXE6qaAFbKUFpBbZHtQAPwYkieRu"
    "duLbeEECoYOmvwfGysTLGSnrG3KhwwhFJod084KSSjBYWgWjt8YnfyfJZxkQwwYgCFX7Er"
    "zg3WiBVQdUDT9/Nh5oA1N3SdLadlcQ/9+frmZB8mza6QhlGROKGKWIUTbF/2tmtErEKE9R"
    "60VilMeN5tQoFlkJ/Tr6zVIgP8DvmS5XTKwFoZ28J2b4j4f86ELwwIwnt79shidDDolQT8"
    "TG4Ir4JOTqEfghH9vowA8HCSCaPtmYj/v5KNebeRr45hEs5pq5ceFiYp02jq60nMPGsWFb"
    "fbYJgkC2bYj/p4LQ7esC+Hr+Gjy6F8qH2aP74eyN/Oi+f3/xHv87e8LzvGjOArtmnjsG8D"
    "6iqRBojg3oV0q7chV+DsPD+yfTg1Xwf3T+Jbw/4f3VcTduqB8gvL9T1HoR749utyl9Z3t/"
    "m/Eily+IEscFV3jWR/KsPTOPkdbUDTkD9FAkgfeMyFSF+JvXZ4eH/Hry5Wo8BHfT4WB0P/"
    "K952DHpzfJpTBPPx32xwmEk3YxX7o+Q7qcChXH3lSqzdqzHJI9c/eMlF7DMC+awc9Yd7E8"
    "/qB/P+hfD4ul8XX47DvOu8c1pu6TpSljMlOLoK80wEFCQYzQhh8hyg5qfPMHbD8ig4BhQg"
    "SwKavRMCeNH5B4QbiEvNBBF2A12HSMDR0gIxXYsi5ba/CE/5txWqbMmUVSWoQlGrJPNNRB"
    "FWGJU9R6kbBEE1jwzU5ML/DaUQyXxU/NfFPFZA7nT7yp9QsrVmrJcRn2Klm1Q+SuUh5DDN"
    "xQuqolnDIGOsRY4gxLdK6n/U8Pl0C15JnziCZ3w9tLanQ9orv+l/vh9SUwZdeG6iMajCf0"
    "b0U38N9JY63Qyr8osvCT+1Rk3V8kl72iOWuueKc/vgVxIhGQa2lAzpRtm9S/Yrwwc2JyMa"
    "lDhuUuzpoal6MWi6w+b/ZvjkNLSdEDnlsKrjT24BIFz4LfoMKwVrbDHkoK1DlQh99NbNAT"
    "loqkuNCWICJ4sGol52kgZxahDQ5tzCBUSXxP0lamZTxTgiL2nhzejSh3HqERDo0Ysxm0JN"
    "mkMFpcJFOGaD14pq06YOwFdCUS0OVRTkKsHoppPAFYcLMboRoNPeMNT3IcXVoYLmtXy85j"
    "METFSfH0ewPPC61nDb5INDCyS8nDjClKiHHXDPvmhrTTmYz6sDpqpuSyHzBR56JCcBca+T"
    "jJYw+wa5pl5w9YsgJkhmvxgnixjYoISNOQbugekg05twWGpABYFMApmz5XtABOap8oAd+W"
    "dXhJQhvdGwugGn9NCXi3wct8rRfAuRZs24ZiXoRsy0Y9+jorAfH/9qe7hy3emxkmwB7lyW"
    "TT1DWFEpf3ZDf3w5mqini1jd28Wa8dBsU5uNfN4zn/GR1V6Oz2RuKnJxktgebAFfvsdcY4"
    "QUQWROSGPNINpaQKIvIpar0QEZmoKaXvYozOjWydKcnYdBl/kvCeN51cfxk8jCa3l8CG+k"
    "zCurUM1aW5rkd0Nfzc/zqafJn2x5fgCS7kZ81wLVl/RPejhy99Ikfu2JrjUmuE3HkYDj7f"
    "jgbkugOVBcKGCr76tT/+Mry/BM+y7nqltXmZi297BZiLb3uZzEVyK1FzHX5nPNTZlMXN+D"
    "ortrZsRWehoaVEdjqJJ7uYFDsc/fxtVWzFskOcMrJfsP/NDW1K7oDU/vdNAdeCjrwkmVZd"
    "N15YLLj7Fb6ViTFDvDUHKN723l0E8JI/8pC9v+mPx4ycnTabaQr+dgx2fj6yccnDgdqrP6"
    "iELoPfsxAbJ9LcMlyTbclkEDdZwoc7mtKpCt6qT0FsSrtJpFQOF72JIVoPhlOrWIH4l69M"
    "XbYk77XHpSGWrFBR6SqaGeQtKbmm5FC8Hb7nKENcKKp0RVFrRgrwZgSzcw9npKUFAX0LAT"
    "2VcS+ScKBZC/ws7JltiKR6Rni25vq6+cV0M98LXJkZOkl7MmIHycmQHGJOWsZPMW7PzGxS"
    "m8VK0VgqtKAKAk4twK8MBFayCknT5XROhtEDZfdpRG5H5HYasnk2NMovcjunqPUiuR3R+U"
    "R0PmlJOYid3ALRNSLbCRDuUg2cAQpbvkOwQbaYU0C94IKeAUCGZ7rLsVKRl/jvmYaVEV41"
    "LHxNteQXMLOMFcBWfyR2DmjsnOEylD8/s8dG0ifalMYUPTaEn1HPXaehFqfwM05R60X8jG"
    "DLTek8P7MdlWtT9fYyUtvBa223o3yiJH6ND0q2EeGck5JHPZBTN6zLOpETNBpgLe0SUT4F"
    "iBnwTvE7cToaPOQdeKrSSYy2dWA4iImuD9nOoUUHSnowsoBfGKE/62vsjSkLgyR+6ByePx"
    "cQecAr2jnxzU/nP/qtCJBKzmthj85cWLINWbmkCj6A6RnGmlB6CAifUPiEtdyzGuodCJ/w"
    "FLVexCcM3jg8DmEg1CazugxvEP9EFprZqbxAoBVHeKo+HyVSeUc6KxVYc1z817iUoL3mq2"
    "UH2mtI1OerL5cQa9MuXlkZqaiTsqfPfh2dq2EwF64ilVhjvN0Xq3TaBzLemIg52mG47OHN"
    "bp7DrsSGFfDWTWjZeCMiNVfWGOCPAEPoYBlA3DBgIOJh20DRTOwXk3O9wNRdGyzhGnvcC9"
    "lesF30kmYV7E/hgTdkA2qoLyY88FPUelH2pwSRwuPRRGWEO8PfqAoDxo15TEiAzg06XMma"
    "zgt6TEiAvuNKJ5YeT1QqLrUT7Nu5tsejmZd/2N5bprwwx6UEzFth1lSIHM1ZcyOdEhRgbw"
    "V7JdtLbFLSvYAH66RcC3btyuPa+MMdWV9Krp1Rbj8bbpasWN1bV3cIG8qKnxbBHGVGUQXo"
    "adBtw7UUSIKHpNucnMmbzEY+e4aK4D9i/qyS03BPmuUspDWUGfXk85O+cckWdZ4oI/FLYL"
    "El+N2ElgaZXXlzOiCzhHdshFwzhHOALKMP8kKbL6Dt4O89tyCXkZKWbJ2ZInrWN+jNCAlH"
    "cpfIb0xQ9N2rT5w3Hd5XXa9JApSeuB6jpFzrHqfyd6oQMmPGyY1IS7bI1KmMHRFBjWH6cH"
    "fPiSbXmwV0YX5Eep3t0ckFb1W2hvGQgmn3rBnQQg3ENgi8rburfUGa0klaipBoDsQBFrnL"
    "biLO9dB5s0yhYlhqm6Cq9ASW9xCyDl8Fj2fOuatwTKEOShZUoPYMVeAJgpmmQ4D3SvCykB"
    "3gLCAwsS8PraDenuawWyztOpFgagmmVkO2g4ZydgRT6xS1XoSpZTv4Y+dQWkIu/z0h1sKT"
    "Pr3z8wIePB6V6cLTe4ni6/iNKPGWRowJCaSLIU0446TdMwWKA+ykXOsCUxVkQLV/kzAe2z"
    "/X5pnmWFzucAd2Ku6K9KHXe/v2Xe/s7cX785/fvTt/fxbYZ+lbeYba1egXYqvF9JDO0tkL"
    "uXd+wbV3BxIH6zjT4Pw+dVlUbmJtTKoFm8ihSZ7eB+EvMSM8N1byOadHCUO2Hic1yce25q"
    "Sm58xLhLTCPEOYw8VNSbbgCamaUGc7suMyXrF5RvpG4oDwejtfU5Ns0LIMi7YI4wE6LtW6"
    "tVwdaW4hI8RXXCIteUC4A47kk+E0dhtxn1aaQ8I1fBn7pFzrVvn7swJQvz/LhJrcSrDNoS"
    "Pz2C2b8cJWKd1WCY628zEnkmKCNrGVNhErIiA4E9s4E8kVxltT4vjJ7YYAX2nCNooYI2ub"
    "ADQ7dSsnBhaowREsoKBgBpgZFjAQBN+Mp49Ac2yAn7M59CpnEMNpDm3gLCzDnS9oVhZ/Bv"
    "KqYQP6TVhFOar6GGb1zNgegqdP1c78TydUDBngPzz0C3TIWPjdxG8Dmz4LvvJ8nfirZrPk"
    "O3Qw/mr0D/rOYE5tYGdV1nXJVvAmVs1HrGRHWVT5ARj/pT9/l2bDS/wUD/qNDiRP/zQluM"
    "+HiLy/yPvX4q3S0AywyPufotaL5f39/Trt/w+Ru0oZ6MnA4vzQoa4NuYzTI+1Mh4Ph6Ovw"
    "+jKgpz2i+8F0OLwl1/BQiL8tvja6/Tp6IJc09Kw53pWH4fTraPj76PaXy7D3LF4weIYvVz"
    "ejBzo+CIyQeSdTb1ZSVBz//XkyfRiP7r1xC8NyiBNP7kyHvw4HD963+gYVem3y6dNwKt0N"
    "b6/pBxqzGbQkEyKVfqJ3t393N53QX+PdxsaYZTyH0tfDwXh0G95XoaJr9Pdhn3jSn/pToy"
    "cD27x03s8j+pUXGv3GZN1dT/u/317SkuekMRZ6RMN/3Hmj8HucjEvah4Wy/EWCiL3sIGIv"
    "HURMWhqc2xdLXmxiddnEiry6RBi54MNXfhg56qykcM85F5yQE0eCCxwJ9jDDe68uoyA2UD"
    "iozBIWEebSI8zxAAHPI5GSFA9FgYciHswoDHZcTCBdBGmoGKsVtkMz9p7st2xasnVZw/Ip"
    "CAtLUkhAmkR+l5ylZFiy7Ssi86EI5h+yMf+QrgJxxPRg7fyFknsehvHngqiGAgJPBp7e4T"
    "o+SGMyIold2yR23dZuuVnsxK5QAra/erO0FNVI9nErnuGh3z0hbVsBgCSosa1wj/IUC42c"
    "gWNQ6HiYFvckBPk5nKklCzm2Mmk8vQxayiiYqK1Q2Zsc+Z44+ZmKe2+6tqJlQdOw9q1PMa"
    "WTtBUimgTaE6EJmaOtACHD0ZTSCgvd0tnahFWVpLnYy4/Bmku+HLNpc14mL/JGLlz4xLBU"
    "qPrENS8TiCUsY9UFjtEFLwv6z5r8A1Fm0RPuSbYXPIlxqyKsQN9uOSStKu8Ib8uYVQc5ui"
    "v4VyKJLfhXbdZ6Ef4VeT9Ie5Gw4jPUOMovKFitpWDh9b3XGo7K17myjVjCrV3C2EswGH0j"
    "snOsgUCdF+yOmdXyz8DiN7jN19k+lGgBWeDQZVP4jcjWGo/NNRbTPkI6AlAw8ZsWFDn17e"
    "nfxDHMPTNq7awV3U3k1dIrjfcoc5WxxkjuiBFpjGeWsuOMWnzc9tO5yLcDg7OyEZS61DYC"
    "MlCxk0vMq4/0lCz+ryVQZMvSoI1v2nipQRU4xpIVgKziAziDk2GRoc3H7HvoM3GyNL2w/I"
    "8UB0vrtJ12RWDzhEJcIrB5ilovEtikLxJO2nJUphyn77jbadV9XiMvWs4nKyHawkeruY9S"
    "egfNK/lY6JT2Eco/epFGznhKJ4hXBpHK++HtwyUgvWMe0eTOi7MaphdlHUxu7sZDGvhUjJ"
    "VJfAx89WZ0f08urTTbpqP6t4PheExHEYB0fbeYYwVNJ/kPrB7npGpVYbGqT6f60XfOEodx"
    "qdbBXH5wd2Ht0t09LtU6mMt/38uOA1cm412f39w6Ina4oN+bqjAur6+1BVfkF1i2RN4uaV"
    "Szz1KnJetxkJp8XmsOUhNod6nmEYqJlsF1Nmo9I24HDccEhY7rrOPAKt8l5JeQFZqus6Y9"
    "Z2sHNccEhY7rrOOZoevGC1aWa+6g6LS00HadtW1a8FkzXJuPaJCQEmfMWX6HqcsKjS/wnt"
    "5PCgp40/AKjozgyLSeI1ODs8I120aOcnSxj+wXSo1Jl/r37nRzq/yHY7ZSiB4WMKy9/4MN"
    "PFngGJTtgwyvkTrtra7LDIbQDvLMkvx2uD6IkES1TX+CH2VMlugXDBvBsKnFBtFQroVg2J"
    "yi1oswbOL7L09GKC7ZJiu3jLyQSLOVCif+MTa1dB34nQFq9gGglGALUsSHPgek2ZIXd5Nc"
    "k+EhGIYOZZRhciVEE+g/Ydmq4A+uHFYDV5PJOKaBq1ES4i83V8PpqzdUHWGx3PSiX2V2jt"
    "3O19rI1vlcYefr6Ho4uQTPmgqNR9T/cj3Cf8muquG/yNLE7yv/qeWmpxRhp2STU3jaJbed"
    "O/flbjzpe9dcUzfk6FVCh/MuEo5c/7Y//p97OhL7uvrapiO9q2Skd5GMvB0Or++l6ZAcZc"
    "YKhVC1JRLzhS+P6FN/RGl2M1mrDceOLEMJIoXnzROVES8d7pfOCqqaLC0hF+kuJtQC0BPn"
    "1c/PixxYPz/PPrFO7rFwthdy7/yCH+pQrnVol0+98yB7WjvMGnE5lbESgofzDM6q9QwOUi"
    "IrctTBtbxwOQP+nC4PcTHR5aFAl4fA67IXxgvaIaTEnECk+usTSErHD71kACnBY+0WRmRO"
    "IHTeAJ1jV2EfjUfFhb7rrG9noaGltMeRQeYEQud11rn/kO6hdPYMQut11rrtmtCyoQpZRX"
    "zzIr5xQRHv5Yj34g9E3tcjDJSZZq12eqvmTCOeuTo/c4HTw8VqSUgJNmf6wfL5Rny4xoXa"
    "lN+uisUZoXXtyeBscdeRboLGGV9m23szbR73ElD+78hUzdogioKb2Bv36NDkZbn2JMh+oZ"
    "O0b00nTibY+EP3RKrv5Q/tKZ2sTVBVySRObZvM8oTprTWvSKE/Wops7sUaotia42CECCNY"
    "RmGt6kvKD6ZVnClLuAsIRhDDhoepwLQMYlLZ7P4oJcy5d7sUUTCwhlZJFwg68+kQWwWd+R"
    "S1XoTO3ECiFjKcTc6rw6fwDr330J/S4mWReUijCOluOvllOry/J30ipM0rMKtNxPBrf/yl"
    "/0C5W/BZ1l3ZoeQtVnG05Jv5OJQs8p5P6zm73M5mvCiyE3uUyyiyo7iWRQrmICZfNZ/wnp"
    "RtDbellEMEXuJkHx5wYooD7muU1cu7ozWGEazCZ02BkrKAypJnG0rK1WM7Ih/bmu2I7PTY"
    "XWVmrnJIdjGx1mxDh6bY1amacD2Dlg00s9PelR9fkUxD15S19AwtduQ/pwZt5gytYxKXb/"
    "x6fYLxN5B8GBlbXV6Snim/W66+OQ9ZiZl67E4pJPC3swLYEwgNFNbATCZWlAvtHRXAlBds"
    "FQ4N+LjtWJYxLite9nV+2e9O6RZc7gZpeRMN3EXPCVmh6TprWhS3q5ZuFnb244M3JSe4fK"
    "Jy4BErB7LXdAkwx1tkNms9FwU59TDvQT7zgvh7U6o2hQJbsqwT6X7BzzsO6SwOGoNxlkI1"
    "m27maZGPa9YHysJFS6h2AaEershcflESwhOjfWy9OpV+ca0fbBDEvxhdcPea7hE9ogGRt4"
    "FsQWA7eGtUgQ1lHf/fK4ieoW6YEECkWGv6C34ELmkCA/7wF/Df/ktT/47/IQvo73/gm46m"
    "E3bbI/K/wyYNb38Ef9Bv6tdg+AMsITRtAGVlAbBisfGHPxNrzPs9+FvSnBP+RcA2gIy/s0"
    "nJTY+I3geaHZfSVPzjDAd76fqasugIxe5lYWA0ZppOqn/ef+7/hD+YSNKpsZDs0GEQqTt1"
    "/41RoTMqg3YPRLvL6ezVztaSZTVOE0S806FkCSLeKWq9CBFP1BUVdUWbgegK7x0eGhw2QE"
    "yozjUWdzQGyi9+5RiOrO9S/Coh2Kble3ByjqJjr0SVdi2ExZYXFbEKVMTyXTXt34xtJpsc"
    "GxNq08ovsQ+SArVn2s6Ie2dJywra3247CyK1TjOsvWxDLybUGuhLW9rR6E4a1myKcVKuHh"
    "TjVp14aOAxI9LwlhP+zuRueHsJiOQj+tofj679E0LPsk5aAMVOCIUHhJIlnB9R/2rinVGS"
    "n4zgnNPRSZTQsgwLqyXrcAX76YpLtY6rWr7hL9r3ngyvxDtrxEcpicoIC1cUL6oUV1G86L"
    "jFi8JmhfsSddpGZkgiG9sXeRt7VpnuT1TmYeT707V78rpXemMlKxy8NeP/+8LPM/sNRSwb"
    "zAwXqUBDkfx8F1+0/L+9YcA/ZJRO+pcyI7PVZaQ9py8THHUSTS5FVZha7lENTUuKZPQpar"
    "1IMjq19aZ0n+3vs2RbmPAri/1TLEaWeVroCHGx5WECKxXEr9BcQ3yxq0BCxK22J6zDMtq8"
    "nd9Ski2AO+91UEX/NxvOV6SCI0/mIyojsh6lZz1E/6xDsQVoxSN6PJ1n+cel6vEAtKqy0L"
    "NGo128ekmICcWUvzNhlwtRkG3FsPi0w5IVKipdRTNdnnPpJRCohzJa9SbPaeeeo5CcRu7i"
    "CdlfKZRZwONnBALCveB2L0SuunOAw/ki3bdZQ01N94311VdokX22w0j1Re5289J8ur4i8d"
    "NgYJFDvbKygCoYj29++uaqcwh8eWB4KbnAbEucyiX1Yb1+EDb+rkBDpuuQI6oIPnsrKHna"
    "t4rPeUR0LhU4L5qCf55tAAv+ROxL0r1irj1DOxSlZudrMPTOBEPVm/VP13Cgd4qYNNQzkK"
    "wDkswqeLBWJBNFMrEWO2BD00oimXiKWi+STFzCtbSQ7QVP4iUq07rCAeWnXpqR2Wpwbpaa"
    "aDz4BgIthPdNr0hvADwqOzfbS/UHMC1jZTq7EA7Ski3EvPwlHYZxeU90pCVbCHj5m7TvJ/"
    "EmxxNirYD6EMGrVJjlOPGAKTQNixkL8O908+IAVjhmewgAgUihwh+wKzzHVtycrArgzfMx"
    "6lRjAw4P2RByu54fDgz8z4ulYU+aUemrgg9gc4DjVSWz+L9b+k5qtuQ3SxK9J0VgQLiIIj"
    "AgtF6rwECmrZ+5i2bb+BWmk97UeisVpO2jelHEnJF13aPCMBJ32Sy/lKQg+hUpC2SgmaZC"
    "P/lZGOy4mEC6ANKBl78bOUwwkaqqpGLR3YyP5x0VEkopXSkvUF4i7FzyESnjUkIt5T8r7n"
    "wObYd3D0uICcWUrhjSel0mC9+GjCBKtmaSckI1patG0I5rpgz8KxxZ07l1EpUTqildNV79"
    "DUljtVDJVkxcSqildLVEgv4pteT2N40LHrCx6SZ639i+pqI7nmjgVne2eMEGbsdJEU9mM5"
    "r5TGWIvRvdvASxEQwpkh+mo8OiTCEqXfKHZTxDWsHpGmP+IOtLMOkzs8A7TiNI2CLX2pCN"
    "paFZN5FrPUWtF8m1NrAAt2rJM4fTL+lcT/ufHi4BlX1Ed8Pb69HtL1L/7m46+dofXwITIt"
    "J3UPLeU7L+iLx7tNi2/+56RNPhpy/35JIFZ65NrjwMpzej2z4tyu1Aa6UhrxdgfzAY3nml"
    "uhUFmvTa9XAwHt2Sa6QBiIZ2q9/dK0JA7GUTEHspAqIOn/lIzIFAC87LVs8QR85CX0u2rM"
    "vWmsNaSQuKLtaMos4UHQk/dxzQxoUErNmwyjx9SOJCAlYGrI5sORKxhNg2VlaWNiqVZ181"
    "D+E8sgJ+q6aCq7LNmbSLiIiwaulhVWwYKdC2uY+KJOVaZ0iUf0xkA5nmG+PMmOp2xBPiOw"
    "Gf3ENqdIbyQ5HqoB+yq4N+SFUH3XgEkgVXsrVMY559RIch2oKFfugKM6YFIXKwYeHaGYVm"
    "8lZ9WraUJX9sw6T6mq0aIv7wjlSZLHnxCi79FaxCRVN3itvFJUVLqPqE6dLR2fA54nkM41"
    "L1ePhaVWrODw1afOVlo0L1UEqrdkR7je3bXTbEmKDYD+u8HyoyUknrTEgaHpkG2u0NmD2L"
    "0H5TtM/rlLFkhVfG7ZV5bhVvKDMudcqhTMGOE+y41rPjImlQDI+lySy6+pUv+um3KdTlDG"
    "dlw3xDTwYein/djT9hi/D/q1IyYRo5FrOQiW8OzTAYL62iAltJhxMEgWvqhoxNLhDOAjB6"
    "Lmk985HWbp1pOiS1YOGmpCuhD5IbxtM3iB0l2yEVXzsJ1EufXBAUBUGxIXtLQ6lqgqB4il"
    "ovQlBcYkjZGZ/t9MSNbJ0rlnRG19KgP72+BJoqKfhF9YiuR3fjyU3/EqgafomtZMIc/GU6"
    "HBLeIEYWPqKr/u1vvtSTjJa+3M3wejQgZMYVVLHdpj+iycPn4fQSGPStVWwlVdxrkbx0Jf"
    "IHb7nDlKDw2bl9dvzxDjZ/PMyYz1TGWzMh1wLoq2YN2Nq/ofS0dliVH660eTaHLiZ3OM/+"
    "rFpT8EOv9/btu97Z24v35z+/e3f+/iywCdO38ozDq9EvxD6M6YHBs1vIvfMLniUeSrRucZ"
    "fPDiCeEfYypSVkEJrz2hLHxOr8Vt4R6t75eRFy/vl5Njuf3PsrYfd6nuxOhm9MtIWWb3Mt"
    "3bSDY0FTlxVW5ZPcE+pRsQOeTw+uNPaAOj2uyhd8j4qIsPv2sHtwDHnPgHtw4rlh8BYNtU"
    "fXVZ2OoD/4PL6B4Vo27DAixokR3bxoccAKVMLBRTqY0dGkbRiNzlrzH2ywmQoosiPrxpxA"
    "6shz0irsRXMWdGRYcxBoDvadn6FumKz65VV8gogZi5hxQzaphkYPRcz4FLVeJGbMexqp3F"
    "NINToNU8HBAM3RubANBFro7lfV8OpZU1lWc+7hrkBGxK+2LuIFMfcYXkl2nfBAYscS4bWK"
    "yeYR1UooEO5aXMUk/OGtW7bnb4rUksCjMhcuvZc87BN+sxTG2cmzhFgLsD506ize22630v"
    "ehqDj0ka+g3Qp8yvj3PTOMk231PUM5Ud4zP3qaivQdJyrVd1XNGRvzDiMeFdzr5kWiZDJK"
    "0v1hW2NQvy8M4BgubXD/stCURbyVfBdfhAjIiNxdpwNM/OLbo0exJne2SymLQYJ+87cXHJ"
    "L3a3RHnrLIZ2GgDKuEabnCX3kp85ZFwA6SKhdxstOJmIg42SlqvUicLNjKi/pqgUALgznv"
    "zwq4a+/PMr01cuuvJLy87faUw7toDQ5GJs2ewkSkhFwLwS6/kGXcpuSFeo/SO/UGuvxV7f"
    "Vn4YowBBL1CCy0q8QHt0nUWlOouaaPZ/HWJHwx2FQg+A2uO4wQRux+Ny+MEdYy8Dm1xQ5e"
    "BmI/2DQAAbB0F7xY+IOgCp7WlNuykm0HWuQW+GMJl3gH/4N90nLn2R7RI7qGeDJjTXg2mg"
    "Ne4afBdi34Ix6/hDaAz9BaA8Uw1x43R3Zin6Zo5gJaDvzu2MBFxE4nwHQBUZNr2o9IQ4ru"
    "qlC9pN/Bvwx0KD9DfEWzAUUSGC7+aBWaurH+mzeoS86K2n8zTPJ4ktDG65X6o+D1CF5Pk7"
    "brhnquIl5xilovxOsJXndcW2lSrBzidgt21cgpW/pK5nHsQokWOnXln3v1zaE0wtlJ+4iI"
    "SNjzJ+w9w3LHwqhxWVEMrj4vhXp5chhViJwpVAwrbuszB3RzfTlvqGSFY4s5c54c6Smk2b"
    "TX3hKaDnGdkJdX1klhHnpmQbXkF5ThxO0yi/CFhC/UlPd7M61i4QudotaL+EK2x7nh84Ti"
    "QhV1aGrejnpC1Yamw8FkSnofkh6GxNDA6D6iu+lkMLy/p5f9RjH0+qf+YCgNvgzvyacrUF"
    "JcaD+iweT2oT94kIY3/dH4kpgODrZSJLiSNT28e39zH96zV3bS7DiOHza3ZORwH7GPSB2Q"
    "Inoc+7/EA/amoWvKWiKl7jmJEGnJOj9VtYkyaCYPyN7oFsQWqs7I0+ZB2ANEDAsr52BLTK"
    "p1MFdS60Yk21sToqlt4P7Y74BqK64EmKVx5q66MojO1TCYi1ZeSa6xOlVfCfC/NRxNgZ08"
    "rog/pFuMLoLC0QUKsKywP4C/IXAMIIcEDEKZ2AQLaf2aHz8CPIMB7IXxgjbFtFca0n7CX4"
    "lVdqWUeQmL5IGwOwx1DQg6Nr0fTNcFWFRz4pW+gwoud6MReCYrb5djN+kC+ZE4mjgbI87G"
    "iPhqza0XEV89Ra0Xia9mRwIz+BANiP7V5iyBClXX5C0fGxNqXameSmrJiGo9VSNMrE7eUv"
    "ZRmVbgfGhuj7KQEYJcVWYiIu2LxBUJePayA569VMCTvNZ3sHciYoIyVR/bJm3SiuaDovlg"
    "zeNy+zcfrDIyN0JPhovUa6hr5IhShxGZSw7p5kXmNG8w+YHh6AKRuWsM9YOsL8FGELxa2f"
    "ORCgyLcveckfojeIFgQU48+Zl9qH4E2JKm6EIbyBYEqmUQqjErRlfBJ5RMGxTxLxH/Ovq2"
    "1tBIiIh/naLWC8W/+IIzrQ3LXBQpC4NH5bB0UoVhRGyx5NhiTY6DTFznyfh+42U1WTZhfE"
    "CuRWjQodIqMpYvU2tDhM2wF0tzHBhkTW38fUhnC2R7pYaA7GdLFzIiYt4Je9eGpKHFlpRt"
    "SR/AW+rQkR2XQoXgdwe/Why4Mh2RcBUGpzA4G2B6CIPzFLVexOAUOcHDZKyakjxpmAkaT5"
    "8omqlx0sVjQi2EuRK+uCmvSYfTNM7ZxfIiIqJaXn5qdodqeaF5vssRulD6gElaE/sxBEI+"
    "DXTuhrfeOTpf/hHdb67YkSsP9E/nEV0P+9eXQIXe0jv+WSHfc2Lo6n4l63p2CjAi15r+5G"
    "977y4Cz4b8kefL3N/0x+P0abekP8ppuzLEW2jANtdgTfspumw7ErQsVg3tbPZPXKoFZJRD"
    "s39olRT+5ysiJsgpdX6s8FQEGw6TLpQQFl0pFl1N4umfZE2H6q/GU4cRSw9vdvPi6DM6TP"
    "rmjysQQ8dDvTi1JwpmhgXmhqF+BJ+ntEmPVxXWsGxs2ZGQNiTzkBuKjIAFHYuWvF2xwuel"
    "zi14FCKs3Tb7sKEBThHWPkWtFwlr4x2fs7JqKNG+gHYVbIqN/cWDcVSmKhfseDBX0MrImn"
    "P1PN2Mr4c93qpGp/jbsPrP5gftAqE20fXLCNpxh2+OELlp0cktvK4N/Zm7/lpU7IAF2IIr"
    "jarAVhPnvW9qA7wlDQyXnvFIN+qN3u/mNus1NUnBQ/GC2Izd6sZ/Nl6AMSPENHKA4bNmkY"
    "ogOnG5DQTDQw39uxFhrpFrKwM5C/DqCmrfSDcaYkl3AXw9fw16Z72Ln970fkw79JV9CsO1"
    "/2eHynpQaZ1/7ePqn4qfLyotC19OePBC63t58MG2W9S5DARaYSLGXcu8bXNjH77LdCzfpf"
    "xK/CbjQNYf3kJcq6H6YVuE4Srm1Fv0x7eG11Huie7jGNL3EONnZdrR0du5ZrRNB/Ia0fhr"
    "rQFJsJLCesSCVUj6ypuLMps2lu1M+04L6yEVS73CepCXEJDlAnRtpTkZ1nO50zPNZm8yct"
    "uTFqazMJ1r+kpophElTOdT1HoR0znceotaeKFEC4288vMy/hstBXAelyOUaVMy4CCUjshb"
    "bGNFFTWtN+OFaV0j07oPLU1ZdFjRae9OrkEth2O2mdLZ4IoeevUyT3doVtPuLjXV9PkwuT"
    "rV+MNbiO6bs0KMmLMcRsxZyiogXbeYpw+zCRsRkcNzNo6T4G4HW/qv/wd4ugnL"
)
