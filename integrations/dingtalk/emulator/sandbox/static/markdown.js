// A small, safe Markdown renderer for the bot's messages and card fields: DOM nodes only,
// never innerHTML, and links only to http(s) addresses.

import { el } from "./api.js";

const INLINE = /(\*\*[^*]+\*\*|`[^`]+`|\[[^\]]+\]\([^)\s]+\)|https?:\/\/[^\s)）」，。]+)/g;

/** Inline nodes: bold, code, links and bare http(s) addresses made clickable. */
export function inline(text) {
  const out = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const tok = m[0];
    if (tok.startsWith("**")) out.push(el("strong", {}, tok.slice(2, -2)));
    else if (tok.startsWith("`")) out.push(el("code", {}, tok.slice(1, -1)));
    else if (/^https?:/.test(tok)) out.push(el("a", { href: tok, target: "_blank", rel: "noopener" }, tok));
    else {
      const [, label, url] = tok.match(/^\[([^\]]+)\]\(([^)\s]+)\)$/);
      out.push(/^https?:\/\//.test(url)
        ? el("a", { href: url, target: "_blank", rel: "noopener" }, label)
        : `${label}（${url}）`);
    }
    last = m.index + tok.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** A DocumentFragment for a Markdown string (headings, lists, quotes, bold, code, links). */
export function renderMarkdown(source) {
  const frag = document.createDocumentFragment();
  let list = null;
  for (const raw of String(source || "").split("\n")) {
    const line = raw.trimEnd();
    const item = line.match(/^\s*[-*]\s+(.*)$/) || line.match(/^\s*\d+\.\s+(.*)$/);
    if (item) {
      if (!list) { list = el("ul"); frag.append(list); }
      list.append(el("li", {}, inline(item[1])));
      continue;
    }
    list = null;
    if (!line.trim()) continue;
    const head = line.match(/^(#{1,6})\s+(.*)$/);
    if (head) frag.append(el(`h${Math.min(6, head[1].length + 2)}`, {}, inline(head[2])));
    else if (line.startsWith(">")) frag.append(el("blockquote", {}, inline(line.replace(/^>\s?/, ""))));
    else frag.append(el("p", {}, inline(line)));
  }
  return frag;
}
