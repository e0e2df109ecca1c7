// Outcomes page: the latest monthly report (fairness impact ratios, validity intervals, drift)
// drawn as plain SVG. Signs in with DingTalk 免登 inside DingTalk, else uses the HR cookie.

import { dingTalkAuthCode, insideDingTalk } from "/static/interview/dingtalk.js";

const $ = (id) => document.getElementById(id);
const SVG = "http://www.w3.org/2000/svg";
const COLORS = { adverse: "#f54a45", watch: "#ff8800", ok: "#34c724", grey: "#bbbfc4", blue: "#3370ff" };

async function api(path, options = {}) {
  const response = await fetch(path, {
    credentials: "same-origin",
    headers: { Accept: "application/json", "Content-Type": "application/json" },
    ...options,
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body && body.error) || {};
    throw new Error(error.message || "服务暂时不可用，请稍后重试");
  }
  return body;
}

async function signIn() {
  if (!insideDingTalk()) return;
  const config = await api("/api/hr/config");
  if (!config.dingtalk_login || !config.corp_id) return;
  const code = await dingTalkAuthCode(config.corp_id);
  await api("/api/hr/session", { method: "POST", body: JSON.stringify({ dingtalk_auth_code: code }) });
}

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(c);
  return el;
}

function s(tag, attrs = {}, text = "") {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text) el.textContent = text;
  return el;
}

/** Horizontal bars of impact ratios (0..1.2) with the four-fifths line. */
function ratioChart(title, table) {
  const rows = table.rows.filter((r) => r.impact_ratio !== null);
  const rowH = 22, left = 110, width = 320, right = 90;
  const height = rows.length * rowH + 24;
  const x = (v) => left + (Math.min(v, 1.2) / 1.2) * width;
  const svg = s("svg", { viewBox: `0 0 ${left + width + right} ${height}`, role: "img", "aria-label": title });
  rows.forEach((r, i) => {
    const y = i * rowH + 4;
    const color = r.flagged && r.significant ? COLORS.adverse : r.flagged ? COLORS.watch : COLORS.ok;
    svg.append(s("text", { x: left - 6, y: y + 14, "text-anchor": "end" }, r.category));
    svg.append(s("rect", { x: left, y, width: Math.max(1, x(r.impact_ratio) - left), height: rowH - 6, fill: color }));
    const detail = `${r.impact_ratio.toFixed(2)}  ${(r.rate * 100).toFixed(1)}%  n=${r.n}`;
    svg.append(s("text", { x: x(r.impact_ratio) + 4, y: y + 14, class: "muted" }, detail));
  });
  const line = x(0.8);
  svg.append(s("line", { x1: line, x2: line, y1: 0, y2: height - 18, stroke: "#1f2329", "stroke-dasharray": "4 3" }));
  svg.append(s("text", { x: line, y: height - 4, "text-anchor": "middle", class: "muted" }, "0.8"));
  return h("div", { class: "chart" }, h("h4", {}, title), svg);
}

function renderFairness(fairness) {
  const host = $("fairness-charts");
  for (const section of fairness.sections) {
    const grid = h("div", { class: "grid" });
    for (const table of section.tables) {
      if (table.attribute.includes("×") || !table.rows.length) continue;
      const what = table.kind === "scoring" ? "得分高于中位数的比例" : "通过率";
      grid.append(ratioChart(`${section.decision} · ${table.label}（${what}）`, table));
    }
    const first = section.tables[0];
    const decided = first ? first.rows.reduce((n, r) => n + r.n, 0) + first.unknown : 0;
    host.append(h("h3", {}, `${section.decision}（${decided} 人）`), grid);
  }
  $("fairness").hidden = false;
}

/** Dots with interval whiskers on a -1..1 axis, one row per predictor. */
function validityChart(title, rows) {
  const rowH = 22, left = 110, width = 320, right = 70;
  const height = rows.length * rowH + 26;
  const x = (v) => left + ((v + 1) / 2) * width;
  const svg = s("svg", { viewBox: `0 0 ${left + width + right} ${height}`, role: "img", "aria-label": title });
  svg.append(s("line", { x1: x(0), x2: x(0), y1: 0, y2: height - 18, stroke: "#bbbfc4" }));
  rows.forEach((r, i) => {
    const y = i * rowH + 12;
    const value = r.corrected_r ?? r.r;
    const color = r.too_few ? COLORS.grey : COLORS.blue;
    svg.append(s("text", { x: left - 6, y: y + 4, "text-anchor": "end" }, r.predictor));
    if (r.low !== null && r.high !== null) {
      svg.append(s("line", { x1: x(r.low), x2: x(r.high), y1: y, y2: y, stroke: color, "stroke-width": 2 }));
    }
    if (value !== null) svg.append(s("circle", { cx: x(value), cy: y, r: 4, fill: color }));
    const label = value === null ? "无法计算" : `${value.toFixed(2)}  n=${r.n}`;
    svg.append(s("text", { x: left + width + 6, y: y + 4, class: "muted" }, label));
  });
  for (const tick of [-1, -0.5, 0, 0.5, 1]) {
    svg.append(s("text", { x: x(tick), y: height - 4, "text-anchor": "middle", class: "muted" }, String(tick)));
  }
  return h("div", { class: "chart" }, h("h4", {}, title), svg);
}

function renderValidity(validity) {
  const host = $("validity-charts");
  const groups = new Map();
  for (const row of validity.rows) {
    const key = `${row.family} · ${row.outcome}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(row);
  }
  const grid = h("div", { class: "grid" });
  for (const [key, rows] of groups) grid.append(validityChart(key, rows));
  host.append(h("p", { class: "hint" }, `有录用后结果的人数：${validity.hires}`), grid);
  $("validity").hidden = false;
}

function renderDrift(drift) {
  const levels = { stable: "稳定", watch: "值得关注", moved: "明显变化", too_few: "样本不足" };
  const table = h("table", {}, h("tr", {}, h("th", {}, "项目"), h("th", {}, "上月均分"), h("th", {}, "本月均分"), h("th", {}, "PSI"), h("th", {}, "结论")));
  for (const d of [...drift.dimensions, ...drift.questions, ...drift.asr_by_region]) {
    const fmt = (v) => (v === null ? "—" : v.toFixed(2));
    table.append(h("tr", {}, h("td", {}, d.name), h("td", {}, fmt(d.mean_before)), h("td", {}, fmt(d.mean_after)), h("td", {}, fmt(d.psi)), h("td", { class: `level-${d.level}` }, levels[d.level] || d.level)));
  }
  const na = drift.not_assessed;
  const share = (pair) => (pair[1] ? `${((pair[0] / pair[1]) * 100).toFixed(1)}%（${pair[0]}/${pair[1]}）` : "—");
  $("drift-charts").append(table, h("p", {}, `「未评估」回答占比：上月 ${share(na.before)}，本月 ${share(na.after)}`));
  $("drift").hidden = false;
}

const SHOWN_ALERTS = 5;

function renderAlerts(body) {
  // Single attributes first: intersections repeat what they already say.
  const ordered = [...body.alerts].sort((a, b) => a.includes("×") - b.includes("×"));
  ordered.slice(0, SHOWN_ALERTS).forEach((line) => $("alert-list").append(h("li", { class: "alert" }, line)));
  const rest = ordered.slice(SHOWN_ALERTS);
  if (rest.length) {
    rest.forEach((line) => $("alert-rest").append(h("li", { class: "alert" }, line)));
    $("alert-more-title").textContent = `另有 ${rest.length} 项预警（多为交叉分组）`;
    $("alert-more").hidden = false;
  }
  const watch = body.fairness.watch || [];
  watch.forEach((line) => $("watch-list").append(h("li", {}, line)));
  $("watch-title").textContent = `需关注 ${watch.length} 项（低于 0.8，但差异可能是偶然的）`;
  if (!body.alerts.length) $("alert-list").append(h("li", {}, "本月没有预警"));
  $("alerts").hidden = false;
}

async function main() {
  try {
    await signIn().catch(() => null); // an earlier session cookie may still be good
    const period = new URLSearchParams(window.location.search).get("period");
    const body = await api(period ? `/api/hr/outcomes/monthly/${encodeURIComponent(period)}` : "/api/hr/outcomes/monthly/latest");
    $("period").textContent = `${body.period} 月报`;
    renderAlerts(body);
    renderFairness(body.fairness);
    renderValidity(body.validity);
    renderDrift(body.drift);
  } catch (err) {
    $("error-text").textContent = err.message;
    $("state-error").hidden = false;
  } finally {
    $("state-loading").hidden = true;
  }
}

main();
