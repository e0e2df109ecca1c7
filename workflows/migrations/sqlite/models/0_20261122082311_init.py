from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "department" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "dingtalk_dept_id" BIGINT NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "parent_id" INT REFERENCES "department" ("id") ON DELETE SET NULL
) /* A DingTalk department. */;
CREATE TABLE IF NOT EXISTS "staff" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "dingtalk_user_id" VARCHAR(64) NOT NULL UNIQUE,
    "union_id" VARCHAR(64),
    "name" VARCHAR(64) NOT NULL,
    "title" VARCHAR(64) NOT NULL,
    "roles" JSON NOT NULL,
    "is_active" INT NOT NULL,
    "department_id" INT REFERENCES "department" ("id") ON DELETE SET NULL
) /* A member of the customer's org, identified by DingTalk userId. */;
CREATE INDEX IF NOT EXISTS "idx_staff_union_i_3f1d85" ON "staff" ("union_id");
CREATE TABLE IF NOT EXISTS "competency_model" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(128) NOT NULL UNIQUE,
    "description" TEXT NOT NULL,
    "requirements" JSON NOT NULL
) /* What a role needs: weighted dimensions plus resume requirements. */;
CREATE TABLE IF NOT EXISTS "dimension" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "description" TEXT NOT NULL,
    "weight" REAL NOT NULL,
    "competency_model_id" INT NOT NULL REFERENCES "competency_model" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_dimension_compete_63a800" UNIQUE ("competency_model_id", "code")
) /* One assessed competency, e.g. 沟通表达, with a weight inside its model. */;
CREATE TABLE IF NOT EXISTS "question" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "type" VARCHAR(32) NOT NULL /* SELF_INTRODUCTION: self_introduction\nBEHAVIOURAL: behavioural\nSITUATIONAL: situational\nTECHNICAL: technical\nVALUES: values */,
    "text" TEXT NOT NULL,
    "think_time_s" INT NOT NULL,
    "answer_time_s" INT NOT NULL,
    "retakes_allowed" SMALLINT NOT NULL,
    "difficulty" SMALLINT NOT NULL,
    "equivalence_group" VARCHAR(64) NOT NULL,
    "dimension_codes" JSON NOT NULL,
    "exemplar_answers" JSON NOT NULL,
    "follow_up_templates" JSON NOT NULL,
    "allow_follow_up" INT NOT NULL
) /* One question-bank item. */;
CREATE INDEX IF NOT EXISTS "idx_question_equival_9d4e45" ON "question" ("equivalence_group");
CREATE TABLE IF NOT EXISTS "question_set" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(128) NOT NULL UNIQUE,
    "description" TEXT NOT NULL
) /* An ordered interview plan made of question-bank items. */;
CREATE TABLE IF NOT EXISTS "job" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(128) NOT NULL,
    "headcount" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* DRAFT: draft\nOPEN: open\nPAUSED: paused\nCLOSED: closed */,
    "city" VARCHAR(64) NOT NULL,
    "description" TEXT NOT NULL,
    "pass_line" REAL NOT NULL,
    "auto_advance" INT NOT NULL,
    "auto_reject" INT NOT NULL,
    "expression_cues_enabled" INT NOT NULL,
    "salary_band" JSON NOT NULL,
    "competency_model_id" INT REFERENCES "competency_model" ("id") ON DELETE SET NULL,
    "department_id" INT REFERENCES "department" ("id") ON DELETE SET NULL,
    "hiring_manager_id" INT REFERENCES "staff" ("id") ON DELETE SET NULL,
    "owner_id" INT REFERENCES "staff" ("id") ON DELETE SET NULL,
    "question_set_id" INT REFERENCES "question_set" ("id") ON DELETE SET NULL
) /* An open position with its competency model, question set and salary band. */;
CREATE INDEX IF NOT EXISTS "idx_job_status_2e13c7" ON "job" ("status");
CREATE TABLE IF NOT EXISTS "question_set_item" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "position" SMALLINT NOT NULL,
    "question_id" INT NOT NULL REFERENCES "question" ("id") ON DELETE RESTRICT,
    "question_set_id" INT NOT NULL REFERENCES "question_set" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_question_se_questio_17d933" UNIQUE ("question_set_id", "position")
) /* A node of a question set: a fixed question or a draw from an equivalence group. */;
CREATE TABLE IF NOT EXISTS "rubric_level" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "level" SMALLINT NOT NULL,
    "label" VARCHAR(32) NOT NULL,
    "description" TEXT NOT NULL,
    "indicators" JSON NOT NULL,
    "dimension_id" INT NOT NULL REFERENCES "dimension" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_rubric_leve_dimensi_f9ddb8" UNIQUE ("dimension_id", "level")
) /* A behaviourally anchored level of a dimension (e.g. 1-5) with indicator phrases. */;
CREATE TABLE IF NOT EXISTS "candidate" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
    "years_experience" REAL,
    "highest_degree" VARCHAR(16) NOT NULL,
    "city" VARCHAR(64) NOT NULL,
    "erased_at" TIMESTAMP
) /* A person applying; contact data only as ciphertext plus keyed hashes. */;
CREATE INDEX IF NOT EXISTS "idx_candidate_phone_h_eab569" ON "candidate" ("phone_hash");
CREATE INDEX IF NOT EXISTS "idx_candidate_email_h_7d2aa9" ON "candidate" ("email_hash");
CREATE INDEX IF NOT EXISTS "idx_candidate_identit_c95a6b" ON "candidate" ("identity_hash");
CREATE INDEX IF NOT EXISTS "idx_candidate_dingtal_7e5827" ON "candidate" ("dingtalk_user_id");
CREATE INDEX IF NOT EXISTS "idx_candidate_dingtal_6d305f" ON "candidate" ("dingtalk_union_id");
CREATE TABLE IF NOT EXISTS "resume" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "storage_key" VARCHAR(255) NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "content_type" VARCHAR(64) NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "parsed_enc" TEXT NOT NULL,
    "field_confidence" JSON NOT NULL,
    "parser_version" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "error_code" VARCHAR(64) NOT NULL,
    "source_channel" VARCHAR(32) NOT NULL,
    "submitted_by" VARCHAR(80) NOT NULL,
    "meta" JSON NOT NULL,
    "candidate_id" INT REFERENCES "candidate" ("id") ON DELETE CASCADE
) /* One received resume file and what the parser made of it. */;
CREATE INDEX IF NOT EXISTS "idx_resume_sha256_d888d5" ON "resume" ("sha256");
CREATE TABLE IF NOT EXISTS "application" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "stage" VARCHAR(24) NOT NULL /* RECEIVED: received\nSCREENED: screened\nINVITED: invited\nINTERVIEWING: interviewing\nSUBMITTED: submitted\nSCORED: scored\nSHORTLISTED: shortlisted\nREJECTED: rejected\nOFFER_PENDING: offer_pending\nOFFER_APPROVED: offer_approved\nOFFER_DECLINED: offer_declined\nONBOARDING: onboarding\nHIRED: hired\nWITHDRAWN: withdrawn\nEXPIRED: expired */,
    "stage_changed_at" TIMESTAMP NOT NULL,
    "source_channel" VARCHAR(32) NOT NULL,
    "match_score" REAL,
    "match_explanation" JSON NOT NULL,
    "overall_score" REAL,
    "recommendation" VARCHAR(16) NOT NULL,
    "hr_card_track_id" VARCHAR(96),
    "candidate_id" INT NOT NULL REFERENCES "candidate" ("id") ON DELETE CASCADE,
    "job_id" INT NOT NULL REFERENCES "job" ("id") ON DELETE CASCADE,
    "resume_id" INT REFERENCES "resume" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_application_candida_086671" UNIQUE ("candidate_id", "job_id")
) /* A candidate applying for one job; its stage only changes through the transition table. */;
CREATE INDEX IF NOT EXISTS "idx_application_job_id_0d3ba3" ON "application" ("job_id", "stage");
CREATE INDEX IF NOT EXISTS "idx_application_job_id_fb645e" ON "application" ("job_id", "overall_score");
CREATE INDEX IF NOT EXISTS "idx_application_job_id_0bd851" ON "application" ("job_id", "match_score");
CREATE INDEX IF NOT EXISTS "idx_application_stage_799170" ON "application" ("stage", "stage_changed_at");
CREATE TABLE IF NOT EXISTS "stage_history" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "from_stage" VARCHAR(24) /* RECEIVED: received\nSCREENED: screened\nINVITED: invited\nINTERVIEWING: interviewing\nSUBMITTED: submitted\nSCORED: scored\nSHORTLISTED: shortlisted\nREJECTED: rejected\nOFFER_PENDING: offer_pending\nOFFER_APPROVED: offer_approved\nOFFER_DECLINED: offer_declined\nONBOARDING: onboarding\nHIRED: hired\nWITHDRAWN: withdrawn\nEXPIRED: expired */,
    "to_stage" VARCHAR(24) NOT NULL /* RECEIVED: received\nSCREENED: screened\nINVITED: invited\nINTERVIEWING: interviewing\nSUBMITTED: submitted\nSCORED: scored\nSHORTLISTED: shortlisted\nREJECTED: rejected\nOFFER_PENDING: offer_pending\nOFFER_APPROVED: offer_approved\nOFFER_DECLINED: offer_declined\nONBOARDING: onboarding\nHIRED: hired\nWITHDRAWN: withdrawn\nEXPIRED: expired */,
    "actor" VARCHAR(80) NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
) /* One recorded stage change: from, to, who, why, when. */;
CREATE INDEX IF NOT EXISTS "idx_stage_histo_applica_1f35c7" ON "stage_history" ("application_id", "at");
CREATE TABLE IF NOT EXISTS "invitation" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_id" VARCHAR(64) NOT NULL UNIQUE,
    "deadline_at" TIMESTAMP NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nSENT: sent\nOPENED: opened\nCOMPLETED: completed\nMISSED: missed\nCANCELLED: cancelled */,
    "channel" VARCHAR(32) NOT NULL,
    "invited_by" VARCHAR(80) NOT NULL,
    "reminders_sent" JSON NOT NULL,
    "sent_at" TIMESTAMP,
    "opened_at" TIMESTAMP,
    "replaced_by_id" INT,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
) /* An invite for one application, with a deadline; the link carries a signed token. */;
CREATE INDEX IF NOT EXISTS "idx_invitation_status_e559dc" ON "invitation" ("status", "deadline_at");
CREATE TABLE IF NOT EXISTS "interview_session" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* NOT_STARTED: not_started\nIN_PROGRESS: in_progress\nSUBMITTED: submitted\nEVALUATING: evaluating\nCOMPLETED: completed */,
    "plan" JSON NOT NULL,
    "current_node" SMALLINT NOT NULL,
    "answer_mode" VARCHAR(8) NOT NULL /* VIDEO: video\nAUDIO: audio\nTEXT: text */,
    "device_check" JSON NOT NULL,
    "started_at" TIMESTAMP,
    "submitted_at" TIMESTAMP,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE,
    "invitation_id" INT REFERENCES "invitation" ("id") ON DELETE SET NULL
) /* One sitting of an interview: the drawn plan, consents and progress. */;
CREATE INDEX IF NOT EXISTS "idx_interview_s_applica_76edce" ON "interview_session" ("application_id", "status");
CREATE TABLE IF NOT EXISTS "answer" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "node_index" SMALLINT NOT NULL,
    "attempt" SMALLINT NOT NULL,
    "question_text" TEXT NOT NULL,
    "is_follow_up" INT NOT NULL,
    "mode" VARCHAR(8) NOT NULL /* VIDEO: video\nAUDIO: audio\nTEXT: text */,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nUPLOADING: uploading\nUPLOADED: uploaded\nANALYSING: analysing\nANALYSED: analysed\nNEEDS_REVIEW: needs_review\nFAILED: failed */,
    "text_enc" TEXT NOT NULL,
    "media_key" VARCHAR(255) NOT NULL,
    "media_sha256" VARCHAR(64) NOT NULL,
    "media_bytes" BIGINT NOT NULL,
    "duration_s" REAL,
    "question_shown_at" TIMESTAMP,
    "answer_started_at" TIMESTAMP,
    "answer_ended_at" TIMESTAMP,
    "question_id" INT REFERENCES "question" ("id") ON DELETE SET NULL,
    "session_id" INT NOT NULL REFERENCES "interview_session" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_answer_session_7de99b" UNIQUE ("session_id", "node_index", "attempt")
) /* The candidate's answer to one node of the plan. */;
CREATE TABLE IF NOT EXISTS "analysis_result" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "analyser_version" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "transcript_enc" TEXT NOT NULL,
    "segments" JSON NOT NULL,
    "audio_cues" JSON NOT NULL,
    "vision_cues" JSON NOT NULL,
    "dimension_scores" JSON NOT NULL,
    "flags" JSON NOT NULL,
    "error" TEXT NOT NULL,
    "answer_id" INT NOT NULL REFERENCES "answer" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_analysis_re_answer__266fa6" UNIQUE ("answer_id", "analyser_version")
) /* What the analysers found in one answer, for one analyser version. */;
CREATE TABLE IF NOT EXISTS "report" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL,
    "analyser_version" VARCHAR(32) NOT NULL,
    "overall_score" REAL,
    "confidence" REAL,
    "dimensions" JSON NOT NULL,
    "strengths" JSON NOT NULL,
    "weaknesses" JSON NOT NULL,
    "suggestions" JSON NOT NULL,
    "not_assessed" JSON NOT NULL,
    "flags" JSON NOT NULL,
    "is_current" INT NOT NULL,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_report_applica_0efeac" UNIQUE ("application_id", "version")
) /* An application's aggregated report; re-scoring adds a version, never overwrites. */;
CREATE TABLE IF NOT EXISTS "offer" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(24) NOT NULL /* DRAFT: draft\nPENDING_APPROVAL: pending_approval\nAPPROVED: approved\nREFUSED: refused\nTERMINATED: terminated\nACCEPTED: accepted\nDECLINED: declined */,
    "level" VARCHAR(32) NOT NULL,
    "monthly_salary" INT,
    "salary_min" INT,
    "salary_max" INT,
    "start_date" DATE,
    "reasons" JSON NOT NULL,
    "process_code" VARCHAR(64) NOT NULL,
    "process_instance_id" VARCHAR(96) UNIQUE,
    "approval_remark" TEXT NOT NULL,
    "preentry_user_id" VARCHAR(64),
    "training_suggestions" JSON NOT NULL,
    "decided_at" TIMESTAMP,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
) /* An offer for one application, approved in DingTalk OA. */;
CREATE TABLE IF NOT EXISTS "audit_log" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "actor" VARCHAR(80) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "subject_type" VARCHAR(32) NOT NULL,
    "subject_id" VARCHAR(64) NOT NULL,
    "detail" JSON NOT NULL,
    "at" TIMESTAMP NOT NULL
) /* Who touched which personal data, when and why. */;
CREATE INDEX IF NOT EXISTS "idx_audit_log_subject_18e500" ON "audit_log" ("subject_type", "subject_id", "at");
CREATE INDEX IF NOT EXISTS "idx_audit_log_actor_33954c" ON "audit_log" ("actor", "at");
CREATE TABLE IF NOT EXISTS "consent_record" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "session_id" INT,
    "kind" VARCHAR(16) NOT NULL /* RECORDING: recording\nPROCESSING: processing\nFACE_CUES: face_cues */,
    "granted" INT NOT NULL,
    "policy_version" VARCHAR(16) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(255) NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "candidate_id" INT NOT NULL REFERENCES "candidate" ("id") ON DELETE CASCADE
) /* One consent decision, kept even when later withdrawn. */;
CREATE INDEX IF NOT EXISTS "idx_consent_rec_session_23d581" ON "consent_record" ("session_id");
CREATE TABLE IF NOT EXISTS "inbound_delivery" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(160) NOT NULL UNIQUE,
    "kind" VARCHAR(32) NOT NULL
) /* A DingTalk delivery (msgId or eventId) we have processed; duplicates are dropped. */;
CREATE TABLE IF NOT EXISTS "outbox_message" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "dedup_key" VARCHAR(128) NOT NULL UNIQUE,
    "channel" VARCHAR(32) NOT NULL,
    "recipient" VARCHAR(255) NOT NULL,
    "payload" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nSENDING: sending\nSENT: sent\nDEAD: dead */,
    "attempts" SMALLINT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "last_error" TEXT NOT NULL,
    "sent_at" TIMESTAMP,
    "result" JSON NOT NULL
) /* A message to send; written in the same transaction as the change that causes it. */;
CREATE INDEX IF NOT EXISTS "idx_outbox_mess_status_4d04e0" ON "outbox_message" ("status", "next_attempt_at");
CREATE TABLE IF NOT EXISTS "failed_job" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "job_id" VARCHAR(160) NOT NULL UNIQUE,
    "function" VARCHAR(80) NOT NULL,
    "args" JSON NOT NULL,
    "tries" SMALLINT NOT NULL,
    "error" TEXT NOT NULL,
    "resolved" INT NOT NULL
) /* A job that failed for good; HR and operators see these, and can retry them. */;
CREATE INDEX IF NOT EXISTS "idx_failed_job_functio_095b5f" ON "failed_job" ("function");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXXtz4ji2/yoq/tmeKqYrTTqPzty6VYTQ08zSIQukZ+9utlzCFuCOsRk/ks6dO9/9Sj"
    "J+y8YCG2yjqqmeYOvI9u/ocd76s7UyFKRZ7+/QGpr2Cul26wb82dLhCuE/GHfboAXX6+Ae"
    "uWDDmUabK9F2M8s2oUx6nEPNQm3SwJJNdW2rhk7ad8Gdqi+mUHsGAel7QqsYMibGN7ObOb"
    "r6h4Mk21gge4lM3Pjf/8GXVV1BP5Dl/Vw/S3MVaUrk01SFdECvS/bbml4b6PZn2pC8wUyS"
    "Dc1Z6UHj9Zu9NHS/tep+5gLpyIQ2It3bpkM+U3c0bYOJ9+XumwZN3FcM0ShoDh2NgEWo3R"
    "cIrrUk6X40lSb9qSS1EkB6FCHQNpdkQydMwK9q0a9fkFf4ufPh49XH6/PLj9e4CX1N/8rV"
    "X+6jA2BcQgrP/bT1F70Pbei2oBgHoMomIkhI0E6Ce4fv2OoKsRGOUsaQVjak770/4rh7KG"
    "cB710IkA9G5SGgxx+ojHTtbcPyDJyng6/9ybT79YE8bmVZf2gUv+60T+506NW32NV3lz+R"
    "6waecO5c9DsBvw+mXwD5Cf41uu9TeA3LXpj0iUG76b9a5J2gYxuSbrxKUAmNTu+qhxpuGX"
    "DdWSs7cj1KKbheFa57GIXYvnn7gOsK/m4br8kYtLUtsZbTW3WRuqKyqLevr3k4XoUF9lOn"
    "c35+1Tk7v7y++Hh1dXF95q+0yVtZS+7t4Fey6kZ47C3DASvo/xPw95bQZIPvtY8Bjj+kjl"
    "NsBX9IGsLDaYl/fuhcZ8D5rTvufemO3+FWsYlzv7nVce9F8cUyB5Y4mGM8dYBHaHYa2Ztx"
    "WxmcC5AdiDQ2f2aKDi5eSYA/GyZSF/rf0RvFeYDfCeoya/gyhdV6YfyXN4q8q8ErmvDVl2"
    "KjgwtDgD8c2RQE/Abg/nE4bFGsZ1B+foWmIqWALi9VTcFdMdbuDeXnv4+RBul3nBTikfmP"
    "h9x8vh9GE6+LBsLz3ZhZ+6HzmzFrEDZk5hkdIzTjInMxeWvVWcWvQB0u6CeRZ5MnRcYRQ0"
    "f3B1i6eu4P4zya+QqtZsgExhxgzRrIjmUbK2T+zQKGuWgDVcGzXcXvrIDZW6CeOxYyBwpL"
    "g9+3O6HpC02/LgJpPXU+oemfIte5NH2yHjO1oHRVk0VbjNp53OU1onRefsyhc15+TFU5ya"
    "2oxom/EiPEB3WYZieIt8tXTYJYGE1KBNdWbY0LXZ/gcPC2WjUF1zQ0xFC4fpuM7tng+gTx"
    "fVeVbfB/QFOtnSytuUD+r7mjywRBMHNUzVZ16z153n+XBX4G2ASgyJbrgfzua/efcfx7w9"
    "FtfC8lHdzGmKFaEtak1BfGaL81MO5QT1E0wnQxvswwYVkM8Zbww0J/OxoNI9DfDmJW7fvH"
    "r7f98bsPlA+4kWqnGLsDFzCfQTZBJ4yyW42yUYe+MMxuNcwmBtkextmNDUgS5rV006Pxqg"
    "uEDmqA7BmrNR7Ouvz2lVxoMUyR8SbtLKOk7DeWVn7rrfbJ35fQBhAQwQboCCnWDXjFq9ES"
    "sw4oKp5/Fm5ogbXmWABv3s4K4f/94agmInPTSlooi+hQ2CiFjbIu+l89rVXCRnmKXM9joz"
    "yuNadCtshSAmDCb5YAeYp+pKpcEbIGmHayZkz/n9Ns64I/YYaj+1+95nGTQ8zUE5IxuCw+"
    "MbpqGH7IY2tt+Emoynn0uEB83E9HufP6qeHOI+JIKqbGBYOJle8RHmkZ6R6RZlt1tpGOAL"
    "QshP9TQKD2tQF6v3gPnpxL+dP8yfl09gE+OdfXl9f43/kM9/Oq2kusmrnqGMDriKogoNoW"
    "oK+UVOVKfA5Dw/s3U4OV8R+t/wjtT2h/VVyNa6oHCO3vFLmeR/ujy22C3+nan9de+PJFoM"
    "RxwRWa9ZE0a1fMY7g1NQOmgB6QxPCeE5qyEP/w/uzwkN+NHm+HffAw7vcGk8FGe/ZXfHqT"
    "XAr89ON+dxhDOC4X87nrU6iLyRE89qJSrteepZDs6btnuPRqhnleD37KuIv48XvdSa9718"
    "/nxtfQy0Zx3t2uMXZmpioPSU8Ngr5UAwcxBTFMGxsLUbpR4/umwfYUGR0Ya6QDLMqq1MxJ"
    "7QfEXhAMIdd00AaYDRZtYyEbQF0BFtSg+QZm+G9GtkyRPQuntDBL1GSdqKmCKswSp8j1PG"
    "aJOkTB19sxvcRjRzYcVnxq6k4VoTmcPvGh0htWJNnddhjyKhm1fd1ZJTSGCLgBdVlDOCEM"
    "tIiwxGmWaN2Nu5+nN0Ax4dx+0kcP/fsbKnQ96Q/dx0n/7gasoWMh5UnvDUf0t6wZ+HdcWM"
    "s18i/zDPz4OhUa95fxYS+r9huXvXPTvgF2ImGQa6hBbg0tS9JUnbFhZtjkIlSHNMtdntXV"
    "LkclFqi8eOs3R9JSnPSAeUv+ldomLlHwTPQdyQxpZTvsAaVAnQN19GONBXoSpSLJDrIkpB"
    "M8WNXqsjiQ0YvgBgc3XOuURKxTSQ6khzPGyEQ0Y/buu0Maa3WcNRWLzitavRLpqyWCu1TJ"
    "4yTXKcAuVZJuFmDRCpCTIJOcS05swyQC0iSknhdHshDnssCgFACLvPaiveJ589oT60QB+D"
    "asdGYc2vDamAPV6DYl4N0GL3Nbz4FzJYJoaop5nhgaNurh7awAxP+x6W6CGrw2M0SAPaqO"
    "wPVaU2Uaj7Rn0FI36KmGzsujBC1547XFiFzy77Wzwpf+CLfKlZLlUfw8g/ozUG20YqdUpb"
    "QT8UUivqgmU7qmkSYivugUuZ4rvoiwKcHvfIEaHm2VI42w6DL8LOE1bzy6e+xNB6P7G2Ah"
    "bS5h3pqG4lCD/JN+2//S/TYYPY67wxswQ0v4ohqOCbUnfTKYPnYJHbljqbZDpRFyZ9rvfb"
    "kf9Mh1G8lLHQsq+Oq37vCxP7kBL1Bz3IqZvAEJ550cAQnnndSABHIrVkoV/WBM6vRIBK99"
    "lRlb2SAEe6nqzxJZ6SSG9JsqnMTJDhdVdl5WEELRJk6oW69Y/+aGNkF3wIi967qAayIbPi"
    "NLgppmvLKc25MVvpWKMYO8MXGR552rSx9e8iML2cnX7nDI8Nmp87kq47djBN1lIxulPByo"
    "neqDSioU4X0WYeFEWpiGs2ZLMinxGCziw0WcluX1Lz240avYIpEMeK6KUgzSaoRhNKqaOP"
    "7y1VqDpuRue1wcYtEKFhXOorlBdknJWUs2xdvmm0cp5IJRhTOKSjOSjzfDmJ0Zc5mkFpF+"
    "WyL9diqPR70WeC7s6W0IuXoGuLf66rrZNfJS9wUuzwztpDkesYP4ZIgPMcMts3ExbvfMeK"
    "7NfBnmpoJMpAD8rch8UdErwFuGDlZQQeQsxaRPhlHafPduhG9H+HZqsnjW1MovfDunyPU8"
    "vh1R0FwUNG9IludOaoEoBp2uBAh1qQLKAIUtWyHwkM2nFFAtOKdmAHTDFd1hpALUDf49Vz"
    "EzgquGia8pJnwFc9NYASz1h2zngNrOWee1F94/s3R2XCfyKl6J0tlCz6jmqlNTiVPoGafI"
    "9Tx6hr/kJnie7dkO0zWpKGsRrm1/W9stlU9Uuq1womQTEc7IlDxqQk7VsC4qI8evH8wa2g"
    "WifAoQM+Ad4z1xPOhNsxKeylQSw9WaGQpirJhzunJo0oaS5rfMoReGwp+1N6yNyUuDOH5o"
    "H64+5wfygHf0QKQPP1/8tKkwrCskXwtrdOulCS3E8iWV8ACmZhg5W8pFQOiEQies5JpVU+"
    "1A6ISnyPU8OqG/4/AohD5Rk8TqIrRB/IksNNNdeT5BI1J4ys6PEq68I+VK+dIcV/xrlEqE"
    "vWazZYew1yBQn6++XIysSat4aWWkwkrKnjp7E093bserSMXGGO+hSmUq7T2IFyYijrYYKn"
    "tws52lsMuRZjm09TUyLbwQkZorbxjgXwCG0MY0gKhhwNCJhm0BWV1jvZjk9YK15ljgGb1h"
    "jXsJrSVbRS+oVxH9KTTwmixANdXFhAZ+ilzPG/0pIV3m0WjCNEKd4T9/AgPGjXmESIDODT"
    "paQVXjBT1CJEDfcaQTSY/HKhWl2gn27bG2xwszLz7Z3h2mvDBHqQTMW2FWFaTbqv3GjXSC"
    "UIC9FewVtJ6xSEnXAh6s43QNWLVLt2vjh9tQe5YcK6XcfjrcLFoxureO7gA2Pc1+mgdzPd"
    "WKKkBPgm4ZjikjYjx8QaYFU+Mm05FP76Ek+I/oPyslG26mmvZSekOQUU8+2+kbpWzQyRNF"
    "OH4JLJaEfqyRqSLmYXsZBxuyiHc837BiCGcAWcTxhkt1sUSWjd97YSIuISVJ2TgxRRxFW6"
    "OdEZEYyV0svxHCAgy/9VlAKm7ndc37O+VD42c6K1apMZ6s3zHtpLYc31IaSZxckR8schcR"
    "gr2A6rm9jJFsmEqToCo1PcCdhKzMAH96ZiQFBG1yHe9hIhmpL0gBLiGYqxoCUFfA6xLawF"
    "4isMaCJjL9YlCqzT7/Y9eORBiBCCOoyXJQU4eyCCM4Ra7nCSOwbPzYBZKeEZeOFiNrYBh6"
    "5+Iih7aGW6Wqa/RerDIw3hEl3rpdESKBdD6kSUAjOYuUAsUBdpxOGCG2m+fV/0XS7I1Z5f"
    "pWXaSKY1G6w0WTl3xkx6dO5/z8qnN2fnl98fHq6uL6zJfPkreyBLXbwa9EVovwIWlCtpaw"
    "c3HJtXb7FAc7DqHGzieqsijcUV8RqgYsIoeOQHIfhF9iToIwWJ6RjAL6DNpqpBGRxzYmjc"
    "hV5iXiUWUmuGQEiiUoGzBDyo72sGxoO4wtNktI9ygOCK+78tXVV4VM0zDp+TU8QEepGjeW"
    "y4voWEJd58t8TlIeEG4/gGdm2LVdRpzZSrWJuWbGp/HH6Bo3yq/PckB9fZYKNbkVC4VENu"
    "SRW7z2QlYpXFbx8y75Up7jZA0KXyor4zmS4bpnxnMkqbZeKOdNeI6PMN6E5+M7t2sCfKkO"
    "2zBiDK9tDNB01y2MNcyRIO4PID+bG8wNExg6At+N2S9AtS2A59kCuWndRHBaIAvYS9NwFk"
    "vqlcXP0N1SrYC+CStjvKzHMEu7RdYQ3H2isNufrYAxpMFm8tAXaJG26Mca7wYWnQsb5m14"
    "shk13pBv0cb41egPumcwuzawsgo1TbJkvIiV84gVtOVl8Q9wQfHQkVzOUGfdPg8RHnnhka"
    "/Eel9T36zwyJ8i1/N55DfrdVIz7+vOKiE6x01+i0MbobywL05dsTXu9/qDb/27Gz9w7Emf"
    "9Mb9/j25hpsi/Lb42uD+22BKLqn6i2q7V6b98bdB//fB/a83wZGFeMDgHh5vvw6mtL1vsi"
    "D9jsZur6QWLf79ZTSeDgcTt93SMG2iXpM74/5v/d7UfavvSKbXRp8/98fSQ//+jj7QmM+R"
    "Ka2RrtAnune7Dw/jEf0a9zYWk0zjJaC+6/eGg/vgvoJkTaXfh7XVUXe86VqfGVgapf1+Gd"
    "BXXqr0jcm4uxt3f7+/oZVyyXkq+pPe/+eD2wrv46RdXHLL5X/PY97rpJv3OknzXlzS4Fy+"
    "WPRiEavKIpZn6xIG3pyTr3gDb1iNSOCekU4WoxOZZDkyyVzM8NqrQd3X2nObe1nEwvZbuO"
    "03qrrzTIkEpZgUOSYFluaM1QpLRykzIn3tT1I2zstUvMt6aUoyMWASS+EzZ148i7Z5GfGf"
    "8mD+KR3zT8mU1iO6kyonxRZ8gFNgEM2JakAg8GTg6SZj8UEaoRFOz8o6Pas2dov1esZWhQ"
    "KwzXfgc11RDXmrtuIZJInuCWnTEsbjoEaWwgiu+A3A/eNwmM89v1RJzhQj5IrHMz8hhrEv"
    "QU8NGchR05HnjtwLqYFnFJ643TUVLWoTLyLoY+B31FSoTLQ2zH3rGYxpJ02FiLom9kRoRP"
    "poEkBlBg5FFnRG5FB8wU8PHXJ9JqFdJnfxB8NUkLIJ3nF9LpjCNFZtYBtt8Lqk/7yRf5Ce"
    "WviBu5PtRR8iUSyhyKjNXnzIAJasNMaGxbAcJH1RRLoId6GIdGky1/NEupD9Qdor3CXaQ4"
    "Ut1yLYpbHBLnh87zWGw/RVru4hhnBjhzDWEgxGYed0v6FPUOUBW5k8QLyDW3xHzwYUDXCA"
    "H7p0BL8Q2Vjhsb7CYlJHSFoAcjozk4TCT7zdpRlLRdvTS9TMerntmK8oOdKqdH5tV7deqa"
    "EtmZ/o3mlnpiYGbbYaFqdLFCQM/s0CLi2wDZovqBtu9VdaEFaDDJviDvTMPEIr8P0QIokO"
    "H9d2aKPV2k7kFYqsNpHVVokVp6ZWH2HrO0Wu57H1RdffKNezDxCKUjZJdCviBCFvJ+MENU"
    "R2OEQ/VB9O/DEWFd/Iqfc8GnuCUCju3Iq7aklzQ9PwuuKsGT5Yw9AQ1FNErhhpDP0Zpi0L"
    "fv/KYTlwOxoNIxy4HcQhfvx62x+/+0DZEWRsJAf9KrXc3Xbr9ergRe92sFx/G9z1RzfgRV"
    "WQ8aR3H+8G+Bd0FBX/IkMT71ebWcttLMxjK0w3FfLUeMyV/H2Eeo+uWZ1zDWr5xnnfLP/4"
    "MBx13WvOWjNg+CqxmLsXiWm9e98d/s+EtsS6rvZm0ZbuVdLSvUha3vf7dxNp3Ce+B8xQhB"
    "RLMhHxPTzpn7uDIWk9h6q2myG++FweMgx5Sw2HacSmw73prJCiQt7jDyJEDQD9AAX5Xcj4"
    "q5XH6RqHdglHcFPIdqjIHyMUJfl3K8mvOKZrA2bAn5FtHCUTqcY5Uo19rctaGq/6DiYlZg"
    "fiPMzqGJIYfkDqDCAxM+ZuZkRmB4LnNeA5VhX24XiYXPC7yvz2l2Uuv1uMSuQtM04Lcj2i"
    "fLhGiZpkgS8reCLkeN4zcKLBeYztWPREdJhtT2H2pnsBKP8j1FW9Foi84MbWxj0SmUlCtL"
    "ZvGmXXtdtZY9pZgwZ1qdmCicWAEcvDWjDSo3r8WGwptGTlyxy0VNsmZcCNOYB6ENR9Q+Ny"
    "aLgzjc5pA+8gcXoU9No0iKBgsRMJC+hz77zCjRX9YLmFIoxIhBGJgBIRRnTyXM8TRlRDB6"
    "lu2J6tiddJSu9Nu2Oa3hTqh2RUSQ/j0a/j/mRCEqokbwtMy6fqf+sOH7tT6jNFL1BzoE2d"
    "pr3R14dhn7aWjdWaSIQVcYWSfT7J5/Rqql77ahRQJc9rTAFV2TFNcia2zowTyQ40i9M2xq"
    "dUSPCea5fcJ/4m1sUB1zUaTcO7otUmEkdBLyotQ47kZ55lKE5XjeWoUfWcd/f8CJdPVQW9"
    "pHwfnDe6A59jtILTVea0SOws1+cTlAjkgzdBJxxqImv2iFmz7DFdiI+No/RlxcZzXpATk3"
    "kPD5Crc+ztAfLyiRsyrEv2/PhDlOnzCQ/gLG9PpN3202X1TQ0f/6zX0Fxt07o2AAIFQYWU"
    "xvmFemnwX89AhqapIgvftPBMRAqwjWdW8cgyHsDpAApsgt5jxNGoVdtw28L7c0J+AOH9OU"
    "Wu5/H+0EWe84ijME0x1tHjLqcl546EN0HOmRUjbeDUqu9UYtjX6udJLSzVdNK/n94AEkD0"
    "pI8e3PqVxtqtXsnyiD7pXwcTmlq6Ui2aWNrr3vf6Q5o/KhOAtMqkkO5w5Opxzlotyx1R9v"
    "mqm6qm0owrYzRK1TiYyyiauSLfZVoSmac8LrgkZTWccI2KCSDQ7uKZCciEU6bK4oG7He7A"
    "4Qih4HGVeWyitQZluinxHg8ZJxSuIUZ0j/BrCtdbtXwU7cIL1lbg3L6KLSNH8Q/F8qmYNX"
    "7jGVdZtX7dtpIZNN7qLPp9CW3qoNmUXzItMDccXQGq7np2qMOvHXh6Ns3AC26K+0h6hwrp"
    "kVkYOFTMeEMjbWhESWDhzanmml5Tu77w5pwi1/N4cxJLb4L3GQfQMGirXIKyMtbLLLN/at"
    "D04U39xvNh7JYllHA0sXBBX4y7kGOCsgFm4qz1qoxyjhZarEhiOI/BOEwjTMWFm4ppeo8k"
    "O6xqhOlMiVJVgy2NSqN5UWm1FV6+xMgEYwpnjIIlVZ2CTE8/5OIOi1awqHAWzTW44OKLT1"
    "ANZjRqf0GmyTq9Ml3Q8gmEfMV/uKKbb8znzwjTCFdGDleGb57c14vRtCSLdtyBER5aVTps"
    "b4zWhsk0xG/utLMM8GbQJk+SRsiNQ07LW+DVckF4Ddx+fsH//5nIA6S0FlQUkjaxsZu0gY"
    "7wn8DA/7yaqo0YhbnKeADbKh/1uQmLvLDIV3qRqqltVljkT5HreSzyqYb41FU03fxe33Pk"
    "igsAEg4OBsglOziIoAE1zbV/METo9PM3EpTiCI4cR3Dgp81VBW3UkNxgR8kE0jmQ9m17u1"
    "kEhfmprHJUJl3N+FxOYSLBlMKZ8orgs44si896HqUSbCl+rjiLhVuHnm+2RMkEYwpnDCku"
    "C8nAtxDDiJLOmTidYI3wNTWZGaolbSraJjmy7YDqEOEBj6f2bJG1PZ1apNGINJqqe6H2Tq"
    "Mp0xU1ms+phyXhiXJvtLMcUYbfJI8firZml/LCP0zjBdHcjTuM+RRqz2DUZXqbduxme+Ev"
    "4TkSnqNKLCw19SEIz9Epcj2P56iG1YQUE85tTr2kdTfufp7eAEr7pG8qC0ndh4fx6Ft36J"
    "cYktx9CmpPunuPFAry9q4nfdz//EjLCZlo7tB6QtP++OvgvkvLDtnIXKk6pHWHur1e/4Fe"
    "hbKM1vTaXb83HNCaRQqSScGtnSoPdfKUDuuklw7rJEqHaeiFr+6QT9CAOLyy3VorQ7eX2p"
    "tkQQ2ajMpDqdJKklDUamCci0vRkfC844A2SiRgTYcV/tgBVpdIwMqAlZxjIhFJiC1jpSby"
    "haiy5Kv6IZzlesW7aqK2GLQ4XRAhEmFWLdysigUjGVkWxjvtJCw2V+J0jRMkii/w6kGmbo"
    "RxznK6KeQ7AR9fQypUWPdTnrzgT+l5wZ8SecGeRiCZaAVNxpli6fkqDNIGDPRDZ66sTYR0"
    "GwsWjpWSwJI16pO0hQz5YwsmJS829FFEH97R8Z9GL7bgwrdgBcmqspPdLkopSj5Wx0yXtM"
    "4KZ6pwpgpn6j6F9hxFtYfGosUqsefda2cW1yOtJG3TLEdZPQPYhiMvkQJel6q8BGtkYlUU"
    "aoB43tr4ItIB1MndN1YNPV5y3vOTnNl3JNvuWG0D/7fLuj2PUiJLV+hZGCg3cfuQJzTdqo"
    "tTcQV/6nTOz686Z+eX1xcfr64urs/89TB5K2thvB38StbGyDYnHMan5zoUDuNT5Hoeh7G/"
    "lOdOiPMIGpgFV/zpGVBmy5yZ+DY3zbB4y0Zc7MkLc5yugWCXULQyIlPyQl3k2W+VArqM09"
    "9sqDJiODLSC32KatjkGlVmjF8kaqwoVF/Rx5V4E0ai45gvehhVpNtjJBtmVPVlNmhnGTJk"
    "t6lkBm23WjNGOgIbOhK9prolgp7R2gboBemuNULDw9Kkhz8rJnxlHAywcy8iRFyEiNdkwa"
    "up7ic0/lPkeq4QcddSy+d2ihKVFAtYvxU1QPUZfwZbKdoedu/RVlk1ao37vdHYPb/XFTTo"
    "Cb4P41GvP5m4x/q6IUn0+udury/1HvsT8nQZ+WWqj38uwMKEus1Krs9MGw5RHTBn+DhyfI"
    "E5w2tDU+W3XepuJSmrPDt2NBwUP7rVNQ/IbusGxLCVbY+h4WZYk2OVG0iHN0rVOJg7Fxd5"
    "UpcuLtJzl8g9YWppqKklUp0O6opKeMEndsbJRKzT9lgnH7MkztyRTr1wXzWDOW+cU3yMVS"
    "nKaaDPyEGbd0hTsST01mIYCuNN2lmmQtVtTD4waL29okRQ4sEjBO9W1mKgAMOklj57oPwE"
    "XhFYwhfk6QFI+QUojhtDhiwATQQU01ivkcIoNlHGEwo2Mor4I3JPxB8Ju5SwRgquF2WNfE"
    "aMJPp0lWrTvBhdqkJ5bh8u84Qe4VYZtoBE8FG6TTIF3BrYIY8aC1MR5/HIsWfGj69YAoJ0"
    "v04WFIs0yJQIDdpUWoXa5pAHN82BbQAL6VgMI0fK2Egn5cDIQfEWfh9Az1F1w9kAtOh1eQ"
    "l1QkYOlJehY2GpTbVZ4mDxD+ANp/dL4ejoh423Fhut1uT/IuBdCJxC4Ky66CEEzlPkeh6B"
    "U0GKs5Y4xc4IUfOEz851HuGzc50ufJJ7sfNI8E6s89UhC5EIETRHOLaJZHWtcjqlIkQNhL"
    "kUr9QavmkG5KrIHyIREdmRvaGYw15qV+dyU5KSkwOtTW1Lv6Tlkz7xrlihK1P60yZVKbu0"
    "IiXcqRpl8REJG82JwavJCmpaeqGDEN3h3H5n5eo5552rS1+zIT+ydJnJ1+5wmIypieujnL"
    "Irg7yBAmx9BdaknqJBy5a4D1ePUjUg+CSLpWXUqaI5FfzzK0QmSvBUeVrhrgg2HCJdQCEk"
    "ukIkuorY0z9DVUPKb8asxbClBzfbWXb0OW0mfd+0y2FDx01dO7VLSs/ZWBiG8gv4MqaFYI"
    "w1GUWGaWHJjpi0EemH3JChDkxkm2/k4oplPi+0bxFHIczaTZMPa2rgFGbtU+R6HrM2XvE5"
    "yzIEFM0zaJcRTeHJXzwYh2nKUsGOB3MJ5XJMviM2vfbVkMcbVYcWvw3r0OZso51P1KRA/S"
    "KMdtzmmyNYbo5kNyjDdoPHtaG9cGd5hskOmObpX6lVnmdFlPcuMlV52WKVgXXvtDOLwAZt"
    "tqns6ZCLaibVqmayQ7pxs/OMy8nUXHPlGm+aNxDdD2e5tI2zDG3jLCEJ4yfazMiOdGE4RH"
    "J4efg4wkMzLNF//T8gFcJm"
)
