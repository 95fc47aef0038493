/**
 * Progress on stderr (cli-progress): documents done/total, MB/s, ETA, errors. Only when
 * the caller decides stderr is a terminal worth drawing on; messages printed while the
 * bar is up go above it.
 */
import cliProgress from 'cli-progress';

export interface ProgressState {
  done: number;
  /** documents in the inputs, once counted; null while unknown */
  total: number | null;
  bytes: number;
  /** bytes in the inputs, when known (NDJSON files) */
  totalBytes: number | null;
  errors: number;
  elapsedMs: number;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '–';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mm = h ? String(m).padStart(2, '0') : String(m);
  return `${h ? `${h}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`;
}

/** The progress line, without terminal codes: "120/2,000 docs · 3.1 MB/s · ETA 0:42 · 1 error". */
export function formatProgress(p: ProgressState): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.bytes / 1e6 / seconds : 0;
  let eta = NaN;
  if (p.totalBytes && p.bytes > 0) eta = ((p.totalBytes - p.bytes) * seconds) / p.bytes;
  else if (p.total !== null && p.done > 0) eta = ((p.total - p.done) * seconds) / p.done;
  const n = (x: number) => x.toLocaleString('en-US');
  const docs = p.total === null ? `${n(p.done)} docs` : `${n(p.done)}/${n(p.total)} docs`;
  const parts = [docs, `${rate.toFixed(1)} MB/s`, `ETA ${p.done && (p.total !== null || p.totalBytes) ? clock(eta) : '–'}`];
  if (p.errors) parts.push(`${n(p.errors)} error${p.errors === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

export interface Progress {
  setTotal(docs: number | null, bytes?: number | null): void;
  tick(bytes: number, failed: boolean): void;
  /** an input that failed before it became a document (not counted as done) */
  fail(): void;
  /** a message line, printed above the bar */
  log(line: string): void;
  stop(): void;
}

/** For runs without a bar: messages straight to the stream. */
export function noProgress(stream: NodeJS.WritableStream): Progress {
  return { setTotal() {}, tick() {}, fail() {}, log: (line) => void stream.write(line), stop() {} };
}

export function barProgress(stream: NodeJS.WritableStream): Progress {
  const state: ProgressState = { done: 0, total: null, bytes: 0, totalBytes: null, errors: 0, elapsedMs: 0 };
  const started = Date.now();
  const multi = new cliProgress.MultiBar({
    stream,
    fps: 5,
    hideCursor: false,
    clearOnComplete: true,
    linewrap: false,
    format: () => formatProgress({ ...state, elapsedMs: Date.now() - started }),
  });
  const bar = multi.create(1, 0);
  const redraw = () => bar.update(state.done);
  return {
    setTotal(docs, bytes = null) {
      state.total = docs;
      state.totalBytes = bytes;
      redraw();
    },
    tick(bytes, failed) {
      state.done++;
      state.bytes += bytes;
      if (failed) state.errors++;
      redraw();
    },
    fail() {
      state.errors++;
      redraw();
    },
    log(line) {
      multi.log(line.endsWith('\n') ? line : `${line}\n`);
    },
    stop() {
      redraw();
      multi.update(); // draw the final state once, then clear the line
      multi.stop();
    },
  };
}
