// One URL → its bytes, politely and safely: http(s) only, a deadline for the whole exchange, a cap on the bytes
// read (after decompression, so a small gzip bomb cannot fill memory), a limit on redirects (and loops named as
// such), our user agent, gzip/deflate/brotli, and at most a few requests at a time to any one host.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

export type FetchOptions = {
  /** Deadline for connecting, the headers and the whole body, per request (default 20 s). */
  timeoutMs?: number;
  /** Largest body read, after decompression (default 10 MB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  userAgent?: string;
  /** Requests in flight to one host at a time (default 2). */
  perHost?: number;
  /** Sent as Accept. */
  accept?: string;
};

export type Fetched = { url: string; status: number; contentType: string; body: Buffer };

export const USER_AGENT = 'dyad/0.1 (news event coder)';
const DEFAULTS = { timeoutMs: 20_000, maxBytes: 10_000_000, maxRedirects: 5, perHost: 2 };
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Fetches a URL; rejects with an Error whose message names the URL and what went wrong. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const settings = { ...DEFAULTS, ...options };
  const seen = new Set<string>();
  let current = checkedUrl(url, url);
  for (let redirects = 0; ; redirects++) {
    seen.add(current.href);
    const response = await withHostSlot(current.host, settings.perHost, () => requestOnce(current, settings));
    if (!REDIRECTS.has(response.status)) {
      if (response.status < 200 || response.status > 299) throw new Error(`${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      return { url: current.href, status: response.status, contentType: response.contentType, body: response.body };
    }
    if (!response.location) throw new Error(`${url}: HTTP ${response.status} redirect without a Location`);
    const next = checkedUrl(new URL(response.location, current).href, url);
    if (seen.has(next.href)) throw new Error(`${url}: redirect loop (${next.href} again after ${redirects + 1} redirects)`);
    if (redirects + 1 > settings.maxRedirects) throw new Error(`${url}: too many redirects (more than ${settings.maxRedirects})`);
    current = next;
  }
}

function checkedUrl(value: string, original: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${original}: not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${original}: refused: only http and https URLs are fetched, not ${url.protocol.replace(/:$/, '')}`);
  }
  return url;
}

type Response = { status: number; statusText: string; contentType: string; location: string | null; body: Buffer };

function requestOnce(url: URL, settings: typeof DEFAULTS & FetchOptions): Promise<Response> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const fail = (message: string): void => {
      clearTimeout(timer);
      request.destroy();
      reject(new Error(`${url.href}: ${message}`));
    };
    const timer = setTimeout(() => fail(`timed out after ${settings.timeoutMs / 1000} s`), settings.timeoutMs);
    const request = send(url, {
      method: 'GET',
      headers: {
        'user-agent': settings.userAgent ?? USER_AGENT,
        accept: settings.accept ?? 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.8',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    request.on('error', (error) => fail(error.message));
    request.on('response', (response: IncomingMessage) => {
      const status = response.statusCode ?? 0;
      const head = {
        status,
        statusText: response.statusMessage ?? '',
        contentType: String(response.headers['content-type'] ?? ''),
        location: response.headers.location ?? null,
      };
      if (REDIRECTS.has(status) || status < 200 || status > 299) {
        response.resume();
        clearTimeout(timer);
        resolve({ ...head, body: Buffer.alloc(0) });
        return;
      }
      const declared = Number(response.headers['content-length']);
      if (declared > settings.maxBytes && !response.headers['content-encoding']) {
        fail(`larger than the ${settings.maxBytes} byte limit (Content-Length ${declared})`);
        return;
      }
      response.on('error', (error) => fail(`the connection failed while reading the body: ${error.message}`));
      let body: Readable;
      try {
        body = decoded(response, String(response.headers['content-encoding'] ?? ''));
      } catch (error) {
        fail((error as Error).message);
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      body.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > settings.maxBytes) {
          body.destroy();
          fail(`larger than the ${settings.maxBytes} byte limit`);
          return;
        }
        chunks.push(chunk);
      });
      body.on('error', (error) => fail(`could not read the body: ${error.message}`));
      body.on('end', () => {
        clearTimeout(timer);
        resolve({ ...head, body: Buffer.concat(chunks) });
      });
    });
    request.end();
  });
}

function decoded(response: IncomingMessage, encoding: string): Readable {
  switch (encoding.trim().toLowerCase()) {
    case '':
    case 'identity':
      return response;
    case 'gzip':
    case 'x-gzip':
      return response.pipe(createGunzip());
    case 'deflate':
      return response.pipe(createInflate());
    case 'br':
      return response.pipe(createBrotliDecompress());
    default:
      throw new Error(`unsupported Content-Encoding "${encoding}"`);
  }
}

// Per-host slots: a queue of waiters for each host with all its slots taken.
const hosts = new Map<string, { active: number; waiting: (() => void)[] }>();

async function withHostSlot<T>(host: string, limit: number, work: () => Promise<T>): Promise<T> {
  const state = hosts.get(host) ?? { active: 0, waiting: [] };
  hosts.set(host, state);
  if (state.active >= limit) await new Promise<void>((resolve) => state.waiting.push(resolve));
  state.active++;
  try {
    return await work();
  } finally {
    state.active--;
    const next = state.waiting.shift();
    if (next) next();
    else if (state.active === 0) hosts.delete(host);
  }
}
