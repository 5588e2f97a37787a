// Progress for long runs: documents done, their rate and, when the input's size is known, how far through it we
// are and the time left. On a terminal one line redrawn in place; otherwise (a log file, CI) a plain line now and
// then; nothing at all when quiet.

export type Progress = {
  /** One more document done (or failed). */
  document(): void;
  /** Bytes of input read so far, out of total when known. */
  bytes(read: number, total: number | null): void;
  /** The final line (documents, rate, time). */
  finish(): void;
};

export type ProgressOptions = {
  quiet?: boolean;
  /** Where to write; its isTTY decides the style (default process.stderr). */
  stream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Seconds between plain lines when not a terminal (default 10). */
  every?: number;
  /** Milliseconds since some epoch; injectable so tests need not wait. */
  now?: () => number;
};

const TTY_REDRAW_MS = 200;

export function createProgress(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const started = now();
  let documents = 0;
  let read = 0;
  let total: number | null = null;
  let lastDrawn = started;
  const tty = stream.isTTY === true;
  const interval = tty ? TTY_REDRAW_MS : (options.every ?? 10) * 1000;

  const line = (): string => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    const parts = [`${documents.toLocaleString('en-US')} documents`, `${rate(documents / seconds)}/s`];
    if (total) {
      const fraction = Math.min(read / total, 1);
      parts.push(`${(fraction * 100).toFixed(1)}% of ${size(total)}`);
      if (fraction > 0.001 && fraction < 1) parts.push(`ETA ${duration((seconds / fraction) * (1 - fraction))}`);
    }
    parts.push(`elapsed ${duration(seconds)}`);
    return parts.join('  ');
  };
  const draw = (force: boolean): void => {
    if (options.quiet) return;
    const at = now();
    if (!force && at - lastDrawn < interval) return;
    lastDrawn = at;
    if (tty) stream.write(`\r\x1b[K${bar(total ? read / total : null)}${line()}`.slice(0, (stream.columns ?? 120) + 8));
    else stream.write(`progress: ${line()}\n`);
  };
  return {
    document() {
      documents++;
      draw(false);
    },
    bytes(bytesRead, bytesTotal) {
      read = bytesRead;
      total = bytesTotal;
      draw(false);
    },
    finish() {
      if (options.quiet) return;
      if (tty) stream.write(`\r\x1b[K`);
      stream.write(`done: ${line()}\n`);
    },
  };
}

function bar(fraction: number | null): string {
  if (fraction === null) return '';
  const width = 20;
  const filled = Math.round(Math.min(Math.max(fraction, 0), 1) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] `;
}

const rate = (perSecond: number): string => (perSecond >= 100 ? Math.round(perSecond).toLocaleString('en-US') : perSecond.toFixed(1));

function size(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.round(bytes / 1e3)} kB`;
}

function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
