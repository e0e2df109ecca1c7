// Interactive cards rendered from their real card parameters; buttons go through the control
// API's click, i.e. the same stream callback DingTalk would send to the bot.

import { api, el, guarded, state, toast } from "./api.js";
import { renderMarkdown } from "./markdown.js";

// Parameters that steer the card rather than show text.
const HIDDEN = new Set(["title", "actions", "matches", "application_id", "job_id", "status",
  "status_by", "notice", "report_url", "pass_line"]);
const LABELS = {
  masked_phone: "手机", facts: "概况", skills: "技能", intent: "意向", note: "说明",
  matches_md: "岗位匹配", history_md: "经历", strengths_md: "优势", gaps_md: "短板",
  flags_md: "提示", list_md: "明细", score: "得分", recommendation: "建议", plan: "方案",
};

function parseActions(raw) {
  try {
    const list = JSON.parse(raw || "[]");
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

function button(card, action, onChanged) {
  const label = action.text || action.action || "操作";
  if (action.url) {
    return el("a", { class: "card-btn", href: action.url, target: "_blank", rel: "noopener" }, label);
  }
  const params = {};
  for (const [k, v] of Object.entries(action)) {
    if (k !== "text") params[k] = String(v);
  }
  const btn = el("button", { type: "button", class: "card-btn" }, label);
  btn.addEventListener("click", () => guarded(async () => {
    btn.disabled = true;
    const res = await api.post(`/cards/${encodeURIComponent(card.out_track_id)}/click`, {
      user_id: state.me.user_id || state.me.union_id,
      params,
    }).finally(() => { btn.disabled = false; });
    if (!res.acked) toast("钉聘没有在时限内响应这次点击（钉钉会显示「操作失败」）", "error");
    onChanged();
  }));
  return btn;
}

/** The card's DOM from its current parameters (public data plus this member's private data). */
export function renderCard(card, onChanged) {
  const mine = (card.private_data || {})[state.me.user_id] || {};
  const p = { ...card.card_param_map, ...mine };
  const body = el("div", { class: "card-body" });
  for (const [key, value] of Object.entries(p)) {
    if (HIDDEN.has(key) || !value || /^[[{]/.test(value)) continue;
    const label = LABELS[key];
    const content = key.endsWith("_md") ? renderMarkdown(value) : value;
    body.append(el("div", { class: "card-field", dataset: { key } },
      label ? el("span", { class: "card-label" }, `${label}：`) : null, content));
  }
  const status = p.status
    ? el("div", { class: "card-status" }, `状态：${p.status}`, p.status_by ? `（${p.status_by}）` : "")
    : null;
  const notice = p.notice ? el("div", { class: "card-notice" }, p.notice) : null;
  const report = p.report_url
    ? el("a", { class: "card-link", href: p.report_url, target: "_blank", rel: "noopener" }, "打开报告")
    : null;
  const actions = el("div", { class: "card-actions" },
    parseActions(p.actions).map((a) => button(card, a, onChanged)));
  return el("article", { class: "card", dataset: { outTrackId: card.out_track_id } },
    el("header", { class: "card-title" }, p.title || card.template_id || "卡片"),
    status, body, notice, report, actions);
}
