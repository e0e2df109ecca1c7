// The dashboard: funnel, drop-off by question, time in stage, sources, score distributions
// and the pass-line what-if, drawn with the vendored Chart.js (no CDN).

import { api } from "/static/console/api.js";
import { h, page } from "/static/console/ui.js";

const BLUE = "#0a59d0";
const SOFT = "rgba(10, 89, 208, 0.25)";

function chart(canvas, config) {
  if (!window.Chart) return null; // the vendored script failed to load: the tables still show
  const base = { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } } };
  return new window.Chart(canvas, { ...config, options: { ...base, ...(config.options || {}) } });
}

function panel(title, ...children) {
  return h("section", { class: "card panel" }, h("h2", {}, title), ...children);
}

function canvasBox(id) {
  return h("div", { class: "chart-box" }, h("canvas", { id, role: "img", "aria-label": id }));
}

function pct(x) {
  return x === null || x === undefined ? "—" : `${(x * 100).toFixed(1)}%`;
}

export async function dashboardView(ctx, jobId) {
  const [d, jobs] = await Promise.all([api(`/api/console/dashboard${jobId ? `?job_id=${jobId}` : ""}`), api("/api/console/jobs")]);
  const picker = h("select", { id: "dash-job", "aria-label": "选择岗位" }, h("option", { value: "" }, "全部岗位"), ...jobs.map((j) => h("option", { value: j.id, selected: j.id === jobId }, j.title)));
  picker.addEventListener("change", () => ctx.go(picker.value ? `#/dashboard/${picker.value}` : "#/dashboard"));

  const funnelTable = h(
    "table",
    { class: "table", id: "funnel-table" },
    h("thead", {}, h("tr", {}, h("th", {}, "环节"), h("th", {}, "人数"), h("th", {}, "转化率"))),
    h("tbody", {}, d.funnel.map((s) => h("tr", { dataset: { step: s.label } }, h("td", {}, s.label), h("td", {}, String(s.count)), h("td", {}, pct(s.rate))))),
  );
  const scored = d.overall_histogram.reduce((a, b) => a + b, 0);
  const line = h("input", { type: "range", min: 0, max: 100, step: 1, value: d.pass_line ?? 60, id: "what-if-line", "aria-label": "假设及格线" });
  const whatIf = h("p", { class: "what-if", id: "what-if" });
  const updateWhatIf = () => {
    const at = Number(line.value);
    const pass = d.overall_histogram.reduce((acc, n, s) => acc + (s >= at ? n : 0), 0);
    const now = d.pass_line !== null ? ` · 当前及格线 ${d.pass_line} 分` : "";
    whatIf.textContent = `及格线设为 ${at} 分：已评分 ${scored} 人中 ${pass} 人晋级（${scored ? ((pass / scored) * 100).toFixed(1) : 0}%）${now}`;
  };
  line.addEventListener("input", updateWhatIf);
  updateWhatIf();

  const questionRows = d.questions.map((q) => h("tr", {}, h("td", {}, `第 ${q.position} 题`), h("td", {}, String(q.answered)), h("td", {}, pct(q.completion)), h("td", {}, pct(q.drop_off))));
  const timeRows = d.stage_times.map((t) => h("tr", {}, h("td", {}, t.label), h("td", {}, `${t.median_hours} 小时`), h("td", {}, `${t.mean_hours} 小时`), h("td", {}, String(t.samples))));
  const sources = Object.entries(d.sources);

  const view = page(
    `数据 · ${d.scope}`,
    h("div", { class: "filters" }, picker),
    h(
      "div",
      { class: "kpis" },
      h("div", { class: "kpi" }, h("b", {}, String(d.funnel[0].count)), "份申请"),
      h("div", { class: "kpi" }, h("b", {}, String(d.started_interviews)), "场面试已开始"),
      h("div", { class: "kpi" }, h("b", {}, String(scored)), "人已评分"),
      h("div", { class: "kpi" }, h("b", {}, d.time_to_hire_days === null ? "—" : `${d.time_to_hire_days} 天`), "入职周期（中位数）"),
    ),
    h("div", { class: "panels" },
      panel("招聘漏斗", canvasBox("funnel-chart"), funnelTable),
      panel("及格线模拟", canvasBox("score-chart"), line, whatIf),
      panel("各题完成与流失", d.questions.length ? h("table", { class: "table" }, h("thead", {}, h("tr", {}, h("th", {}, "题目"), h("th", {}, "完成人数"), h("th", {}, "完成率"), h("th", {}, "流失率"))), h("tbody", {}, questionRows)) : h("p", { class: "muted" }, "暂无面试作答")),
      panel("各阶段停留时间", timeRows.length ? h("table", { class: "table" }, h("thead", {}, h("tr", {}, h("th", {}, "阶段"), h("th", {}, "中位数"), h("th", {}, "平均"), h("th", {}, "样本"))), h("tbody", {}, timeRows)) : h("p", { class: "muted" }, "暂无阶段变更记录")),
      panel("来源", sources.length ? canvasBox("source-chart") : h("p", { class: "muted" }, "暂无申请")),
      panel("能力维度得分分布", Object.keys(d.dimensions).length ? canvasBox("dimension-chart") : h("p", { class: "muted" }, "暂无评分报告")),
    ),
  );
  // Charts need their canvases in the document (sizes come from the layout).
  requestAnimationFrame(() => {
    chart(view.querySelector("#funnel-chart"), {
      type: "bar",
      data: { labels: d.funnel.map((s) => s.label), datasets: [{ data: d.funnel.map((s) => s.count), backgroundColor: BLUE }] },
      options: { indexAxis: "y", scales: { x: { ticks: { precision: 0 } } } },
    });
    const bins = Array.from({ length: 10 }, (_, i) => d.overall_histogram.slice(i * 10, i === 9 ? 101 : i * 10 + 10).reduce((a, b) => a + b, 0));
    chart(view.querySelector("#score-chart"), {
      type: "bar",
      data: { labels: bins.map((_, i) => `${i * 10}-${i === 9 ? 100 : i * 10 + 9}`), datasets: [{ data: bins, backgroundColor: SOFT, borderColor: BLUE, borderWidth: 1 }] },
      options: { scales: { y: { ticks: { precision: 0 } } } },
    });
    const src = view.querySelector("#source-chart");
    if (src) chart(src, { type: "doughnut", data: { labels: sources.map(([k]) => k), datasets: [{ data: sources.map(([, v]) => v) }] }, options: { plugins: { legend: { display: true, position: "bottom" } } } });
    const dim = view.querySelector("#dimension-chart");
    if (dim) {
      const names = Object.keys(d.dimensions);
      const mean = names.map((n) => {
        const b = d.dimensions[n];
        const count = b.reduce((a, x) => a + x, 0);
        return count ? b.reduce((a, x, s) => a + x * s, 0) / count : 0;
      });
      chart(dim, { type: "bar", data: { labels: names, datasets: [{ label: "平均分（0-10）", data: mean.map((m) => Number(m.toFixed(2))), backgroundColor: BLUE }] }, options: { scales: { y: { min: 0, max: 10 } } } });
    }
    document.body.dataset.charts = window.Chart ? "drawn" : "missing";
  });
  return view;
}
