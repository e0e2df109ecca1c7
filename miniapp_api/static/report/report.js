// HR report page: sign in (DingTalk 免登 or the report link's token), fetch the report JSON,
// render it, and play recordings from the moment an evidence quote was said.

import { dingTalkAuthCode, insideDingTalk } from "/static/interview/dingtalk.js";

const $ = (id) => document.getElementById(id);
const METADATA_TIMEOUT_MS = 15000;

class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function api(path, options = {}) {
  let response;
  try {
    response = await fetch(path, {
      credentials: "same-origin",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      ...options,
    });
  } catch (err) {
    throw new ApiError(0, "network", "网络连接失败，请检查网络后重试");
  }
  let body = null;
  try {
    body = await response.json();
  } catch (err) {
    body = null;
  }
  if (!response.ok) {
    const error = (body && body.error) || {};
    throw new ApiError(response.status, error.code || "error", error.message || "服务暂时不可用，请稍后重试");
  }
  return body;
}

// ------------------------------------------------------------------ sign-in

function applicationId() {
  const match = window.location.pathname.match(/\/r\/(\d+)/);
  return match ? match[1] : null;
}

function linkToken() {
  return new URLSearchParams(window.location.search).get("t");
}

/** The token has done its job once a session cookie exists: keep it out of history and copies. */
function forgetLinkToken() {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("t")) return;
  url.searchParams.delete("t");
  window.history.replaceState(null, "", url.pathname + url.search + url.hash);
}

/** 免登 inside DingTalk first (any report the member may see), then the link's own token. */
async function signIn() {
  const attempts = [];
  if (insideDingTalk()) {
    attempts.push(async () => {
      const config = await api("/api/hr/config");
      if (!config.dingtalk_login || !config.corp_id) return null;
      return { dingtalk_auth_code: await dingTalkAuthCode(config.corp_id) };
    });
  }
  const token = linkToken();
  if (token) attempts.push(async () => ({ report_token: token }));
  let failure = null;
  for (const attempt of attempts) {
    try {
      const credentials = await attempt();
      if (!credentials) continue;
      await api("/api/hr/session", { method: "POST", body: JSON.stringify(credentials) });
      forgetLinkToken();
      return;
    } catch (err) {
      failure = err;
    }
  }
  if (failure instanceof ApiError) throw failure;
  throw new ApiError(401, "not_signed_in", "尚未登录，请在钉钉中打开报告链接");
}

/** Sign in first when there is a way to (a fresh session, right scope), else use the cookie. */
async function loadReport(id) {
  let signInError = null;
  if (insideDingTalk() || linkToken()) {
    try {
      await signIn();
    } catch (err) {
      signInError = err; // an earlier session cookie may still be good
    }
  }
  try {
    return await api(`/api/hr/reports/${id}`);
  } catch (err) {
    if (signInError && err instanceof ApiError && err.status === 401) throw signInError;
    throw err;
  }
}

// ------------------------------------------------------------------ rendering helpers

/** Build an element; children are nodes or strings (always text, never HTML). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    // Through the CSSOM: the Content-Security-Policy blocks inline style attributes.
    else if (key === "style") el.style.cssText = value;
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function fill(id, ...children) {
  const el = $(id);
  el.replaceChildren(...children.flat().filter(Boolean));
  return el;
}

const fmt1 = (n) => (n === null || n === undefined ? "—" : Number(n).toFixed(1));
const pct = (n) => (n === null || n === undefined ? "—" : `${Math.round(Number(n) * 100)}%`);

function fmtTime(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function fmtDuration(seconds) {
  if (!seconds) return "";
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)} 分 ${s % 60} 秒` : `${s} 秒`;
}

function scoreTone(score10) {
  if (score10 === null || score10 === undefined) return "none";
  if (score10 >= 7.5) return "high";
  return score10 >= 6 ? "mid" : "low";
}

function emptyItem(text) {
  return h("li", { class: "empty" }, text);
}

/** A "01:23" link that plays the answer's recording from that second. */
function timeLink(answerId, seconds, label, context) {
  return h(
    "button",
    {
      type: "button",
      class: "ev-time",
      dataset: { answer: answerId, t: seconds },
      "aria-label": `从 ${label} 播放${context}`,
      onclick: () => playAt(answerId, seconds, context),
    },
    label,
  );
}

// ------------------------------------------------------------------ sections

function renderSummary(view) {
  const cand = view.candidate;
  const resume = cand.resume || {};
  document.title = `${cand.name} · ${view.job.title} · 面试评估报告`;
  $("job-title").textContent = `应聘岗位：${view.job.title}${view.job.city ? ` · ${view.job.city}` : ""}`;
  $("cand-name").textContent = cand.name;
  const line = [
    resume.degree,
    resume.years !== null && resume.years !== undefined ? `${fmt1(resume.years)} 年经验` : "",
    resume.last_employer,
    cand.masked_phone,
  ].filter(Boolean);
  $("cand-line").textContent = line.join(" · ");

  const rec = view.recommendation;
  const recTone = rec.code === "advance" ? "ok" : rec.code === "reject" ? "danger" : "neutral";
  fill(
    "summary-chips",
    h("span", { class: `chip ${recTone}`, id: "recommendation" }, rec.label),
    h("span", { class: "chip neutral" }, `及格线 ${fmt1(rec.pass_line)}`),
    view.flags.length ? h("span", { class: "chip warn" }, `${view.flags.length} 项异常提示`) : null,
    view.not_assessed.length ? h("span", { class: "chip neutral" }, `${view.not_assessed.length} 项未评估`) : null,
  );

  const overall = view.overall;
  $("overall-score").textContent = overall.score === null ? "—" : fmt1(overall.score);
  $("overall-ring").dataset.tone = scoreTone(overall.score === null ? null : overall.score / 10);
  $("overall-ring").style.setProperty("--p", overall.score === null ? 0 : overall.score);
  $("overall-meta").textContent = `综合得分 · 置信度${overall.confidence_label}（${pct(overall.confidence)}）`;

  const match = view.match;
  fill(
    "summary-facts",
    fact("简历匹配度", match.score === null || match.score === undefined ? "—" : `${fmt1(match.score)} / 100`),
    fact("评分引擎", overall.scored_by.length ? overall.scored_by.map((s) => s.label).join("；") : "—"),
    fact("报告版本", `第 ${view.report.version} 版`),
    fact("生成时间", fmtTime(view.report.created_at)),
    fact("当前阶段", view.stage_label),
  );
}

function fact(term, value) {
  return h("div", {}, h("dt", {}, term), h("dd", {}, value || "—"));
}

function renderDimensions(view) {
  const rows = [];
  for (const dim of view.dimensions) {
    const weight = dim.weight === null || dim.weight === undefined ? "—" : `${Math.round(dim.weight * 100)}%`;
    const scoreCell = dim.assessed
      ? h(
          "td",
          { class: "score-cell", "data-label": "得分" },
          h(
            "div",
            { class: "bar", role: "img", "aria-label": `${fmt1(dim.score)} 分（满分 10）` },
            h("span", { class: `fill ${scoreTone(dim.score)}`, style: `width:${Math.max(0, Math.min(100, dim.score * 10))}%` }),
          ),
          h("strong", { class: "score-val" }, fmt1(dim.score)),
        )
      : h("td", { class: "score-cell", "data-label": "得分" }, h("span", { class: "chip neutral" }, "未评估"));
    rows.push(
      h(
        "tr",
        { class: `dim-row${dim.assessed ? "" : " unassessed"}`, dataset: { code: dim.code } },
        h("th", { scope: "row" }, dim.name),
        h("td", { "data-label": "权重" }, weight),
        scoreCell,
        h("td", { "data-label": "置信度" }, dim.assessed ? `${dim.confidence_label}（${pct(dim.confidence)}）` : "—"),
      ),
    );
    const detail = dim.assessed ? evidenceList(dim) : h("p", { class: "na-reason" }, `未评估原因：${dim.not_assessed_reason}`);
    rows.push(h("tr", { class: "dim-detail" }, h("td", { colspan: 4 }, detail)));
  }
  fill("dims-body", rows);
}

function evidenceList(dim) {
  if (!dim.evidence.length) return h("p", { class: "muted" }, "没有可引用的原话。");
  return h(
    "ul",
    { class: "evidence" },
    dim.evidence.map((ev) =>
      h(
        "li",
        {},
        ev.has_media
          ? timeLink(ev.answer_id, ev.start, ev.time_label, `（第${ev.question_number}题）`)
          : h("span", { class: "ev-time static" }, "文字"),
        h("q", {}, ev.text),
        h("span", { class: "ev-src" }, `第${ev.question_number}题${ev.note ? ` · ${ev.note}` : ""}`),
      ),
    ),
  );
}

function renderReview(view) {
  const summaryItem = (s) =>
    h("li", {}, h("strong", {}, s.summary || `${s.name} ${fmt1(s.score)}/10`), (s.evidence || []).length ? h("span", { class: "fine" }, `“${s.evidence[0]}”`) : null);
  fill("strengths", view.strengths.length ? view.strengths.map(summaryItem) : emptyItem("暂无突出优势（没有维度达到 6.5 分）"));
  fill("weaknesses", view.weaknesses.length ? view.weaknesses.map(summaryItem) : emptyItem("没有明显短板（所有已评估维度不低于 6 分）"));
  fill("suggestions", view.suggestions.length ? view.suggestions.map((s) => h("li", {}, s)) : emptyItem("无"));
}

function renderFlags(view) {
  fill(
    "flags-list",
    view.flags.length
      ? view.flags.map((f) =>
          h("li", { class: `flag ${f.kind}`, dataset: { flag: f.flag } }, h("span", { class: `chip ${f.kind === "integrity" ? "danger" : "warn"}` }, f.kind_label), h("span", {}, f.explanation)),
        )
      : emptyItem("未发现异常。"),
  );
}

function renderNotAssessed(view) {
  fill(
    "na-list",
    view.not_assessed.length
      ? view.not_assessed.map((n) => h("li", { dataset: { code: n.code } }, h("strong", {}, n.name), `：${n.reason}`))
      : emptyItem("所有维度均已评估。"),
  );
}

function renderResume(view) {
  const r = view.candidate.resume || {};
  const school = [r.school, r.major].filter(Boolean).join(" · ");
  const last = [r.last_employer, r.last_title, r.last_period].filter(Boolean).join(" · ");
  fill(
    "resume-facts",
    fact("最高学历", r.degree),
    fact("工作年限", r.years === null || r.years === undefined ? "" : `${fmt1(r.years)} 年`),
    fact("毕业院校", school),
    fact("最近任职", last),
    fact("技能", (r.skills || []).join("、")),
    r.city ? fact("所在城市", r.city) : null,
  );
  const m = view.match;
  const matched = [...m.matched];
  const missing = [...(m.disqualify_reasons || []), ...m.missing];
  fill("match-matched", matched.length ? matched.map((t) => h("li", {}, t)) : emptyItem("无"));
  fill("match-missing", missing.length ? missing.map((t) => h("li", {}, t)) : emptyItem("无"));
}

function renderAnswers(view) {
  fill(
    "answers-list",
    view.answers.map((a) => {
      const meta = [a.mode_label, fmtDuration(a.duration_s), a.status_label].filter(Boolean).join(" · ");
      const transcript = a.segments.length
        ? h(
            "ol",
            { class: "segments" },
            a.segments.map((s) => h("li", {}, timeLink(a.answer_id, s.start, s.time_label, `（第${a.number}题）`), h("span", {}, s.text))),
          )
        : h("p", { class: "transcript" }, a.transcript || "（没有可显示的转写）");
      return h(
        "div",
        { class: "answer", id: `answer-${a.answer_id}` },
        h(
          "div",
          { class: "answer-head" },
          h("h3", {}, `第${a.number}题${a.is_follow_up ? "（追问）" : ""}`),
          a.has_media
            ? h("button", { type: "button", class: "btn ghost small no-print", onclick: () => playAt(a.answer_id, 0, `（第${a.number}题）`) }, a.media_kind === "video" ? "播放录像" : "播放录音")
            : null,
        ),
        h("p", { class: "question" }, a.question_text),
        h("p", { class: "fine" }, meta),
        a.asr_engine_label
          ? h(
              "p",
              { class: "fine asr" },
              `转写：${a.asr_engine_label}`,
              h("span", { class: a.transcript_confirmed ? "chip ok" : "chip neutral" }, a.transcript_check_label),
            )
          : null,
        a.scored_by_label ? h("p", { class: "fine scorer" }, `评分：${a.scored_by_label}`) : null,
        a.flags.length ? h("p", { class: "answer-flags" }, a.flags.map((f) => h("span", { class: "chip warn" }, f.label))) : null,
        transcript,
      );
    }),
  );
}

function renderFoot(view) {
  fill(
    "report-foot",
    h("p", {}, `报告第 ${view.report.version} 版 · 生成于 ${fmtTime(view.report.created_at)} · 分析版本 ${view.report.analyser_version}`),
    h("p", {}, `查看人：${view.viewer.name} · 打印时间：${fmtTime(new Date().toISOString())}`),
    h("p", {}, "评分由系统根据作答内容生成，仅供辅助决策；录用与否请结合面试官判断。"),
  );
}

// ------------------------------------------------------------------ playback

function waitFor(media, event) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(reject, new Error("timeout")), METADATA_TIMEOUT_MS);
    const ok = () => finish(resolve);
    const bad = () => finish(reject, new Error("media error"));
    function finish(fn, arg) {
      clearTimeout(timer);
      media.removeEventListener(event, ok);
      media.removeEventListener("error", bad);
      fn(arg);
    }
    media.addEventListener(event, ok);
    media.addEventListener("error", bad);
  });
}

/** Show the dock, load the answer's recording if needed, and play from `seconds`. */
async function playAt(answerId, seconds, context) {
  const media = $("media");
  const dock = $("player-dock");
  dock.hidden = false;
  $("player-error").textContent = "";
  $("player-title").textContent = `录像回放${context}`;
  try {
    if (media.dataset.answer !== String(answerId)) {
      media.dataset.answer = String(answerId);
      media.preload = "metadata";
      media.src = `/api/hr/answers/${answerId}/media`;
      await waitFor(media, "loadedmetadata");
    } else if (media.readyState < 1) {
      await waitFor(media, "loadedmetadata");
    }
    media.currentTime = Number(seconds) || 0;
    media.play().catch(() => {}); // autoplay refusals leave the player paused at the moment
  } catch (err) {
    media.removeAttribute("data-answer");
    $("player-error").textContent = "录像加载失败：可能没有权限、录像已删除或网络中断。请刷新页面后重试。";
  }
}

function closePlayer() {
  const media = $("media");
  media.pause();
  $("player-dock").hidden = true;
}

// ------------------------------------------------------------------ page

function showError(err) {
  const status = err instanceof ApiError ? err.status : 0;
  const titles = { 401: "尚未登录", 403: "没有查看权限", 404: "未找到报告" };
  let title = titles[status] || "无法打开报告";
  let hint = "如问题持续，请联系系统管理员。";
  if (err instanceof ApiError && err.code === "report_not_ready") {
    title = "尚未生成报告";
    hint = "候选人提交面试并完成分析后即可查看，请稍后刷新。";
  } else if (status === 401) {
    hint = "请在钉钉工作台或 HR 消息中点击报告链接打开；在电脑浏览器中请使用发给你本人的专属链接。";
  } else if (status === 403) {
    hint = "报告仅对 HR 与该岗位的用人经理开放。";
  }
  $("error-title").textContent = title;
  $("error-message").textContent = err instanceof ApiError ? err.message : "页面出现问题，请刷新后重试。";
  $("error-hint").textContent = hint;
  $("state-loading").hidden = true;
  $("report").hidden = true;
  $("state-error").hidden = false;
  $("error-title").focus();
}

function render(view) {
  renderSummary(view);
  renderDimensions(view);
  renderReview(view);
  renderFlags(view);
  renderNotAssessed(view);
  renderResume(view);
  renderAnswers(view);
  renderFoot(view);
  $("state-loading").hidden = true;
  $("state-error").hidden = true;
  $("report").hidden = false;
  $("print-btn").hidden = false;
  document.body.dataset.ready = "true";
}

async function main() {
  $("error-retry").addEventListener("click", () => window.location.reload());
  $("print-btn").addEventListener("click", () => window.print());
  $("player-close").addEventListener("click", closePlayer);
  const id = applicationId();
  if (!id) {
    showError(new ApiError(404, "not_found", "报告链接不完整，请在钉钉中重新打开"));
    return;
  }
  try {
    render(await loadReport(id));
  } catch (err) {
    showError(err);
  }
}

main();
