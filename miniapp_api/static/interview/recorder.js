// MediaRecorder wrapper: picks a supported WebM type, records one answer, stops at the deadline.

const VIDEO_TYPES = [
  "video/webm;codecs=vp9,opus",
  "video/webm;codecs=vp8,opus",
  "video/webm",
  "video/mp4", // Safari-based webviews
];
const AUDIO_TYPES = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4"];

/** The first MIME type this browser can record for a mode, or "" to let the browser choose. */
export function pickMimeType(mode) {
  const candidates = mode === "video" ? VIDEO_TYPES : AUDIO_TYPES;
  if (typeof MediaRecorder.isTypeSupported !== "function") return "";
  return candidates.find((type) => MediaRecorder.isTypeSupported(type)) || "";
}

/** Records one attempt from a live stream; `stop()` resolves with the finished recording. */
export class AnswerRecorder {
  constructor(stream, mode) {
    this.mode = mode;
    // Audio mode records the microphone only, even if the stream also has a camera track.
    this.stream = mode === "video" ? stream : new MediaStream(stream.getAudioTracks());
    this.mimeType = pickMimeType(mode);
    this.parts = [];
    this.recorder = null;
    this.startedAt = 0;
    this.stopTimer = 0;
    this.done = null;
  }

  /** Start recording; it stops by itself at `stopAtClientMs` (a Date.now() time) if given. */
  start(stopAtClientMs) {
    const options = this.mode === "video"
      ? { videoBitsPerSecond: 800_000, audioBitsPerSecond: 64_000 }
      : { audioBitsPerSecond: 64_000 };
    if (this.mimeType) options.mimeType = this.mimeType;
    this.recorder = new MediaRecorder(this.stream, options);
    this.done = new Promise((resolve, reject) => {
      this.recorder.addEventListener("dataavailable", (event) => {
        if (event.data && event.data.size > 0) this.parts.push(event.data);
      });
      this.recorder.addEventListener("stop", () => {
        clearTimeout(this.stopTimer);
        const durationS = (performance.now() - this.startedAt) / 1000;
        const type = (this.recorder.mimeType || this.mimeType || "video/webm").replace(/\s+/g, "");
        resolve({ blob: new Blob(this.parts, { type }), mimeType: type, durationS });
      });
      this.recorder.addEventListener("error", (event) => reject(event.error || new Error("录制出错")));
    });
    this.startedAt = performance.now();
    // A timeslice keeps data flowing, so a crash mid-answer loses at most a second.
    this.recorder.start(1000);
    if (stopAtClientMs) {
      this.stopTimer = setTimeout(() => this.stop(), Math.max(0, stopAtClientMs - Date.now()));
    }
  }

  get recording() {
    return Boolean(this.recorder && this.recorder.state === "recording");
  }

  /** Stop (safe to call twice) and wait for `{blob, mimeType, durationS}`. */
  stop() {
    if (this.recording) this.recorder.stop();
    return this.done;
  }
}
