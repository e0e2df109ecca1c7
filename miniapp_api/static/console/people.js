// People: staff with departments and roles; the HR head and admins assign roles (audited).

import { api } from "/static/console/api.js";
import { h, page, toast } from "/static/console/ui.js";

export async function peopleView(ctx) {
  const data = await api("/api/console/people");
  const labels = new Map(data.roles);
  const rows = data.people.map((p) => {
    const boxes = data.roles.map(([role, label]) => {
      const box = h("input", { type: "checkbox", value: role, checked: p.roles.includes(role), disabled: !data.can_assign, "aria-label": `${p.name}：${label}` });
      return h("label", { class: "check" }, box, label);
    });
    const save = data.can_assign ? h("button", { type: "button", class: "btn small", dataset: { save: p.id } }, "保存角色") : null;
    const row = h(
      "li",
      { class: "card person", dataset: { person: p.user_id } },
      h("div", {}, h("b", {}, p.name), h("span", { class: "muted" }, ` ${p.title || ""} · ${p.department || "未分配部门"} · ${p.user_id}`)),
      h("p", { class: "muted" }, p.roles.length ? `当前角色：${p.roles.map((r) => labels.get(r) || r).join("、")}` : "当前角色：普通员工（看不到控制台）", p.managed_jobs ? ` · 负责 ${p.managed_jobs} 个岗位` : ""),
      h("div", { class: "checks" }, boxes),
      save,
    );
    if (save) {
      save.addEventListener("click", async () => {
        const roles = [...row.querySelectorAll("input:checked")].map((b) => b.value);
        try {
          await api(`/api/console/people/${p.id}/roles`, { method: "PUT", body: { roles } });
          toast(`已更新${p.name}的角色`);
          ctx.go("#/people");
        } catch (err) {
          toast(err.message, "danger");
        }
      });
    }
    return row;
  });
  const note = data.can_assign
    ? "HR、HR 负责人、管理员可查看和配置全部岗位；用人经理只能查看自己负责的岗位；没有角色的员工看不到控制台。每次调整都会记入审计日志。"
    : "只有 HR 负责人或管理员可以分配角色。";
  return page("人员与角色", h("p", { class: "card muted" }, note), h("ul", { class: "list" }, rows));
}
