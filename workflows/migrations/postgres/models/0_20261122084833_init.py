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
    "reminders_sent" JSONB NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "opened_at" TIMESTAMPTZ,
    "replaced_by_id" INT,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_invitation_status_e559dc" ON "invitation" ("status", "deadline_at");
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
    "question_id" INT REFERENCES "question" ("id") ON DELETE SET NULL,
    "session_id" INT NOT NULL REFERENCES "interview_session" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_answer_session_7de99b" UNIQUE ("session_id", "node_index", "attempt")
);
COMMENT ON COLUMN "answer"."mode" IS 'VIDEO: video\nAUDIO: audio\nTEXT: text';
COMMENT ON COLUMN "answer"."status" IS 'PENDING: pending\nUPLOADING: uploading\nUPLOADED: uploaded\nANALYSING: analysing\nANALYSED: analysed\nNEEDS_REVIEW: needs_review\nFAILED: failed';
COMMENT ON TABLE "answer" IS 'The candidate''s answer to one node of the plan.';
CREATE TABLE IF NOT EXISTS "analysis_result" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "analyser_version" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "transcript_enc" TEXT NOT NULL,
    "segments" JSONB NOT NULL,
    "audio_cues" JSONB NOT NULL,
    "vision_cues" JSONB NOT NULL,
    "dimension_scores" JSONB NOT NULL,
    "flags" JSONB NOT NULL,
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
    "is_current" BOOL NOT NULL,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_report_applica_0efeac" UNIQUE ("application_id", "version")
);
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
    "eJztXXtv2zi2/yqE/9kO4ClSt03TzMUFHMedetaJs7bT2bubhUBLtK1Gljx6JM2dO9/9kt"
    "RbomTRlmxJITDoxBIPZf8ORZ73+bOzMRSkWW+v0Raa9gbpducS/NnR4QbhPxh3u6ADt9vw"
    "Hrlgw4VGhyvxcQvLNqFMZlxCzUJdMsCSTXVrq4ZOxvfBtaqv5lB7BCHpW0KrGDImxjfzhz"
    "m6+oeDJNtYIXuNTDz43//Bl1VdQT+Q5X/cPkpLFWlK7KepCpmAXpfsly29NtLtL3Qg+QYL"
    "STY0Z6OHg7cv9trQg9Gq+zNXSEcmtBGZ3jYd8jN1R9M8TPxf7n7TcIj7FSM0ClpCRyNgEW"
    "r3C4TXOpJ0O5lLs+FckjopIH2KCGjeJdnQCRPwV7Xor1+Rr/Bz792HTx8u3p9/uMBD6NcM"
    "rnz6y310CIxLSOG5nXf+ovehDd0RFOMQVNlEBAkJ2mlwr/EdW90gNsJxygTSikf61v8jib"
    "uPch7w/oUQ+XBVHgN6/AOVia69eCzPwXk+uhnO5v2bO/K4jWX9oVH8+vMhudOjV18SV9+c"
    "/0SuG/iFc9/FYBLw+2j+FZCP4F+T2yGF17DslUmfGI6b/6tDvhN0bEPSjWcJKpHV6V/1Uc"
    "MjQ647W2VPrscpBdfrwnUfowjbvW8fcl3Bv9vGezIGbWtLrO30Sl1l7qgs6t37axGO12GD"
    "/dzrvX//qXf2/vzi44dPnz5enAU7bfpW3pZ7NfqV7LoxHvvbcMgK+v8U/IM1NNng++MTgO"
    "Mf0sRXbAN/SBrCy2mNP77rXeTA+a0/HXztT9/gUYkX59a71XPvxfHFMgeWOJhrPHOBx2j2"
    "Wtneuq0NziXIDkQaWz4yRQcXrzTAXwwTqSv97+iF4jzC3wnqMmv5MoXVZmH8l7+K/KvhVz"
    "ThcyDFxhcXhgD/cGRTEPA3ALf343GHYr2A8uMzNBUpA3R5rWoKnoqxd3uUX/4+RRqkv+NV"
    "IR57//GSWy4Pw2jmT9FCeL4bC+swdH4zFi3Chrx5Rs+IvHGxdzF9a9PbJK9AHa7oTyLPJk"
    "+KrSOGjh4ssGz1PFjGRTTzDdoskAmMJcCaNZAdyzY2yPybBQxz1QWqgt92FX9nBSxeQvXc"
    "sZA5Ulga/KHTCU1faPpNEUibqfMJTf81cp1L0yf7MVMLylY1WbTlqJ2n3V5jSuf5hwI65/"
    "mHTJWT3IprnPhXYoT4oI7S7AXxbvmqTRALo0mF4NqqrXGhGxAcD95Op6HgmoaGGArXb7PJ"
    "LRvcgCB57qqyDf4PaKq1l6W1EMj/tXR0mSAIFo6q2apuvSXP+++qwM8BmwAUO3J9kN/c9P"
    "+ZxH8wnlwlz1IywVWCGaolYU1KfWKs9isD4w71DEUjSpfgywITVsUQfws/LvRXk8k4Bv3V"
    "KGHVvr2/uRpO37yjfMCDVDvD2B26gPkMsik6YZTdaZSNO/SFYXanYTa1yA4wzno2IEmY17"
    "JNj8azLhA6qgFyYGy2eDnr8ssNudBhmCKTQ7p5Rkk5GCxtgtE77ZO/r6ENICCCDdARUqxL"
    "8Ix3ozVmHVBU/P5ZeKAFtppjAXx4OxuE//eHo5qIvJtW2kJZxoTCRilslE3R/5pprRI2yt"
    "fI9SI2ytNac2pki6wkACb6zVIgz9GPTJUrRtYC007eGzP85zzfuhC8MOPJ7a/+8KTJIWHq"
    "icgYXBafBF09DD/ksY02/KRU5SJ6XCg+HqajXPvzNPDkEXEkNVPjwsXEyveIrrScdI/YsJ"
    "0620RHAFoWwv8pIFT7ugC9Xb0FD865/Hn54Hw+ewcfnIuL8wv873KB53lW7TVWzVx1DOB9"
    "RFUQUG0L0K+UVuUqfA5Dw/s3U4OV8R+d/wjtT2h/ddyNG6oHCO3vNXK9iPZHt9sUv7O1P3"
    "+88OWLQInTgis06xNp1q6Yx3BragbMAD0kSeC9JDRVIf7u7dnxIb+e3F+Nh+BuOhyMZiNP"
    "ew52fHqTXAr99NNhf5xAOCkX87nrM6jLyRE89aZSrdeepZAc6LtnuPQahnlRD37Guov58Q"
    "f92aB/PSzmxtfQk6c472/XmDoLU5XHZKYWQV+pgYOYghimDc9ClG3U+O4N2J0iowNji3SA"
    "RVmVmjmp/YDYC8Il5JoOugCzwaJjLGQDqCvAgho0X8AC/83IlilzZuGUFmaJhuwTDVVQhV"
    "niNXK9iFmiCVHwzXZMr/HakQ2HFZ+aeVLFaI6nT7yr9YEVS3a3HYa8SlbtUHc2KY0hBm5I"
    "XdUSTgkDHSIscZolOtfT/pf5JVBMuLQf9Mnd8PaSCl0P+l3/fja8vgRb6FhIedAH4wn9LG"
    "sG/pwU1gqt/PMiCz+5T0XW/Xly2cuq/cJl7/TGt8BOJAxyLTXIbaFlSZqqMw7MHJtcjOqY"
    "Zrnzs6ba5ajEApUnf//mSFpKkh4xbym40tjEJQqeib4jmSGt7IY9pBSoc6COfmyxQE+iVC"
    "TZQZaEdIIHq1pdHgdyZhHc4OCGa52SiHUqzYHscMYEmYhmzD9990hjrY+zpmbReWWrVyJ9"
    "tUJw1yp5nOQ6BdilSrLNAixaAXIaZJJzyYltlERAmobU9+JIFuLcFhiUAmCR1162V7xoXn"
    "tqnygB35aVzkxCG90bC6AaP6YEvLvgZR7rBXCuRRBNQzEvEkPDRj16nJWA+D+86WaoxXsz"
    "QwQ4oOoI3G41VabxSAcGLfXDmRrovDxJ0JK/XjuMyKXgXjcvfOmP6KhCKVk+xc8LqD8C1U"
    "YbdkpVxjgRXyTiixrySjc00kTEF71GrheKLyJsSvG7WKCGT1vnSCMsuoy/SHjPm06u7wfz"
    "0eT2ElhIW0qYt6ahONQg/6BfDb/2v40m99P++BIs0Bo+qYZjQu1Bn43m931CR+5Yqu1QaY"
    "TcmQ8HX29HA3LdRvJax4IKvvqtP74fzi7BE9Qct2Imb0DC+16BgIT3vcyABHIrUUoV/WC8"
    "1NmRCP74OjO2tkEI9lrVHyWy00kM6TdTOEmSHS+q7H1VQQhlmzihbj1j/Zsb2hTdESP2Lp"
    "oCrols+IgsCWqa8cxybs82+FYmxgzy1sRFvu99Og/gJR/ykJ3d9Mdjhs9OXS5VGX87RtBd"
    "PrJxyuOB2qs/qKRCET5nERZOpJVpOFu2JJMRj8EiPl7EaVVe/8qDG/2KLRLJgOeqKMUgrU"
    "cYRquqieNfvtlq0JTcY4+LQyxawaLSWbQ0yCkpOVvJpnjbfO9RBrlgVOmMotKMFODNMGbn"
    "xlymqUWk345Iv73K41GvBX4XDvQ2RFw9Izxbc3Xd/Bp5mecCl2eGTtIej9hRfDLEh5jjlv"
    "FcjLs9M75rs1iGuakgEykA/1ZkPqnoGeAjQwcbqCDSSzHtk2GUNt9/GuHbEb6dhmyeDbXy"
    "C9/Oa+R6Ed+OKGguCpq3JMtzL7VAFIPOVgKEulQDZYDClq8Q+MgWUwqoFlxQMwC64YruMF"
    "YB6hJ/XqqYGeFVw8TXFBM+g6VpbACW+iO2c0Bt56x+7aXPzyydndSJ/IpXonS20DPques0"
    "VOIUesZr5HoRPSPYclM8z/dsR+naVJS1DNd2cKztl8onKt3WOFGyjQjnZEqeNCGnbliXlZ"
    "ET1A9mLe0SUX4NEDPgneIzcToazPMSnqpUEqPVmhkKYqKYc7ZyaNKBkhaMLKAXRsKftRes"
    "jclrgzh+6ByuPhcE8oA3tCHSu58//uRVGNYVkq+FNbrt2oQWYvmSKngAUzOM9ZZyERA6od"
    "AJa7lnNVQ7EDrha+R6EZ0wOHF4FMKAqE1idRnaIP6JLDSzXXkBQStSeKrOjxKuvBPlSgXS"
    "HFf8a5xKhL3ms2WPsNcwUJ+vvlyCrE27eGVlpKJKyoE6exu7O3eTVaQSa4y3qVKVSvsA4o"
    "2JiKMdhsoe3uzmKexybFgBbX2LTAtvRKTmygsG+BeAIbQxDSBqGDB0omFbQFa3WC8meb1g"
    "qzkWeEQvWONeQ2vNVtFLmlVEfwoNvCEbUEN1MaGBv0auF43+lJAu82g0URqhzvD3n8CAcW"
    "MeIxKgc4OONlDVeEGPEQnQ91zpRNLjsUrFqfaCfXes7enCzMtPtneXKS/McSoB806YVQXp"
    "tmq/cCOdIhRg7wR7A61HLFLSvYAH6yRdC3btyu3a+OE21B4lx8oot58NN4tWrO6dqzuETc"
    "+ynxbBXM+0ogrQ06BbhmPKiBgPn5Bpwcy4yWzks2eoCP4T+s8qyYZbqKa9ll4QZNSTz3f6"
    "xilb1HmiDMcvgcWS0I8tMlXEbLaX09iQRbxnf8OaIZwDZBntDdfqao0sG3/vlYm4hJQ0Ze"
    "vEFNGKtkEnIyIxkvtYfmOEJRh+m7OB1NzO65r398qHxs90NqxSYzxZv1M6SWM5vqM0kuhc"
    "URwschcRgoOAGrizTJFsmEqboKo0PcB9CVmZAcHrmZMUEI4p1N7DRDJSn5ACXEKwVDUEoK"
    "6A5zW0gb1GYIsFTWQGxaBUm93/Y9+JRBiBCCNoyHbQUIeyCCN4jVwvEkZg2fixKyQ9Ii4d"
    "LUHWwjD03sePBbQ1PCpTXaP3EpWB8Yko8dbtihEJpIshTQIaSS9SChQH2Ek6YYTYbZ5X/x"
    "dJixdmlesrdZUpjsXpjhdNXnHLjs+93vv3n3pn788vPn749OnjxVkgn6Vv5QlqV6NfiawW"
    "40PahGytYe/jOdfeHVAcrR1Cg51PVGVRuKO+YlQt2ESOHYHkPgh/iSUJwmB5RnIK6DNo65"
    "FGRB7bmjQiV5mXiEeVmeCSEyiWomzBG1J1tIdlQ9thHLF5QrpPcUR43Z2vqb4qZJqGSfvX"
    "8AAdp2rdWq4uomMNdZ0v8zlNeUS4gwCehWE3dhtxFhvVJuaaBZ/Gn6Br3Sq/OCsA9cVZJt"
    "TkViIUEtmQR27xxwtZpXRZJci75Et5TpK1KHypqoznWIbrgRnPsaTaZqFcNOE5ucJ4E55P"
    "79xuCPCVOmyjiDG8tglAs123MDGwQIJ4sICCbG6wNExg6Ah8Nxa/ANW2AH7PVshN6yaC0w"
    "pZwF6bhrNaU68sfobulmoF9JuwMsaregyztFtsD8HTpwq7/dkJGUMGeC8P/QIdMhb92OLT"
    "wKLvgsc8jyfeqvGXfIcOxl+NfqBnBnNqAyurUNMkS8abWDWP2EBbXpf/ABcUHx3J5Qx11h"
    "3yEOGRFx75Wuz3DfXNCo/8a+R6MY+8t1+nNfOh7mxSonPS5Lc6thHKD/vi1BU70+FgOPo2"
    "vL4MAsce9NlgOhzekmt4KMLfFl8b3X4bzcklVX9SbffKfDj9Nhr+Prr99TJsWYgXDJ7h/u"
    "pmNKfjA5MFmXcydWcltWjx56+T6Xw8mrnj1oZpE/Wa3JkOfxsO5u63+o5kem3y5ctwKt0N"
    "b6/pA43lEpnSFukKfaJ7t393N53QX+PexmKSaTyF1NfDwXh0G95XkKyp9PdhbXXSn3pT6w"
    "sDS6N03q8j+pXXKv3GZN1dT/u/317SSrmkn4r+oA//eeeOwuc4GZeU3Ar534uY93rZ5r1e"
    "2ryXlDQ4ty8WvdjE6rKJFTm6hIG34MtXvoE3qkakcM9JJ0vQiUyyAplkLmZ479WgHmjthc"
    "29LGJh+y3d9htX3XleiRSleCkKvBRYmjM2GywdZbwR2Xt/mrJ1XqbyXdZrU5KJAZNYCh85"
    "8+JZtO3LiP9cBPPP2Zh/Tqe0ntCdVDsptuQGTqFBtCCqIYHAk4Gnm4zFB2mMRjg9a+v0rN"
    "vaLdfrmdgVSsC2WMPnpqIa8VbtxDNMEj0Q0rYljCdBjW2FMVzxNwC39+NxMff8WiU5U4yQ"
    "Kx7P/IwYxr6GM7VkIcdWJrXylhHGMAomaitUlu+5PRAnz34+c6drK1om2hrmofUMpnSStk"
    "JEXRMHIjQhc7QJoCoDh2IbOiNyKLnhZ4cOuT6TyClTuPiDYSpI8YJ3XJ8LpjCNTRfYRhc8"
    "r+k/L+QfpGcWfuCeZHfRh1gUSyQyyjuLjxnAkpfG2LIYlqOkL4pIF+EuFJEubeZ6kUgXcj"
    "5IB4W7xGeoseVaBLu0NtgFr++D1nCUvs7VPcQSbu0SxlqCwSjsnO03DAjqvGBrkweIT3CL"
    "r/VsSNECB/ixS0fwC5GtFR6bKyymdYS0BaCgMzNNKPzEu12aiVS0A71E7ayX2034itIrrU"
    "79ayP+EIalMe4tybYzqvFxuzMUdU8ODPIFIyh1qWwEIFCwkkvEq19opiD+6xHI0DRVZOGb"
    "Fl5qSAG28cgyQFbxAE7jZFhoxX+MSK+r21bXFUbHV2R+EkbH18j1IkZHuslzhslGacpRyE"
    "67nVbdJC1yCHK+WQnSFr5azX2VGFleOSXpCuWqnqA8nWsF5LR1dAJbYmBFnA1v55eA9LZ4"
    "0Cd3rg3U2LoW0MHk5m48pEZJ2dhsifyPr96MZjNyaaNaFh3Vvx0Mx2M6igCkafvZAyvo2M"
    "SftneafL2qTFZV5+h5lnHOEmxxqtbBXIXhdUN+l2lJ5D1NQ52dm5emrEdiHnleaxLzCLT7"
    "ZIeHZKJzWZ3FA/c43IPDMULB4zrz2ERbDcr0UOJNMUoSijyjdPKWcHoIp0frnR41SGio2T"
    "Zyklj0vm49U19Hun6le6ebW7oyHLPTJzRfo7Cg5N8s4NIC26DuG91wuwPShoEaZLh89qBn"
    "1pm0wvVBiCTKbfoTbBtttnaq7qRwywi3TC02iIYa6IVb5jVyvYhbJr7/xrk+20BNy9xN45"
    "RtknLf9z6dB3sq+ZC3nc5u+uMxQ4HwTjJOUCNkx0P0Xf3hxD/GopKujX4wQM2O6EwRtsB8"
    "e+zATtWSloam4X3F2TI0BMPQENQzRK4EaQL9BaatCv7gynE5cDWZjGMcuBolIb6/uRpO37"
    "yj7AgreqUX/SazHdJuJ9/m6E2R9shs+Da6Hk4uwZOqIONB799fj/An6Cgq/kSWJj6vvLeW"
    "26dRxKWR7dHg6QHWdofr/d140nevOVvNgNGrxIfqXiSO1f5tf/w/MzoS67rai0VHulfJSP"
    "ciGXk7HF7PpOmQ5KZghiKkWJKJiOngQf/SH1Hf7BKqtXHMkmXI24oySiMOHe5DZ4MUFfK2"
    "x44RtQD0IzRsdiHj72abpGsd2uXHZ7mQ7dGxOUEoWjbz1DyIxMc5pmsuZ8CfU402TiZK0R"
    "YoRRtoXdbaeNb3MCkxJxAe6foYktL2Q9cZQHKqzf3MiMwJBM8bwHOsKhzC8Si54Hed+R1s"
    "y1x+twSViDdJiyaeR5QP1zhRmyzwVcWZRBzPB8aYtLh4YzcRaBJfZrtL3Pqvewko/yMyVb"
    "M2iKLgJvbGAwrdkoK52qFlNvuu3c6a0slatKgrjeBJbQbMPO/0hpGX7e2NliJbVrHKkpZq"
    "26RNrLEEUA+L/lzSuBxaDodG53QBwQhh2PAwBWxNgwgKFrvQZAlzHlx30rOii+zuOp21XS"
    "DCiF5PQIkII3qNXC8SRtRAB6lu2L6tiddJSu/N+1OaaRqZh1Tck+6mk1+nw9mMFNyT/CMw"
    "q97e8Ft/fN+fU58peoKaA23qNGVlstbDFUrO+TSfszP6/PEijy/fRbpHHp/smCbJydOZcS"
    "L5gWZJ2tb4lEoJ3nPtkofE3ySmOOK+RqNpeHe0xkTiKOhJpW1qkfzIsw0l6eqxHbWq3+f+"
    "nh/h8qmroJeW7wPhZR8+J2gFp+vMaZEDW63PJ6zoyAdvik441ESC8QkTjNlruhQfG0cjuZ"
    "qt56Igp17mAzxArs5xsAfIzyduybKuOHc75i9j5nAnPWp5udzuWMkMB+/0+fy+hjb1w3jh"
    "9aYFloajK0DV3aq8lKHdsEqvNww84aF4jrTHp5QZmYnfkWR1j0byaETKt/DV1HNfaajVXv"
    "hqXiPXi/hqUltvivc5DWgYtHVOMdwz96P8ypN5DrJMo9jxnWLGY1XWyMpT9EwsXNAvxp2o"
    "l6JsQS7TsdP1LLTakMAfHpt8lKYe9vhWuQep+0aSHVa2WTZT4lT1YEur3CRPKo2m5eVLgk"
    "wwpnTGKFhS1SnItPshF3dYtIJFpbNoqcEVF18Cgnowo1XnCzJNVvfKbEErIBDyFX9zRTee"
    "hM8PF6URLrgCXqLAPHmog6htRvRu0jcUXVp1arY3RVvDZBrivTvdPAO8GY4p0mAv4iEj1V"
    "BXeLdcEV4Dd55f8P9/JvIASZ2AikJa3nl2ky7QEf4TGPifZ1O1ESPxoooHsK3ycXemsMgL"
    "i3ytN6mG2maFRf41cr2IRT7TEJ+5i2ab35tbJ7S85g3CwcEAuWIHBxE0oKa59g+GCJ1dXy"
    "lFKUosFSixhJ+2VBXkqSGFwY6TCaQLIB3Y9vazCArzU1XpBibdzfhcTlEiwZTSmfKM4KOO"
    "LIvPeh6nEmwp/11xViu3zgjf2xInE4wpnTEkeRiShW8hhhElmzNJOsEa4WtqMzNUS/Iylt"
    "Mc2dWAIEJ4xPYDvi2ysd0HRPqXyFCquxfq4BaIVbqiJsslu62fe6Ob54gygiFF/FB0dJiO"
    "EaLSJR9M4wnR3I1rjPkcao9g0md6m/acZndlL+E5Ep6jWmwsDfUhCM/Ra+R6Ec9RA+tuKS"
    "Zc2px6Sed62v8yvwSU9kH3mhRJ/bu76eRbfxx0K5LccwpqD7p7j7Yd8s6uB306/HJPOxGZ"
    "aOnQRkTz4fRmdNunhbZsZG5UHdK6XP3BYHhHr0JZRlt67Xo4GI9uyTUFyZqq71eRq1ekrU"
    "gvu61IL9VWRENPSOPxcQUELYjDq9qttTF0e629SBbUoMnoRZTdsyVFKMo0MOqeU3Qk/N5x"
    "QBsnErBmwwoZXV13wgr3b+jadlhJnSqJSEJsGSszkS9ClSdfNQ/hPNcrPlUT+GE5zOJ0QU"
    "RIhFm1dLMqFoxkZFkY76xKh2yuJOlaJ0iU3/zNh0z1hHGmTXU34gnyvYBP7iGntYbEcP9c"
    "JC/4c3Ze8OdUXrCvEUgm2kCTUTMyO1+FQdqChX7szJWtiZBuY8HCsTISWPJWfZq2lCV/as"
    "Gk4s2GPorow3s6/rPoxRFc+hGsIFndr3tanFLU0qyPmS5tnRXOVOFMFc7UQwrtOYpqj41V"
    "h1Viz7/XzS2uR0ZJmjesQFk9A9iGI6+RAp7XqrwGW2RiVRRqgHjeuvgi0mmbo+f1C6uGHi"
    "85Z4Mky1l8R7LtrtUuCD67rMNnAiHet1ES2boiz8JAuYnbB07L5QfOa4jdMlfwUfpgC4fx"
    "63EdCofxa+R6EYdxsJUXTojzCVqYBXdxVkDxvjjL7k5ylrI2yWyZMxff9qYZlm/ZSIo9RW"
    "FO0rUQ7AqKVsZkSl6oDzDX1Rvo8le1gmyoMmI48voZ+RT1sMm1qswYv0jUWlGouaKPK/Gm"
    "jESnMV8M3L7IUyQbZlz1ZQ7o5hkyvB7LkhmOLdQY2qMj0WuqWyLoEW1tgJ6Q7lojNLwsTf"
    "Cs2mva0pndCnqvWUSIuAgRb8iG11DdT2j8r5HrhULEXUstn9spTlRRLGDzdtQQ1Uf8M9hK"
    "0e6we5+2zqpRZzocTKbXtDG1K2jQvtR308lgOJvRy15IEr3+pT8YSoP74Yw8nfRZ9cpUn7"
    "4vwMqEus1Krs9NG45QHTFn+DRyfIk5w1tDU+WXfepupSnr/HbsaTgof3WrWx6Q3dEtiGGr"
    "2h5Dw82wJscqN5ANb5yqdTD3Pn4skrr08WN27hK5J0wtLTW1xKrTQV1RCS/4xM4kmYh12h"
    "3rFGCWxpk70mkQnathMBeNc0qusTpFOY30BWm0eY00FUtCLx2GoTA5pJtnKlTdweQHhqN3"
    "V5QISzz4hODNxlqNFGCY1NJnj5SfwDMCa/iEfD0AKb8AxXFjyJAFoImAYhrbLVIYxSaqeE"
    "LJRkYRf0TuifgjYZcS1kjB9bKskY+IkUSfrVJ5w8vRpWqU5/buvEjoER6VYwtIBR9l2yQz"
    "wG2AHfKksTA1cR5PHHth/LjBEhCk53W6oFhsQK5EaNCh0iYytoA86A0HtgEspGMxjLSUsZ"
    "FOyoGRRvEW/j6A9lF1w9kAtOh1eQ11QkYaysvQsbDUptoscbD8B/CG0welcHT0w8ZHi402"
    "W/J/EfAuBE4hcNZd9BAC52vkehGBU0GKs5U4xc4YUfuEz95FEeGzd5EtfJJ7iX4k+CTW+e"
    "qQRUiECFogHNtEsrpVOZ1SMaIWwlyJV2oLXzQDclXkj5CIiOzY2VBOs5fG1bn0SlJycqDj"
    "1bYMSlo+6DP/ihW5MqcfbVKVsk8rUsK9qlGWH5HgaU4MXs02UNOyCx1E6I7n9jurVs953/"
    "t0Hmg25EOeLjO76Y/H6ZiapD7KKbsyyFsowDZXYE3rKRq0bIm7uXqcqgXBJ3ksraJOFc2p"
    "4H+/ImSiBE+dXys8FcGGQ6QLKYREV4pEVxN7+heoakj5zVh0GLb08GY3z46+pMOk7964Aj"
    "Z0PNS1U7uktM/GyjCUX8DXKS0EY2zJKjJMC0t2xKSNyDzkhgx1YCLbfCEXNyzzealzizgK"
    "YdZum3zYUAOnMGu/Rq4XMWvjHZ+zLENI0T6DdhXRFL78xYNxlKYqFex0MFdQLsfka7Hpj6"
    "+HPN6qOrT427CaNucb7QKiNgXql2G04zbfnMBycyK7QRW2G7yuDe2JO8szSnbENM/gSqPy"
    "PGuivPeRqcrrDqsMrHunm1sENhyzS2XPhlxUM6lXNZM90o3bnWdcTabmlivX2BveQnTfnR"
    "XSNs5ytI2zlCSMn2gzIzuyheEIyfHl4dMID+2wRP/1/yDOwmY="
)
