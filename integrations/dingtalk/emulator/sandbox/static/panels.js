// Approvals inbox, 智能人事 pre-entries, fault switches and the emulator's reset.

import { api, el, guarded, state, toast, userName } from "./api.js";

const STATUS = { RUNNING: "审批中", COMPLETED: "已完成", TERMINATED: "已撤销" };
const RESULT = { agree: "已同意", refuse: "已拒绝", "": "" };

function approvalCard(a) {
  const myTask = a.tasks.find((t) => t.userId === state.me.user_id && t.status === "RUNNING");
  const form = el("dl", { class: "form-values" }, a.formComponentValues.flatMap((v) => [
    el("dt", {}, v.name), el("dd", {}, v.value || "—")]));
  const history = el("ul", { class: "history" }, a.operationRecords.map((r) =>
    el("li", {}, `${r.date || ""} ${userName(r.userId)} ${r.showName || r.type} ${r.result || ""}`,
      r.remark ? `：${r.remark}` : "")));
  const parts = [
    el("header", { class: "card-title" }, a.title),
    el("div", { class: "card-status" },
      `${STATUS[a.status] || a.status} ${RESULT[a.result] || a.result || ""}`.trim(),
      ` · 发起人 ${userName(a.originatorUserId)}`),
    form, history,
  ];
  if (myTask) {
    const remark = el("input", { type: "text", class: "remark", placeholder: "审批意见（可选）" });
    const act = (verb) => guarded(async () => {
      await api.post(`/approvals/${encodeURIComponent(a.instance_id)}/${verb}`,
        { user_id: state.me.user_id, remark: remark.value });
      toast(verb === "approve" ? "已同意" : "已拒绝");
      await loadApprovals();
    });
    parts.push(el("div", { class: "card-actions" }, remark,
      el("button", { type: "button", class: "card-btn", onclick: () => act("approve") }, "同意"),
      el("button", { type: "button", class: "card-btn danger", onclick: () => act("refuse") }, "拒绝")));
  }
  return el("article", { class: "card approval", dataset: { instanceId: a.instance_id } }, ...parts);
}

/** The selected member's approvals: waiting for them first, then those they took part in. */
export async function loadApprovals() {
  if (!state.me) return;
  const { items } = await api.get("/approvals");
  const me = state.me.user_id;
  const related = items.filter((a) => a.approverUserIds.includes(me) || a.originatorUserId === me
    || a.ccUserIds.includes(me));
  const waiting = (a) => a.tasks.some((t) => t.userId === me && t.status === "RUNNING");
  related.sort((x, y) => Number(waiting(y)) - Number(waiting(x)));
  const box = document.getElementById("approvals");
  box.replaceChildren(...related.map(approvalCard));
  if (!related.length) box.append(el("p", { class: "empty" }, `${state.me.name} 没有相关审批。`));
}

/** 智能人事 pre-entry records as they arrived from DingHire. */
export async function loadPreentries() {
  const { items } = await api.get("/preentries");
  const box = document.getElementById("preentries");
  box.replaceChildren(...items.map((p) => el("article", { class: "card" },
    el("header", { class: "card-title" }, `${p.name} · 待入职`),
    el("dl", { class: "form-values" },
      el("dt", {}, "手机"), el("dd", {}, p.mobile),
      el("dt", {}, "预计入职"), el("dd", {}, p.pre_entry_time || "—"),
      el("dt", {}, "操作人"), el("dd", {}, userName(p.op_userid) || "—"),
      Object.entries(p.fields || {}).flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]),
      Object.entries(p.extend_info || {}).flatMap(([k, v]) => [el("dt", {}, k),
        el("dd", {}, typeof v === "string" ? v : JSON.stringify(v))])))));
  if (!items.length) box.append(el("p", { class: "empty" }, "还没有待入职记录：审批通过录用后会出现在这里。"));
}

const FAULTS = {
  throttle: () => api.post("/faults", { path: "/v1.0/robot/*", kind: "throttle", count: 5 }),
  error: () => api.post("/faults", { path: "/v1.0/robot/*", kind: "error", status: 503, count: 3 }),
  drop: () => api.post("/connections/drop", { mode: "close" }),
  events: () => api.post("/faults/events", { event_type: "*", count: 1 }),
  delay: () => api.post("/faults/delay",
    { delay_s: Number(document.getElementById("delay-s").value) || 0 }),
  clear: () => api.del("/faults"),
};

export async function loadFaults() {
  const data = await api.get("/faults");
  const lines = data.path_faults.map((f) => `${f.kind} ${f.path} 剩余 ${f.count} 次`);
  for (const [type, n] of Object.entries(data.event_drops || {})) lines.push(`丢弃事件 ${type} × ${n}`);
  if (data.stream_delay_s > 0) lines.push(`事件延迟 ${data.stream_delay_s} 秒（消息、卡片点击、审批事件）`);
  document.getElementById("fault-state").textContent = lines.join("\n") || "当前没有故障。";
}

/** Fault buttons and reset; `onReset` reloads the org. */
export function setupPanels(onReset) {
  for (const btn of document.querySelectorAll("[data-fault]")) {
    btn.addEventListener("click", () => guarded(async () => {
      const res = await FAULTS[btn.dataset.fault]();
      toast(res.dropped !== undefined ? `已断开 ${res.dropped} 个连接，钉聘应自动重连`
        : res.stream_delay_s !== undefined ? `事件延迟已设为 ${res.stream_delay_s} 秒` : "已生效");
      await loadFaults();
    }));
  }
  document.getElementById("reset").addEventListener("click", () => guarded(async () => {
    if (!confirm("确定重置模拟器？消息、卡片和审批都会清空。")) return;
    await api.post("/reset", { seed: true });
    toast("模拟器已重置");
    await onReset();
  }));
}
