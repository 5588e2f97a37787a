// Fetches one web page for the Playground's "code this URL". The server fetches on the caller's behalf, so
// by default it refuses addresses inside this machine or its network (checked on the address actually
// connected to, so a name that resolves inward is refused too), follows at most a few redirects, and stops at a
// size and a time limit.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { decodeBytes } from '../read/decode.ts';
import { HttpError } from './route.ts';

export type FetchedPage = { url: string; mediaType: 'text/html' | 'text/plain'; body: string; warnings: string[] };

export type FetchOptions = {
  /** Allow loopback and private addresses (tests, or a server that only its owner can reach). */
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
};

const INWARD = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 3],
] as const) {
  INWARD.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['::ffff:0:0', 96],
] as const) {
  INWARD.addSubnet(net, prefix, 'ipv6');
}

function inward(address: string): boolean {
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  return INWARD.check(address, family);
}

const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const outward = addresses.filter((entry) => !inward(entry.address));
    if (outward.length === 0) return callback(new Error(`${hostname} resolves to a private or loopback address`), '', 0);
    if (options.all) return callback(null, outward as unknown as string, 0);
    return callback(null, outward[0].address, outward[0].family);
  });
};

export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const maxBytes = options.maxBytes ?? 2_000_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  let current = new URL(url);
  for (let hop = 0; hop <= 3; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') throw new HttpError(400, 'bad-url', `${current.href}: only http and https pages can be fetched`);
    if (!options.allowPrivate && isIP(current.hostname.replace(/^\[|\]$/g, '')) && inward(current.hostname.replace(/^\[|\]$/g, ''))) {
      throw new HttpError(400, 'bad-url', `${current.href}: private and loopback addresses are not fetched`);
    }
    const response = await get(current, options.allowPrivate ? undefined : guardedLookup, timeoutMs);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      current = new URL(response.headers.location, current);
      continue;
    }
    if (status !== 200) {
      response.resume();
      throw new HttpError(502, 'fetch-failed', `${current.href} answered ${status}`);
    }
    const type = (response.headers['content-type'] ?? '').toLowerCase();
    const mediaType = type.includes('html') ? 'text/html' : type.startsWith('text/plain') ? 'text/plain' : null;
    if (mediaType === null) {
      response.resume();
      throw new HttpError(415, 'not-a-page', `${current.href} is ${type || 'of no stated type'}, not an HTML or text page`);
    }
    const { text, warnings } = decodeBytes(current.href, await readLimited(response, maxBytes, current.href));
    return { url: current.href, mediaType, body: text, warnings };
  }
  throw new HttpError(502, 'fetch-failed', `${url}: too many redirects`);
}

function get(url: URL, lookup: LookupFunction | undefined, timeoutMs: number): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(url, { method: 'GET', lookup, timeout: timeoutMs, headers: { accept: 'text/html, text/plain;q=0.9', 'user-agent': 'dyad' } }, resolve);
    request.on('timeout', () => request.destroy(new HttpError(504, 'fetch-timeout', `${url.href}: no answer within ${timeoutMs} ms`)));
    request.on('error', (error) => reject(error instanceof HttpError ? error : new HttpError(502, 'fetch-failed', `${url.href}: ${error.message}`)));
    request.end();
  });
}

async function readLimited(response: IncomingMessage, maxBytes: number, url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      response.destroy();
      throw new HttpError(413, 'page-too-large', `${url} is larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
