// The console's calls: JSON in and out with the HR session cookie, and the 免登 sign-in.

import { dingTalkAuthCode, insideDingTalk } from "/static/interview/dingtalk.js";

export class ApiError extends Error {
  constructor(status, code, message, body) {
    super(message);
    this.status = status;
    this.code = code;
    this.body = body;
  }
}

/** One API call; rejects with an ApiError carrying the server's Chinese message. */
export async function api(path, options = {}) {
  const headers = { Accept: "application/json" };
  let body = options.body;
  if (body !== undefined && !(body instanceof Blob) && !(body instanceof ArrayBuffer)) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { credentials: "same-origin", ...options, headers, body });
  } catch (err) {
    throw new ApiError(0, "network", "网络连接失败，请检查网络后重试");
  }
  if (response.status === 204) return null;
  let data = null;
  try {
    data = await response.json();
  } catch (err) {
    data = null;
  }
  if (!response.ok) {
    const error = (data && data.error) || {};
    const message = error.message || (data && data.errors ? "文件校验未通过" : "服务暂时不可用，请稍后重试");
    throw new ApiError(response.status, error.code || "error", message, data);
  }
  return data;
}

/** A 免登 code handed in the address (`?code=`, e.g. from the local emulator), used once and
 * removed from the address bar and history. */
async function signInWithAddressCode() {
  const url = new URL(window.location.href);
  const code = url.searchParams.get("code");
  if (!code) return false;
  url.searchParams.delete("code");
  window.history.replaceState(null, "", url.pathname + url.search + url.hash);
  await api("/api/hr/session", { method: "POST", body: { dingtalk_auth_code: code } });
  return true;
}

/** Inside DingTalk: a fresh 免登 session. Elsewhere: a code in the address, or whatever
 * session cookie exists. */
export async function signIn() {
  if (await signInWithAddressCode()) return;
  if (!insideDingTalk()) return;
  const config = await api("/api/hr/config");
  if (!config.dingtalk_login || !config.corp_id) return;
  const code = await dingTalkAuthCode(config.corp_id);
  await api("/api/hr/session", { method: "POST", body: { dingtalk_auth_code: code } });
}
