// Inputs → Sources: files, directories (recursive), `-` for stdin, JSON Lines (plain or gzipped, streamed),
// HTML pages, RSS/Atom/JSON feeds, http(s) URLs. A bad input is reported and the rest go on.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Source } from '../doc.ts';
import { decodeHtml } from './charset.ts';
import { decodeBytes } from './decode.ts';
import { looksLikeFeed } from './feed.ts';
import type { LineResult } from './jsonl.ts';
import type { Progress } from './progress.ts';
import { readJsonLines, readJsonLinesFile } from './stream.ts';
import { textSource } from './text.ts';
import { isUrl, readFeedItems, readUrls, type UrlOptions } from './url.ts';

export type ReadResult = LineResult;

export type ReadOptions = UrlOptions & {
  /** Told of each document read and of the bytes read from streamed files. */
  progress?: Progress;
};

const HTML_FILE = /\.x?html?$/i;
const JSONL_FILE = /\.(jsonl|ndjson)(\.gz)?$/i;
const FEED_FILE = /\.(rss|atom|xml|json)$/i;

export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for await (const result of readAll(paths, options)) {
    options.progress?.document();
    yield result;
  }
}

async function* readAll(paths: string[], options: ReadOptions): AsyncGenerator<ReadResult> {
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i];
    if (path === '-') yield* readStream('stdin', process.stdin);
    else if (isUrl(path)) {
      // Consecutive URLs are fetched together, a few at a time.
      let end = i + 1;
      while (end < paths.length && isUrl(paths[end])) end++;
      yield* readUrls(paths.slice(i, end), options);
      i = end - 1;
    } else yield* readPath(path, options);
  }
}

async function* readPath(path: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield { ok: false, uri: path, error: describe(error) };
    return;
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (error) {
      yield { ok: false, uri: path, error: describe(error) };
      return;
    }
    for (const name of names) {
      if (!name.startsWith('.')) yield* readPath(join(path, name), options);
    }
    return;
  }
  if (JSONL_FILE.test(path)) {
    yield* readJsonLinesFile(path, { onBytes: options.progress ? (read, total) => options.progress?.bytes(read, total) : undefined });
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield { ok: false, uri: path, error: describe(error) };
    return;
  }
  if (HTML_FILE.test(path)) {
    try {
      const { text, warnings } = decodeHtml(path, bytes);
      yield { ok: true, source: { uri: path, mediaType: 'text/html', raw: text, hints: {}, warnings } };
    } catch (error) {
      yield { ok: false, uri: path, error: (error as Error).message.replace(`${path}: `, '') };
    }
    return;
  }
  const { text, warnings } = decodeBytes(path, bytes);
  if (FEED_FILE.test(path) && looksLikeFeed(text)) {
    yield* readFeedItems(path, text, options);
    return;
  }
  yield { ok: true, source: textSource(path, text, warnings) };
}

// stdin: JSON Lines (gzipped or not) are streamed line by line, so `zcat dump.jsonl.gz | dyad code -` runs in
// bounded memory; anything else is one document, read whole.
async function* readStream(uri: string, stream: Readable): AsyncGenerator<ReadResult> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await chunks.next();
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  const whole = Readable.from(
    (async function* () {
      yield head;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
    })(),
  );
  if (head[0] === 0x1f && head[1] === 0x8b) {
    yield* readJsonLines(uri, whole.pipe(createGunzip()));
    return;
  }
  if (looksLikeJsonLines(head.toString('utf8'))) {
    yield* readJsonLines(uri, whole);
    return;
  }
  const rest: Buffer[] = [];
  for await (const chunk of whole) rest.push(chunk as Buffer);
  const { text, warnings } = decodeBytes(uri, Buffer.concat(rest));
  yield { ok: true, source: textSource(uri, text, warnings) };
}

// The first line is a JSON object; when the first chunk ends inside that line, its opening brace decides.
function looksLikeJsonLines(text: string): boolean {
  const first = text.trimStart();
  const newline = first.indexOf('\n');
  return first.startsWith('{') && (newline === -1 || first.slice(0, newline).trimEnd().endsWith('}'));
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}

export type { Source };
