// One screen per question: think countdown, answer countdown, record or type, upload, retake.

import { ApiError } from "./api.js";
import { LevelMeter } from "./devices.js";
import { AnswerRecorder } from "./recorder.js";
import { ResumableUpload, UploadPausedError } from "./uploader.js";
import { $, fmtClock, fmtSeconds, KIND_LABELS, nextClick, runCountdown, show } from "./ui.js";

const DONE_STATES = new Set(["answered", "skipped"]);
const TEXT_LIMIT = 2000;
// Recording ends this much before the server's deadline, so network jitter never overruns it.
const DEADLINE_MARGIN_MS = 200;
// The transcript is polled while it is recognised; after this long the candidate may go on
// (about half the recording's length plus queueing, between 20 and 90 seconds).
const POLL_MS = 1500;
const MAX_POLL_MS = 5000;

function slowAfterMs(durationS) {
  return Math.min(90_000, Math.max(20_000, 10_000 + durationS * 500));
}

function sleep(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}

function position(plan, node) {
  return { number: plan.nodes.indexOf(node) + 1, total: plan.nodes.length };
}

function setPhase(kind, label) {
  $("q-phase").className = `phase ${kind}`;
  $("q-phase-label").textContent = label;
}

function say(text) {
  $("q-clock-sr").textContent = text;
}

/** Count down to a server-clock deadline, updating the big clock and the phase bar. */
function countdown(ctx, deadlineMs, totalMs, signal) {
  let announced = false;
  return runCountdown({
    deadlineMs,
    now: () => ctx.api.serverNow(),
    signal,
    onTick: (left) => {
      $("q-clock").textContent = fmtClock(left);
      const pct = totalMs > 0 ? Math.min(100, (100 * (totalMs - left)) / totalMs) : 100;
      $("q-phase-bar").style.width = `${pct}%`;
      if (!announced && left <= 10_000 && totalMs > 15_000) {
        announced = true;
        say("还剩 10 秒");
      }
    },
  });
}

function renderHeader(plan, node) {
  const { number, total } = position(plan, node);
  $("q-title").textContent = `第 ${number} / ${total} 题`;
  $("q-kind").textContent = KIND_LABELS[node.kind] || "问题";
  const answered = plan.nodes.filter((n) => DONE_STATES.has(n.state)).length;
  $("q-progress").style.width = `${(100 * answered) / total}%`;
}

/** The "ready" view of a node, before its text is revealed. */
function renderReady(ctx, plan, node) {
  renderHeader(plan, node);
  const how = { video: "录制视频", audio: "录制声音", text: "输入文字" }[ctx.mode];
  $("q-ready-times").textContent =
    `题目显示后有 ${fmtSeconds(node.think_s)}思考时间，随后${how}作答 ${fmtSeconds(node.answer_s)}。时间到会自动结束。`;
  $("q-ready").hidden = false;
  $("q-live").hidden = true;
  $("q-error").textContent = "";
  $("q-start").hidden = false;
  $("q-start").disabled = false;
  $("q-answer-now").hidden = true;
  $("q-finish").hidden = true;
  show("question");
}

function updateCounter() {
  const length = $("q-answer").value.length;
  const counter = $("q-counter");
  counter.textContent = `${length} / ${TEXT_LIMIT} 字`;
  counter.classList.toggle("near", length > TEXT_LIMIT * 0.9);
  if (length > 0) $("q-error").textContent = "";
}

/** Think, then answer; resolves with `{kind: "media", recording}` or `{kind: "text", text}`. */
async function runAttempt(ctx, plan, node, started) {
  renderHeader(plan, node);
  $("q-ready").hidden = true;
  $("q-live").hidden = false;
  $("q-start").hidden = true;
  $("q-error").textContent = "";
  $("q-text").textContent = started.text;
  const media = ctx.mode !== "text";
  const showVideo = ctx.mode === "video" && ctx.stream && ctx.stream.getVideoTracks().length > 0;
  $("q-preview-box").hidden = !showVideo;
  $("q-preview").srcObject = showVideo ? ctx.stream : null;
  if (showVideo) $("q-preview").play().catch(() => {});
  $("q-meter-row").hidden = ctx.mode !== "audio";
  $("q-textmode").hidden = media;
  $("q-rec").hidden = true;
  const textarea = $("q-answer");
  textarea.value = "";
  textarea.maxLength = TEXT_LIMIT;
  textarea.disabled = true;
  updateCounter();
  show("question");
  $("q-text").setAttribute("tabindex", "-1");
  $("q-text").focus({ preventScroll: true });

  // Think phase: the candidate may cut it short.
  const thinkLeft = started.think_deadline_ms - ctx.api.serverNow();
  if (thinkLeft > 0) {
    setPhase("thinking", "思考时间");
    $("q-hint").textContent = media ? "思考时间结束后将自动开始录制" : "思考时间结束后即可输入回答";
    say(`思考时间 ${Math.ceil(thinkLeft / 1000)} 秒`);
    $("q-answer-now").hidden = false;
    $("q-finish").hidden = true;
    const early = new AbortController();
    const onEarly = () => early.abort();
    $("q-answer-now").addEventListener("click", onEarly, { once: true });
    await countdown(ctx, started.think_deadline_ms, node.think_s * 1000, early.signal);
    $("q-answer-now").removeEventListener("click", onEarly);
    $("q-answer-now").hidden = true;
  }

  // Answer phase: never longer than the node allows, never past the server's deadline.
  const answerEnd = Math.min(
    started.answer_deadline_ms,
    ctx.api.serverNow() + node.answer_s * 1000,
  ) - DEADLINE_MARGIN_MS;
  const answerMs = answerEnd - ctx.api.serverNow();
  if (answerMs < 1000) {
    // Only after a reload mid-answer: the time is gone and nothing was recorded.
    $("q-answer-now").hidden = true;
    return { kind: "expired" };
  }
  setPhase("answering", "作答时间");
  $("q-hint").textContent = media ? "时间到会自动结束并上传" : "时间到会自动提交已输入的内容";
  say(`开始作答，${Math.ceil(Math.max(0, answerMs) / 1000)} 秒`);
  const finish = $("q-finish");
  finish.textContent = media ? "完成作答" : "提交回答";
  finish.hidden = false;
  const stop = new AbortController();

  if (!media) {
    textarea.disabled = false;
    textarea.placeholder = "请在这里输入你的回答";
    textarea.focus();
    const onFinish = () => {
      if (textarea.value.trim()) {
        stop.abort();
        return;
      }
      $("q-error").textContent = "请先输入你的回答，再点击提交";
      textarea.focus();
    };
    finish.addEventListener("click", onFinish);
    await countdown(ctx, answerEnd, answerMs, stop.signal);
    finish.removeEventListener("click", onFinish);
    textarea.disabled = true;
    finish.hidden = true;
    $("q-error").textContent = "";
    const text = textarea.value.trim();
    return text ? { kind: "text", text } : { kind: "expired", typed: true };
  }

  const recorder = new AnswerRecorder(ctx.stream, ctx.mode);
  let meter = null;
  if (ctx.mode === "audio") {
    meter = new LevelMeter(ctx.stream, (level) => {
      const pct = Math.round(level * 100);
      $("q-meter-bar").style.width = `${pct}%`;
      $("q-meter-bar").parentElement.setAttribute("aria-valuenow", String(pct));
    });
    await meter.start();
  }
  // The recorder's own timer uses the device clock: convert the server deadline to it.
  recorder.start(answerEnd - ctx.api.offsetMs);
  $("q-rec").hidden = false;
  nextClick(finish, stop.signal).then(() => recorder.stop());
  const clock = countdown(ctx, answerEnd, answerMs, stop.signal);
  const recording = await recorder.done;
  stop.abort();
  await clock;
  if (meter) meter.stop();
  $("q-rec").hidden = true;
  finish.hidden = true;
  $("q-preview").srcObject = null;
  return { kind: "media", recording };
}

function summary(outcome) {
  if (outcome.kind === "text") return `已提交 ${outcome.text.length} 字`;
  const kind = outcome.recording.mimeType.startsWith("video") ? "视频" : "录音";
  return `${kind}时长 ${Math.max(1, Math.round(outcome.recording.durationS))} 秒`;
}

/** The transcript as read-only text; parts the engine was unsure of are marked. */
function renderTranscriptText(parts) {
  const box = $("t-text");
  box.replaceChildren(
    ...parts.map((part) => {
      if (!part.low_confidence) return document.createTextNode(part.text);
      const mark = document.createElement("span");
      mark.className = "unsure";
      mark.title = "系统识别得不太确定";
      mark.textContent = part.text;
      return mark;
    }),
  );
  $("t-legend").hidden = !parts.some((p) => p.low_confidence);
}

/**
 * After a recorded answer is uploaded: "正在识别您的回答…", then the transcript (read-only) with
 * 确认 and 重新录制 (when the question still allows it). A slow recognition never blocks: after a
 * while the candidate may go on, and the transcript still appears if it arrives meanwhile.
 * Resolves "next" or "retake".
 */
async function reviewTranscript(ctx, node, started, outcome, last) {
  const next = $("u-next");
  const retake = $("u-retake");
  const error = $("u-error");
  const stop = new AbortController();
  let state = null;
  let slow = false;
  $("t-box").hidden = false;
  $("t-waiting").hidden = false;
  $("t-slow").hidden = true;
  $("t-text").hidden = true;
  $("t-text").replaceChildren();
  $("t-legend").hidden = true;
  $("t-note").hidden = true;
  $("t-message").textContent = "";
  $("t-retake-reason").textContent = "";
  next.hidden = true;
  retake.hidden = true;

  const render = () => {
    const status = state ? state.status : "pending";
    const ready = status === "ready";
    const waiting = status === "pending";
    $("t-waiting").hidden = !waiting;
    $("t-slow").hidden = !(waiting && slow);
    $("t-text").hidden = !ready;
    $("t-note").hidden = !ready;
    $("t-message").textContent = waiting || ready ? "" : (state && state.message) || "";
    if (ready) renderTranscriptText(state.parts);
    const option = state && state.retake;
    retake.hidden = !(option && option.allowed);
    if (option && option.allowed) retake.textContent = `重新录制（还可重录 ${option.retakes_left} 次）`;
    $("t-retake-reason").textContent =
      option && !option.allowed && option.reason ? `不能重新录制：${option.reason}。` : "";
    next.hidden = waiting && !slow;
    if (ready) next.textContent = last ? "确认，去提交" : "确认，下一题";
    else next.textContent = last ? "继续，去提交" : "继续下一题";
  };

  const slowTimer = setTimeout(() => {
    slow = true;
    render();
  }, slowAfterMs(outcome.recording.durationS));
  const poll = async () => {
    let delay = POLL_MS;
    while (!stop.signal.aborted) {
      try {
        state = await ctx.api.transcript(node.index, started.attempt);
        render();
        if (state.status !== "pending") return;
      } catch (err) {
        if (!(err instanceof ApiError) || !err.transient) {
          // Only a refusal ends up here (a retake elsewhere, the interview closed): say it.
          state = { status: "failed", message: err.message, retake: state && state.retake };
          render();
          return;
        }
      }
      await sleep(delay, stop.signal);
      delay = Math.min(MAX_POLL_MS, delay * 1.3);
    }
  };
  render();
  poll();

  try {
    for (;;) {
      const controller = new AbortController();
      const choice = await Promise.race([
        nextClick(next, controller.signal).then(() => "next"),
        nextClick(retake, controller.signal).then(() => "retake"),
      ]);
      controller.abort();
      if (choice === "retake" || !state || state.status !== "ready" || state.confirmed) {
        return choice;
      }
      next.disabled = true;
      try {
        await ctx.api.confirmTranscript(node.index, started.attempt);
        return "next";
      } catch (err) {
        if (!(err instanceof ApiError) || !err.transient) return "next"; // nothing to keep
        error.textContent = `${err.message}（确认未送达，请再点一次）`;
      } finally {
        next.disabled = false;
      }
    }
  } finally {
    stop.abort();
    clearTimeout(slowTimer);
    $("t-box").hidden = true;
    error.textContent = "";
  }
}

/** The upload/review screen for one attempt; resolves "next" or "retake". */
async function deliver(ctx, plan, node, started, outcome) {
  const { number, total } = position(plan, node);
  const last = number === total;
  const bar = $("u-bar");
  const status = $("u-status");
  const error = $("u-error");
  const retry = $("u-retry");
  const next = $("u-next");
  const retake = $("u-retake");
  const setPct = (fraction) => {
    const pct = Math.floor(fraction * 100);
    bar.style.width = `${pct}%`;
    $("u-progress").setAttribute("aria-valuenow", String(pct));
    status.className = "status";
    status.textContent = `正在上传 ${pct}%`;
  };
  $("u-title").textContent = `正在提交第 ${number} 题`;
  error.textContent = "";
  [retry, next, retake].forEach((b) => (b.hidden = true));
  $("u-note").hidden = false;
  $("u-summary").textContent = "";
  setPct(0);
  $("u-progress").hidden = outcome.kind !== "media";
  if (outcome.kind === "text") status.textContent = "正在保存回答…";
  show("upload");

  let ok = false;
  if (outcome.kind === "expired") {
    error.textContent = outcome.typed
      ? "本题作答时间已结束，没有填写回答。"
      : "本题作答时间已结束，没有录到回答。";
  } else if (outcome.kind === "text") {
    try {
      await ctx.api.textAnswer(node.index, outcome.text);
      ok = true;
    } catch (err) {
      error.textContent = err.message;
    }
  } else {
    const upload = new ResumableUpload(
      ctx.api,
      {
        nodeIndex: node.index,
        attempt: started.attempt,
        blob: outcome.recording.blob,
        mimeType: outcome.recording.mimeType,
        durationS: outcome.recording.durationS,
      },
      {
        onProgress: setPct,
        onRetry: ({ failures }) => {
          status.className = "status warn";
          status.textContent = `网络中断，正在重试…（第 ${failures} 次）`;
        },
      },
    );
    ctx.uploading = true;
    for (;;) {
      try {
        await upload.run();
        ok = true;
        break;
      } catch (err) {
        if (err instanceof UploadPausedError) {
          status.className = "status warn";
          status.textContent = "网络中断，上传已暂停";
          error.textContent = err.message;
          retry.hidden = false;
          retry.focus();
          await nextClick(retry);
          retry.hidden = true;
          error.textContent = "";
          continue;
        }
        error.textContent = err instanceof ApiError ? err.message : "上传失败，请重新作答本题";
        break;
      }
    }
    ctx.uploading = false;
  }

  $("u-note").hidden = true;
  if (ok && outcome.kind === "media") {
    node.state = "answered";
    $("u-title").textContent = `第 ${number} 题已上传`;
    bar.style.width = "100%";
    $("u-progress").setAttribute("aria-valuenow", "100");
    status.className = "status ok";
    status.textContent = "上传完成 100%";
    $("u-summary").textContent = summary(outcome);
    return reviewTranscript(ctx, node, started, outcome, last);
  }
  if (ok) {
    node.state = "answered";
    $("u-title").textContent = `第 ${number} 题已完成`;
    bar.style.width = "100%";
    $("u-progress").setAttribute("aria-valuenow", "100");
    status.className = "status ok";
    status.textContent = outcome.kind === "text" ? "回答已保存" : "上传完成 100%";
    $("u-summary").textContent = summary(outcome);
  } else {
    $("u-title").textContent = `第 ${number} 题未能提交`;
    status.textContent = "";
  }
  next.textContent = last ? "全部答完，去提交" : "下一题";
  next.hidden = !ok && node.retakes_left > 0;
  if (node.retakes_left > 0) {
    retake.textContent = `重新作答（还可重答 ${node.retakes_left} 次）`;
    retake.hidden = false;
    if (ok) $("u-summary").textContent += "。重新作答后，以最后一次回答为准。";
  }
  const controller = new AbortController();
  const choice = await Promise.race([
    nextClick(next, controller.signal).then(() => "next"),
    nextClick(retake, controller.signal).then(() => "retake"),
  ]);
  controller.abort();
  return choice;
}

/** Answer every node that is still open; resolves when none is left. */
export async function runQuestions(ctx) {
  $("q-answer").addEventListener("input", updateCounter);
  // Nodes whose time ran out with nothing recorded (a reload mid-answer): the server skips them.
  const expired = new Set();
  let notice = "";
  for (;;) {
    const plan = await ctx.api.plan();
    const node = plan.nodes.find((n) => !DONE_STATES.has(n.state) && !expired.has(n.index));
    if (!node) return plan;
    renderReady(ctx, plan, node);
    $("q-error").textContent = notice;
    notice = "";
    await nextClick($("q-start"));
    $("q-start").disabled = true;
    let started;
    try {
      started = await ctx.api.startNode(node.index);
    } catch (err) {
      // Shown on the next ready screen, after the plan is read again (the node may be over).
      notice = err.message;
      continue;
    }
    for (;;) {
      const outcome = await runAttempt(ctx, plan, node, started);
      const choice = await deliver(ctx, plan, node, started, outcome);
      if (choice !== "retake") {
        if (outcome.kind === "expired") expired.add(node.index);
        break;
      }
      try {
        started = await ctx.api.retakeNode(node.index);
        node.retakes_left = Math.max(0, node.retakes_left - 1);
      } catch (err) {
        notice = err.message;
        break;
      }
    }
  }
}
