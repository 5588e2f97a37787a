// Inputs → Sources: files, directories (recursive), `-` for stdin, JSON Lines. A bad input is reported and
// the rest go on.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Source } from '../doc.ts';
import { decodeBytes } from './decode.ts';
import { parseJsonLine, type LineResult } from './jsonl.ts';
import { textSource } from './text.ts';

export type ReadResult = LineResult;

const HTML_FILE = /\.x?html?$/i;
const JSONL_FILE = /\.(jsonl|ndjson)$/i;

export async function* readInputs(paths: string[]): AsyncGenerator<ReadResult> {
  for (const path of paths) {
    if (path === '-') yield* readStream('stdin', process.stdin);
    else yield* readPath(path);
  }
}

async function* readPath(path: string): AsyncGenerator<ReadResult> {
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
      if (!name.startsWith('.')) yield* readPath(join(path, name));
    }
    return;
  }
  if (JSONL_FILE.test(path)) {
    yield* readJsonLines(path, createReadStream(path));
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield { ok: false, uri: path, error: describe(error) };
    return;
  }
  const { text, warnings } = decodeBytes(path, bytes);
  if (HTML_FILE.test(path)) {
    yield { ok: true, source: { uri: path, mediaType: 'text/html', raw: text, hints: {}, warnings } };
    return;
  }
  yield { ok: true, source: textSource(path, text, warnings) };
}

async function* readStream(uri: string, stream: Readable): AsyncGenerator<ReadResult> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  const { text, warnings } = decodeBytes(uri, Buffer.concat(chunks));
  if (looksLikeJsonLines(text)) {
    let lineNumber = 0;
    for (const line of text.split('\n')) {
      const result = parseJsonLine(uri, ++lineNumber, line);
      if (result) yield result;
    }
    return;
  }
  yield { ok: true, source: textSource(uri, text, warnings) };
}

async function* readJsonLines(path: string, stream: Readable): AsyncGenerator<ReadResult> {
  let lineNumber = 0;
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      const result = parseJsonLine(path, ++lineNumber, line);
      if (result) yield result;
    }
  } catch (error) {
    yield { ok: false, uri: path, error: describe(error) };
  }
}

function looksLikeJsonLines(text: string): boolean {
  const first = text.trimStart();
  return first.startsWith('{') && first.slice(0, first.indexOf('\n') + 1 || undefined).trimEnd().endsWith('}');
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}

export type { Source };
