// The candidate's offer page: the offer letter, accept / decline, materials upload, progress.

const NETWORK_MESSAGE = "网络连接失败，请检查网络后重试";
const GENERIC_MESSAGE = "服务暂时不可用，请稍后重试";
const API = "/api/v1/offer";

const $ = (id) => document.getElementById(id);
const token = decodeURIComponent(location.pathname.replace(/^\/o\//, "").split("/")[0] || "");

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function parseError(status, text) {
  try {
    const body = JSON.parse(text);
    if (body && body.error && body.error.message) return new ApiError(status, body.error.message);
  } catch (_) { /* not JSON */ }
  return new ApiError(status, GENERIC_MESSAGE);
}

async function call(method, path, json) {
  const init = { method, headers: { Accept: "application/json", Authorization: `Bearer ${token}` } };
  if (json !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(json);
  }
  let response;
  try {
    response = await fetch(API + path, init);
  } catch (_) {
    throw new ApiError(0, NETWORK_MESSAGE);
  }
  const text = await response.text();
  if (!response.ok) throw await parseError(response.status, text);
  return text ? JSON.parse(text) : null;
}

/** Multipart upload with progress (fetch cannot report upload progress). */
function upload(kind, file, onProgress) {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append("kind", kind);
    form.append("file", file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${API}/materials`);
    xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onerror = () => reject(new ApiError(0, NETWORK_MESSAGE));
    xhr.onload = async () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText));
      else reject(await parseError(xhr.status, xhr.responseText));
    };
    xhr.send(form);
  });
}

const money = (n) => (n == null ? "" : `¥${Number(n).toLocaleString("zh-CN")}`);
const sizeText = (b) => (b >= 1048576 ? `${(b / 1048576).toFixed(b % 1048576 ? 1 : 0)} MB` : `${Math.max(1, Math.round(b / 1024))} KB`);

function show(id) {
  for (const s of ["screen-loading", "screen-error", "screen-offer"]) $(s).hidden = s !== id;
}

function fail(err) {
  $("error-message").textContent = err.message || GENERIC_MESSAGE;
  $("status-chip").textContent = "无法加载";
  show("screen-error");
}

function fact(dl, label, value) {
  if (!value) return;
  const row = document.createElement("div");
  const dt = document.createElement("dt");
  const dd = document.createElement("dd");
  dt.textContent = label;
  dd.textContent = value;
  row.append(dt, dd);
  dl.append(row);
}

let maxBytes = 20 * 1024 * 1024;

function renderOffer(offer) {
  $("status-chip").textContent = offer.status_label;
  $("offer-lead").textContent = `你已被录用为「${offer.job_title}」${offer.department ? `（${offer.department}）` : ""}。`;
  const dl = $("offer-facts");
  dl.replaceChildren();
  fact(dl, "岗位", offer.job_title);
  fact(dl, "部门", offer.department);
  fact(dl, "工作地点", offer.city);
  fact(dl, "职级", offer.level);
  fact(dl, "月薪（税前）", money(offer.monthly_salary));
  if (offer.salary_min && offer.salary_max) fact(dl, "薪资范围", `${money(offer.salary_min)} – ${money(offer.salary_max)}`);
  fact(dl, "入职日期", offer.entry_date || offer.start_date || "待定");
  const bring = $("offer-bring");
  bring.replaceChildren(...offer.materials_to_bring.map((m) => Object.assign(document.createElement("li"), { textContent: m })));
  const open = offer.status === "approved";
  $("respond").hidden = !open;
  if (offer.status === "accepted") {
    $("respond-status").className = "status ok";
    $("respond-status").textContent = "你已接受录用，欢迎加入！请上传入职材料。";
  } else if (offer.status === "declined") {
    $("respond-status").className = "status warn";
    $("respond-status").textContent = "你已婉拒这份录用，HR 已收到你的反馈。";
  }
  $("materials").hidden = offer.status !== "accepted";
  const notices = offer.notices.filter((n) => n.body);
  $("notices-card").hidden = notices.length === 0;
  $("notices").replaceChildren(...notices.map((n) => {
    const div = document.createElement("div");
    div.className = "notice";
    const when = Object.assign(document.createElement("div"), { className: "when", textContent: new Date(n.created_at).toLocaleString("zh-CN") });
    const title = Object.assign(document.createElement("div"), { className: "h3", textContent: n.title });
    const body = Object.assign(document.createElement("div"), { className: "body", textContent: plainNotice(n.body) });
    div.append(title, when, body);
    return div;
  }));
}

// Notices are written as DingTalk markdown; on this page they read as plain text. The offer
// link is dropped: the candidate is already on that page.
function plainNotice(text) {
  return text
    .split("\n")
    .filter((line) => !/^\s*https?:\/\/\S+\/o\/\S+\s*$/.test(line))
    .map((line) => line.replace(/^#{1,6}\s*/, "").replace(/\*\*(.+?)\*\*/g, "$1").replace(/^>\s?/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function renderProgress(progress) {
  $("steps").replaceChildren(...progress.steps.map((s) => {
    const li = document.createElement("li");
    li.className = s.state;
    li.dataset.step = s.key;
    const label = Object.assign(document.createElement("span"), { className: "label", textContent: s.label });
    li.append(label);
    if (s.state === "done") li.append(Object.assign(document.createElement("span"), { className: "sr-only", textContent: "（已完成）" }));
    if (s.detail) li.append(Object.assign(document.createElement("span"), { className: "detail", textContent: s.detail }));
    return li;
  }));
}

function renderMaterials(list) {
  maxBytes = list.max_bytes;
  $("max-size").textContent = sizeText(list.max_bytes);
  const select = $("material-kind");
  if (!select.options.length) {
    for (const [value, label] of Object.entries(list.kinds)) {
      const required = list.required.includes(value) ? "（必交）" : "";
      select.append(new Option(label + required, value));
    }
  }
  $("material-list").replaceChildren(...list.items.map((m) => {
    const li = document.createElement("li");
    const name = Object.assign(document.createElement("span"), { textContent: `${m.label}：${m.file_name}` });
    const size = Object.assign(document.createElement("span"), { className: "size", textContent: sizeText(m.size_bytes) });
    li.append(name, size);
    return li;
  }));
}

async function refresh() {
  const offer = await call("GET", "");
  renderOffer(offer);
  renderProgress(await call("GET", "/progress"));
  if (offer.status === "accepted") renderMaterials(await call("GET", "/materials"));
  show("screen-offer");
}

function toggleConfirm(which) {
  $("respond-buttons").hidden = which !== null;
  $("confirm-accept").hidden = which !== "accept";
  $("confirm-decline").hidden = which !== "decline";
  $("respond-error").textContent = "";
  if (which) $(which === "accept" ? "accept-remark" : "decline-reason").focus();
}

async function respond(kind) {
  const button = $(kind === "accept" ? "btn-accept-confirm" : "btn-decline-confirm");
  const body = kind === "accept" ? { remark: $("accept-remark").value } : { reason: $("decline-reason").value };
  if (kind === "decline" && !body.reason.trim()) {
    $("respond-error").textContent = "请填写婉拒原因，方便 HR 了解你的想法";
    return;
  }
  button.disabled = true;
  try {
    await call("POST", `/${kind}`, body);
    toggleConfirm(null);
    await refresh();
  } catch (err) {
    $("respond-error").textContent = err.message;
  } finally {
    button.disabled = false;
  }
}

async function onUpload(event) {
  event.preventDefault();
  const file = $("material-file").files[0];
  $("upload-error").textContent = "";
  $("upload-status").textContent = "";
  if (!file) { $("upload-error").textContent = "请先选择文件"; return; }
  if (file.size > maxBytes) {
    $("upload-error").textContent = `文件过大（${sizeText(file.size)}），单个文件最多 ${sizeText(maxBytes)}`;
    return;
  }
  const bar = $("upload-bar");
  $("upload-progress").hidden = false;
  bar.style.width = "0%";
  $("btn-upload").disabled = true;
  try {
    const saved = await upload($("material-kind").value, file, (f) => { bar.style.width = `${Math.round(f * 100)}%`; });
    bar.style.width = "100%";
    $("upload-status").className = "status ok";
    $("upload-status").textContent = `已上传：${saved.label}`;
    $("material-file").value = "";
    await refresh();
  } catch (err) {
    $("upload-error").textContent = err.message;
  } finally {
    $("btn-upload").disabled = false;
    $("upload-progress").hidden = true;
  }
}

function start() {
  $("btn-accept").addEventListener("click", () => toggleConfirm("accept"));
  $("btn-decline").addEventListener("click", () => toggleConfirm("decline"));
  for (const b of document.querySelectorAll("[data-cancel]")) b.addEventListener("click", () => toggleConfirm(null));
  $("btn-accept-confirm").addEventListener("click", () => respond("accept"));
  $("btn-decline-confirm").addEventListener("click", () => respond("decline"));
  $("upload-form").addEventListener("submit", onUpload);
  $("error-retry").addEventListener("click", () => { show("screen-loading"); refresh().catch(fail); });
  if (!token) { fail(new ApiError(401, "录用链接无效，请联系 HR")); return; }
  refresh().catch(fail);
}

start();
