// DingTalk 免登 inside the DingTalk webview: load the vendored JSAPI, ask it for an auth code.

export const DINGTALK_JSAPI_URL = "/static/interview/vendor/dingtalk-jsapi-3.2.9.min.js";
const LOAD_TIMEOUT_MS = 10000;
// The JSAPI never answers outside a real DingTalk client; do not hang the page on it.
const AUTH_CODE_TIMEOUT_MS = 10000;

/** DingTalk's webview says so in its user agent (desktop browsers never load the JSAPI). */
export function insideDingTalk(userAgent = navigator.userAgent) {
  return /DingTalk/i.test(userAgent);
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Adds the vendored JSAPI script once; resolves with window.dd. */
function loadJsapi() {
  if (window.dd) return Promise.resolve(window.dd);
  const loaded = new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = DINGTALK_JSAPI_URL;
    script.async = true;
    script.onload = () => (window.dd ? resolve(window.dd) : reject(new Error("no window.dd")));
    script.onerror = () => reject(new Error("JSAPI script failed to load"));
    document.head.appendChild(script);
  });
  return withTimeout(loaded, LOAD_TIMEOUT_MS, "loading the JSAPI");
}

function codeOf(result) {
  const code = result && (result.code || result.authCode);
  if (!code) throw new Error("the JSAPI gave no auth code");
  return String(code);
}

/** One auth code for the org member (wire contract §8); rejects on any JSAPI failure. */
function requestAuthCode(dd, corpId) {
  // The JSAPI's own check is stricter than the user agent (e.g. a desktop browser faking it).
  if (dd.env && dd.env.platform === "notInDingTalk") {
    return Promise.reject(new Error("the JSAPI says this is not DingTalk"));
  }
  return new Promise((resolve, reject) => {
    const fail = (err) => reject(new Error(`JSAPI refused: ${JSON.stringify(err)}`));
    const ask = () => {
      try {
        const permission = dd.runtime && dd.runtime.permission;
        if (permission && typeof permission.requestAuthCode === "function") {
          permission.requestAuthCode({
            corpId,
            onSuccess: (r) => resolve(codeOf(r)),
            onFail: fail,
          });
        } else if (typeof dd.getAuthCode === "function") {
          dd.getAuthCode({ corpId, success: (r) => resolve(codeOf(r)), fail });
        } else {
          reject(new Error("the JSAPI has no requestAuthCode"));
        }
      } catch (err) {
        reject(err);
      }
    };
    // 免登 needs no dd.config; dd.ready still waits for the bridge where the JSAPI has it.
    if (typeof dd.ready === "function") dd.ready(ask);
    else ask();
  });
}

/** A fresh 免登 auth code (single-use, ~5 min), or rejects: script, JSAPI or timeout. */
export async function dingTalkAuthCode(corpId) {
  const dd = await loadJsapi();
  return withTimeout(requestAuthCode(dd, corpId), AUTH_CODE_TIMEOUT_MS, "requestAuthCode");
}
