// Question sets: the list, the set form (ordered questions; a question with an equivalence
// group is a draw-from-group slot), and the preview as the candidate sees it.

import { api } from "/static/console/api.js";
import { errorBox, field, h, input, minutes, page, textarea, toast } from "/static/console/ui.js";

export async function setsView(ctx) {
  const sets = await api("/api/console/sets");
  const rows = sets.map((s) =>
    h(
      "li",
      { class: "card row" },
      h("div", {}, h("a", { class: "job-title", href: `#/sets/${s.id}` }, s.name), h("p", { class: "muted" }, `${s.items} 道题 · ${s.jobs} 个岗位使用`)),
      h("a", { href: `#/sets/${s.id}/preview` }, "预览"),
    ),
  );
  return page(
    "面试题本",
    h("div", { class: "actions" }, h("a", { class: "btn primary", href: "#/sets/new", id: "new-set" }, "新建题本")),
    sets.length ? h("ul", { class: "list" }, rows) : h("p", { class: "card muted" }, "还没有题本"),
  );
}

export async function setFormView(ctx, setId) {
  const [bank, detail] = await Promise.all([
    api("/api/console/questions?limit=200"),
    setId ? api(`/api/console/sets/${setId}`) : Promise.resolve(null),
  ]);
  const chosen = detail ? detail.items.map((i) => i.question_id) : [];
  const byId = new Map(bank.map((q) => [q.id, q]));
  const picked = h("ol", { class: "picked", id: "picked" });
  const total = h("p", { class: "muted", id: "set-total" });
  const render = () => {
    picked.replaceChildren(
      ...chosen.map((id, n) => {
        const q = byId.get(id) || { text: `#${id}`, think_time_s: 0, answer_time_s: 0 };
        const up = h("button", { type: "button", class: "btn ghost small", "aria-label": "上移" }, "↑");
        up.addEventListener("click", () => {
          if (n > 0) [chosen[n - 1], chosen[n]] = [chosen[n], chosen[n - 1]];
          render();
        });
        const out = h("button", { type: "button", class: "btn ghost small" }, "移除");
        out.addEventListener("click", () => {
          chosen.splice(n, 1);
          render();
        });
        const slot = q.equivalence_group ? `（从等价组「${q.equivalence_group}」抽题）` : "";
        return h("li", { class: "pick" }, h("span", {}, `${q.text}${slot}`), up, out);
      }),
    );
    const secs = chosen.reduce((acc, id) => acc + ((byId.get(id) || {}).think_time_s || 0) + ((byId.get(id) || {}).answer_time_s || 0), 0);
    total.textContent = `共 ${chosen.length} 题，预计最长 ${minutes(secs)}`;
  };
  const bankList = h(
    "ul",
    { class: "bank" },
    bank.map((q) => {
      const add = h("button", { type: "button", class: "btn small", dataset: { add: q.id } }, "加入");
      add.addEventListener("click", () => {
        if (!chosen.includes(q.id)) chosen.push(q.id);
        render();
      });
      return h("li", {}, h("span", {}, `[${q.type_label}] ${q.text}`), add);
    }),
  );
  render();
  const errors = h("div", { id: "form-errors" });
  const form = h(
    "form",
    { class: "card form", id: "set-form", novalidate: true },
    field("题本名称", input("name", detail ? detail.name : "")),
    field("说明", textarea("description", detail ? detail.description : "", { rows: 2 })),
    h("h2", {}, "题目顺序"),
    picked,
    total,
    errors,
    h("div", { class: "actions" }, h("button", { class: "btn primary", type: "submit", id: "save-set" }, "保存题本"), setId ? h("a", { class: "btn", href: `#/sets/${setId}/preview` }, "预览") : null),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errors.replaceChildren();
    try {
      const saved = await api(setId ? `/api/console/sets/${setId}` : "/api/console/sets", {
        method: setId ? "PUT" : "POST",
        body: { name: form.elements.name.value, description: form.elements.description.value, question_ids: chosen },
      });
      toast("题本已保存");
      ctx.go(`#/sets/${saved.id}/preview`);
    } catch (err) {
      errors.replaceChildren(errorBox(err));
    }
  });
  return page(setId ? `题本 · ${detail.name}` : "新建题本", form, h("h2", {}, "题库"), h("div", { class: "card" }, bankList));
}

export async function setPreviewView(ctx, setId) {
  const years = h("select", { "aria-label": "候选人工作年限" }, [["0", "应届"], ["2", "1-3 年"], ["4", "3-6 年"], ["8", "6 年以上"]].map(([v, l]) => h("option", { value: v }, l)));
  const body = h("div", { id: "preview" });
  const load = async () => {
    const p = await api(`/api/console/sets/${setId}/preview?years=${years.value}`);
    body.replaceChildren(
      h("p", { class: "muted" }, `候选人将依次回答 ${p.nodes.length} 道题，预计最长 ${minutes(p.total_seconds)}（等价组按候选人经验抽题，每人可能不同）`),
      ...p.nodes.map((n) =>
        h(
          "article",
          { class: "card candidate-q" },
          h("p", { class: "eyebrow" }, `第 ${n.number} 题 · ${n.kind}`),
          h("p", { class: "q-text" }, n.text),
          h("p", { class: "muted" }, `思考 ${n.think_s} 秒 · 作答 ${n.answer_s} 秒 · 可重录 ${n.retakes_allowed} 次`),
        ),
      ),
    );
  };
  years.addEventListener("change", load);
  await load();
  return page("题本预览（候选人视角）", h("div", { class: "filters" }, h("label", {}, "候选人经验 ", years), h("a", { class: "btn ghost", href: `#/sets/${setId}` }, "编辑题本")), body);
}
