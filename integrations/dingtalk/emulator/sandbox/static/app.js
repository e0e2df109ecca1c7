// Entry point: who am I, tabs, the workbench link and polling.

import { api, guarded, state, toast } from "./api.js";
import { loadConversations, refresh, setupChat } from "./chat.js";
import { loadCandidateLinks, loadMailbox } from "./candidate.js";
import { loadJourney, setupJourney } from "./journey.js";
import { loadApprovals, loadFaults, loadPreentries, setupPanels } from "./panels.js";

const ROLE_LABELS = { hr: "HR", hr_head: "HR 负责人", manager: "用人经理" };
let activeTab = "chat";

function describe(u) {
  if (u.external) return `${u.name}（外部联系人）`;
  const roles = u.roles.map((r) => ROLE_LABELS[r] || r).join("、") || "员工";
  return `${u.name}（${roles} · ${u.user_id}）`;
}

async function loadOrg() {
  const org = await api.get("/org");
  state.users = org.users;
  const select = document.getElementById("who");
  const wanted = new URLSearchParams(location.search).get("as") || localStorage.getItem("sandbox.me");
  select.replaceChildren(...org.users.map((u) => {
    const opt = document.createElement("option");
    opt.value = u.union_id;
    opt.textContent = describe(u);
    return opt;
  }));
  const me = org.users.find((u) => [u.user_id, u.union_id].includes(wanted))
    // `serve` appends DingHire's own staff at start, so the last HR is one DingHire knows.
    || org.users.findLast((u) => u.roles.includes("hr")) || org.users[0];
  select.value = me.union_id;
  await choose(me.union_id);
}

async function choose(unionId) {
  state.me = state.users.find((u) => u.union_id === unionId);
  localStorage.setItem("sandbox.me", unionId);
  document.body.dataset.me = state.me.user_id || state.me.union_id;
  document.getElementById("workbench").disabled = state.me.external;
  await loadConversations();
  await loadActive();
}

async function loadActive() {
  if (activeTab === "chat") await refresh();
  else if (activeTab === "approvals") await loadApprovals();
  else if (activeTab === "hrm") await loadPreentries();
  else if (activeTab === "phone") await loadCandidateLinks();
  else if (activeTab === "mailbox") await loadMailbox();
  else if (activeTab === "journey") await loadJourney();
  else await loadFaults();
}

async function openWorkbench() {
  if (!state.appUrl) {
    toast("不知道钉聘的地址：请用 dinghire serve 打印的沙盒地址打开本页（带 ?app=...）", "error");
    return;
  }
  const { auth_code: code } = await api.post("/auth-codes", { user: state.me.user_id });
  window.open(`${state.appUrl}/console?code=${encodeURIComponent(code)}`, "_blank", "noopener");
}

function showTab(name) {
  activeTab = name;
  for (const b of document.querySelectorAll(".tabs [data-tab]")) {
    b.classList.toggle("active", b.dataset.tab === name);
  }
  for (const s of document.querySelectorAll(".tab")) s.classList.toggle("active", s.id === `tab-${name}`);
  guarded(loadActive);
}

function setupTabs() {
  state.showTab = showTab;
  for (const btn of document.querySelectorAll(".tabs [data-tab]")) {
    btn.addEventListener("click", () => showTab(btn.dataset.tab));
  }
}

async function poll() {
  await guarded(loadActive);
  setTimeout(poll, 1500);
}

setupTabs();
setupChat();
setupPanels(loadOrg);
setupJourney(loadOrg);
document.getElementById("who").addEventListener("change", (ev) => guarded(() => choose(ev.target.value)));
document.getElementById("workbench").addEventListener("click", () => guarded(openWorkbench));
guarded(loadOrg).then(() => { document.body.dataset.ready = "1"; setTimeout(poll, 1500); });
