// JSON Lines of any size, plain or gzipped, read as a stream: one line in memory at a time (and the read-ahead
// buffer of the stream), so a 20 GB dump codes in the same memory as a 20 KB one. A line longer than the cap is
// reported as an error for that line and skipped without being held.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parseJsonLine, type LineResult } from './jsonl.ts';

export type StreamOptions = {
  /** Longest line read, in bytes (default 64 MB). */
  maxLineBytes?: number;
  /** Told how many bytes of the file have been read, and how many there are (for progress and ETA). */
  onBytes?: (read: number, total: number | null) => void;
};

const GZIP = /\.gz$/i;
const NEWLINE = 0x0a;

/** Reads a .jsonl, .ndjson or .jsonl.gz file as a stream of Sources (or per-line errors). */
export async function* readJsonLinesFile(path: string, options: StreamOptions = {}): AsyncGenerator<LineResult> {
  let total: number | null = null;
  try {
    total = (await stat(path)).size;
  } catch (error) {
    yield { ok: false, uri: path, error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (error as Error).message };
    return;
  }
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  let read = 0;
  file.on('data', (chunk) => {
    read += chunk.length;
    options.onBytes?.(read, total);
  });
  const input = GZIP.test(path) ? file.pipe(createGunzip()) : file;
  // A broken gzip stream errors on the gunzip side; the file side's errors must reach the loop too.
  if (input !== file) file.on('error', (error) => input.destroy(error));
  yield* readJsonLines(path, input, options);
}

/** Splits a byte stream into lines and parses each as one JSON Lines article. */
export async function* readJsonLines(uri: string, input: Readable, options: StreamOptions = {}): AsyncGenerator<LineResult> {
  const maxLine = options.maxLineBytes ?? 64 * 1024 * 1024;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overlong = false;
  let lineNumber = 0;
  const finishLine = (tail: Buffer): LineResult | null => {
    lineNumber++;
    if (overlong) {
      overlong = false;
      return { ok: false, uri: `${uri}:${lineNumber}`, error: `line ${lineNumber} is longer than ${maxLine} bytes; skipped` };
    }
    const bytes = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
    pending = [];
    pendingBytes = 0;
    // A newline byte never occurs inside a multi-byte UTF-8 character, so each line decodes on its own.
    return parseJsonLine(uri, lineNumber, bytes.toString('utf8'));
  };
  try {
    for await (const chunk of input) {
      const buffer = chunk as Buffer;
      let start = 0;
      for (let newline = buffer.indexOf(NEWLINE, start); newline !== -1; newline = buffer.indexOf(NEWLINE, start)) {
        const result = finishLine(overlong ? Buffer.alloc(0) : buffer.subarray(start, newline));
        if (result) yield result;
        start = newline + 1;
      }
      if (start < buffer.length && !overlong) {
        // Copy the tail: holding a slice would keep the whole read-ahead chunk alive.
        pending.push(Buffer.from(buffer.subarray(start)));
        pendingBytes += buffer.length - start;
        if (pendingBytes > maxLine) {
          overlong = true;
          pending = [];
          pendingBytes = 0;
        }
      }
    }
  } catch (error) {
    yield { ok: false, uri, error: `could not read past line ${lineNumber}: ${(error as Error).message}` };
    return;
  }
  if (pendingBytes > 0 || overlong) {
    const result = finishLine(Buffer.alloc(0));
    if (result) yield result;
  }
}
