// Entry point: session, welcome, consent, device check, questions, submit, finish.

import { Api, ApiError } from "./api.js";
import { closeStream } from "./devices.js";
import { deviceCheck } from "./devicecheck.js";
import { dingTalkAuthCode, insideDingTalk } from "./dingtalk.js";
import { runQuestions } from "./questions.js";
import { $, fmtDeadline, nextClick, setChip, show, STATUS_LABELS } from "./ui.js";

const FINISHED = new Set(["submitted", "evaluating", "completed"]);
// Time for reading, consent and the device check, on top of the questions themselves.
const OVERHEAD_S = 180;

const ctx = {
  api: new Api(),
  session: null,
  consentMode: "video",
  mode: "video",
  stream: null,
  uploading: false,
};

const ENTER_FROM_INVITE = "请从钉钉消息中的面试邀请链接进入面试。";
// Answers meaning "this DingTalk account cannot sign in here" (not linked, login refused or
// DingTalk off): the candidate is told to use the invite link rather than shown these.
const DINGTALK_REFUSALS = new Set([401, 403, 404]);

/** The invite token in the path (/i/{token}), if any. */
function inviteToken() {
  const match = window.location.pathname.match(/\/i\/([^/?#]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

/** The OAuth code DingTalk appends when it redirects an external candidate back here. */
function oauthCode() {
  const query = new URLSearchParams(window.location.search);
  return query.get("authCode") || query.get("code");
}

/** The code is single-use: drop it from the URL so a reload does not send it again. */
function forgetOAuthCode() {
  const url = new URL(window.location.href);
  url.searchParams.delete("authCode");
  url.searchParams.delete("code");
  url.searchParams.delete("state");
  window.history.replaceState(null, "", url.pathname + url.search + url.hash);
}

/** 免登 for an org member: the corpId comes from the server, the code from the JSAPI. */
async function dingTalkCredentials() {
  const config = await ctx.api.config();
  if (!config.dingtalk_login || !config.corp_id) return null;
  return { dingtalk_auth_code: await dingTalkAuthCode(config.corp_id) };
}

/**
 * Signs in with the first way that works: the OAuth code of a redirect, then 免登 inside
 * DingTalk, then the invite token of the URL (whose own error is shown if it fails too).
 */
async function signIn() {
  const attempts = [];
  const code = oauthCode();
  if (code) {
    // The state DingTalk sent back; the server matches it against this browser's nonce cookie.
    const state = new URLSearchParams(window.location.search).get("state");
    attempts.push(async () => {
      forgetOAuthCode();
      return { oauth_code: code, oauth_state: state };
    });
  }
  if (insideDingTalk()) attempts.push(dingTalkCredentials);
  let failure = null;
  for (const attempt of attempts) {
    try {
      const credentials = await attempt();
      if (credentials) return await ctx.api.openSession(credentials);
    } catch (err) {
      failure = err; // JSAPI error, not an org member, ...: try the next way in
    }
  }
  const token = inviteToken();
  if (token) return ctx.api.openSession({ invite_token: token });
  if (failure instanceof ApiError && !DINGTALK_REFUSALS.has(failure.status)) throw failure;
  throw new ApiError(401, "no_credentials", ENTER_FROM_INVITE);
}

function showError(err) {
  $("error-message").textContent =
    err instanceof ApiError ? err.message : "页面出现问题，请刷新后重试。";
  // Without an invite link, a candidate with a DingTalk account can sign in on DingTalk's page
  // (/auth/dingtalk/start: OAuth with a signed state; inside DingTalk 免登 was tried already).
  $("error-dingtalk").hidden = Boolean(inviteToken()) || insideDingTalk();
  show("error");
}

function renderWelcome(session, plan) {
  const name = session.candidate && session.candidate.display_name;
  $("welcome-title").textContent = name ? `${name}，你好` : "你好";
  $("welcome-lead").textContent = `欢迎参加「${session.job.title}」岗位的在线面试。`;
  $("w-job").textContent = session.job.title;
  $("w-company").textContent = session.job.company || "—";
  $("w-deadline").textContent = `${fmtDeadline(session.deadline_at)} 前`;
  if (plan && plan.nodes.length) {
    const seconds = plan.nodes.reduce((sum, n) => sum + n.think_s + n.answer_s, 0) + OVERHEAD_S;
    $("w-count").textContent = `${plan.nodes.length} 道题`;
    $("w-duration").textContent = `约 ${Math.max(5, Math.ceil(seconds / 60))} 分钟`;
  } else {
    $("w-count").textContent = "开始后显示";
    $("w-duration").textContent = "约 15–30 分钟";
  }
  $("welcome-start").textContent = session.status === "in_progress" ? "继续面试" : "开始面试";
}

/** The consent form; resolves with the mode the server allows ("video" | "audio" | "text"). */
function consent(session) {
  const c = session.consent;
  $("policy-version").textContent = c.policy_version ? `（授权说明版本 ${c.policy_version}）` : "";
  $("c-recording-text").textContent = c.recording_text || "";
  $("c-processing-text").textContent = c.processing_text || "";
  $("face-block").hidden = !c.face_cues_available;
  $("c-face-text").textContent = c.face_cues_text || "";
  $("c-face").checked = false;
  show("consent");
  return new Promise((resolve) => {
    const form = $("consent-form");
    const error = $("consent-error");
    const send = async () => {
      error.textContent = "";
      if (!$("c-processing").checked) {
        error.textContent =
          "请勾选“同意处理我的作答内容”后继续；如不同意，可以联系 HR 协商其他面试方式。";
        $("c-processing").focus();
        return;
      }
      $("consent-submit").disabled = true;
      try {
        const answer = await ctx.api.consent({
          recording: $("c-recording").checked,
          processing: true,
          face_cues: c.face_cues_available ? $("c-face").checked : false,
          policy_version: c.policy_version,
        });
        form.removeEventListener("submit", onSubmit);
        $("c-processing").removeEventListener("change", onProcessing);
        $("consent-text-only").removeEventListener("click", onTextOnly);
        resolve(answer.mode);
      } catch (err) {
        error.textContent = err.message;
      } finally {
        $("consent-submit").disabled = false;
      }
    };
    const onSubmit = (event) => {
      event.preventDefault();
      send();
    };
    const onTextOnly = () => {
      $("c-recording").checked = false;
      send();
    };
    const onProcessing = () => {
      if ($("c-processing").checked) error.textContent = "";
    };
    form.addEventListener("submit", onSubmit);
    $("c-processing").addEventListener("change", onProcessing);
    $("consent-text-only").addEventListener("click", onTextOnly);
  });
}

/** Declined recording: no devices to check; the server still records the choice. */
async function textOnly() {
  const answer = await ctx.api.deviceCheck({
    camera: { ok: false, width: 0, height: 0, label: "" },
    microphone: { ok: false, peak_level: 0, label: "" },
    mode_choice: "text",
    user_agent: navigator.userAgent,
  });
  return answer.mode;
}

async function finish() {
  let progress = null;
  try {
    progress = await ctx.api.progress();
  } catch {
    progress = null; // the finish screen still makes sense without the numbers
  }
  const status = progress ? progress.status : "submitted";
  setChip(status, progress && progress.label);
  $("f-title").textContent = status === "completed" ? "面试已完成" : "面试已提交";
  $("f-status").textContent = (progress && progress.label) || STATUS_LABELS[status];
  $("f-answered").textContent = progress ? `${progress.answered} / ${progress.total}` : "—";
  show("finish");
}

async function submitAll(plan) {
  $("u-title").textContent = "全部题目已完成";
  $("u-status").className = "status ok";
  $("u-status").textContent = `共 ${plan.nodes.length} 题，提交后将不能再修改。`;
  $("u-error").textContent = "";
  $("u-progress").hidden = true;
  $("u-note").hidden = true;
  $("u-retry").hidden = true;
  $("u-retake").hidden = true;
  const next = $("u-next");
  next.textContent = "提交面试";
  next.hidden = false;
  show("upload");
  for (;;) {
    await nextClick(next);
    next.disabled = true;
    try {
      await ctx.api.submit();
      return;
    } catch (err) {
      $("u-error").textContent = err.message;
    } finally {
      next.disabled = false;
    }
  }
}

async function main() {
  ctx.session = await signIn();
  setChip(ctx.session.status);
  if (FINISHED.has(ctx.session.status)) return finish();
  // The plan may need consent first; the welcome screen copes without it.
  const plan = await ctx.api.plan().catch(() => null);
  renderWelcome(ctx.session, plan);
  show("welcome");
  await nextClick($("welcome-start"));
  ctx.consentMode = await consent(ctx.session);
  setChip("in_progress");
  ctx.mode = ctx.consentMode === "text" ? await textOnly() : await deviceCheck(ctx);
  const done = await runQuestions(ctx);
  closeStream(ctx.stream);
  ctx.stream = null;
  await submitAll(done);
  return finish();
}

window.addEventListener("beforeunload", (event) => {
  // Leaving mid-recording or mid-upload loses the answer: ask first.
  if (ctx.uploading || document.body.dataset.screen === "question") event.preventDefault();
});

$("error-retry").addEventListener("click", () => window.location.reload());

main().catch((err) => {
  closeStream(ctx.stream);
  showError(err);
});
