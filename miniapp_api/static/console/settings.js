// Settings, read only: retention periods, consent texts and their version, candidate messages.

import { api } from "/static/console/api.js";
import { h, page } from "/static/console/ui.js";

/** The DingTalk Markdown of a message as the candidate reads it (headings and bold unmarked). */
function plain(markdown) {
  return markdown.replace(/^#+\s*/gm, "").replace(/\*\*/g, "");
}

export async function settingsView(ctx) {
  const s = await api("/api/console/settings");
  return page(
    "设置",
    h("p", { class: "card muted" }, "以下为当前生效的配置（只读）。保留期限在部署环境变量中修改，修改后重启生效；文案随版本发布更新。"),
    h(
      "section",
      { class: "card" },
      h("h2", {}, "数据保留"),
      h(
        "table",
        { class: "table", id: "retention" },
        h("tbody", {}, s.retention.map((r) => h("tr", {}, h("td", {}, r.label), h("td", {}, r.value), h("td", { class: "muted" }, r.change)))),
      ),
    ),
    h("section", { class: "card" }, h("h2", {}, `候选人同意书（版本 ${s.consent_version}）`), s.consent_texts.map((t) => h("div", { class: "template" }, h("h3", {}, t.label), h("p", {}, t.body)))),
    h("section", { class: "card" }, h("h2", {}, "候选人通知模板（示例）"), s.templates.map((t) => h("div", { class: "template" }, h("h3", {}, `${t.label} · ${t.title}`), h("pre", {}, plain(t.body))))),
  );
}
