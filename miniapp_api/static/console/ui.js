// Small DOM helpers shared by the console's views (text only, never HTML strings).

export const $ = (id) => document.getElementById(id);

/** Build an element; children are nodes or strings (always text). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "value") el.value = value;
    else if (key === "checked") el.checked = Boolean(value);
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

let toastTimer = null;
/** A short message at the bottom of the screen. */
export function toast(message, kind = "ok") {
  const el = $("toast");
  el.textContent = message;
  el.className = `toast ${kind}`;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    el.hidden = true;
  }, 4000);
}

/** A labelled form field around an input, select or textarea. */
export function field(label, control, hint = "") {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    control,
    hint ? h("p", { class: "hint" }, hint) : null,
  );
}

export function input(name, value = "", attrs = {}) {
  return h("input", { name, value: value === null || value === undefined ? "" : value, ...attrs });
}

export function textarea(name, value = "", attrs = {}) {
  const el = h("textarea", { name, rows: 3, ...attrs });
  el.value = value || "";
  return el;
}

/** A select; options are [value, label] pairs; "" is the empty choice when given. */
export function select(name, options, selected, empty = null) {
  const el = h("select", { name });
  if (empty !== null) el.append(h("option", { value: "" }, empty));
  for (const [value, label] of options) {
    const opt = h("option", { value: String(value) }, label);
    if (String(value) === String(selected ?? "")) opt.selected = true;
    el.append(opt);
  }
  return el;
}

export function checkbox(name, checked, label) {
  return h("label", { class: "check" }, h("input", { type: "checkbox", name, checked }), label);
}

/** The error box of a form: the server's message, listed by "；". */
export function errorBox(err) {
  const parts = String(err.message || err).split("；").filter(Boolean);
  return h(
    "div",
    { class: "alert danger", role: "alert" },
    parts.length > 1 ? h("ul", {}, parts.map((p) => h("li", {}, p))) : parts[0],
  );
}

export function lines(text) {
  return String(text || "")
    .split(/[\n|]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function words(text) {
  return String(text || "")
    .split(/[,，、\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function numberOrNull(value) {
  if (value === "" || value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

export function score(value) {
  return value === null || value === undefined ? "—" : Number(value).toFixed(0);
}

export function minutes(seconds) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s ? `${m} 分 ${s} 秒` : `${m} 分钟`;
}

export function page(title, ...children) {
  return h("section", { class: "page" }, h("h1", {}, title), ...children);
}
