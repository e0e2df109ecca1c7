// The device-check screen: live camera preview, microphone meter, mode choice, report to the API.

import { closeStream, describeMediaError, describeStream, LevelMeter, openDevices } from "./devices.js";
import { $, show } from "./ui.js";

const MODES_ALLOWED = { video: ["video", "audio", "text"], audio: ["audio", "text"], text: ["text"] };

function setMeter(barId, level) {
  const pct = Math.round(level * 100);
  const bar = $(barId);
  bar.style.width = `${pct}%`;
  bar.parentElement.setAttribute("aria-valuenow", String(pct));
}

/** Run the device check; resolves with the mode the server accepted once the candidate goes on. */
export function deviceCheck(ctx) {
  return new Promise((resolve) => {
    const allowed = MODES_ALLOWED[ctx.consentMode] || ["text"];
    let meter = null;
    let checking = 0; // a generation counter so a slow getUserMedia cannot overwrite a newer one
    const problems = $("device-problems");
    const status = $("device-status");

    for (const mode of ["video", "audio", "text"]) {
      const input = $(`mode-${mode}`);
      input.disabled = !allowed.includes(mode);
      $(`mode-${mode}-label`).classList.toggle("disabled", input.disabled);
      $(`mode-${mode}-label`).hidden = input.disabled;
    }

    const selected = () => document.querySelector('input[name="mode"]:checked')?.value || allowed[0];
    const select = (mode) => {
      $(`mode-${mode}`).checked = true;
    };
    const setProblems = (list) => {
      problems.replaceChildren(
        ...list.map((text) => {
          const li = document.createElement("li");
          li.textContent = text;
          return li;
        }),
      );
    };
    const stopMeter = () => {
      if (meter) meter.stop();
      meter = null;
      setMeter("meter-bar", 0);
    };

    const showPreview = (stream, mode) => {
      const video = $("preview");
      const hasCamera = Boolean(stream && stream.getVideoTracks().length && mode === "video");
      video.srcObject = hasCamera ? stream : null;
      video.hidden = !hasCamera;
      if (hasCamera) video.play().catch(() => {});
      $("preview-empty").hidden = hasCamera;
      $("preview-mic").toggleAttribute("hidden", mode === "text");
      $("preview-empty-text").textContent =
        mode === "text" ? "文字作答，不使用摄像头和麦克风" : "仅录制声音，不开启摄像头";
      $("meter-row").hidden = mode === "text";
      $("meter-hint").hidden = mode === "text";
    };

    const check = async (wanted) => {
      const generation = ++checking;
      stopMeter();
      setProblems([]);
      status.className = "status";
      if (wanted === "text") {
        closeStream(ctx.stream);
        ctx.stream = null;
        showPreview(null, "text");
        status.textContent = "将使用文字作答，无需摄像头和麦克风。";
        return;
      }
      status.textContent = wanted === "video" ? "正在打开摄像头和麦克风…" : "正在打开麦克风…";
      closeStream(ctx.stream);
      ctx.stream = null;
      const result = await openDevices(wanted);
      if (generation !== checking) {
        closeStream(result.stream);
        return;
      }
      ctx.stream = result.stream;
      if (result.error) setProblems([describeMediaError(result.error, result.failedFor || wanted)]);
      if (result.mode !== wanted) select(allowed.includes(result.mode) ? result.mode : "text");
      showPreview(result.stream, result.mode);
      if (result.stream) {
        meter = new LevelMeter(result.stream, (level) => setMeter("meter-bar", level));
        await meter.start();
      }
      if (!result.error) {
        status.className = "status ok";
        status.textContent = wanted === "video" ? "摄像头和麦克风已就绪。" : "麦克风已就绪。";
      } else if (result.mode === "audio") {
        status.className = "status warn";
        status.textContent = "摄像头不可用，已切换为仅语音作答。";
      } else {
        status.className = "status warn";
        status.textContent = "无法录制，已切换为文字作答。";
      }
    };

    const onModeChange = () => check(selected());
    const onRetry = () => check(selected());
    const onContinue = async () => {
      const button = $("device-continue");
      button.disabled = true;
      const mode = selected();
      const described = describeStream(mode === "text" ? null : ctx.stream);
      const report = {
        camera: described.camera,
        microphone: { ...described.microphone, peak_level: meter ? Number(meter.peak.toFixed(3)) : 0 },
        mode_choice: mode,
        user_agent: navigator.userAgent,
      };
      try {
        const answer = await ctx.api.deviceCheck(report);
        setProblems(answer.problems || []);
        if (!answer.ok) {
          status.className = "status warn";
          status.textContent = "请根据提示调整后重新检测，或改用其他作答方式。";
          return;
        }
        stopMeter();
        cleanup();
        ctx.mode = answer.mode;
        if (answer.mode === "text") {
          closeStream(ctx.stream);
          ctx.stream = null;
        } else if (answer.mode === "audio" && ctx.stream) {
          // Turn the camera light off: audio answers never use it.
          ctx.stream.getVideoTracks().forEach((track) => {
            track.stop();
            ctx.stream.removeTrack(track);
          });
        }
        resolve(answer.mode);
      } catch (err) {
        setProblems([err.message]);
      } finally {
        button.disabled = false;
      }
    };

    const radios = document.querySelectorAll('input[name="mode"]');
    radios.forEach((r) => r.addEventListener("change", onModeChange));
    $("device-retry").addEventListener("click", onRetry);
    $("device-continue").addEventListener("click", onContinue);
    function cleanup() {
      radios.forEach((r) => r.removeEventListener("change", onModeChange));
      $("device-retry").removeEventListener("click", onRetry);
      $("device-continue").removeEventListener("click", onContinue);
      $("preview").srcObject = null;
    }

    select(allowed[0]);
    show("device");
    check(allowed[0]);
  });
}
