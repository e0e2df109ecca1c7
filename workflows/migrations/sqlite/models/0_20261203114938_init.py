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
    "feedback_improvement_note" INT NOT NULL,
    "offer_approvers" JSON NOT NULL,
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
    "rank_score" REAL,
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
CREATE INDEX IF NOT EXISTS "idx_application_job_id_834f00" ON "application" ("job_id", "rank_score", "id");
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
    "hr_user_id" VARCHAR(64) NOT NULL,
    "attempt" SMALLINT NOT NULL,
    "reminders_sent" JSON NOT NULL,
    "sent_at" TIMESTAMP,
    "opened_at" TIMESTAMP,
    "completed_at" TIMESTAMP,
    "missed_at" TIMESTAMP,
    "followed_up_at" TIMESTAMP,
    "previous_id" INT,
    "replaced_by_id" INT,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
) /* An invite for one application, with a deadline; the link carries a signed token. */;
CREATE INDEX IF NOT EXISTS "idx_invitation_status_e559dc" ON "invitation" ("status", "deadline_at");
CREATE INDEX IF NOT EXISTS "idx_invitation_applica_7aeae5" ON "invitation" ("application_id", "status");
CREATE TABLE IF NOT EXISTS "interview_session" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* NOT_STARTED: not_started\nIN_PROGRESS: in_progress\nSUBMITTED: submitted\nEVALUATING: evaluating\nCOMPLETED: completed */,
    "plan" JSON NOT NULL,
    "current_node" SMALLINT NOT NULL,
    "answer_mode" VARCHAR(8) NOT NULL /* VIDEO: video\nAUDIO: audio\nTEXT: text */,
    "device_check" JSON NOT NULL,
    "plan_seed" BIGINT NOT NULL,
    "deadline_at" TIMESTAMP,
    "consent_policy_version" VARCHAR(16) NOT NULL,
    "recording_consent" INT,
    "processing_consent" INT,
    "face_cues_consent" INT NOT NULL,
    "consented_at" TIMESTAMP,
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
    "think_deadline_at" TIMESTAMP,
    "answer_deadline_at" TIMESTAMP,
    "superseded" INT NOT NULL,
    "transcript_confirmed_at" TIMESTAMP,
    "question_id" INT REFERENCES "question" ("id") ON DELETE SET NULL,
    "session_id" INT NOT NULL REFERENCES "interview_session" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_answer_session_7de99b" UNIQUE ("session_id", "node_index", "attempt")
) /* The candidate's answer to one node of the plan. */;
CREATE TABLE IF NOT EXISTS "upload_session" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" VARCHAR(32) NOT NULL PRIMARY KEY,
    "node_index" SMALLINT NOT NULL,
    "attempt" SMALLINT NOT NULL,
    "mime_type" VARCHAR(64) NOT NULL,
    "total_bytes" BIGINT NOT NULL,
    "declared_duration_s" REAL,
    "chunk_size" INT NOT NULL,
    "received_bytes" BIGINT NOT NULL,
    "next_index" INT NOT NULL,
    "chunk_sha256" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: open\nVALIDATING: validating\nCOMPLETE: complete\nFAILED: failed\nABORTED: aborted */,
    "error_code" VARCHAR(64) NOT NULL,
    "completed_at" TIMESTAMP,
    "answer_id" INT NOT NULL REFERENCES "answer" ("id") ON DELETE CASCADE,
    "session_id" INT NOT NULL REFERENCES "interview_session" ("id") ON DELETE CASCADE
) /* A chunked, resumable upload of one answer attempt's recording. */;
CREATE INDEX IF NOT EXISTS "idx_upload_sess_session_744dc9" ON "upload_session" ("session_id", "node_index", "attempt");
CREATE TABLE IF NOT EXISTS "analysis_result" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "analyser_version" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "engine" VARCHAR(64) NOT NULL,
    "transcript_enc" TEXT NOT NULL,
    "segments" JSON NOT NULL,
    "duration_s" REAL,
    "audio_cues" JSON NOT NULL,
    "vision_cues" JSON NOT NULL,
    "dimension_scores" JSON NOT NULL,
    "flags" JSON NOT NULL,
    "follow_up" JSON NOT NULL,
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
    "flag_details" JSON NOT NULL,
    "result_ids" JSON NOT NULL,
    "is_current" INT NOT NULL,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_report_applica_0efeac" UNIQUE ("application_id", "version")
) /* An application's aggregated report; re-scoring adds a version, never overwrites. */;
CREATE INDEX IF NOT EXISTS "idx_report_applica_0a8be9" ON "report" ("application_id", "is_current");
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
    "suggestion" JSON NOT NULL,
    "approvers" JSON NOT NULL,
    "synced_at" TIMESTAMP,
    "candidate_responded_at" TIMESTAMP,
    "candidate_remark" TEXT NOT NULL,
    "entry_date" DATE,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
) /* An offer for one application, approved in DingTalk OA. */;
CREATE TABLE IF NOT EXISTS "onboarding_material" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* ID_CARD: id_card\nDIPLOMA: diploma\nDEGREE: degree\nBANK_CARD: bank_card\nMEDICAL: medical\nOTHER: other */,
    "file_name_enc" TEXT NOT NULL,
    "content_type" VARCHAR(96) NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "storage_key" VARCHAR(255) NOT NULL,
    "uploaded_at" TIMESTAMP NOT NULL,
    "replaced" INT NOT NULL,
    "offer_id" INT NOT NULL REFERENCES "offer" ("id") ON DELETE CASCADE
) /* One uploaded onboarding document; the file is encrypted in the object store. */;
CREATE TABLE IF NOT EXISTS "training_course" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "title" VARCHAR(128) NOT NULL,
    "provider" VARCHAR(64) NOT NULL,
    "hours" REAL NOT NULL,
    "url" VARCHAR(512) NOT NULL,
    "description" TEXT NOT NULL,
    "dimension_codes" JSON NOT NULL,
    "is_active" INT NOT NULL
) /* A course of the org's training catalogue, tagged with the dimensions it develops. */;
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
CREATE TABLE IF NOT EXISTS "candidate_notice" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "dedup_key" VARCHAR(128) NOT NULL UNIQUE,
    "title" VARCHAR(128) NOT NULL,
    "body_enc" TEXT NOT NULL,
    "channel" VARCHAR(24) NOT NULL,
    "read_at" TIMESTAMP,
    "application_id" INT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
) /* A message to a candidate (decision, offer); also shown in the mini-app. */;
CREATE INDEX IF NOT EXISTS "idx_candidate_n_applica_e5dc4e" ON "candidate_notice" ("application_id", "created_at");
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
    "N5nrjmch20Ea4hXxLbL4JgmlvVfA3kseiP3XoxEoc91ebXWqFkwjv7kmf3Oh0iMU1ZKikt"
    "Gc2Q8riDcSwzVJ1CX/dl1RnLGwrh0jODvcdaSfCuNMLrPNvZnWn3sFKP8tNlW7Noiy4Kb2"
    "xh06NPlerh0DZO/YJN1b06nMBIc8dEekBr7/0JmyyboEVZ2RxJltk1ueMLu1FhUpDEYrsc"
    "29XEMUR3ddghCNCIY4qlV9xuKDWRVnFiXcBxQjRGAjwzRg2SYVqRx+f5QK5ty5XYosGNhA"
    "qaQPZDjz4QS2ynDmQ+R6mXDmFgZqYdNd+7x6YgzvsXuzwZQVL4vNQxtFKDfTyc/T0e0t7R"
    "OhrI/AvDYRo6+Dy7vBjMVuoSdoeNBlwVu84mjpk/l1QrLoOZ/lc365nfV4WWQn8SlXUWRH"
    "9WybFszB3HjV4oD3NG1nYlsqSSLwHSe7xAGnptjjvsaiekV3tNZEBGvoSVeRoi6R+iiyDa"
    "XpmrEd0cd2ZjuiOz1RV7meq4IguwRZZ7ahfYfYNamacDONli0Us7PaVWBfUSzT0NUX5QnZ"
    "fMt/QQ3a3Bk6F0lcvfDr9wkmb6AEMHK2uiInPZd+O199ez6yCj31RJ1SqeFvawbwJ5AcKM"
    "2BOaRSlIecLRnApZfRKgIcCHDbsixjklYe9k0+7LcP6Zax3C3i8toauA2fU7SS003mtCxu"
    "V2+4WdTZTwzeDJ2M5ZOVA1+xciB/TVcAc7JFZrvWc1mQMx/zDsFnvhF/55CqdaHAjizrlL"
    "tfxue9TtBZEjROxFkG1fxwM5+LYrFmA6AuPfyItD6goYcrOldQlITGibE+tn6dyqC41ncO"
    "CO1fnC64O013j+/xkNI7ANoIOC7ZGjXgIGiQ/3uD8BMyTAsBhFX7hf2C74FHm8CAfwcL+H"
    "/+omt/Jf+hC+iv/yY3Xd2g0W33OHiHtRve+QT+zd40qMHwb/CIkOUABNUlIIwlwh95JuGY"
    "/3vIWzKfE/lFwDEBJO9sseCme8zuA91JUuka+XGmS7R044VF0dEQu+elSdCY6wat/nn7Zf"
    "ADeTClZFMTIuiyYQhrW3X/TYRC51QG7e8p7K6gs1c3W0tW1ThNBuIdTkiWDMQ7RK6XCcST"
    "dUVlXdF2ILoie4ePhoAMkCBqco3FLYWB6otfuaYLjW2KX6UIu7R89x6coxpEK9GUbQth8e"
    "llRawSFbECVU3/D2ebyQ+OTRB1aeVX2AdJRfoTa2ckvLNkaWXY33Y7C6a1TnOkvXxBL0HU"
    "GegrW9px604W1vwQ4zRdM0KMO5Xx0MI0I9rwVhD+3uRmdH0GKOU9/jq4HF8EGUJP0KAtgB"
    "IZQlGCULqE8z0enE/8HCX4YIZ5Tq8eRIls27QJW/KSK/hfV5Kqc7Gq1Qv+sn3vwcSV+LlG"
    "YiElcRop4criRbXiKosXvW7xoqhZ4a6BOl0LZkgjm9gXRRt71unuT1Xm4fj7s7V7irpX+m"
    "MVOxq80eP/2zLwMwcNRWwHzE0Pa0DHMf98n1y0g7/9YSBIMso6/SuZkdvqMtaeM6AJU51k"
    "k0tZFaaRe1RL3ZLSGX2IXC/jjM5svRne5+v7PNoOOvyqiv4pZyPLzRZ6BbvY434MKzXYr/"
    "BCx2K2q5BC2q02O6yjMtqind8ylB2Au+g4qKP/m4MWK1rBUcTzEaeRXo/KvR6yf9a+ogVY"
    "xSOWni6y/JNUzfgAOlVZ6Eln1i5RvqTIJGOq35mIyoUZyI5q2mLc4dFKFlXOorkBF0J8CQ"
    "mawYxOneQF7dwLGFLQyF1+IbszhUUWiOgZIYFUL4TVC+mr7u0hOV+6+9ZrqK3uvimyTJvr"
    "5gvu9Ivce3Y0ZnMeLwaxwgTfOQAuyG65oLwG/jyfyP//QIU02gICahoZsnbA9QFG5J/AJP"
    "95tolixWkgUccD+D6/ZBWJPH/fhj4TuqMExZFlr4lGbXh96VU8IP+S9CoeItfLeBVznYm5"
    "u2i+C7FG8fFdo7dS6aR9VSctFWegYfimLyGrfoZSGvbLpAHShrwaCpSd0mAnySTSJZAOzb"
    "rbGYOl5bGuzCmb7WZift04kWRK5Ux5RvARE+VSzHGSpJJsqf5b8RYLv3+t2NeSJJOMqZwx"
    "tNUapAvfQRwjSj5n0nSSNZWzRroZG8YM8itcqBvCPInTSdZUzho/30bReSVT8xmTpJJsqZ"
    "wtMaN/hi2F/UyShHtsZLK23re2j4mshi8LtjfdO1yyYPvruIgn8znzfGY8xP6NfpGD2AyH"
    "lPEPs9FREmaESp/+YZtPiGVsXhDMZ9B4BJMB1wu85TSbqxlLX6v0tTZiY2mp1036Wg+R62"
    "V8rS0suKXZcO4K6iW9i+ng8+wMMNp7fDO6vhhf/6wMbm6mk6+DyzNgIczadvrnFDTusX+P"
    "FdcKzq57PB19vrull2w09xx6ZTaaXo2vB6wIl4vslY792v+D4XB045fmUlVksWsXo+Hl+J"
    "peowU/dbxdva6jMgl5R/kJeUeZhDwDPSGDvwT4H3xI0IH42LodwSsTu0vjRXGgAe0XAWkl"
    "Syi7VnGKODF0FPLdCUCbJJKw5sMKReqOJokkrBxYadtOhUpCfBkrz0sbpyqSr9qHcFGwAj"
    "lVM8ZV6Ag67WIk0qxauVk1aLctXOwzTdc5QaL6sglryPRAGOfaVDcjniLfCvj0HtKgZksf"
    "y1QD+ZhfDeRjphrIWiNQbLSC9mMW8/w8Mg5pBxb6vjPKLBsh7BLBwnNyEsuKVn2WtpIl/9"
    "qCSf01WnRM9eEtQ2Xy6OURXPkRrCFV17ay2yUpZQno5pjpstbZ6DsS+QyTVM34+DqVWh6Y"
    "BnkthAvKycSJmsGUTu2IzguRb7fZEBOEcj9s8n6oQqzRVhmIFji2TLzdCZg/i+R+W7gvqp"
    "TxaKVWJqyV+WqVqCkzSXXIpkwZHSej4zofHRdzgxJ4bB3ywtXPA9LPv06RAXOUlXXkG34w"
    "yVDy666CCTuE/5+1BhNmkeNFFnLxLQgzDMcrqzjBxqDDCUbAswwTEpELRLMAgp5HS81+Yl"
    "0j5rqBgO4AhFX7hQZR0PBBesN8+B0RRclxyZebDUWsenIZoCgDFFuyt7Q0VE0GKB4i18sE"
    "KD4SSPken83hiWvaJlcs6Y0vlOFgenEGdE1RyUF1jy/GN5eTq8EZ0HRyiK0gjRz8eToa0b"
    "hBgiy6x+eD618DqgeIHwO6q9HFeEiDGVdII3KbcY8nsy+j6Rkw2alVbiXV3FuBHroK/UO0"
    "9n+GUOrswjo7ebxLxB8fM+43lXNqpug6AH3dUQO0t/w2rdOTdJ3p3b3ntul5vb0LWuTkdf"
    "Vu/+KuPjqAakZEy1QeESeguagNUYKsyafyllAfHR+XCc4/Ps6Pzqf3/kzJvb4mu5XgmyDt"
    "oOTbXkk3q+DYyDKgyqt8UpihHifbY356eKW1CeosXVXM+B4nkWb3zWb3MA15R4N7mPHcMn"
    "jLmtrj66pJKeizII5vaHq2g3oci3FqRL/IWhxGBarR4M3p6cAfDcy5b521F985YD0VUKEL"
    "DXNBIXXhgvwI8Ky7SzYyqjkIdJfozk/IMC1e/fI6niBtxtJm3JJNqqXWQ2kzPkSul7EZi2"
    "YjVZuF1KBsmBoSA3TXEMI2JOiguv/u6LSMffzoNN9ATu9l8ryedI0nNRcmd4U00n61cREv"
    "qbjH0Ury64SHFFuWCG+UTbYoUK2CAuGeLVRMIhjeuWV7/K5MLQkyKnfhsnvpZJ/ozTIY5z"
    "vPUmQdwHrfrrOomSkVFrbsgxqSyqSPYgZtV+ATkt/3xBFONtX3jOhkec9i62nG0vc6VqmB"
    "p+nupbnocexR4b1+kSWKdvR2FSMYttEG9dvSBK7pqUtq/Fnq6hJYyHZMDA1ADQ59chFhAD"
    "G9+5I1MImTb7YeJZrcOR4LWQwd9Ou/feMQ3K3RHf3KYs8iQPnNUXecVsj8VeQy75gFbC+u"
    "cmknOxyLibSTHSLXy9jJwq28rK4WEnTQmHP6toS6dvo2V1ujt/5Mwyvabk/dv4rWYmNkWu"
    "wpHYiUousg2NUXskzKlKJQ71B6p9lAV7+q/f4sQhaGkKIZhoVulfgQFok6Kwq1V/TxJd6G"
    "mC+GBFWE3SlSTTup+nIH9IsMGao/VLGjsaVyLwM6Wolad1iHhkdkuQA9IexbIwyazskiXT"
    "QbPmN+kuVWs8jIGBkZ05INr6W6n9T4D5HrZTR+x7fUigU9J4lqquvdvh31gHJUp6PhZEo7"
    "ZtDOF1TQIOje45vpZDi6vWWXg/LC7PrnwXCkDO9Gt/TpKlJUz/d6vn726cKG2BVOsIhR7d"
    "FB+DpyfIXpFZZp6OqLQgsdCprBspRN/jq2DR6rfHXrlgjI/ugOhILUbY9hpaOJJsdrHVoQ"
    "1pSg6hzMtWQ6SlNLZ0wt/GqNQmJnmkzm223Otwsxy+IsnHM3jM/VMpjL5t2l11iTcu9C/K"
    "9NV1dRj2coTA3pF5oKw9+Ko9El0u9WRK4nbwhcE0AQTgLeREY/lr34/SdAZjCBszSf8bqU"
    "2krH+g/klXhJd5XMe4/v8YxceDC1F0DRcdj9cLo+IKS6m6zzFubv3YzH4ImuvG2CrrLlEW"
    "P2MBkZJSOjpJ204dKLtJMeItfL2EnzLXp8XrfBiteYSBINaZ4lWjwoQdS5RM1aMgllrmbd"
    "CFOpU7SQYZymEzjvOxVLXUKMxRpWx0i6Z4mrvB84Pda3kHdiZLJ7SnNkm6xIK1tPyNYTDb"
    "fL7d56ok7L3Bg/mB7WLpChPyH7pcexzKWH9Issc7o/mP7AaHQJy9wFgXoGjUewJgRvVs5i"
    "rAHTZjF47lj7HjwjsIRPaO2hR9onQCRphi5yALQR0GzTspDGs9HV8ISKw/+k/Uvav159W2"
    "upJUTavw6R66XsX2LGmc6aZU7KJAWSUQVROpm0QGlbrNi22JC0jonnPpjfrnyvJk8mTA4o"
    "lAhNNlRZxcaKeWodhIkY9mzrrotCr6lD3ofWNcWOn2gKYOAtXUJMyZbQBSr0HETLmW5w2V"
    "b0ANFCFy50PQYVRt9ccrS4aGW50uEqBU4pcLZA9JAC5yFyvYzAKX2C+/FYtcV50jIRNOk+"
    "UXVLFwwXTxB1EOZa4sUt+EL722Rxzi+VECORtRKKXbNb1EqIxPNtUuEi6j06aS2ix1AIxT"
    "jQuxld+/lwAf09vl1fcWJXZuxPl3ZwHFzQ/o3+0nv9XKFAc+Lw6nYFDSPfBRij60x3uvdH"
    "H05CzYb+UaTL3F4NLi+z2W5pfVRQduWQd1CAba/AmtVTDOi4CrJtXgW1/OifJFUHglH2Hf"
    "3Dqp2If18xMhmc0uTPikxFsREQ6SIKKdFVItE1xJ7+GeoG0n4xH3ocW3p0s19kR5+zYcrv"
    "wbgSNnQy1LdT+6RgbtpgYZraJ/Blyko0mxZdRabtEMmOmrQRnYfeUCEGNnLtF3pxxTOfVz"
    "q3jKOQZu2uyYctNXBKs/Yhcr2MWZvs+IIFUyOK7hm064imWMtfIhjHaepSwV4P5hoKWdsL"
    "oY436/HNkMc71eaGvA2v+1Cx0S4k6lK4fhVGO2HzzStYbjqUuUXWtWk8Cddfi5PJBvctad"
    "GEbF1d9ngNmvw7/cL2TNGYTSp7PuSyznCz6gxvUQiw2xUA66mhZglVAQyGdxDdd29LaRtv"
    "C7SNtxlJmDzR5UZ25AvDMZL9y8OvIzx0wxL95/8DUdltYw=="
)
