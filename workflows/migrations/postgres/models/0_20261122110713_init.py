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
    "eJztXXtz2za2/yoY/dN0Ru1NnNpxnJ2dkWWlUWtbXllO9+56hwuTkMSaAlk+7Hj39rtfAK"
    "T4BClCImWSwsxONyZxQOp3QOC8z397K1NDhvPjBbKg7a4Qdntn4L89DFeI/INztw960LKi"
    "e/SCCx8MNlxLjntwXBuqdMY5NBzUpwMc1dYtVzcxHT8AFzpezKDxCCLSHymtZqqEmNwsHu"
    "Zh/Q8PKa65QO4S2WTwP/9FLutYQ9+Qs/7TelTmOjK0xE/TNToBu664Lxa7NsbuZzaQvsGD"
    "opqGt8LRYOvFXZo4HK37P3OBMLKhi+j0ru3Rn4k9wwgwWf9y/02jIf4rxmg0NIeeQcGi1P"
    "4LRNd6inI9mSm3o5mi9DJArilioAWXVBNTJpBXddivX9BX+OHo3U8ffjp9f/LTKRnCXjO8"
    "8uFP/9ERMD4hg+d61vuT3Ycu9EcwjCNQVRtRJBToZsG9IHdcfYX4CCcpU0hrAemP63+kcV"
    "+jXAT8+kKEfLQq9wE9+YHaBBsvAcsLcJ6Nr0a3s8HVDX3cynH+MBh+g9mI3jliV19SV9+c"
    "fE+vm+SD87/FcBLw23j2BdA/wT8m1yMGr+m4C5s9MRo3+0ePvhP0XFPB5rMCtdjqXF9do0"
    "ZGRlz3LG1LricpJdebwvU1RjG2B28fcV0jv9slezIBzXIV3nZ6ri9yd1Qe9eb9tQzHm7DB"
    "fjw6ev/+w9Hb9yenxz99+HB8+jbcabO3irbc8/HPdNdN8Hi9DUesYP+fgX+4hDYf/PX4FO"
    "Dkh7TxE1vBb4qByHJakj/fHZ0WwPl1MB1+GUzfkFGpD+c6uHXk30viS2QOInFw13juAk/Q"
    "bLWyg3XbGJwrkB2oNDZ/5IoOPl5ZgD+bNtIX+Ff0wnAek3eCWOUtX66w2i6M/1yvovXV6B"
    "Vt+BxKscnFRSAgPxy5DATyBuD67vKyx7B+gOrjM7Q1JQd0dakbGpmKs3cHlJ9/nSIDst9x"
    "UIgnvn+y5Obz3TC6XU/RQXh+Nx+c3dD5xXzoEDb0yzOPzNgXl/gWs7dWR6v0FYjhgv0k+m"
    "z6pMQ64ujo4QLLV8/DZVxGM1+h1QOygTkHRLMGque45grZ3znAtBd9oGvka9fJO2vg4SVS"
    "zz0H2WONp8HvOp3U9KWm3xaBtJ06n9T0D5HrQpo+3Y+5WlC+qsmjrUbtfN3tNaF0nvxUQu"
    "c8+SlX5aS3khon+ZUEITGo4zRbQbxZvuoSxNJoUiO4ru4aQuiGBPuDt9drKbi2aSCOwvXL"
    "7eSaD25IkD53ddUF/wcM3dnK0loK5L/MPaxSBMGDpxuujp0f6fP+Whf4BWBTgBJH7hrkN1"
    "eDv6fxH15OztNnKZ3gPMUM3VGIJqU/cVb7uUlwhzhH0YjTpfjyQAjrYsh6C98v9OeTyWUC"
    "+vNxyqp9fXd1Ppq+ecf4QAbpbo6xO3IBixlkM3TSKLvRKJt06EvD7EbDbGaR7WCcDWxAij"
    "Sv5ZsezWcsEdqrAXJoriyynLH6ckUv9DimyPSQfpFRUg0HK6tw9Eb75G9L6AIIqGADMEKa"
    "cwaeyW60JKwDmk6+P4cMdIBleA4gh7e3QuT//vB0G9Fv08laKKuYUNoopY2yLfpfO61V0k"
    "Z5iFwvY6N8XWtOg2yRtQTAxN8sA/IMfctVuRJkHTDtFH0xo7/Piq0L4QdzObn+eT08bXJI"
    "mXpiMoaQxSdF1wzDD31sqw0/GVW5jB4XiY+76SgX63laePLIOJKGqXHRYuLle8RXWkG6R2"
    "LYRp1tghGAjoPI/zQQqX19gH5c/AjuvRP14/ze+/j2Hbz3Tk9PTsl/5w9knmfdXRLVzFfH"
    "ANlHdA0B3XUAe6WsKlfjczga3j+5GqxK/tH7l9T+pPbXxN24pXqA1P4OketltD+23Wb4na"
    "/9rcdLX74MlHhdcKVm/UqatS/mcdyahglzQI9IUnjPKU1diL/78e3+Ib+Y3J1fjsDNdDQc"
    "344D7Tnc8dlNeiny009Hg8sUwmm5WMxdn0NdTY7ga28q9XrteQrJjr57jkuvZZiX9eDnrL"
    "uEH384uB0OLkbl3PgGegoU5+3tGlPvwdbVSzpTh6Cv1cBBTUEc00ZgIco3avweDNicIoOB"
    "aSEMiCirMzMnsx9Qe0G0hHzTQR8QNjhsjINcALEGHGhA+wU8kH9zsmWqnFk6paVZoiX7RE"
    "sVVGmWOESulzFLtCEKvt2O6SVZO6rp8eJTc0+qBM3+9Il3jT6wEsnurseRV+mqHWFvldEY"
    "EuBG1HUt4Yww0KPCkqBZoncxHXyenQHNhnP3Hk9uRtdnTOi6xzeDu9vRxRmwoOcg7R4PLy"
    "fsb9Uwyd9pYa3Uyj8ps/DT+1Rs3Z+kl72quy9C9s5gfAfsRNIg11GDnAUdRzF0zDkwC2xy"
    "Cap9muVO3rbVLsckFqg9rfdvgaSlNOke85bCK61NXGLg2eh3pHKklc2wR5QSdQHU0TeLCP"
    "Q0SkVRPeQoCFM8eNXqijhQMIvkhgA35ghp1L6n6CvLNp9YgCLRnlzRjahwHskRAY6Y8zmy"
    "FWgxGG2hIFMOaTPiTDuVYOwbdBVq0BVhToqsGYxpfQBwM/2bDQtordoiITO+awR3qdPHKb"
    "4fjV/dJ9+SxqOVIHMO2Wcsim2cREKahXTt+FQcJLgtcCglwLIURNWBJGVLQWT2iQrw7Vi1"
    "2TS08b2xBKrJY0rCuwle7rFeAudGxJ21FPMyYWd81OPHWQWI/y2Y7hZ1eG/miAA7FOqBlm"
    "XoKgvh2zHObxDNVJda3rU4v/V67XGC/cJ7/aKIvz/io0plMa4pfniA+BHoLlrxsxBzxsmQ"
    "PBmS15JPuqXBWTIk7xC5Xiokj7Ipw+9ysU1r2iYH5xHR5fKzQva86eTibjgbT67PgIOMuU"
    "J4a5uaxwzy9/h89GXwdTy5mw4uz8ADWsIn3fRsaNzj2/HsbkDp6B1Hdz0mjdA7s9Hwy/V4"
    "SK+7SF1iIqiQq18Hl3ej2zPwBA3PLzIrGsPz/qhEDM/7o9wYHnorVX0YfeN81PnBO+vxTW"
    "ZsY+N23KWOHxW60ykc6TdXOEmT7S8Q831dcTtVmzghdp6J/i0MbYZuj0Gup20B10YufESO"
    "Ag3DfObFg9yuyK1cjDnknQklfn/04SSEl/5RhOzt1eDykuOz0+dzXSVvx4lTLUY2Sbk/UI"
    "+aDyot6kXOWUSEE2Vhm57Fl2RyQph4xPsL0q7L6197PPC6yJFCi0YIxcdwSJsRhtGp+Bjy"
    "y1eWAW3FP/aEOMSjlSyqnEVzk56SimcpLsPbFfuOcsgloypnFJNmlBBvjjG7MEw5Sy1DMT"
    "eEYmY87mUcDsxrQb6FHb0NMVfPmMzWXl23uKxk7rkg5Jlhk3THI7YXnwz1IRa4ZQIX42bP"
    "zNq1Wa4og60hG2mA/FZkP+noGZAjA4MV1BBtP5r1yXC6AWw/jfTtSN9OSzbPllr5pW/nEL"
    "lexrcjewDIHgAdSYzeSi2Q9dPzlQCpLjVAGWCwFSsEa2TLKQVMCy6pGQBs+qI7TBRNOyN/"
    "z3XCjOiqaZNrmg2fwdw2V4BI/THbOWC2c47KUP383GrzaZ1oXSROVpuXekYzd52WSpxSzz"
    "hErpfRM8ItN8PzYs92nK5LdYyrcG2Hx9p2qXyyOHSDEyW7iHBBpuSrJuQ0DeuqMnLCktu8"
    "pV0hyocAMQfeKTkTp+PhrCjhqU4lMV7gnKMgpuqf5yuHNhuoGOHIEnphLPzZeCHamLo0qe"
    "OHzeHrc2EgD3jDeoi9++H4+6AoN9ZovhbR6KylDR3E8yXV8ACuZphox+YjIHVCqRM2cs9q"
    "qXYgdcJD5HoZnTA8cUQUwpCoS2J1Fdog+Yk8NPNdeSFBJ1J46s6Pkq68V8qVCqU5ofjXJJ"
    "UMey1myxZhr1Ggvlh9uRRZl3bx2spIxZWUHXX2LjZE76erSKXWmGgfsjqV9iEkGxMVR3sc"
    "lT262S9S2NXEsBLauoVsh2xEtObKCwH4EyAQuoQGUDUMmJhq2A5QdYvoxTSvF1iG54BH9E"
    "I07iV0lnwVvaJZZfSn1MBbsgG1VBeTGvghcr1s9KeCsCqi0cRppDoj3rKFACaMeYJIgi4M"
    "OlpB3RAFPUEkQd9ypVNJT8QqlaTaCvbNsbavF2ZefbK9v0xFYU5SSZg3wqxrCLu6+yKMdI"
    "ZQgr0R7BV0HolIyfYCEazTdB3YtWu3a5OHu9B4VDwnp9x+Ptw8Wrm6N67uCDacZz8tgznO"
    "taJK0LOgO6Znq4gaD2nfJZgbN5mPfP4MNcH/iv6zWrLhHnTbXSovCHLqyRc7fZOUHeo8UY"
    "Xjl8LiKOibhWwdcftTFvQC5RFv2RK0YQgXAFlFR9ClvlgixyXvvbCRkJCSpeycmCK7N7fo"
    "ZEQ0RnIby2+CsALDb3s2kIbbeX3z/lb50OSZ3opXakwk63fKJmktxzeURpKdK8qDRe8iSr"
    "ATUEN/lilSTVvrElS1pgf4HyEvMyD8PAuSAqIxpdp72EhF+hPSgE8I5rqBAMQaeF5CF7hL"
    "BCwiaCI7LAalu/z+H9tOJMMIZBhBS7aDljqUZRjBIXK9TBiB45LHLpDyiIR0tBRZB8PQj4"
    "6PS2hrZFSuusbupSoDkxNREa3blSCSSJdDmgY00l6kDCgBsNN00gix2Tyv/wcpDy/cKtfn"
    "+iJXHEvS7S+avOaWHR+Pjt6//3D09v3J6fFPHz4cn74N5bPsrSJB7Xz8M5XVEnzImpCdJT"
    "w6PhHau0OKvbVDaLHziaksmnDUV4KqA5vIviOQ/AeRl5jTIAyeZ6SggD6HthlpRPSxnUkj"
    "8pV5hXpUuQkuBYFiGcoOfCF1R3s4LnQ9zhFbJKSvKfYIr7/ztdVXhWzbtFn/GhGgk1SdW8"
    "v1RXQsIcZimc9Zyj3CHQbwPJhua7cR72Glu9Rc8yCm8afoOrfKT9+WgPr0bS7U9FYqFBK5"
    "UERuWY+XskrlskqYdymW8pwm61D4Ul0Zz4kM1x0znhNJte1CuWzCc3qFiSY8v75zuyXA1+"
    "qwjSPG8dqmAM133cLUwBIJ4uECCrO5wdy0gYkR+N18+AR01wHkO1sgP62bCk4L5AB3aZve"
    "Ysm8suQZ2C/VCtib8DLG63oMt7RbYg8h02cKu/23FzGGDgg+HvYCPToWfbPIaeCwbyFgXs"
    "CTYNWsl3yPDSavxv5gZwZ3apMoq9AwFEclm1g9j1hBV13W+QCC/2Mwf595wyt8ig/9mgeK"
    "z3/mEtzlIdLvL/3+jThVWuoBln7/Q+R6Ob9/sF9n9f8R9lYZAT1tWFzs29S1Di4T1Eh709"
    "FwNP46ujgLw9Pu8e1wOhpd02tkKCJvS66Nr7+OZ/SSjp90178yG02/jke/ja9/PosaI5IF"
    "Q2a4O78az9j40DBC551M/VlpxVvy95fJdHY5vvXHLU3bpUo8vTMd/TIazvy3+h2p7Nrk8+"
    "fRVLkZXV+wB5rzObIVC2GNPdG/O7i5mU7Yr/FvE2HMNp8i6ovR8HJ8Hd3XkGro7PcRnXgy"
    "mAZT4weTyLxs3i9j9spLnb0xXXcX08Fv12esHi/t2oLv8ejvN/4oco7TcWn5sJSXv4wR8S"
    "jfiHiUNSKmJQ3B7YtHLzexpmxiZY4uaUYu+fFVb0aOKysZ3AuS1lJ0Ml+tRL6ajxnZew2I"
    "Q9tAaaMyj1hamCu3MCcNBCKfRIZSfhQlPoqkMaM02EkyiXQZpJFqrlZEDs3Ze/JP2Sxl57"
    "yG1YcgLG1FpQZpavl9FKxzwKPtXoWDj2Uw/5iP+cdsivIrugcbpy9U3JArsj+XRDUikHhy"
    "8PST68QgTdBIJ3ZjndhNW7vVerFTu0IF2JZr4N1WVGPex414Rkm/O0LatQIAaVATW2ECV/"
    "IG4Pru8rJcuMVSpzlwnBA6kUiLW2qC/BLN1JGFnFiZzJ5eRVjKOJyoq1A5ax/5jjgFnopb"
    "f7quomUjy7R3rU8xZZN0FSLmBNoRoQmdo6sAYdPV1V1r5oQS3jWbrUtY1Rk0lzj8OFFz6c"
    "MxP2zO9+TFTuTShU9MW0NaELjmewIJhW2u+sA1++B5yf7zQv+DcG7RE+FJNhc8ScRWxaIC"
    "A7lln2FVRSm8HYus2kvqroy/kk5sGX/VZa6Xib+i54OyUxBWcoYGW/llCFZnQ7DI+t5pDc"
    "fpm1zZRi7hzi5hoiWYnKLm+T7WkKDJC3ZLz2r1ObDkBHfE2i5HFB0IFth32RRxIbKzwmN7"
    "hcWsjpC1AJR0/GYJpU99s/s3lYa5o0etm7Wi+ym/WnalNal3c8x3xLE0Jj1L+XZGPTluc3"
    "YuDuTAMFc2hlKfyUYAAo0ouVS8+sSyZMm/HoEKbVtHDrnpkKWGNOCajzwDZB0PEDRORkWG"
    "1o/ZNekzlVmaXVjBI2ViaZO20740bB6QiUsaNg+R62UMm+wgEQxbjtNUo/S97nZadxPC2E"
    "Er+GWlSDv4abX3U8ruoEUlH0tlab9C+Uff0ihoT+mF9srQUnk7up6dAdo75h5Pbnw7q2n5"
    "Vtbh5OrmcsQMn6q5sqiOQa5ejW9v6aWV7jhs1OB6OLq8ZKMoQIaxnc2xho5o4gmrr5OpWp"
    "dZrO7s1MD6LljiMEnVOZirN+4u7W1aDyepOgdz9ec9dF20sjhnfXHn1RjZ/ox+7+rCuLqm"
    "qzZa0V9gOwo9XbKo5udSZymbkUhNn9eZRGoK7TbVPCIy2c+yyUKtL8RtweEEoeRxk3kcSu"
    "XbmPxStJLTTea0r2xtweYEoeRxk3k8Nw3DfCbM8qwtGJ2lltxuMrctGz3ppueIBRqkqGSO"
    "OU/vsAyoMvuCaPZ+mlDCm4VXxsjIGJnOx8g0IFe4YdvIq6QuDrDzzEJjsqX+/Tv9wir/0Z"
    "iNIUSzJYpq73/nAJ8WuCaL9sGm30id9VY3ICdCaAt6bkl+J1oflEhh3GY/IbAypkv0ywgb"
    "GWHTiA2ipbEWMsLmELleJsImuf+KeISSlF2ScqvwC0k3W6Vwkh/jMEnXRd84oOYnAGUIO+"
    "Ai3ncekO4ovt1N8SyOhmCaBoI4R+RKkabQfyC0dcEfXtkvB84nk8sEB87HaYjvrs5H0zfv"
    "GDuiYrnZRb/K7Ry7OV5rTdvkvMLe1/HFaHIGnnQNmfd4cHcxJn9BT9PJX3RpkvMq+GqFw1"
    "PKRKfkB6eItEvueuzc3c3lZOBf8yzDhPGrNBzOv0hj5AbXg8v/vWUjia5rvDhspH+VjvQv"
    "0pHXo9HFrTId0VRmwlCENEehNl/0fI8/D8YszG4O9cbE2NFlqCCsipw8cRp56AgfOiuk6V"
    "B5REJBdwmiDoCeylc/Pi6TsH58nJ+xTu/xcHaW8Oj4RBzqiK5zaFcfeudD9vDicmvEFVTG"
    "ShHuTzN4W69msJcSWbFUB8/2zeUc+Au6PCTJZJeHEl0eQq3LWZrPeAuTEncC6epvjiEpaz"
    "/0nQG0BI+9nRmRO4HkeQt4TlSFXTgeJ5f8bjK/3aWOH5UdUga5E0ieN5nnwUe6A9P5M0iu"
    "N5nrjmch20Ea4hXxLbL4JgmlvVfA3hsKvUJRDSkqGc2XBTaINxHDNUnUJf9mXVF8sbCeHS"
    "P4Otx1op8K40sus829edafewUo/y02Vbs2iLLgpvbGHTr0+F6OHQMk79gk3VvTqch0hzx0"
    "R6QGvv/ImbLJugRVvYXpUtsmtzxddmstKlIXjFZim3u5hhiO7roEIRoRCnFUq/iMxYeyKr"
    "4sSrQPKEaIwEaGacCyTSrGOvz+GBXMuXO7DFkwroFSSR/IcNbDCWyU4ayHyPUy4awtDNTB"
    "prv2efTEGN5j92aDKSteFZuHNgpQbqaTn6ej21vaJ0BZH4F5bQJGXweXd4MZi91BT9DwoM"
    "uCd3jFsdIn8+uE5NBzPsvn/HIr6/GyyEriU66iyIrq2TYtmIK58YrFAc9p2s7ENlQSRO4b"
    "zneJA01Nscd9jUV1iu5orYkI1dCTriJFXSL1UWQbStM1Yzuij+3MdkR3eqKucj0XBUFWCb"
    "LObEP7DrFqUjXZZhotWyhmZ7WrwL6iWKahqy/KE7L5lv+CGqS5M3QukrR64dfvE0veQAlg"
    "FHTScum389W25yOr0FNL1CmVGv62ZgB/AsmB0hyYQypFecjZkgFcehmtIMCBALcty/Ilae"
    "Vh3+TDfvuQXhnL2yIur62B2/A5RSs53WROy+Jm9YabRZ3dxODN0MlYPlk57hUrx/HXdAUw"
    "J1sktms9lwU58zHvEHzmG/F3DqlaF4rryLJOuftlfN7rBJ0lQeNEnGVQzQ8387koFms2AO"
    "rSw49I6wMaeriicwVFKWicGOtj6tcpDIorfeeA0P7F6YK603T3+B4PKb0DoI2A45KtUQMO"
    "ggb5vzcIPyHDtBBAWLVf2C/4Hni0CQj4d7CA/+cvuvZX8h+6gP76b3LT1Q0a3XaPg3dYu+"
    "GdT+Df7E2DHPx/g0eELAcgqC4BYSwR/sgzCcf830PekvmcyC8CjgkgeWeLBTfdY3Yf6E6S"
    "StfIjzNdoqUbLyyKjobYPS9NgsZcN2j1x9svgx/Igyklm5oQQZcNQ1jbqvtrIhQ6pzJkf0"
    "9hdwWdnbrZWrCqxlkyEO9wQrJkIN4hcr1MIJ6sKynrSrYD0RXZO3w0BGSABFGTa+xtKQxU"
    "X/zINV1obFP8KEXYpeW79+Ac1SBaiaZsWwiJTy8rIpWoiBSoavp/ONtMfnBsgqhLK7/CPj"
    "gq0p9YOxvhnSVLK8P+tttZMK11mSPt5Qt6CaLOQF/Z0o5bd7Kw5ocYp+maEWLcqYyHFqYZ"
    "0YangvD3Jjej6zNAKe/x18Hl+CLIEHqCBm0Bk8gQihKE0iV87/HgfOLnKMEHM8xzevUgSm"
    "Tbpk3Ykpdcwf+6klSdi1WtXvCX7VsPJq7EzzUSCymJ00gJVxYvqhVXWbzodYsXRc3qdg3U"
    "6VowQxrZxL4o2tixTnd/qjIPx9+frd1T1L3QH6vY0eCNHv/floGfOWgoYTtgbnpYAzqO+e"
    "f75KId/O0PA0GSUdbpX8mM3FaHsfaMAU2Y6iSbHMqqMI3co1rqlpTO6EPkehlndGbrzfA+"
    "X9/n0XbQ4VdV9E85G1luttAr2MUe92NYqcF+hRc6FrNdhRTSbrXZYW0T2Y29mHDnrwxlB+"
    "AuOg7q6P/loMWKVnAU8XzEaaTXo3Kvh+yftK9oAVbxiKWniyz/JFUzPoBOVRZ60pm1S5Qv"
    "KTLJmOp3JqJyYQayo5q2GHd4tJJFlbNobsCFEF9CgmYwo1MneUE77wKGFDTyll/I7kxhkQ"
    "UiekZIINULYfVC+qp7e0jOl+6+9Rpqq7tviizT5rr5gjv9IveeHY3ZnMeLQawwwXcOgAuy"
    "Wy4or4E/zyfy/z9QIY22gICaRoasHXB9gBH5JzDJf55tolhxGkjU8QC+zy9ZRSLP37ehz4"
    "TuKEFxZNlrolEbXl96FQ/IvyS9iofI9TJexVxnYu4umu9CrFF8fNforVQ6aV/VSUvFGWgY"
    "vulLyKqfoZSG/TJpgCae6xoKlJ3SYCfJJNIlkA7NutsZg6Xlsa7MKZvtZmJ+3TiRZErlTH"
    "lG8BET5VLMcZKkkmyp/lvxFgu/f63Y15Ikk4ypnDG01RqkC99BHCNKPmfSdJI1lbNGuhkb"
    "xgzyK1yoG8I8idNJ1lTOGj/fRtF5JVPzGZOkkmypnC0xo3+GLYX9TJKEe2xksrbet7aPia"
    "yGLwu2N907XLJg++u4iCfzOfN8ZjzE/o1+kYPYDIeU8Q+z0VESZoRKn/5hm0+IZWxeEMxn"
    "0HgEkwHXC7zlNJurGUtfq/S1NmJjaanXTfpaD5HrZXytLSy4pdlw7grqJb2L6eDz7Aww2n"
    "t8M7q+GF//rAxubqaTr4PLM2AhzNp2+ucUNO6xf48V1wrOrns8HX2+u6WXbDT3HHplNppe"
    "ja8HrAiXi+yVjv3a/4PhcHTjl+ZSVWSxaxej4eX4ml6jBT91vF29rqMyCXlH+Ql5R5mEPA"
    "M9IYO/BPgffEjQgfjYuh3BKxO7S+NFcaAB7RcBaSVLKLtWcYo4MXQU8t0JQJskkrDmwwpF"
    "6o4miSSsHFhp206FSkJ8GSvPSxunKpKv2odwUbACOVUzxlXoCDrtYiTSrFq5WTVoty1c7D"
    "NN1zlBovqyCWvI9EAY59pUNyOeIt8K+PQe0qBmSx/LVAP5mF8N5GOmGshaI1BstIL2Yxbz"
    "/DwyDmkHFvq+M8osGyHsEsHCc3ISy4pWfZa2kiX/2oJJ/TVadEz14S1DZfLo5RFc+RGsIV"
    "XXtrLbJSllCejmmOmy1tnoOxL5DJNUzfj4OpVaHpgGeS2EC8rJxImawZRO7YjOC5Fvt9kQ"
    "E4RyP2zyfqhCrNFWGYgWOLZMvN0JmD+L5H5buC+qlPFopVYmrJX5apWoKTNJdcimTBkdJ6"
    "PjOh8dF3ODEnhsHfLC1c8D0s+/TpEBc5SVdeQbfjDJUPLrroIJO4T/n7UGE2aR40UWcvEt"
    "CDMMxyurOMHGoMMJRsCzDBMSkQtEswCCnkdLzX5iXSPmuoGA7gCEVfuFBlHQ8EF6w3z4HR"
    "FFyXHJl5sNRax6chmgKAMUW7K3tDRUTQYoHiLXywQoPhJI+R6fzeGJa9omVyzpjS+U4WB6"
    "cQZ0TVHJQXWPL8Y3l5OrwRnQdHKIrSCNHPx5OhrRuEGCLLrH54PrXwOqB4gfA7qr0cV4SI"
    "MZV0gjcptxjyezL6PpGTDZqVVuJdXcW4Eeugr9Q7T2f4ZQ6uzCOjt5vEvEHx8z7jeVc2qm"
    "6DoAfd1RA7S3/Dat05N0nendvee26Xm9vQta5OR19W7/4q4+OoBqRkTLVB4RJ6C5qA1Rgq"
    "zJp/KWUB8dH5cJzj8+zo/Op/f+TMm9via7leCbIO2g5NteSTer4NjIMqDKq3xSmKEeJ9tj"
    "fnp4pbUJ6ixdVcz4HieRZvfNZvcwDXlHg3uY8dwyeMua2uPrqkkp6LMgjm9oeraDehyLcW"
    "pEv8haHEYFqtHgzenpwB8NzLlvnbUX3zlgPRVQoQsNc0EhdeGC/AjwrLtLNjKqOQh0l+jO"
    "T8gwLV798jqeIG3G0mbckk2qpdZDaTM+RK6XsRmLZiNVm4XUoGyYGhIDdNcQwjYk6KC6/+"
    "7otIx9/Og030BO72XyvJ50jSc1FyZ3hTTSfrVxES+puMfRSvLrhIcUW5YIb5RNtihQrYIC"
    "4Z4tVEwiGN65ZXv8rkwtCTIqd+Gye+lkn+jNMhjnO89SZB3Aet+us6iZKRUWtuyDGpLKpI"
    "9iBm1X4BOS3/fEEU421feM6GR5z2LracbS9zpWqYGn6e6luehx7FHhvX6RJYp29HYVIxi2"
    "0Qb129IErumpS2r8WerqEljIdkwMDUANDn1yEWEAMb37kjUwiZNvth4lmtw5HgtZDB3067"
    "994xDcrdEd/cpizyJA+c1Rd5xWyPxV5DLvmAVsL65yaSc7HIuJtJMdItfL2MnCrbysrhYS"
    "dNCYc/q2hLp2+jZXW6O3/kzDK9puT92/itZiY2Ra7CkdiJSi6yDY1ReyTMqUolDvUHqn2U"
    "BXv6r9/ixCFoaQohmGhW6V+BAWiTorCrVX9PEl3oaYL4YEVYTdKVJNO6n6cgf0iwwZqj9U"
    "saOxpXIvAzpaiVp3WIeGR2S5AD0h7FsjDJrOySJdNBs+Y36S5VazyMgYGRnTkg2vpbqf1P"
    "gPketlNH7Ht9SKBT0niWqq692+HfWAclSno+FkSjtm0M4XVNAg6N7jm+lkOLq9ZZeD8sLs"
    "+ufBcKQM70a39OkqUlTP93q+fvbpwobYFU6wiFHt0UH4OnJ8hekVlmno6otCCx0KmsGylE"
    "3+OrYNHqt8deuWCMj+6A6EgtRtj2Glo4kmx2sdWhDWlKDqHMy1ZDpKU0tnTC38ao1CYmea"
    "TObbbc63CzHL4iycczeMz9UymMvm3aXXWJNy70L8r01XV1GPZyhMDekXmgrD34qj0SXS71"
    "ZEridvCFwTQBBOAt5ERj+Wvfj9J0BmMIGzNJ/xupTaSsf6D+SVeEl3lcx7j+/xjFx4MLUX"
    "QNFx2P1wuj4gpLqbrPMW5u/djMfgia68bYKusuURY/YwGRklI6OknbTh0ou0kx4i18vYSf"
    "Mtenxet8GK15hIEg1pniVaPChB1LlEzVoyCWWuZt0IU6lTtJBhnKYTOO87FUtdQozFGlbH"
    "SLpniau8Hzg91reQd2JksntKc2SbrEgrW0/I1hMNt8vt3nqiTsvcGD+YHtYukKE/Ifulx7"
    "HMpYf0iyxzuj+Y/sBodAnL3AWBegaNR7AmBG9WzmKsAdNmMXjuWPsePCOwhE9o7aFH2idA"
    "JGmGLnIAtBHQbNOykMaz0dXwhIrD/6T9S9q/Xn1ba6klRNq/DpHrpexfYsaZzpplTsokBZ"
    "JRBVE6mbRAaVus2LbYkLSOiec+mN+ufK8mTyZMDiiUCE02VFnFxop5ah2EiRj2bOuui0Kv"
    "qUPeh9Y1xY6faApg4C1dQkzJltAFKvQcRMuZbnDZVvQA0UIXLnQ9BhVG31xytLhoZbnS4S"
    "oFTilwtkD0kALnIXK9jMApfYL78Vi1xXnSMhE06T5RdUsXDBdPEHUQ5lrixS34QvvbZHHO"
    "L5UQI5G1Eopds1vUSojE821S4SLqPTppLaLHUAjFONC7GV37+XAB/T2+XV9xYldm7E+Xdn"
    "AcXND+jf7Se/1coUBz4vDqdgUNI98FGKPrTHe690cfTkLNhv5RpMvcXg0uL7PZbml9VFB2"
    "5ZB3UIBtr8Ca1VMM6LgKsm1eBbX86J8kVQeCUfYd/cOqnYh/XzEyGZzS5M+KTEWxERDpIg"
    "op0VUi0TXEnv4Z6gbSfjEfehxbenSzX2RHn7Nhyu/BuBI2dDLUt1P7pGBu2mBhmton8GXK"
    "SjSbFl1Fpu0QyY6atBGdh95QIQY2cu0XenHFM59XOreMo5Bm7a7Jhy01cEqz9iFyvYxZm+"
    "z4ggVTI4ruGbTriKZYy18iGMdp6lLBXg/mGgpZ2wuhjjfr8c2QxzvV5oa8Da/7ULHRLiTq"
    "Urh+FUY7YfPNK1huOpS5Rda1aTwJ11+Lk8kG9y1p0YRsXV32eA2a/Dv9wvZM0ZhNKns+5L"
    "LOcLPqDG9RCLDbFQDrqaFmCVUBDIZ3EN13b0tpG28LtI23GUmYPNHlRnbkC8Mxkv3Lw68j"
    "PHTDEv3n/wNJgsef"
)
