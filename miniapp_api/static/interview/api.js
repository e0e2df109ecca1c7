// Talks to the interview API (docs/interview-api.md) and keeps the server clock offset.

const NETWORK_MESSAGE = "网络连接失败，请检查网络后重试";
const GENERIC_MESSAGE = "服务暂时不可用，请稍后重试";

/** An API failure; status 0 means the request never got an answer (network down). */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
  }

  /** Worth retrying: no answer, a timeout, throttling or a server fault. */
  get transient() {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

export class Api {
  constructor(base = "") {
    this.base = base;
    this.sessionToken = null;
    // server clock minus client clock, from the sample with the shortest round trip
    this.offsetMs = 0;
    this.bestRttMs = Infinity;
  }

  /** The server's current time in ms: countdowns follow this, never the device clock alone. */
  serverNow() {
    return Date.now() + this.offsetMs;
  }

  _noteClock(serverNowMs, sentAt, receivedAt) {
    if (typeof serverNowMs !== "number") return;
    const rtt = receivedAt - sentAt;
    // Always take a first sample; afterwards only better ones (a short trip means a tight bound).
    if (rtt <= this.bestRttMs || this.bestRttMs === Infinity) {
      this.bestRttMs = rtt;
      this.offsetMs = serverNowMs - (sentAt + receivedAt) / 2;
    }
  }

  async request(method, path, { json, body, headers = {}, signal } = {}) {
    const init = { method, headers: { Accept: "application/json", ...headers }, signal };
    if (this.sessionToken) init.headers.Authorization = `Bearer ${this.sessionToken}`;
    if (json !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(json);
    } else if (body !== undefined) {
      init.headers["Content-Type"] = "application/octet-stream";
      init.body = body;
    }
    const sentAt = Date.now();
    let response;
    try {
      response = await fetch(this.base + path, init);
    } catch (err) {
      if (err && err.name === "AbortError") throw err;
      throw new ApiError(0, "network", NETWORK_MESSAGE);
    }
    const receivedAt = Date.now();
    let data = null;
    try {
      data = await response.json();
    } catch {
      data = null; // an empty or non-JSON body (a proxy's error page)
    }
    if (!response.ok) {
      const error = (data && data.error) || {};
      throw new ApiError(
        response.status,
        error.code || `http_${response.status}`,
        error.message || GENERIC_MESSAGE,
      );
    }
    if (data && typeof data === "object") this._noteClock(data.server_now_ms, sentAt, receivedAt);
    return data;
  }

  /** Page settings before sign-in: `{dingtalk_login, corp_id}`. */
  config() {
    return this.request("GET", "/api/v1/interview/config");
  }

  async openSession(credentials) {
    const data = await this.request("POST", "/api/v1/interview/session", { json: credentials });
    this.sessionToken = data.session_token;
    return data;
  }

  consent(choice) {
    return this.request("POST", "/api/v1/interview/consent", { json: choice });
  }

  deviceCheck(report) {
    return this.request("POST", "/api/v1/interview/device-check", { json: report });
  }

  plan() {
    return this.request("GET", "/api/v1/interview/plan");
  }

  startNode(index) {
    return this.request("POST", `/api/v1/interview/nodes/${index}/start`);
  }

  retakeNode(index) {
    return this.request("POST", `/api/v1/interview/nodes/${index}/retake`);
  }

  textAnswer(index, text) {
    return this.request("POST", `/api/v1/interview/nodes/${index}/text-answer`, {
      json: { text },
    });
  }

  /** The transcript of this session's newest recorded attempt of a node (read-only). */
  transcript(index, attempt) {
    return this.request("GET", `/api/v1/interview/nodes/${index}/transcript?attempt=${attempt}`);
  }

  confirmTranscript(index, attempt) {
    return this.request("POST", `/api/v1/interview/nodes/${index}/transcript/confirm`, {
      json: { attempt },
    });
  }

  submit() {
    return this.request("POST", "/api/v1/interview/submit");
  }

  progress() {
    return this.request("GET", "/api/v1/interview/progress");
  }

  createUpload(meta) {
    return this.request("POST", "/api/v1/uploads", { json: meta });
  }

  putChunk(uploadId, index, bytes, sha256Hex, signal) {
    return this.request("PUT", `/api/v1/uploads/${encodeURIComponent(uploadId)}/chunks/${index}`, {
      body: bytes,
      headers: { "X-Chunk-Sha256": sha256Hex },
      signal,
    });
  }

  uploadStatus(uploadId) {
    return this.request("GET", `/api/v1/uploads/${encodeURIComponent(uploadId)}`);
  }

  completeUpload(uploadId, sha256Hex) {
    return this.request("POST", `/api/v1/uploads/${encodeURIComponent(uploadId)}/complete`, {
      json: { sha256: sha256Hex },
    });
  }
}
