// Small DOM and formatting helpers shared by the screens.

export const KIND_LABELS = { self_introduction: "自我介绍", question: "问题", follow_up: "追问" };
export const STATUS_LABELS = {
  not_started: "未开始",
  in_progress: "进行中",
  submitted: "已提交",
  evaluating: "评估中",
  completed: "已完成",
};
export const MODE_LABELS = { video: "视频作答", audio: "语音作答", text: "文字作答" };

/** The element with this id (throws early if the page and the script disagree). */
export function $(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing element #${id}`);
  return el;
}

/** Show one screen, hide the others, and move focus to its heading for screen readers. */
export function show(name) {
  for (const screen of document.querySelectorAll(".screen")) {
    screen.hidden = screen.dataset.screen !== name;
  }
  const heading = document.querySelector(`.screen[data-screen="${name}"] h1`);
  if (heading) heading.focus({ preventScroll: true });
  window.scrollTo(0, 0);
  document.body.dataset.screen = name;
}

export function setChip(status, label) {
  $("status-chip").textContent = label || STATUS_LABELS[status] || "未开始";
  document.body.dataset.status = status || "";
}

/** mm:ss for a countdown (rounded up so "00:00" means really over). */
export function fmtClock(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = String(Math.floor(total / 60)).padStart(2, "0");
  const s = String(total % 60).padStart(2, "0");
  return `${m}:${s}`;
}

/** "90 秒" / "2 分钟" / "2 分 30 秒". */
export function fmtSeconds(seconds) {
  if (seconds < 60) return `${seconds} 秒`;
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s ? `${m} 分 ${s} 秒` : `${m} 分钟`;
}

/** A deadline in the device's time zone, e.g. "2026年11月30日 周一 18:00". */
export function fmtDeadline(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  return new Intl.DateTimeFormat("zh-CN", {
    year: "numeric",
    month: "long",
    day: "numeric",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(date);
}

/**
 * Tick every 250 ms until the server-clock deadline or until `signal` aborts.
 * Resolves "deadline" or "early".
 */
export function runCountdown({ deadlineMs, now, onTick, signal }) {
  return new Promise((resolve) => {
    let timer = 0;
    const finish = (why) => {
      clearInterval(timer);
      resolve(why);
    };
    const tick = () => {
      const left = deadlineMs - now();
      onTick(Math.max(0, left));
      if (left <= 0) finish("deadline");
    };
    if (signal) {
      if (signal.aborted) return finish("early");
      signal.addEventListener("abort", () => finish("early"), { once: true });
    }
    timer = setInterval(tick, 250);
    tick();
  });
}

/** Resolve when the element is clicked (once). */
export function nextClick(el, signal) {
  return new Promise((resolve) => {
    el.addEventListener("click", resolve, { once: true, signal });
  });
}
