// HR web console: sign in (免登 inside DingTalk, else the session cookie), then a hash router
// over the views. No build step: ES modules served as they are.

import { api, signIn } from "/static/console/api.js";
import { $, h } from "/static/console/ui.js";
import { boardView } from "/static/console/board.js";
import { candidateView } from "/static/console/candidate.js";
import { dashboardView } from "/static/console/dashboard.js";
import { fairnessView } from "/static/console/fairness.js";
import { jobFormView, jobsView } from "/static/console/jobs.js";
import { modelFormView, modelsView } from "/static/console/models.js";
import { peopleView } from "/static/console/people.js";
import { settingsView } from "/static/console/settings.js";
import { importView, questionsView } from "/static/console/questions.js";
import { setFormView, setPreviewView, setsView } from "/static/console/sets.js";

const ROUTES = [
  [/^#\/jobs\/new$/, (ctx) => jobFormView(ctx, null), "jobs"],
  [/^#\/jobs\/(\d+)\/board$/, (ctx, m) => boardView(ctx, Number(m[1])), "jobs"],
  [/^#\/jobs\/(\d+)$/, (ctx, m) => jobFormView(ctx, Number(m[1])), "jobs"],
  [/^#\/jobs$/, (ctx) => jobsView(ctx), "jobs"],
  [/^#\/dashboard(?:\/(\d+))?$/, (ctx, m) => dashboardView(ctx, m[1] ? Number(m[1]) : null), "dashboard"],
  [/^#\/models\/new(?:\/([a-z_]+))?$/, (ctx, m) => modelFormView(ctx, null, m[1] || null), "models"],
  [/^#\/models\/(\d+)$/, (ctx, m) => modelFormView(ctx, Number(m[1]), null), "models"],
  [/^#\/models$/, (ctx) => modelsView(ctx), "models"],
  [/^#\/questions$/, (ctx) => questionsView(ctx), "questions"],
  [/^#\/sets\/new$/, (ctx) => setFormView(ctx, null), "sets"],
  [/^#\/sets\/(\d+)\/preview$/, (ctx, m) => setPreviewView(ctx, Number(m[1])), "sets"],
  [/^#\/sets\/(\d+)$/, (ctx, m) => setFormView(ctx, Number(m[1])), "sets"],
  [/^#\/sets$/, (ctx) => setsView(ctx), "sets"],
  [/^#\/import$/, (ctx) => importView(ctx), "import"],
  [/^#\/people$/, (ctx) => peopleView(ctx), "people"],
  [/^#\/fairness$/, (ctx) => fairnessView(ctx), "fairness"],
  [/^#\/settings$/, (ctx) => settingsView(ctx), "settings"],
  [/^#\/applications\/(\d+)$/, (ctx, m) => candidateView(ctx, Number(m[1])), "jobs"],
];

const NOT_SIGNED_IN = "尚未登录：请在钉钉工作台中打开招聘控制台（钉钉免登）";

const ctx = {
  me: null,
  go(hash) {
    if (window.location.hash === hash) route();
    else window.location.hash = hash;
  },
};

function showError(err) {
  $("state-loading").hidden = true;
  $("view").hidden = true;
  $("error-message").textContent = err.message || String(err);
  $("state-error").hidden = false;
}

async function route() {
  const hash = window.location.hash || "#/jobs";
  const found = ROUTES.map(([re, view, nav]) => [hash.match(re), view, nav]).find(([m]) => m);
  const view = $("view");
  if (!found) {
    ctx.go("#/jobs");
    return;
  }
  const [match, render, nav] = found;
  for (const link of document.querySelectorAll("[data-nav]")) {
    link.classList.toggle("active", link.dataset.nav === nav);
  }
  view.replaceChildren(h("div", { class: "card center" }, h("div", { class: "spinner" }), "加载中…"));
  try {
    const node = await render(ctx, match);
    view.replaceChildren(node);
    window.scrollTo(0, 0);
  } catch (err) {
    if (err.status === 401 || err.status === 403) {
      showError(err);
      return;
    }
    view.replaceChildren(
      h("div", { class: "card" }, h("p", { class: "alert danger" }, err.message || String(err))),
    );
  }
}

async function start() {
  $("error-retry").addEventListener("click", () => window.location.reload());
  let signInError = null;
  try {
    try {
      await signIn();
    } catch (err) {
      signInError = err; // an earlier session cookie may still be good; /me says
    }
    ctx.me = await api("/api/console/me");
  } catch (err) {
    if (err.status === 401) {
      showError(signInError && signInError.status ? signInError : new Error(NOT_SIGNED_IN));
    } else {
      showError(err);
    }
    return;
  }
  $("who").textContent = `${ctx.me.name} · ${ctx.me.role}`;
  for (const link of document.querySelectorAll("[data-config]")) link.hidden = !ctx.me.can_configure;
  // 公平与效度 is for the HR head and admins: the outcomes API says whether this viewer is one.
  const fairness = await api("/api/hr/outcomes/access").then((a) => a.allowed, () => false);
  for (const link of document.querySelectorAll("[data-fairness]")) link.hidden = !fairness;
  $("nav").hidden = false;
  $("state-loading").hidden = true;
  $("view").hidden = false;
  window.addEventListener("hashchange", route);
  await route();
  document.body.dataset.ready = "1";
}

start();
