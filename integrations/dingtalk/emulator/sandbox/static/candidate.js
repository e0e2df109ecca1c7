// The candidate's side: a 390 px phone frame with the real H5 pages, and the mailbox (e-mail
// and SMS DingHire sent to candidates outside the org).

import { api, el, state } from "./api.js";

const LINK = /https?:\/\/[^\s)）」，。"'<>]+\/(i|o)\/[A-Za-z0-9._~-]+/g;
const LINK_KIND = { i: "面试邀请", o: "录用通知" };
const CHANNEL = { email: "邮件", sms: "短信" };

/** Show a candidate page in the phone frame (switching to the 候选人手机 tab). */
export function openOnPhone(url) {
  const frame = document.getElementById("phone-frame");
  if (frame.getAttribute("src") !== url) frame.setAttribute("src", url);
  document.getElementById("phone-url").textContent = url;
  document.getElementById("phone-empty").hidden = true;
  state.showTab("phone");
}

function linkButtons(url) {
  return [
    el("button", { type: "button", class: "card-btn", dataset: { link: url },
      onclick: () => openOnPhone(url) }, "在手机中打开"),
    el("button", { type: "button", class: "card-btn ghost", dataset: { popup: url },
      onclick: () => window.open(url, "candidate-phone", "popup,noopener,width=390,height=844") },
    "新窗口"),
  ];
}

/** Candidate links (/i/ interview, /o/ offer) in the bot's messages and the mailbox. */
export async function loadCandidateLinks() {
  const [{ items: sent }, { items: mail }] = await Promise.all([api.get("/sent"), api.get("/mailbox")]);
  const seen = new Map();
  for (const m of sent) {
    const text = `${m.text || ""} ${JSON.stringify(m.raw || {})}`;
    for (const [url, kind] of text.matchAll(LINK)) seen.set(url, { url, kind, at: m.time || m.seq, via: "钉钉" });
  }
  for (const m of mail) {
    for (const [url, kind] of m.text.matchAll(LINK)) {
      if (!seen.has(url)) seen.set(url, { url, kind, at: m.at, via: `${CHANNEL[m.channel]} ${m.to}` });
    }
  }
  const links = [...seen.values()].sort((a, b) => b.at - a.at);
  const list = document.getElementById("candidate-links");
  list.replaceChildren(...links.map((l) => el("li", {},
    el("div", {}, el("span", { class: "card-label" }, `${LINK_KIND[l.kind]} · ${l.via}`)),
    el("code", {}, l.url), el("div", { class: "card-actions" }, ...linkButtons(l.url)))));
  if (!links.length) list.append(el("li", { class: "empty" }, "还没有发给候选人的链接：先在卡片上邀请面试。"));
}

function when(seconds) {
  return new Date(seconds * 1000).toLocaleString("zh-CN", { hour12: false });
}

/** E-mails and SMS by recipient, newest first; links open in the phone frame. */
export async function loadMailbox() {
  const { items } = await api.get("/mailbox");
  const byRecipient = new Map();
  for (const m of items) {
    if (!byRecipient.has(m.to)) byRecipient.set(m.to, []);
    byRecipient.get(m.to).push(m);
  }
  const box = document.getElementById("mailbox");
  box.replaceChildren(...[...byRecipient.entries()].map(([to, messages]) => el("section",
    { class: "recipient", dataset: { recipient: to } },
    el("h3", {}, `${to}（${messages.length} 条）`),
    ...messages.map((m) => el("article", { class: `card mail ${m.channel}` },
      el("header", { class: "card-title" }, `${CHANNEL[m.channel]} · ${m.subject}`),
      el("div", { class: "card-status" }, when(m.at)),
      el("p", { class: "mail-text" }, m.text),
      m.links.length ? el("div", { class: "card-actions" },
        ...m.links.filter((u) => /\/(i|o)\//.test(u)).flatMap(linkButtons)) : null)))));
  if (!items.length) {
    box.append(el("p", { class: "empty" },
      "还没有邮件或短信：不在组织内的候选人收到面试邀请、结果和录用通知后会出现在这里。"));
  }
}
