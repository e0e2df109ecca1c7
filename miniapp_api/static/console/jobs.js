// Jobs: the list the viewer may see, and the job form (create and edit).

import { api } from "/static/console/api.js";
import {
  checkbox,
  errorBox,
  field,
  h,
  input,
  numberOrNull,
  page,
  select,
  textarea,
  toast,
  words,
} from "/static/console/ui.js";

const STATUS = [
  ["open", "招聘中"],
  ["draft", "草稿"],
  ["paused", "已暂停"],
  ["closed", "已关闭"],
];
const DEGREES = ["博士", "硕士", "本科", "大专", "中专", "高中"];
const LEVELS = ["初级", "中级", "高级"];

export async function jobsView(ctx) {
  const jobs = await api("/api/console/jobs");
  const actions = ctx.me.can_configure
    ? h("div", { class: "actions" }, h("a", { class: "btn primary", href: "#/jobs/new", id: "new-job" }, "新建岗位"))
    : null;
  if (!jobs.length) {
    const empty = ctx.me.can_configure ? "还没有岗位，点击“新建岗位”开始。" : "你目前没有负责的岗位。";
    return page("岗位", actions, h("p", { class: "card muted" }, empty));
  }
  const rows = jobs.map((j) =>
    h(
      "li",
      { class: "card job-row", dataset: { job: j.id } },
      h(
        "div",
        { class: "job-main" },
        h("a", { class: "job-title", href: `#/jobs/${j.id}/board` }, j.title),
        h("span", { class: `chip status-${j.status}` }, j.status_label),
        h("p", { class: "muted" }, [j.department, j.city, `招聘 ${j.headcount} 人`].filter(Boolean).join(" · ")),
      ),
      h(
        "div",
        { class: "job-figures" },
        h("span", {}, h("b", {}, String(j.applications)), " 份申请"),
        h("span", {}, h("b", {}, String(j.in_progress)), " 进行中"),
      ),
      h(
        "div",
        { class: "job-links" },
        h("a", { href: `#/jobs/${j.id}/board` }, "看板"),
        h("a", { href: `#/dashboard/${j.id}` }, "数据"),
        ctx.me.can_configure ? h("a", { href: `#/jobs/${j.id}` }, "设置") : null,
      ),
    ),
  );
  return page("岗位", actions, h("ul", { class: "list" }, rows));
}

function requirementsOf(form) {
  const req = {};
  const required = words(form.req_required.value);
  const preferred = words(form.req_preferred.value);
  if (required.length || preferred.length) req.skills = { required, preferred };
  if (form.req_degree.value) req.degree = { min: form.req_degree.value, hard: form.req_degree_hard.checked };
  const min = numberOrNull(form.req_years_min.value);
  const max = numberOrNull(form.req_years_max.value);
  if (min !== null || max !== null) {
    req.years = {};
    if (min !== null) req.years.min = min;
    if (max !== null) req.years.max = max;
  }
  const cities = words(form.req_city.value);
  if (cities.length) req.city = cities;
  return req;
}

function approversOf(text) {
  // One line per step: "userId, userId | 会签/或签".
  return String(text || "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [users, mode] = line.split("|");
      const m = (mode || "").trim();
      return { user_ids: words(users), mode: m === "或签" || m === "OR" ? "OR" : m === "NONE" ? "NONE" : "AND" };
    });
}

function approversText(steps) {
  return (steps || []).map((s) => `${s.user_ids.join(", ")} | ${s.mode === "OR" ? "或签" : s.mode === "NONE" ? "NONE" : "会签"}`).join("\n");
}

function localInput(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export async function jobFormView(ctx, jobId) {
  const [choices, detail] = await Promise.all([
    api("/api/console/choices"),
    jobId ? api(`/api/console/jobs/${jobId}`) : Promise.resolve(null),
  ]);
  const f = detail ? detail.form : { headcount: 1, pass_line: 60, status: "open", requirements: {}, salary_band: {}, offer_approvers: [] };
  const req = f.requirements || {};
  const opts = (list) => list.map((c) => [c.id, c.label]);
  const errors = h("div", { id: "form-errors" });
  const bandRows = LEVELS.map((lv) => {
    const pair = (f.salary_band || {})[lv] || ["", ""];
    return h(
      "div",
      { class: "band-row" },
      h("span", {}, lv),
      input(`band_${lv}_low`, pair[0], { type: "number", min: 500, placeholder: "下限（元/月）", "aria-label": `${lv}下限` }),
      input(`band_${lv}_high`, pair[1], { type: "number", min: 500, placeholder: "上限（元/月）", "aria-label": `${lv}上限` }),
    );
  });
  const form = h(
    "form",
    { class: "card form", id: "job-form", novalidate: true },
    h("h2", {}, "基本信息"),
    field("岗位名称", input("title", f.title, { required: true, maxlength: 128 })),
    h(
      "div",
      { class: "grid" },
      field("部门", select("department_id", opts(choices.departments), f.department_id, "（不限部门）")),
      field("城市", input("city", f.city)),
      field("招聘人数", input("headcount", f.headcount, { type: "number", min: 1 })),
      field("状态", select("status", STATUS, f.status)),
    ),
    field("岗位描述", textarea("description", f.description, { rows: 4 })),
    h("h2", {}, "人员与评估"),
    h(
      "div",
      { class: "grid" },
      field("负责 HR", select("owner_id", opts(choices.hr), f.owner_id, "（我自己）")),
      field("用人经理", select("hiring_manager_id", opts(choices.managers), f.hiring_manager_id, "（未指定）")),
      field("能力模型", select("competency_model_id", opts(choices.models), f.competency_model_id, "（未选择）")),
      field("面试题本", select("question_set_id", opts(choices.sets), f.question_set_id, "（未选择）")),
      field("及格线（0-100）", input("pass_line", f.pass_line, { type: "number", min: 0, max: 100, step: 1 })),
    ),
    h(
      "div",
      { class: "checks" },
      checkbox("auto_advance", f.auto_advance, "达到及格线自动晋级"),
      checkbox("auto_reject", f.auto_reject, "低于及格线自动淘汰（慎用）"),
    ),
    h("h2", {}, "简历要求（用于匹配）"),
    h(
      "div",
      { class: "grid" },
      field("必备技能", input("req_required", ((req.skills || {}).required || []).join("、")), "用顿号或逗号分隔"),
      field("加分技能", input("req_preferred", ((req.skills || {}).preferred || []).join("、"))),
      field("最低学历", select("req_degree", DEGREES.map((d) => [d, d]), (req.degree || {}).min, "（不限）")),
      field("工作年限下限", input("req_years_min", (req.years || {}).min ?? "", { type: "number", min: 0 })),
      field("工作年限上限", input("req_years_max", (req.years || {}).max ?? "", { type: "number", min: 0 })),
      field("工作城市", input("req_city", (Array.isArray(req.city) ? req.city : []).join("、"))),
    ),
    checkbox("req_degree_hard", (req.degree || {}).hard, "学历为硬性要求"),
    h("h2", {}, "面试时间"),
    h(
      "div",
      { class: "grid" },
      field("邀请有效期（小时）", input("invite_ttl_hours", f.invite_ttl_hours ?? "", { type: "number", min: 1 }), "留空使用系统默认"),
      field("面试截止时间", input("interview_closes_at", localInput(f.interview_closes_at), { type: "datetime-local" })),
    ),
    h("h2", {}, "录用审批与薪资"),
    field(
      "审批人",
      textarea("offer_approvers", approversText(f.offer_approvers), { rows: 2, placeholder: "mgr001, hr002 | 会签" }),
      "每行一级：钉钉 userId（逗号分隔）| 会签 或 或签；留空为默认（用人经理，再 HR 负责人）",
    ),
    h("div", { class: "bands" }, bandRows),
    errors,
    h(
      "div",
      { class: "actions" },
      h("button", { class: "btn primary", type: "submit", id: "save-job" }, detail ? "保存修改" : "创建岗位"),
      h("a", { class: "btn ghost", href: "#/jobs" }, "取消"),
    ),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const el = form.elements;
    const band = {};
    for (const lv of LEVELS) {
      const low = numberOrNull(el[`band_${lv}_low`].value);
      const high = numberOrNull(el[`band_${lv}_high`].value);
      if (low !== null || high !== null) band[lv] = [low ?? 0, high ?? 0];
    }
    const closes = el.interview_closes_at.value;
    const body = {
      title: el.title.value,
      department_id: numberOrNull(el.department_id.value),
      city: el.city.value,
      headcount: numberOrNull(el.headcount.value) ?? 0,
      description: el.description.value,
      status: el.status.value,
      owner_id: numberOrNull(el.owner_id.value),
      hiring_manager_id: numberOrNull(el.hiring_manager_id.value),
      competency_model_id: numberOrNull(el.competency_model_id.value),
      question_set_id: numberOrNull(el.question_set_id.value),
      pass_line: numberOrNull(el.pass_line.value) ?? 0,
      auto_advance: el.auto_advance.checked,
      auto_reject: el.auto_reject.checked,
      requirements: requirementsOf(el),
      invite_ttl_hours: numberOrNull(el.invite_ttl_hours.value),
      interview_closes_at: closes ? new Date(closes).toISOString() : null,
      offer_approvers: approversOf(el.offer_approvers.value),
      salary_band: band,
    };
    errors.replaceChildren();
    try {
      const saved = await api(jobId ? `/api/console/jobs/${jobId}` : "/api/console/jobs", {
        method: jobId ? "PUT" : "POST",
        body,
      });
      toast(jobId ? "已保存" : `已创建岗位「${saved.form.title}」`);
      ctx.go(`#/jobs/${saved.id}/board`);
    } catch (err) {
      errors.replaceChildren(errorBox(err));
      errors.scrollIntoView({ block: "center" });
    }
  });
  return page(detail ? `岗位设置 · ${detail.form.title}` : "新建岗位", form);
}
