// The question bank (with the compliance check as HR types) and the Excel import.

import { api } from "/static/console/api.js";
import { errorBox, field, h, input, lines, page, select, textarea, toast, words } from "/static/console/ui.js";

const TYPES = [
  ["behavioural", "行为"],
  ["situational", "情景"],
  ["technical", "技术"],
  ["values", "价值观"],
  ["self_introduction", "自我介绍"],
];

function questionForm(ctx, onSaved) {
  const verdict = h("div", { id: "compliance", class: "compliance", "aria-live": "polite" });
  const errors = h("div", { id: "form-errors" });
  let editing = null;
  const form = h(
    "form",
    { class: "card form", id: "question-form", novalidate: true },
    h("h2", { id: "question-form-title" }, "新增题目"),
    field("题目", textarea("text", "", { rows: 3, maxlength: 1000 })),
    verdict,
    h(
      "div",
      { class: "grid" },
      field("类型", select("type", TYPES, "behavioural")),
      field("难度（1-5）", input("difficulty", 2, { type: "number", min: 1, max: 5 })),
      field("思考时间（秒）", input("think_time_s", 30, { type: "number", min: 0, max: 600 })),
      field("作答时间（秒）", input("answer_time_s", 180, { type: "number", min: 10, max: 1800 })),
      field("可重录次数", input("retakes_allowed", 1, { type: "number", min: 0, max: 5 })),
      field("等价组", input("equivalence_group", ""), "同组题目可互换，每次面试抽一道"),
    ),
    field("能力维度编码", input("dimension_codes", ""), "如 communication、teamwork"),
    field("参考答案", textarea("exemplar_answers", "", { rows: 2 }), "每行一条"),
    field("追问模板", textarea("follow_up_templates", "", { rows: 2 }), "每行一条；同样会做合规检查"),
    errors,
    h("div", { class: "actions" }, h("button", { class: "btn primary", type: "submit", id: "save-question" }, "保存题目")),
  );
  const body = () => {
    const el = form.elements;
    return {
      type: el.type.value,
      text: el.text.value,
      difficulty: Number(el.difficulty.value) || 2,
      think_time_s: Number(el.think_time_s.value) || 0,
      answer_time_s: Number(el.answer_time_s.value) || 0,
      retakes_allowed: Number(el.retakes_allowed.value) || 0,
      equivalence_group: el.equivalence_group.value,
      dimension_codes: words(el.dimension_codes.value),
      exemplar_answers: lines(el.exemplar_answers.value),
      follow_up_templates: lines(el.follow_up_templates.value),
    };
  };
  let timer = null;
  const check = async () => {
    const b = body();
    if (!b.text.trim()) {
      verdict.replaceChildren();
      return;
    }
    try {
      const v = await api("/api/console/questions/check", { method: "POST", body: b });
      verdict.replaceChildren(h("p", { class: v.allowed ? "alert ok" : "alert danger" }, v.allowed ? "合规检查：未发现违规内容" : v.message));
    } catch (err) {
      verdict.replaceChildren();
    }
  };
  form.addEventListener("input", (event) => {
    if (!["text", "follow_up_templates"].includes(event.target.name)) return;
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errors.replaceChildren();
    try {
      await api(editing ? `/api/console/questions/${editing}` : "/api/console/questions", { method: editing ? "PUT" : "POST", body: body() });
      toast(editing ? "题目已更新" : "题目已加入题库");
      onSaved();
    } catch (err) {
      errors.replaceChildren(errorBox(err));
    }
  });
  form.edit = (q) => {
    editing = q.id;
    const el = form.elements;
    form.querySelector("#question-form-title").textContent = `编辑题目 #${q.id}`;
    el.text.value = q.text;
    el.type.value = q.type;
    el.difficulty.value = q.difficulty;
    el.think_time_s.value = q.think_time_s;
    el.answer_time_s.value = q.answer_time_s;
    el.retakes_allowed.value = q.retakes_allowed;
    el.equivalence_group.value = q.equivalence_group;
    el.dimension_codes.value = q.dimension_codes.join("、");
    el.exemplar_answers.value = q.exemplar_answers.join("\n");
    el.follow_up_templates.value = q.follow_up_templates.join("\n");
    form.scrollIntoView();
  };
  return form;
}

export async function questionsView(ctx) {
  const list = h("ul", { class: "list", id: "question-list" });
  const search = input("q", "", { type: "search", placeholder: "搜索题目", "aria-label": "搜索题目" });
  const kind = select("type", TYPES, "", "全部类型");
  const load = async () => {
    const params = new URLSearchParams({ q: search.value });
    if (kind.value) params.set("type", kind.value);
    const rows = await api(`/api/console/questions?${params}`);
    list.replaceChildren(
      ...rows.map((q) => {
        const edit = h("button", { type: "button", class: "btn ghost small" }, "编辑");
        edit.addEventListener("click", () => form.edit(q));
        const del = h("button", { type: "button", class: "btn ghost small" }, "删除");
        del.addEventListener("click", async () => {
          try {
            await api(`/api/console/questions/${q.id}`, { method: "DELETE" });
            toast("已删除");
            load();
          } catch (err) {
            toast(err.message, "danger");
          }
        });
        const meta = [q.type_label, `难度 ${q.difficulty}`, `${q.think_time_s}+${q.answer_time_s} 秒`, q.equivalence_group ? `等价组 ${q.equivalence_group}` : "", q.in_sets ? `${q.in_sets} 个题本` : ""];
        return h("li", { class: "card question" }, h("p", { class: "q-text" }, `#${q.id} ${q.text}`), h("p", { class: "muted" }, meta.filter(Boolean).join(" · ")), h("div", { class: "row-actions" }, edit, del));
      }),
    );
    if (!rows.length) list.replaceChildren(h("li", { class: "card muted" }, "没有符合条件的题目"));
  };
  const form = questionForm(ctx, load);
  search.addEventListener("input", load);
  kind.addEventListener("change", load);
  await load();
  return page(
    "题库",
    h("div", { class: "actions" }, h("a", { class: "btn", href: "/api/console/questions.xlsx", download: "" }, "导出 Excel"), h("a", { class: "btn", href: "#/import" }, "从 Excel 导入")),
    form,
    h("div", { class: "filters" }, search, kind),
    list,
  );
}

export async function importView(ctx) {
  const file = h("input", { type: "file", name: "file", accept: ".xlsx,.xlsm,.csv", id: "import-file" });
  const result = h("div", { id: "import-result", "aria-live": "polite" });
  const send = h("button", { class: "btn primary", type: "button", id: "import-send" }, "导入");
  send.addEventListener("click", async () => {
    const chosen = file.files[0];
    result.replaceChildren();
    if (!chosen) {
      result.replaceChildren(h("p", { class: "alert danger" }, "请先选择文件"));
      return;
    }
    send.disabled = true;
    try {
      const data = await chosen.arrayBuffer();
      const r = await api(`/api/console/imports?file_name=${encodeURIComponent(chosen.name)}`, { method: "POST", body: data });
      const parts = [`${r.kind_label}：共 ${r.rows} 行，新增 ${r.created}，更新 ${r.updated}`];
      if (r.applications_opened) parts.push(`为岗位创建申请 ${r.applications_opened} 份`);
      if (r.question_set) parts.push(`已加入题本「${r.question_set}」`);
      result.replaceChildren(h("p", { class: "alert ok" }, parts.join("，")), ...r.warnings.map((w) => h("p", { class: "alert warn" }, w)));
    } catch (err) {
      const errs = (err.body && err.body.errors) || [];
      result.replaceChildren(
        h("p", { class: "alert danger" }, errs.length ? `文件中有 ${errs.length} 处错误，未导入任何数据：` : err.message),
        errs.length ? h("ul", { class: "cell-errors" }, errs.map((e) => h("li", {}, `第 ${e.row} 行 ${e.column} 列（${e.header}）：${e.reason}`))) : null,
      );
    } finally {
      send.disabled = false;
    }
  });
  return page(
    "从 Excel 导入",
    h(
      "div",
      { class: "card form" },
      h("p", {}, "支持题库、候选人、薪资带宽三种表格（与机器人“导入”相同的模板与校验）：全部校验通过才会保存；题目同样经过合规检查。"),
      field("选择文件", file),
      h("div", { class: "actions" }, send),
      result,
    ),
  );
}
