// 演示旅程: the `dinghire demo` journey one step per 下一步, and 重置并载入演示. Both run in the
// DingHire process (forwarded by the emulator to the endpoint `make run` registered).

import { api, el, guarded, toast } from "./api.js";

const STATUS = { waiting: "未开始", running: "进行中…", done: "已完成", failed: "失败", skipped: "已跳过" };

function render(view) {
  const list = document.getElementById("journey-steps");
  list.replaceChildren(...view.steps.map((s) => el("li",
    { class: `step ${s.status}`, dataset: { step: String(s.number), status: s.status } },
    el("div", { class: "step-head" }, el("strong", {}, `第 ${s.number} 步 · ${s.title}`),
      el("span", { class: "step-status" }, STATUS[s.status] || s.status)),
    s.output ? el("pre", { class: "step-output" }, s.output) : null)));
  const finished = view.steps.every((s) => s.status !== "waiting");
  document.getElementById("journey-next").disabled = view.running || finished;
}

export async function loadJourney() {
  try {
    render(await api.get("/sandbox/app/journey"));
    document.getElementById("journey-missing").hidden = true;
  } catch (err) {
    const missing = document.getElementById("journey-missing");
    missing.textContent = err.message;
    missing.hidden = false;
  }
}

/** Buttons of the journey panel and 重置并载入演示; `onReset` reloads the org. */
export function setupJourney(onReset) {
  document.getElementById("journey-next").addEventListener("click", () => guarded(async () => {
    render(await api.post("/sandbox/app/journey/next"));
  }));
  document.getElementById("journey-restart").addEventListener("click", () => guarded(async () => {
    render(await api.post("/sandbox/app/journey/restart"));
    toast("旅程已重新开始");
  }));
  document.getElementById("reset-seed").addEventListener("click", () => guarded(async () => {
    if (!confirm("重置模拟器并载入演示组织和岗位？消息、卡片、审批和邮件都会清空。")) return;
    const res = await api.post("/sandbox/app/reset-seed");
    toast(`已重置：演示组织 ${res.staff_synced} 位员工，新建岗位 ${res.seeded.jobs} 个`);
    await onReset();
  }));
}
