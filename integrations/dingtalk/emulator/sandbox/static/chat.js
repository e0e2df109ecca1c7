// The chat panel: 1:1 with the bot and the member's groups; text, files, markdown and cards.

import { api, el, guarded, idsOf, state, toast } from "./api.js";
import { renderCard } from "./cards.js";
import { inline, renderMarkdown } from "./markdown.js";

const mine = []; // what this page sent: {conv, seq, text | file_name}
let lastSeq = 0;
let lastSignature = "";

function convKey() {
  return `${state.conv.kind}:${state.conv.id}`;
}

function belongs(m) {
  if (state.conv.kind === "group") {
    return m.recipient === state.conv.id || m.conversation_id === state.conv.id;
  }
  return idsOf(state.me).includes(m.recipient) && m.channel !== "group";
}

function mediaLink(m) {
  const name = m.file_name || "文件";
  return el("a", { class: "file-link", href: `/_emulator/media/${encodeURIComponent(m.media_id)}`,
    download: name }, `📎 ${name}（点击下载）`);
}

function botBubble(m, cards) {
  let content;
  if (m.kind === "card") {
    const card = cards.get(m.out_track_id);
    content = card ? renderCard(card, refresh) : el("p", {}, m.title || "卡片");
  } else if (m.kind === "markdown") {
    content = el("div", { class: "md" }, renderMarkdown(m.text));
  } else if (m.media_id) {
    content = mediaLink(m);
  } else if (m.buttons && m.buttons.length) {
    content = el("div", { class: "md" }, renderMarkdown(m.text),
      m.buttons.map((b) => el("a", { class: "card-btn", href: b.url, target: "_blank",
        rel: "noopener" }, b.title)));
  } else {
    content = el("p", {}, inline(m.text || m.title || m.url || `[${m.kind}]`));
  }
  return el("div", { class: "msg bot", dataset: { seq: String(m.seq), kind: m.kind } },
    el("div", { class: "from" }, "钉聘"), content);
}

function myBubble(m) {
  const body = m.file_name ? `📎 ${m.file_name}` : m.text;
  return el("div", { class: "msg me", dataset: { seq: String(m.seq) } },
    el("div", { class: "from" }, state.me.name), el("p", {}, body));
}

/** Fetch what the bot sent and the cards, and redraw the conversation when it changed. */
export async function refresh() {
  if (!state.me) return;
  const [sent, cardList] = await Promise.all([api.get("/sent"), api.get("/cards")]);
  lastSeq = sent.last_seq;
  const cards = new Map(cardList.items.map((c) => [c.out_track_id, c]));
  const items = [
    ...sent.items.filter(belongs).map((m) => ({ seq: m.seq, bot: m })),
    ...mine.filter((m) => m.conv === convKey() && m.who === state.me.union_id)
      .map((m) => ({ seq: m.seq, me: m })),
  ].sort((a, b) => a.seq - b.seq);
  const used = items.filter((i) => i.bot?.kind === "card").map((i) => cards.get(i.bot.out_track_id));
  const signature = JSON.stringify([convKey(), state.me.union_id, items.map((i) => i.seq), used]);
  if (signature === lastSignature) return;
  lastSignature = signature;
  const box = document.getElementById("messages");
  const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
  box.replaceChildren(...items.map((i) => (i.bot ? botBubble(i.bot, cards) : myBubble(i.me))));
  if (!items.length) box.append(el("p", { class: "empty" }, "还没有消息。试试发送「帮助」，或拖入一份简历。"));
  if (atBottom || items.length) box.scrollTop = box.scrollHeight;
}

function target() {
  const from = state.me.user_id || state.me.union_id;
  if (state.conv.kind === "group") {
    return { from_user: from, chat: "group", conversation_id: state.conv.id,
      conversation_title: state.conv.title, at_bot: true };
  }
  return { from_user: from };
}

function remember(entry) {
  mine.push({ ...entry, conv: convKey(), who: state.me.union_id, seq: lastSeq + 0.5 });
}

async function sendText(text) {
  await api.post("/messages/send", { ...target(), text });
  remember({ text });
  lastSignature = "";
  await refresh();
}

async function sendFile(file) {
  if (state.conv.kind === "group") {
    toast("钉钉群聊中不能向机器人发送文件，请在单聊中发送", "error");
    return;
  }
  const form = new FormData();
  for (const [k, v] of Object.entries(target())) form.append(k, String(v));
  form.append("msgtype", "file");
  form.append("file", file, file.name);
  await api.post("/messages/send", form);
  remember({ file_name: file.name });
  lastSignature = "";
  await refresh();
}

/** Conversations of the selected member: the 1:1 with the bot and the groups they are in. */
export async function loadConversations() {
  const { items } = await api.get("/conversations");
  const list = document.getElementById("conv-list");
  const groups = items.filter((c) => c.conversation_type === "2"
    && c.member_union_ids.includes(state.me.union_id));
  const entries = [];
  if (!state.me.external) entries.push({ kind: "single", id: "", title: "钉聘（单聊）" });
  for (const g of groups) entries.push({ kind: "group", id: g.conversation_id, title: g.title || "群聊" });
  if (!entries.some((e) => e.kind === state.conv.kind && e.id === state.conv.id)) {
    state.conv = entries[0] || { kind: "none", id: "", title: "外部联系人不能与机器人单聊" };
  }
  list.replaceChildren(...entries.map((e) => el("li", {},
    el("button", {
      type: "button",
      class: e.kind === state.conv.kind && e.id === state.conv.id ? "active" : "",
      onclick: () => { state.conv = e; lastSignature = ""; loadConversations(); },
    }, e.title, e.kind === "group" ? el("small", {}, "（群）") : null))));
  document.getElementById("conv-title").textContent = state.conv.title;
  document.getElementById("composer").hidden = state.conv.kind === "none";
  await refresh();
}

async function newGroup() {
  const title = prompt("群名称", "招聘讨论群");
  if (!title) return;
  const members = state.users.filter((u) => !u.external || u.union_id === state.me.union_id)
    .map((u) => u.user_id || u.union_id);
  const conv = await api.post("/groups", { title, members });
  state.conv = { kind: "group", id: conv.conversation_id, title: conv.title };
  lastSignature = "";
  await loadConversations();
  toast(`已创建群聊「${conv.title}」，在群里 @钉聘 的消息会发给机器人`);
}

/** Wire the composer: Enter sends, the file picker and drag-and-drop send files. */
export function setupChat() {
  document.getElementById("new-group").addEventListener("click", () => guarded(newGroup));
  const text = document.getElementById("text");
  const form = document.getElementById("composer");
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const value = text.value.trim();
    if (!value) return;
    guarded(async () => { await sendText(value); text.value = ""; });
  });
  text.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      form.requestSubmit();
    }
  });
  const picker = document.getElementById("file");
  picker.addEventListener("change", () => {
    const [file] = picker.files;
    if (file) guarded(() => sendFile(file)).finally(() => { picker.value = ""; });
  });
  const zone = document.querySelector(".chat");
  zone.addEventListener("dragover", (ev) => { ev.preventDefault(); zone.classList.add("drop"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("drop"));
  zone.addEventListener("drop", (ev) => {
    ev.preventDefault();
    zone.classList.remove("drop");
    const [file] = ev.dataTransfer.files;
    if (file) guarded(() => sendFile(file));
  });
}

