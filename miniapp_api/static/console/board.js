// A job's board: stages as columns, filters, selection and bulk actions (invite, advance,
// reject) through the same use cases as the chat.

import { api } from "/static/console/api.js";
import { h, numberOrNull, page, score, toast } from "/static/console/ui.js";

const ACTIONS = [
  ["invite", "邀请面试"],
  ["advance", "晋级"],
  ["reject", "淘汰"],
];

function card(c, selected, canAct) {
  const box = canAct
    ? h("input", { type: "checkbox", "aria-label": `选择 ${c.name}`, dataset: { app: c.application_id }, checked: selected.has(c.application_id) })
    : null;
  if (box) {
    box.addEventListener("change", () => {
      if (box.checked) selected.add(c.application_id);
      else selected.delete(c.application_id);
      document.dispatchEvent(new CustomEvent("selection"));
    });
  }
  // The pass-line recommendation matters only while HR still has to decide.
  const rec = c.stage !== "scored" ? null : c.recommendation === "advance" ? h("span", { class: "chip ok" }, "建议晋级") : c.recommendation === "reject" ? h("span", { class: "chip warn" }, "低于及格线") : null;
  return h(
    "li",
    { class: "board-card", dataset: { card: c.application_id } },
    h("div", { class: "card-head" }, box, h("a", { href: `#/applications/${c.application_id}` }, c.name || `申请 #${c.application_id}`)),
    h("p", { class: "muted" }, `${c.stage_label} · 面试 ${score(c.overall_score)} · 匹配 ${score(c.match_score)}`),
    h("div", { class: "chips" }, rec, c.integrity_flag ? h("span", { class: "chip danger" }, "诚信异常") : null, ...c.flags.slice(0, 2).map((f) => h("span", { class: "chip" }, f))),
  );
}

export async function boardView(ctx, jobId) {
  const selected = new Set();
  const filters = h(
    "form",
    { class: "filters card", id: "board-filters" },
    h("label", {}, "面试分 ≥ ", h("input", { name: "min_overall", type: "number", min: 0, max: 100, class: "short" })),
    h("label", {}, "匹配 ≥ ", h("input", { name: "min_match", type: "number", min: 0, max: 100, class: "short" })),
    h("label", {}, "投递自 ", h("input", { name: "since", type: "date" })),
    h("label", { class: "check" }, h("input", { name: "no_flags", type: "checkbox" }), "排除诚信异常"),
    h("button", { class: "btn small", type: "submit" }, "筛选"),
  );
  const columns = h("div", { class: "board", id: "board" });
  const bar = h("div", { class: "bulk-bar", id: "bulk-bar", hidden: true });
  const title = h("h1", {}, "看板");
  const meta = h("p", { class: "muted" });
  let canAct = false;
  const load = async () => {
    const el = filters.elements;
    const params = new URLSearchParams();
    for (const name of ["min_overall", "min_match"]) {
      const v = numberOrNull(el[name].value);
      if (v !== null) params.set(name, v);
    }
    if (el.since.value) params.set("since", new Date(el.since.value).toISOString());
    if (el.no_flags.checked) params.set("no_flags", "true");
    const b = await api(`/api/console/jobs/${jobId}/board?${params}`);
    canAct = b.can_act;
    title.textContent = `看板 · ${b.job_title}`;
    meta.textContent = `及格线 ${b.pass_line} 分 · 共 ${b.columns.reduce((a, c) => a + c.total, 0)} 份申请`;
    columns.replaceChildren(
      ...b.columns.map((col) =>
        h(
          "section",
          { class: "column", dataset: { column: col.key } },
          h("h2", {}, col.label, h("span", { class: "count" }, String(col.total))),
          h("ul", {}, col.cards.map((c) => card(c, selected, canAct))),
          col.total > col.cards.length ? h("p", { class: "muted more" }, `另有 ${col.total - col.cards.length} 位，请用筛选缩小范围`) : null,
        ),
      ),
    );
    document.dispatchEvent(new CustomEvent("selection"));
  };
  const act = async (action, label) => {
    const ids = [...selected];
    try {
      const r = await api(`/api/console/jobs/${jobId}/bulk`, { method: "POST", body: { action, application_ids: ids } });
      const failed = r.failed.map(([id, why]) => `#${id}：${why}`);
      toast(`${label}：成功 ${r.done} 位${failed.length ? `；未处理 ${failed.length} 位（${failed.join("；")}）` : ""}`, failed.length ? "warn" : "ok");
      selected.clear();
      await load();
    } catch (err) {
      toast(err.message, "danger");
    }
  };
  const CONFIRM = {
    invite: (n) => `确认向 ${n} 位候选人发出面试邀请？候选人将立即收到邀请消息。`,
    advance: (n) => `确认晋级 ${n} 位候选人？候选人将收到晋级通知。`,
    reject: (n) => `确认淘汰 ${n} 位候选人？候选人将收到结果通知，此操作不可撤销。`,
  };
  const confirmStep = (action, label) => {
    // The same safeguard as the chat's cards: say what will happen, then a second tap.
    const yes = h("button", { type: "button", class: action === "reject" ? "btn danger" : "btn primary", id: "bulk-confirm" }, `确认${label}`);
    const no = h("button", { type: "button", class: "btn ghost" }, "取消");
    yes.addEventListener("click", () => act(action, label));
    no.addEventListener("click", onSelection);
    bar.replaceChildren(h("span", { class: "confirm-text" }, CONFIRM[action](selected.size)), yes, no);
  };
  const onSelection = () => {
    bar.hidden = !canAct || selected.size === 0;
    bar.replaceChildren(
      h("span", {}, `已选 ${selected.size} 位`),
      ...ACTIONS.map(([action, label]) => {
        const btn = h("button", { type: "button", class: action === "reject" ? "btn danger" : "btn primary", dataset: { action } }, label);
        btn.addEventListener("click", () => confirmStep(action, label));
        return btn;
      }),
    );
  };
  // One listener at a time: the previous board's is dropped when a new board opens.
  document.removeEventListener("selection", window.dinghireBoardSelection);
  window.dinghireBoardSelection = onSelection;
  document.addEventListener("selection", onSelection);
  filters.addEventListener("submit", (event) => {
    event.preventDefault();
    load();
  });
  await load();
  const links = h("div", { class: "actions" }, h("a", { class: "btn ghost", href: `#/dashboard/${jobId}` }, "查看数据"), ctx.me.can_configure ? h("a", { class: "btn ghost", href: `#/jobs/${jobId}` }, "岗位设置") : null);
  return h("section", { class: "page" }, title, meta, links, filters, columns, bar);
}
