// Thin client of the emulator's control API (same origin), and the shared page state.

export const state = {
  me: null, // the selected org member (emulator User)
  users: [],
  conv: { kind: "single", id: "", title: "钉聘（单聊）" },
  appUrl: new URLSearchParams(location.search).get("app") || "",
};

async function call(method, path, body) {
  const init = { method, headers: {} };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.headers["content-type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const res = await fetch(`/_emulator${path}`, init);
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    throw new Error(data.message || `请求失败（HTTP ${res.status}）`);
  }
  return data;
}

export const api = {
  get: (path) => call("GET", path),
  post: (path, body = {}) => call("POST", path, body),
  del: (path) => call("DELETE", path),
};

/** Every id a member is known by (staff userId, unionId). */
export function idsOf(user) {
  return [user.user_id, user.union_id].filter(Boolean);
}

export function userName(ref) {
  const u = state.users.find((x) => idsOf(x).includes(ref));
  return u ? u.name : ref;
}

let toastTimer = 0;
export function toast(text, kind = "info") {
  const box = document.getElementById("toast");
  box.textContent = text;
  box.dataset.kind = kind;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { box.hidden = true; }, 5000);
}

/** Run an action, showing its error as a toast instead of failing silently. */
export async function guarded(fn) {
  try {
    return await fn();
  } catch (err) {
    toast(err.message || String(err), "error");
    return undefined;
  }
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined && c !== "") node.append(c instanceof Node ? c : String(c));
  }
  return node;
}
