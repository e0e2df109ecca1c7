// 公平与效度: the latest monthly report (alerts, impact ratios by group with the four-fifths
// line, validity with intervals, drift), the human-review tasks and the recalibration of a
// job's weights (propose; the HR head approves). Charts with the vendored Chart.js.

import { api } from "/static/console/api.js";
import { h, page, toast } from "/static/console/ui.js";

const RED = "#f54a45";
const AMBER = "#ff8800";
const GREEN = "#34c724";
const BLUE = "#0a59d0";
const SHOWN_ALERTS = 5;

function panel(title, ...children) {
  return h("section", { class: "card panel" }, h("h2", {}, title), ...children);
}

function ratioChart(canvas, table) {
  const rows = table.rows.filter((r) => r.impact_ratio !== null);
  if (!window.Chart) return;
  const colors = rows.map((r) => (r.flagged && r.significant ? RED : r.flagged ? AMBER : GREEN));
  const fourFifths = { id: "fourFifths", afterDraw(chart) {
    const x = chart.scales.x.getPixelForValue(0.8);
    const { top, bottom } = chart.chartArea;
    const c = chart.ctx;
    c.save(); c.setLineDash([4, 3]); c.strokeStyle = "#1f2329";
    c.beginPath(); c.moveTo(x, top); c.lineTo(x, bottom); c.stroke(); c.restore();
  } };
  new window.Chart(canvas, {
    type: "bar",
    data: { labels: rows.map((r) => `${r.category}（n=${r.n}）`), datasets: [{ data: rows.map((r) => r.impact_ratio), backgroundColor: colors }] },
    options: { indexAxis: "y", responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } }, scales: { x: { min: 0, max: 1.2 } } },
    plugins: [fourFifths],
  });
}

function fairnessPanel(fairness) {
  const boxes = [];
  for (const section of fairness.sections) {
    for (const table of section.tables) {
      if (table.attribute.includes("×") || !table.rows.length) continue;
      const canvas = h("canvas", { role: "img", "aria-label": `${section.decision} ${table.label}` });
      const what = table.kind === "scoring" ? "得分高于中位数" : "通过率";
      boxes.push(h("div", { class: "fair-chart", dataset: { decision: section.decision, attribute: table.attribute } }, h("h3", {}, `${section.decision} · ${table.label}（${what}）`), h("div", { class: "chart-box" }, canvas)));
      queueMicrotask(() => ratioChart(canvas, table));
    }
  }
  return panel(
    "各群体的影响比",
    h("p", { class: "hint" }, "影响比 = 该组比例 ÷ 最高组比例；虚线为 0.8。红：低于 0.8 且精确检验显著；橙：低于 0.8 但可能是偶然；绿：未低于 0.8。"),
    h("div", { class: "panels" }, boxes),
  );
}

function validityPanel(validity) {
  const computable = validity.rows.filter((r) => r.r !== null);
  const rows = computable.map((r) => {
    const value = r.corrected_r ?? r.r;
    const ci = r.low !== null && r.high !== null ? `${r.low.toFixed(2)} ~ ${r.high.toFixed(2)}` : "—";
    return h("tr", { class: r.too_few ? "muted" : "" }, h("td", {}, r.family), h("td", {}, r.predictor), h("td", {}, r.outcome), h("td", {}, value === null ? "—" : value.toFixed(2)), h("td", {}, ci), h("td", {}, String(r.n)), h("td", {}, r.text));
  });
  return panel(
    `效度（有录用后结果 ${validity.hires} 人）`,
    h("p", { class: "hint" }, `另有 ${validity.rows.length - computable.length} 项因样本不足或结果没有差异无法计算。`),
    h("table", { class: "table", id: "validity-table" }, h("thead", {}, h("tr", {}, ...["岗位族", "预测项", "结果", "相关（校正后）", "95% 区间", "n", "说明"].map((t) => h("th", {}, t)))), h("tbody", {}, rows)),
  );
}

function driftPanel(drift) {
  const levels = { stable: "稳定", watch: "值得关注", moved: "明显变化", too_few: "样本不足" };
  const fmt = (v) => (v === null ? "—" : v.toFixed(2));
  const rows = [...drift.dimensions, ...drift.questions, ...drift.asr_by_region].map((d) => h("tr", {}, h("td", {}, d.name), h("td", {}, fmt(d.mean_before)), h("td", {}, fmt(d.mean_after)), h("td", {}, fmt(d.psi)), h("td", {}, levels[d.level] || d.level)));
  return panel("一致性（与上月相比）", h("table", { class: "table" }, h("thead", {}, h("tr", {}, ...["项目", "上月均分", "本月均分", "PSI", "结论"].map((t) => h("th", {}, t)))), h("tbody", {}, rows)));
}

async function reviewsPanel(ctx) {
  const tasks = await api("/api/hr/outcomes/reviews");
  const rows = tasks.map((t) => {
    const close = h("button", { class: "btn", type: "button", onclick: async () => {
      const resolution = window.prompt("复核结论（会记录在案）");
      if (!resolution) return;
      await api(`/api/hr/outcomes/reviews/${t.id}/close`, { method: "POST", body: { resolution } });
      toast("已处理");
      ctx.go("#/fairness");
    } }, "处理完毕");
    return h("tr", {}, h("td", {}, h("a", { href: `#/applications/${t.application_id}` }, `#${t.application_id}`)), h("td", {}, t.reason), h("td", {}, t.created_at.slice(0, 10)), h("td", {}, close));
  });
  return panel(`人工复核申请（${tasks.length}）`, tasks.length ? h("table", { class: "table", id: "review-table" }, h("tbody", {}, rows)) : h("p", {}, "没有待处理的复核申请"));
}

async function calibrationPanel(ctx) {
  const jobs = await api("/api/console/jobs");
  const body = h("div", {});
  const picker = h("select", { "aria-label": "选择岗位" }, h("option", { value: "" }, "选择岗位查看权重与调整建议"), ...jobs.map((j) => h("option", { value: j.id }, j.title)));
  async function show(jobId) {
    const c = await api(`/api/hr/outcomes/jobs/${jobId}/calibration`);
    const pending = c.proposals.find((p) => p.status === "pending");
    const codes = Object.keys(c.current.weights);
    const table = h("table", { class: "table" }, h("thead", {}, h("tr", {}, h("th", {}, "维度"), h("th", {}, `当前（第 ${c.current.version} 版）`), h("th", {}, "建议"))), h("tbody", {}, codes.map((code) => h("tr", {}, h("td", {}, code), h("td", {}, c.current.weights[code].toFixed(3)), h("td", {}, pending ? (pending.proposed_weights[code] ?? 0).toFixed(3) : "—")))));
    const decide = (approve) => async () => {
      await api(`/api/hr/outcomes/proposals/${pending.id}/decision`, { method: "POST", body: { approve } });
      toast(approve ? "已批准：之后生成的报告使用新权重" : "已驳回");
      await show(jobId);
    };
    const actions = pending
      ? [h("p", {}, `及格线：${c.current.pass_line} → ${pending.proposed_pass_line}；${pending.evidence.effect ? pending.evidence.effect.text : ""}`), h("p", { class: "hint" }, pending.evidence.note || ""), h("button", { class: "btn primary", type: "button", onclick: decide(true) }, "批准"), h("button", { class: "btn", type: "button", onclick: decide(false) }, "驳回")]
      : [h("button", { class: "btn", type: "button", onclick: async () => { await api(`/api/hr/outcomes/jobs/${jobId}/calibration`, { method: "POST" }); await show(jobId); } }, "根据录用后表现生成调整建议")];
    body.replaceChildren(table, ...actions);
  }
  picker.addEventListener("change", () => picker.value && show(Number(picker.value)).catch((err) => toast(err.message, "error")));
  return panel("权重校准（需 HR 负责人批准，只影响之后生成的报告）", picker, body);
}

export async function fairnessView(ctx) {
  let report = null;
  try {
    report = await api("/api/hr/outcomes/monthly/latest");
  } catch (err) {
    if (err.status !== 404) throw err;
  }
  const parts = [];
  if (report) {
    const alerts = [...report.alerts].sort((a, b) => a.includes("×") - b.includes("×"));
    parts.push(
      panel(
        `${report.period} 月报：${report.alerts.length} 项预警`,
        h("ul", { id: "fair-alerts" }, alerts.slice(0, SHOWN_ALERTS).map((line) => h("li", { class: "alert danger" }, line))),
        h("p", {}, h("a", { href: `/outcomes?period=${encodeURIComponent(report.period)}` }, "查看完整月报与全部图表")),
      ),
      fairnessPanel(report.fairness),
      validityPanel(report.validity),
      driftPanel(report.drift),
    );
  } else {
    parts.push(panel("月报", h("p", {}, "还没有公平性月报（每月 1 日自动生成）")));
  }
  parts.push(await reviewsPanel(ctx), await calibrationPanel(ctx));
  return page("公平与效度", ...parts);
}
