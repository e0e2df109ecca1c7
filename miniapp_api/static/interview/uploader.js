// Resumable, chunked upload of one recording: SHA-256 per chunk, back off and resume on errors.

import { ApiError } from "./api.js";

const BACKOFF_MS = [1000, 2000, 4000, 8000, 15000];
// After this many failures in a row the upload pauses and the candidate can retry by hand.
const MAX_FAILURES_IN_A_ROW = 8;

/** SHA-256 of bytes as lowercase hex (crypto.subtle needs https or localhost). */
export async function sha256Hex(buffer) {
  const digest = await crypto.subtle.digest("SHA-256", buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    if (signal) {
      signal.addEventListener(
        "abort",
        () => {
          clearTimeout(timer);
          reject(new DOMException("aborted", "AbortError"));
        },
        { once: true },
      );
    }
  });
}

/** The upload gave up for now (network kept failing); `run()` again resumes it. */
export class UploadPausedError extends Error {
  constructor(cause) {
    super("网络中断，上传已暂停，请检查网络后点击“重试上传”");
    this.name = "UploadPausedError";
    this.cause = cause;
  }
}

/**
 * One recording's upload. `run()` may be called again after it throws: it resumes from what the
 * server already holds (GET /uploads/{id}), never from zero.
 */
export class ResumableUpload {
  constructor(api, { nodeIndex, attempt, blob, mimeType, durationS }, callbacks = {}) {
    this.api = api;
    this.meta = { nodeIndex, attempt, blob, mimeType, durationS };
    this.onProgress = callbacks.onProgress || (() => {});
    this.onRetry = callbacks.onRetry || (() => {});
    this.uploadId = null;
    this.chunkSize = 0;
    this.nextIndex = 0;
    this.wholeSha = null;
    this.result = null;
  }

  get totalBytes() {
    return this.meta.blob.size;
  }

  _report(receivedBytes) {
    const total = this.totalBytes || 1;
    this.onProgress(Math.min(1, receivedBytes / total));
  }

  /** Run `step` until it succeeds; transient failures back off, others are thrown as they are. */
  async _withRetry(step, signal) {
    let failures = 0;
    for (;;) {
      try {
        return await step();
      } catch (err) {
        if (!(err instanceof ApiError) || !err.transient) throw err;
        failures += 1;
        if (failures >= MAX_FAILURES_IN_A_ROW) throw new UploadPausedError(err);
        const delay = BACKOFF_MS[Math.min(failures - 1, BACKOFF_MS.length - 1)];
        this.onRetry({ failures, delayMs: delay, error: err });
        await sleep(delay, signal);
        if (this.uploadId) {
          // Ask the server where to resume: a chunk may have arrived even if its answer did not.
          await this._resync().catch(() => {});
        }
      }
    }
  }

  async _resync() {
    const state = await this.api.uploadStatus(this.uploadId);
    this.nextIndex = state.next_index;
    this._report(state.received_bytes);
  }

  async _create() {
    const { nodeIndex, attempt, mimeType, durationS } = this.meta;
    const body = {
      node_index: nodeIndex,
      attempt,
      mime_type: mimeType,
      total_bytes: this.totalBytes,
    };
    if (typeof durationS === "number" && Number.isFinite(durationS)) {
      body.duration_s = Math.round(durationS * 10) / 10;
    }
    const created = await this.api.createUpload(body);
    this.uploadId = created.upload_id;
    this.chunkSize = created.chunk_size;
    this.nextIndex = created.next_index;
    this._report(created.received_bytes);
  }

  async _sendChunk(index, signal) {
    const start = index * this.chunkSize;
    const end = Math.min(start + this.chunkSize, this.totalBytes);
    const bytes = await this.meta.blob.slice(start, end).arrayBuffer();
    const sha = await sha256Hex(bytes);
    const ack = await this.api.putChunk(this.uploadId, index, bytes, sha, signal);
    this.nextIndex = ack.next_index;
    this._report(ack.received_bytes);
  }

  /** Upload whatever is missing and complete; returns the server's `{answer_id, status}`. */
  async run(signal) {
    if (this.result) return this.result;
    if (!this.wholeSha) this.wholeSha = await sha256Hex(await this.meta.blob.arrayBuffer());
    if (!this.uploadId) await this._withRetry(() => this._create(), signal);
    else await this._withRetry(() => this._resync(), signal);
    const chunkCount = Math.ceil(this.totalBytes / this.chunkSize);
    while (this.nextIndex < chunkCount) {
      // After a resync `nextIndex` may have moved on: always send the one the server wants next.
      await this._withRetry(() => this._sendChunk(this.nextIndex, signal), signal);
    }
    this.result = await this._withRetry(
      () => this.api.completeUpload(this.uploadId, this.wholeSha),
      signal,
    );
    this.onProgress(1);
    return this.result;
  }
}
