// One candidate's page: stage, scores, the timeline (stages, invitations, messages) and the
// audit trail; the full report opens on /r/{id}.

import { api } from "/static/console/api.js";
import { h, page, score } from "/static/console/ui.js";

function when(iso) {
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export async function candidateView(ctx, applicationId) {
  const d = await api(`/api/console/applications/${applicationId}`);
  const timeline = h(
    "ol",
    { class: "timeline", id: "timeline" },
    d.timeline.map((e) => h("li", { dataset: { kind: e.kind } }, h("time", {}, when(e.at)), h("span", {}, e.text), e.by ? h("span", { class: "muted" }, ` · ${e.by}`) : null)),
  );
  const audit = d.audit.length
    ? h("ol", { class: "timeline" }, d.audit.map((e) => h("li", {}, h("time", {}, when(e.at)), h("span", {}, e.text), h("span", { class: "muted" }, ` · ${e.by}`))))
    : h("p", { class: "muted" }, "暂无记录");
  return page(
    d.name || `申请 #${d.application_id}`,
    h(
      "div",
      { class: "card" },
      h("p", {}, h("a", { href: `#/jobs/${d.job_id}/board` }, d.job_title), ` · ${d.stage_label}`),
      h("p", { class: "muted" }, `面试 ${score(d.overall_score)} · 匹配 ${score(d.match_score)} · 来源 ${d.source}`),
      h("div", { class: "actions" }, h("a", { class: "btn primary", href: d.report_url, target: "_blank", rel: "noopener" }, "查看评估报告")),
    ),
    h("section", { class: "card" }, h("h2", {}, "时间线"), timeline),
    h("section", { class: "card" }, h("h2", {}, "审计记录"), audit),
  );
}
