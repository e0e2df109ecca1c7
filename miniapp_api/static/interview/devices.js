// Camera and microphone: open them, explain failures in Chinese, measure the microphone level.

const VIDEO_CONSTRAINTS = {
  width: { ideal: 640 },
  height: { ideal: 480 },
  frameRate: { ideal: 15, max: 30 },
  facingMode: "user",
};
const AUDIO_CONSTRAINTS = { echoCancellation: true, noiseSuppression: true, autoGainControl: true };

/** True when this browser can record at all (otherwise only the text mode is possible). */
export function canRecord() {
  return Boolean(
    navigator.mediaDevices &&
      typeof navigator.mediaDevices.getUserMedia === "function" &&
      typeof window.MediaRecorder === "function",
  );
}

/** A Chinese explanation of a getUserMedia failure. */
export function describeMediaError(err, wanted) {
  const device = wanted === "video" ? "摄像头或麦克风" : "麦克风";
  const name = (err && err.name) || "";
  if (name === "NotAllowedError" || name === "SecurityError" || name === "PermissionDeniedError") {
    return `没有获得${device}权限。请在浏览器或钉钉的权限设置中允许访问后点击“重新检测”，也可以改用语音或文字作答。`;
  }
  if (name === "NotFoundError" || name === "DevicesNotFoundError" || name === "OverconstrainedError") {
    return `没有找到可用的${device}。请连接设备后点击“重新检测”，或改用其他作答方式。`;
  }
  if (name === "NotReadableError" || name === "TrackStartError" || name === "AbortError") {
    return `${device}正被其他应用占用（如视频会议），请关闭后点击“重新检测”。`;
  }
  if (name === "unsupported") {
    return "当前浏览器不支持录制，请改用文字作答，或在新版钉钉/Chrome 中打开链接。";
  }
  return `无法打开${device}，请点击“重新检测”，或改用其他作答方式。`;
}

/**
 * Open the devices for a mode ("video" or "audio"). Returns `{stream, mode, error}`: when the camera
 * fails in video mode the microphone alone is tried, and `mode` says what was really opened.
 */
export async function openDevices(mode) {
  if (!canRecord()) {
    return { stream: null, mode: "text", error: { name: "unsupported" }, failedFor: mode };
  }
  const md = navigator.mediaDevices;
  if (mode === "video") {
    try {
      const stream = await md.getUserMedia({ video: VIDEO_CONSTRAINTS, audio: AUDIO_CONSTRAINTS });
      return { stream, mode: "video", error: null };
    } catch (err) {
      // Many failures are camera-only (no camera, camera busy): the microphone may still work.
      try {
        const stream = await md.getUserMedia({ audio: AUDIO_CONSTRAINTS });
        return { stream, mode: "audio", error: err, failedFor: "video" };
      } catch {
        return { stream: null, mode: "text", error: err, failedFor: "video" };
      }
    }
  }
  try {
    const stream = await md.getUserMedia({ audio: AUDIO_CONSTRAINTS });
    return { stream, mode: "audio", error: null };
  } catch (err) {
    return { stream: null, mode: "text", error: err, failedFor: "audio" };
  }
}

/** Stop every track of a stream (turns the camera light off). */
export function closeStream(stream) {
  if (stream) stream.getTracks().forEach((track) => track.stop());
}

/** What the device-check report says about the camera and microphone of a stream. */
export function describeStream(stream) {
  const video = stream ? stream.getVideoTracks()[0] : null;
  const audio = stream ? stream.getAudioTracks()[0] : null;
  const settings = video && typeof video.getSettings === "function" ? video.getSettings() : {};
  return {
    camera: {
      ok: Boolean(video && video.readyState === "live"),
      width: settings.width || 0,
      height: settings.height || 0,
      label: video ? video.label || "" : "",
    },
    microphone: { ok: Boolean(audio && audio.readyState === "live"), label: audio ? audio.label || "" : "" },
  };
}

/** Live microphone level (0..1) from a Web Audio AnalyserNode; `peak` keeps the loudest seen. */
export class LevelMeter {
  constructor(stream, onLevel) {
    this.stream = stream;
    this.onLevel = onLevel;
    this.peak = 0;
    this.context = null;
    this.frame = 0;
  }

  async start() {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context || !this.stream || this.stream.getAudioTracks().length === 0) return false;
    this.context = new Context();
    // Created after a tap, but some webviews still start it suspended.
    if (this.context.state === "suspended") await this.context.resume().catch(() => {});
    const source = this.context.createMediaStreamSource(this.stream);
    const analyser = this.context.createAnalyser();
    analyser.fftSize = 1024;
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const tick = () => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      let max = 0;
      for (const s of samples) {
        sum += s * s;
        max = Math.max(max, Math.abs(s));
      }
      const rms = Math.sqrt(sum / samples.length);
      // Speech RMS is small; scale it so normal talking fills about half the bar.
      const level = Math.min(1, rms * 4);
      this.peak = Math.max(this.peak, Math.min(1, max));
      this.onLevel(level);
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
    return true;
  }

  stop() {
    cancelAnimationFrame(this.frame);
    if (this.context) this.context.close().catch(() => {});
    this.context = null;
  }
}
