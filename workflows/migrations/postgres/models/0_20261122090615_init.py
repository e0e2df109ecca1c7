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
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "offer"."status" IS 'DRAFT: draft\nPENDING_APPROVAL: pending_approval\nAPPROVED: approved\nREFUSED: refused\nTERMINATED: terminated\nACCEPTED: accepted\nDECLINED: declined';
COMMENT ON TABLE "offer" IS 'An offer for one application, approved in DingTalk OA.';
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
    "eJztXXtzm0i2/ypd+mcyVZq5jjN2HM/WVsmyMtGsYnklObN311tMC1oSMQKGhx3v3vnut7"
    "tBPBtESyAB6qpUEkGfBn6nac77/LezNhSk2T/eIhNazhrpTuca/LejwzXC/2Gc7YIONM3w"
    "HDngwLlGhyvxcXPbsaBMZlxAzUZdMsCWLdV0VEMn43vgVtWXM6g9gZD0R0KrGDImxifzh7"
    "m6+oeLJMdYImeFLDz4X//Gh1VdQd+QvflpPkkLFWlK7NFUhUxAj0vOq0mPDXXnIx1I7mAu"
    "yYbmrvVwsPnqrAw9GK16j7lEOrKgg8j0juWSx9RdTfMx2Ty5d6fhEO8WIzQKWkBXI2ARau"
    "8GwmMdSbobz6TpYCZJnRSQG4oIaP4h2dAJE/Ct2vTpl+QWfjh/+9P7n67eXf50hYfQ2wyO"
    "vP/Tu3QIjEdI4bmbdf6k56EDvREU4xBU2UIECQk6aXBv8RlHXSM2wnHKBNKKT/rj5j9J3D"
    "co5wG/ORAiH67KQ0CPH1AZ69qrz/IcnGfDz4PprPf5nlxubdt/aBS/3mxAzpzTo6+Jo28u"
    "vyfHDfzCee9iMAn4bTj7BMhP8M/x3YDCa9jO0qJXDMfN/tkh9wRdx5B040WCSmR1bo5uUM"
    "MjQ667prIj1+OUgut14foGowjb/bsPua7g53bwnoxBMx2JtZ3eqMvMHZVFvX1/LcLxOmyw"
    "H87P3717f3727vLq4qf37y+uzoKdNn0qb8u9Gf5Cdt0YjzfbcMgK+m8K/v4KWmzwN+MTgO"
    "MHaeIrtobfJA3h5bTCP9+eX+XA+aU36X/qTd7gUYkX584/de6di+OLZQ4scTDXeOYCj9Hs"
    "tLL9dVsbnEuQHYg0tnhiig4eXmmAPxoWUpf639ArxXmI7wnqMmv5MoXVZmH852YVbY6Gt2"
    "jBl0CKjS8uDAF+cORQEPAdgLuH0ahDsZ5D+ekFWoqUAbq8UjUFT8XYu33Kj3+bIA3S5zgp"
    "xGPvP15yi8V+GE03U7QQnq/G3N4PnV+NeYuwIW+ecW5E3rjYu5g+tT5fJ49AHS7pI5Frky"
    "vF1hFDRw8WWLZ6HizjIpr5Gq3nyALGAmDNGsiu7RhrZH1nA8NadoGq4LddxfesgPlrqJ67"
    "NrKGCkuD33c6oekLTb8pAmkzdT6h6Z8i17k0fbIfM7WgbFWTRVuO2nnc7TWmdF7+VEDnvP"
    "wpU+Ukp+IaJ35KjBAf1FGanSDeLl+1CWJhNKkQXEd1NC50A4LDwdvpNBRcy9AQQ+H6dTq+"
    "Y4MbECS/u6rsgP8DmmrvZGktBPJfFq4uEwTB3FU1R9XtH8n1/loV+DlgE4Bin9wNyG8+9/"
    "6RxL8/Gt8kv6VkgpsEM1RbwpqU+sxY7TcGxh3qGYpGlC7BlzkmrIohmy38sNDfjMejGPQ3"
    "w4RV++7h881g8uYt5QMepDoZxu7QBcxnkE3RCaPsVqNs3KEvDLNbDbOpRbaHcda3AUnCvJ"
    "ZtejRedIHQQQ2QfWNt4uWsy6+fyYEOwxSZHNLNM0rKwWBpHYzeap/8bQUdAAERbICOkGJf"
    "gxe8G60w64Ci4vfPxgNtYGquDfDH210j/M8frmoh8m7aaQtlGRMKG6WwUTZF/2umtUrYKE"
    "+R60VslMe15tTIFllJAEz0zlIgz9C3TJUrRtYC007eGzP4xyzfuhC8MKPx3S+b4UmTQ8LU"
    "E5ExuCw+Cbp6GH7IZRtt+EmpykX0uFB83E9Hud3M08Avj4gjqZkaFy4mVr5HdKXlpHvEhm"
    "3V2cY6AtC2Ef6jgFDt6wL04/JH8Oheyh8Wj+6Hs7fw0b26urzCfy/meJ4X1Vlh1cxTxwDe"
    "R1QFAdWxAb2ltCpX4XUYGt6/mBqsjP/T+bfQ/oT2V8fduKF6gND+TpHrRbQ/ut2m+J2t/W"
    "3GC1++CJQ4LrhCsz6SZu2JeQy3pmbADNBDkgTeC0JTFeJvfzw7POS344eb0QDcTwb94XTo"
    "a8/Bjk9PkkOhn34y6I0SCCflYj53fQZ1OTmCx95UqvXasxSSPX33DJdewzAv6sHPWHcxP3"
    "6/N+33bgfF3PgaevYV593tGhN3bqnyiMzUIugrNXAQUxDDtOFbiLKNGl/9AdtTZHRgmEgH"
    "WJRVqZmT2g+IvSBcQp7poAswG2w6xkYOgLoCbKhB6xXM8f8Z2TJlziyc0sIs0ZB9oqEKqj"
    "BLnCLXi5glmhAF32zH9AqvHdlwWfGpmV+qGM3h9Im3tf5gxZLdHZchr5JVO9DddUpjiIEb"
    "Ule1hFPCQIcIS5xmic7tpPdxdg0UCy6cR318P7i7pkLXo37fe5gObq+BCV0bKY96fzSmv2"
    "XNwL+TwlqhlX9ZZOEn96nIur9MLntZdV657J3++BbYiYRBrqUGORPatqSpOuODmWOTi1Ed"
    "0ix3edZUuxyVWKDyvNm/OZKWkqQHzFsKjjQ2cYmCZ6GvSGZIK9thDykF6hyoo28mFuhJlI"
    "oku8iWkE7wYFWry+NAziyCGxzc8KxTErFOpTmQHc6YIBPRjPlf3x3SWOvjrKlZdF7Z6pVI"
    "X60Q3JVKLid5TgF2qZJsswCLVoCcBpnkXHJiGyURkKYh3XhxJBtxbgsMSgGwyGsv2yteNK"
    "89tU+UgG/LSmcmoY3ujQVQjX+mBLzb4GV+1gvgXIsgmoZiXiSGho169HNWAuJ/96ebohbv"
    "zQwRYI+qI9A0NVWm8Uh7Bi31wpka6Lw8StDSZr12GJFLwbluXvjSH9FRhVKyNhQ/zKH+BF"
    "QHrdkpVRnjRHyRiC9qyCvd0EgTEV90ilwvFF9E2JTid7FAjQ1tnSONsOgy+ijhPW8yvn3o"
    "z4bju2tgI20hYd5ahuJSg/yjfjP41PsyHD9MeqNrMEcr+KwargW1R306nD30CB05Y6uOS6"
    "URcmY26H+6G/bJcQfJKx0LKvjol97oYTC9Bs9Qc72KmbwBCe/OCwQkvDvPDEggpxKlVNE3"
    "xkudHYmwGV9nxtY2CMFZqfqTRHY6iSH9ZgonSbLDRZW9qyoIoWwTJ9TtF6x/c0ObojtgxN"
    "5VU8C1kAOfkC1BTTNeWM7t6RqfysSYQd6auMh35+8vA3jJjzxkp597oxHDZ6cuFqqM744R"
    "dJePbJzycKCe1x9UUqEIf2cRFk6kpWW4JluSyYjHYBEfLuK0Kq9/5cGNm4otEsmA56ooxS"
    "CtRxhGq6qJ4ydfmxq0JO+zx8UhFq1gUeksWhjkKym5puRQvB2+9yiDXDCqdEZRaUYK8GYY"
    "s3NjLtPUItJvS6TfTuXxqNcCvwt7ehsirp4hnq25um5+jbzM7wKXZ4ZO0h6P2EF8MsSHmO"
    "OW8V2M2z0zG9dmsQxzS0EWUgB+VmQ9q+gF4E+GDtZQQaSXYtonwyhtvvs0wrcjfDsN2Twb"
    "auUXvp1T5HoR344oaC4Kmrcky3MntUAUg85WAoS6VANlgMKWrxBskC2mFFAtuKBmAHTDE9"
    "1hrALUNf69UDEzwqOGhY8pFnwBC8tYAyz1R2zngNrOWf3aS5+fWTo7qRNtKl6J0tlCz6jn"
    "rtNQiVPoGafI9SJ6RrDlpnie79mO0rWpKGsZru3gs7ZbKp+odFvjRMk2IpyTKXnUhJy6YV"
    "1WRk5QP5i1tEtE+RQgZsA7wd/EybA/y0t4qlJJjFZrZiiIiWLO2cqhRQdKWjCygF4YCX/W"
    "XrE2Jq8M4vihc3j6XBDIA97Qhkhvf7j43q8wrCskXwtrdObKgjZi+ZIquABTM4z1lvIQED"
    "qh0AlruWc1VDsQOuEpcr2IThh8cXgUwoCoTWJ1GdogfkQWmtmuvICgFSk8VedHCVfekXKl"
    "AmmOK/41TiXCXvPZskPYaxioz1dfLkHWpl28sjJSUSVlT529jd2du8kqUok1xttUqUqlvQ"
    "/xxkTE0Q5DZQ9PdvMUdjk2rIC2biLLxhsRqbnyigH+GWAIHUwDiBoGDJ1o2DaQVRPrxSSv"
    "F5iaa4Mn9Io17hW0V2wVvaRZRfSn0MAbsgE1VBcTGvgpcr1o9KeEdJlHo4nSCHWGv/8EBo"
    "wb8xiRAJ0bdLSGqsYLeoxIgL7jSieSHo9VKk61E+zbY22PF2ZefrK9t0x5YY5TCZi3wqwq"
    "SHdU55Ub6RShAHsr2GtoP2GRku4FPFgn6Vqwa1du18YXd6D2JLl2Rrn9bLhZtGJ1b13dIW"
    "x6lv20COZ6phVVgJ4G3TZcS0bEePiMLBtmxk1mI589Q0XwH9F/Vkk23Fy1nJX0iiCjnny+"
    "0zdO2aLOE2U4fgkstoS+mchSEbPZXk5jQxbxjv0Na4ZwDpBltDdcqcsVsh1830sLcQkpac"
    "rWiSmiFW2DvoyIxEjuYvmNEZZg+G3OBlJzO69n3t8pHxpf012zSo3xZP1O6CSN5fiW0kii"
    "c0VxsMhZRAj2AqrvzTJBsmEpbYKq0vQA7yVkZQYEr2dOUkA4plB7DwvJSH1GCvAIwULVEI"
    "C6Al5W0AHOCgETC5rICopBqQ67/8euE4kwAhFG0JDtoKEOZRFGcIpcLxJGYDv4skskPSEu"
    "HS1B1sIw9POLiwLaGh6Vqa7Rc4nKwPiLKPHW7YoRCaSLIU0CGkkvUgoUB9hJOmGE2G6eV/"
    "+DpPkrs8r1jbrMFMfidIeLJq+4ZceH8/N3796fn727vLr46f37i6uzQD5Ln8oT1G6GvxBZ"
    "LcaHtAnZXsHzi0uuvTugOFg7hAY7n6jKonBHfcWoWrCJHDoCybsQvokFCcJgeUZyCugzaO"
    "uRRkQu25o0Ik+Zl4hHlZngkhMolqJswRtSdbSH7UDHZXxi84T0DcUB4fV2vqb6qpBlGRbt"
    "X8MDdJyqdWu5uoiOFdR1vsznNOUB4Q4CeOaG09htxJ2vVYeYa+Z8Gn+CrnWr/OqsANRXZ5"
    "lQk1OJUEjkQB65ZTNeyCqlyypB3iVfynOSrEXhS1VlPMcyXPfMeI4l1TYL5aIJz8kVxpvw"
    "fHzndkOAr9RhG0WM4bVNAJrtuoWJgQUSxIMFFGRzg4VhAUNH4Ksx/xmojg3we7ZEXlo3EZ"
    "yWyAbOyjLc5Yp6ZfE1dK9UK6B3wsoYr+oyzNJusT0ET58q7PbfTsgYMsB/eegNdMhY9M3E"
    "XwObvgs+83ye+Ktms+Q7dDC+NfqDfjOYUxtYWYWaJtky3sSqucQaOvKq/At4oGzQkTzOUG"
    "fdPhcRHnnhka/Fft9Q36zwyJ8i14t55P39Oq2ZD3R3nRKdkya/5aGNUJuwL05dsTMZ9AfD"
    "L4Pb6yBw7FGf9ieDwR05hocifLf42PDuy3BGDqn6s+p4R2aDyZfh4Lfh3S/XYctCvGDwDA"
    "83n4czOj4wWZB5xxNvVlKLFv/+NJ7MRsOpN25lWA5Rr8mZyeDXQX/m3dVXJNNj448fBxPp"
    "fnB3Sy9oLBbIkkykK/SK3tne/f1kTJ/GO43FJMt4DqlvB/3R8C48ryBZU+nzYW113Jv4U+"
    "tzA0ujdN5PQ3rLK5XeMVl3t5Peb3fXtFIu6aeiP+qDf9x7o/B3nIxLSm6F/O9FzHvn2ea9"
    "87R5LylpcG5fLHqxidVlEyvy6RIG3oIvX/kG3qgakcI9J50sQScyyQpkknmY4b1Xg3qgtR"
    "c297KIhe23dNtvXHXneSVSlOKlKPBSYGnOWK+xdJTxRmTv/WnK1nmZyndZryxJJgZMYil8"
    "4syLZ9G2LyP+QxHMP2Rj/iGd0npEd1LtpNiSGziFBtGCqIYEAk8Gnl4yFh+kMRrh9Kyt07"
    "Nua7dcr2diVygB22INn5uKasRbtRXPMEl0T0jbljCeBDW2FcZwxXcA7h5Go2Lu+ZVKcqYY"
    "IVc8nvkpMYx9CmdqyUKOrUxq5S0jjGEYTNRWqOyN53ZPnHz7+dSbrq1oWcg0rH3rGUzoJG"
    "2FiLom9kRoTOZoE0BVBg7FNnRG5FByw88OHfJ8JpGvTOHiD4alIMUP3vF8LpjCMtZd4Bhd"
    "8LKif72Sv5CeWfiBe5LtRR9iUSyRyCj/W3zIAJa8NMaWxbAcJH1RRLoId6GIdGkz14tEup"
    "Dvg7RXuEt8hhpbrkWwS2uDXfD63msNR+nrXN1DLOHWLmGsJRiMws7ZfsOAoM4LtjZ5gPgL"
    "bvO1ng0pWuAAP3TpCH4hsrXCY3OFxbSOkLYAFHRmpgmFn3i7SzORiranl6id9XK7CV9Req"
    "XVqX9txB/CsDTGvSXZdkY1Pm57hqLuy4FBvmAEpS6VjQAEClZyiXj1M80UxP97AjK0LBXZ"
    "+KSNlxpSgGM8sQyQVVyA0zgZFlrZXGbf9LpEDl96YfmXFCl8ddpOu8KweUImLmHYPEWuFz"
    "Fs0g8JZyhulKYcpe+422nVjdgiH1rONytB2sJXq7mvEiOTLKfsXaF82COUwPMsjZz2lE5g"
    "rwwsldPB3ewakP4Zj/r43rOzGqZnZe2PP9+PBtTwKRtrk+gY+Ojn4XRKDq1V26ajenf9wW"
    "hERxGANG03m2MFXaH4UwOPkxNYlVms6jxA3/rOWeYtTtU6mMs37q6sXdqvxqlaB3P533vo"
    "OGhtMr71+d0nI2SHM/q9rQrj8hpPWmhNnsCyJfJ1SaOanbWapqxHyiq5XmtSVgm0u9RNCM"
    "lET786C7WeELcDh2OEgsd15nEgle9i8kvQCk7XmdOesrUDm2OEgsd15vHC0DTjBTPLNXdg"
    "dJpacLvO3DYt9Kwars0XaJCgEnnTLL3D1KBM7Qu8GelJQgFvGl4RIyNiZFofI1OD/NeabS"
    "NHSV3s6fYLDY1Jlzv3znRzK52HY7aGEM1WKKw//p0NPFrgGDTaRze8ZtK0v7QGGRFCO9Az"
    "y5Lb4fogRBLlNn0E38qYLFMuImxEhE0tNoiGxlqICJtT5HqRCJv4/svjEYpTtknKLcMvJN"
    "xspcKJH8amkq6DvjFAzU4AShG2wEV86Dwg1ZY8u5vkmgwNwTA0BPUMkStBmkB/jmmrgj84"
    "clgO3IzHoxgHboZJiB8+3wwmb95SdoQFYNOLfp3ZPXN7vNb64D00d0iE/TK8HYyvwbOqIO"
    "NR7z3cDvEv6Coq/kWWJv5e+W8td3hKkeiU7OAUnpaxbY+de7gfjXveMdfUDBg9SsLhvIMk"
    "Rq531xv975SOxLqu9mrTkd5RMtI7SEbeDQa3U2kyIKnMmKEIKbZEbL7o5VH/2BvSMLsFVG"
    "sTY0eWIW/n8iiN+Ohwf3TWSFGh9IS4gu5iRC0APZGvfnFRJGH94iI7Y52cY+Fsr+D5xSU/"
    "1CFd69AuP/TOg2z+6iCWoTWnMlaC8HCawVm1msFBSmRFUh1cyzOXM+DPaV4QJxOdCwp0Lg"
    "i0LntlvOg7mJSYEwhXf30MSWn7oecMICV4rN3MiMwJBM8bwHOsKuzD8Si54Hed+e2sVP1J"
    "2iNlkDmB4Hmdee6/pHswnT2D4HqduW67JrJspCBWEd88i2+cUNh7Oey9gdDLFdWQoBLRfG"
    "lg/XgTPlzjRG3yb1YVxRcJ69kzgq/FnRS6iTC++DLb3m9m87qXgPLfI1M1a4MoCm5ib9yj"
    "64zn5dgzQPKBTtK+NZ2ITLfxRfdEquf5j+wJnaxNUFVbmC6xbTLL06W31rwidf5oKbK5F2"
    "uIYauOgxEiEaFQD2sVX9P4UFrFl0aJdgHBCGHY8DAFmJZBxFib3R+jhDn3bpchCsbVUCrp"
    "AhHOejqBjSKc9RS5XiSctYGBOrrhbHweHT6Gd+i5WW9Ci1dF5iGNAqT7yfiXyWA6JX0CpM"
    "0nMKtNwOBLb/TQm9HYHfQMNRc6NHiHVRwr+WU+TkgO+c6n+ZxdbmUzXhRZib3KZRRZkV3L"
    "IgVTdGa8Yn7Ac5K2NbENpQSRe4bzfeJAE1MccF+jUZ28O1pjIkIV9KzKSJJXSH7i2YaSdP"
    "XYjshlW7MdkZ0eq6tMz0VOkFWMrDXb0KFDrOpUTbaeRssGitlp7cq3r0imoanyq/SMLLbl"
    "P6cGaeYMrYskLV/49frE4juQfBg5nbRM+t18tc15yUr01GJ1SiaGv50ZwJ5AcKAwBxaQSF"
    "EusndkAJNeRCtwcMDHbceyfHFa8bGv88d+95BeEcvbIC5vrIG78DlBKzhdZ06L4mbVhpuF"
    "nd344E3RiVg+UTnuiJXj2Gu6BJjjLRKbtZ6Lgpx6mfcIPvOM+HuHVG0KxbVkWSfc/SI+7z"
    "hBZ3HQGBFnKVSzw808LvLFmvWAvHL1J6R0AQk9XJO5/KIUJE6M9jH16hT6xZW+s0Fg/2J0"
    "Qd1rukf9Ue8TehtACwHbwVujAmwENfzPG6Q/I80wEUC6bL3SJ/geuKQJCPjdX8D/8xdV+S"
    "v+iyygv/6OTzqqRqLbHnX/HjZuePtn8Du9Uz8H/3fwhJBpAwTlFcCMxcIfvibmmPc8+C6p"
    "zwk/EbANAPE9mzS46VGn54Fqx6lUBT+c4WAtXXulUXQkxO5lZWA0FqpGqj9OP/V+wBcmlH"
    "RqTAQdOgzpyk7dX2Oh0BmVIbsHCrvL6ezUztaCZTXOEoF4pxOSJQLxTpHrRQLxRF1JUVey"
    "GYiu8d7hocEhA8SI6lxjb0dhoPziR47hQG2X4kcJwjYt34MH58ga1koUaddCSGx6URGpQE"
    "UkX1VT/8PYZrKDY2NEbVr5JfbBkZH6TNvZcO8saVoR9rfbzqKTWpcZ0l62oBcjag30pS3t"
    "qHUnDWt2iHGSrh4hxq3KeGhgmhFpeMoJf2d8P7i7BoTyUf/SGw1v/QyhZ6iRFjCxDKEwQS"
    "hZwvdR792MvRwlODeCPKejB1EiyzIszJas5Ar22xWnal2savmCv2jfejJxJV6uEV9ISZRG"
    "SLiieFGluIriRcctXhQ2q9s3UKdtwQxJZGP7Im9jxyrd/YnKPAx/f7p2T173Qm+sZIWDt3"
    "r8f1v5fma/oYRlg4Xh6gpQ9Yh/vosPWv5vbxjwk4zSTv9SZmS2Ooy0Z/RpglQn0eRQVIWp"
    "5R7VULekcEafIteLOKNTW2+K99n6Pou2hQ6/sqJ/itnIMrOFjmAXezqMYaUC+5W+VHU+21"
    "VAIexW2x3WFpbd6I1xd/5KUbYA7rzPQRX9v2y0XJMKjjyejyiN8HqU7vUQ/ZMOFS1AKx7R"
    "9HSe5R+nqscL0KrKQs8qtXbx8iVBJhhT/s6EVS6dgmzLhsXHHRatYFHpLFpocMnFl4CgHs"
    "xo1Zc8p513DkNyGnmLN2R/ptDIAh49IyAQ6gW3eiF81Z0DJOcLd99mDTXV3TdBpmEx3Xz+"
    "mW6ee88Kx2zP49VBpDDBdzaAS7xbLgmvgTfPz/jfH4iQRlpAQEXBQzYOuC7QEf4vMPBfLx"
    "ZWrBgNJKq4ANvnF68ikeXv29JnQrUlvziy6DVRqw2vK7yKJ+RfEl7FU+R6Ea9ipjMxcxfN"
    "diFWKD6+rfVWKpy0R3XSEnEGappn+uKy6qcohWG/SBqgoS9UBfnKTmGw42QC6QJIB2bd3Y"
    "zBwvJYVeaURXczPr9ulEgwpXSmvCD4pGPlks9xEqcSbCn/XXGXS69/Ld/bEicTjCmdMaTV"
    "GiQL30YMI0o2Z5J0gjWls0a4GWvGDPwUDlQ1bp5E6QRrSmeNl28jqaySqdmMiVMJtpTOlo"
    "jRP8WW3H4mccIDNjLZWO8b28dEVMMXBdvr7h0uWLD9OC7i8WJBPZ8pD7F3opvnIDaCIUX8"
    "w3R0mIQZotIlPyzjGdGMzVuM+QxqT2DcY3qBd5xmezVj4WsVvtZabCwN9boJX+spcr2Ir7"
    "WBBbcUCy4cTr2kczvpfZxdA0r7qN8P7m6Hd79Ivfv7yfhLb3QNTKTTtp3edwpqj7p3jhbX"
    "8r9dj/pk8PFhSg5ZaOHa5MhsMPk8vOvRIlwOstaq7tX+7/X7g3uvNJcsI5Meux30R8M7co"
    "wU/FT13ep1nRdJyDvPTsg7TyXkaegZaewlwH7hA4IWxMdW7QheG7qz0l4lG2rQeuWQVtKE"
    "omsVo4gTRUfC7x0HtHEiAWs2rJCn7micSMDKgJW07ZSIJMSWsbK8tFGqPPmqeQjnBSvgr2"
    "rKuAptTqddhESYVUs3q/rttrmLfSbpWidIlF82YQOZ6gvjTJvqdsQT5DsBn9xDatRs6UOR"
    "aiAfsquBfEhVA9loBJKF1tB6SmOenUfGIG3BQj90RplpIaQ7WLBw7YzEsrxVn6YtZckfWz"
    "CpvkaLqhN9eMdQmSx68Qku/ROsIFlVdrLbxSlFCej6mOnS1lnhTBXOVOFM3ae8rquozshY"
    "dliFdTfnurkldckoSfOHFSimawDHcOUVUsDLSpVXwEQWVkWhBojnrYsPIp02gH1ZvbIq5/"
    "KS8zaFdedfkex4a7ULgt8e6+B+ybFk64om4cqOV1Bhz2m5/MB5HYpa5go+SFci4TA+Hdeh"
    "cBifIteLOIyDrbxwCumGoIV5o1dnBRTvq7NMxZuc+jMJL2+KbkDRQoDLt2wkxZ6iMCfpWg"
    "h2BaWqYzIlL9R7mOvqDXT5q9rL6eCx0IUU9bDJtariHL9I1FpRqLmijyfxpoxExzFf9DGq"
    "SHcmSDasuOrLHNDNM2TI3lDJCsdutWaMdQR8OhK9pnqlu56Q6QD0jHTPGqHhZWmBF9VZKR"
    "Z8YbQD2nkWESIuQsQbsuE1VPcTGv8pcr1QiPiR+mRu9yY2b0cNUX3Cj8FWiraH3W9o66wa"
    "dSaD/nhyS9tae4IG7Wp9Pxn3B9MpPeyHJNHjH3v9gdR/GEzJ1WUU1PQ/fjegpQV1h1WOIj"
    "dtOEJ1wJzh48jxJeYMm4amyq+7VKpLU9b57djRcFD+6lYZleqzQVZZJeqbGMNWtT2Ghpth"
    "TY5VbiAb3jhV62A+v7gokrp0cZGdu0TOCVNLS00tsXqOUFdUwgs+sTNJJmKdtsc6BZilce"
    "aOdOpH52oYzEXjnJJrrE5RTkN9Ttpr3yJNxZLQa4dhKEwO6eaZClVvMHnAcPT2ihJhiYcN"
    "IXiztpdDBRgWtfQ5Q+V78ILACj6jjR6AlJ+B4noxZMgG0EJAsQzTRAqj2EQVVyjZyCjij8"
    "g5EX8k7FLCGim4XpY18gkxkuizVSp/eDm6VI3y3N5eFgk9wqNybAGp4KNsm2QGuA2wQx41"
    "FqYmzuOx68yNb5+xBATp9zpdUCw2IFciNOhQaR0ZW0Ae9IcDxwA20rEYRlo9OUgn5cCwrA"
    "VsfD+Atvf2wtkAtOlxeQV1QraCDpCha2OpTXVY4mD5F+ANpw9K4ejom4M/LQ5am+RfEfAu"
    "BE4hcNZd9BAC5ylyvYjAqSDFNSVOsTNG1D7h8/yqiPB5fpUtfJJziQ4++Eus89Uhi5AIEb"
    "RAOLaFZNVUOZ1SMaIWwlyJV8qEr5oBuXpYREhERHbs21BOe6TG1bn0S1JycqDj17YMSlo+"
    "6tPNETtyZEZ/OqQqZY9WpIQ7VaMsPyLB15wYvJquoaZlFzqI0B3O7XdWrZ7z7vz9ZaDZkB"
    "95usz0c280SsfUJPVRTtmVQd5CAba5AmtaT9Gg7UjIslh5mtnFquJULQg+yWNpFXWqaE4F"
    "//sVIRMleOr8Wnk9enhEupBCSHSlSHQ1sad/hKqGlF+NeYdhSw9PdvPs6As6TPrqjytgQ8"
    "dDPTu1R0r7bCwNQ/kZfJrQQjCGSVaRYdlYsiMmbUTmISdkqAMLOdYrObhmmc9LnVvEUQiz"
    "dtvkw4YaOIVZ+xS5XsSsjXd8zrIMIUX7DNpVRFNs5C8ejKM0Valgx4O5gnI5Fl9T2s34es"
    "jjrapDi++G1eY832gXELUpUL8Mox23+eYIlpsj2Q2qsN3gdW1oz9xZnlGyA6Z5BkcaledZ"
    "E+W9hyxVXnVYZWC9M93cIrDhmG0qezbkoppJvaqZ7JBu3O4842oyNU2uXGN/eAvRfXtWSN"
    "s4y9E2zlKSML6iw4zsyBaGIySHl4ePIzy0wxL95/8DG1vqtw=="
)
