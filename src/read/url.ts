// http(s) URLs → Sources. A page becomes one HTML Source; a feed becomes one Source per item (with --fetch, each
// item's link is fetched and the page read instead); plain text and JSON Lines are read as such. Many URLs are
// fetched a few at a time (and at most FetchOptions.perHost per host) but reported in the order given.
import type { Source } from '../doc.ts';
import { decodeHtml } from './charset.ts';
import { looksLikeFeed, readFeed } from './feed.ts';
import { fetchUrl, type Fetched, type FetchOptions } from './fetch.ts';
import { parseJsonLine, type LineResult as ReadResult } from './jsonl.ts';
import { textSource } from './text.ts';

export type UrlOptions = FetchOptions & {
  /** Fetch the page each feed item links to, instead of using the item's own text. */
  fetchLinks?: boolean;
  /** URLs fetched at once across all hosts (default 8). */
  parallel?: number;
};

export const isUrl = (value: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(value);

/** Reads each URL in turn (fetching up to `parallel` ahead); results come in the order of the URLs. */
export async function* readUrls(urls: Iterable<string>, options: UrlOptions = {}): AsyncGenerator<ReadResult> {
  const window: Promise<ReadResult[]>[] = [];
  const parallel = Math.max(1, options.parallel ?? 8);
  for (const url of urls) {
    window.push(collect(readUrl(url, options)));
    if (window.length >= parallel) yield* (await window.shift()) ?? [];
  }
  while (window.length > 0) yield* (await window.shift()) ?? [];
}

export async function* readUrl(url: string, options: UrlOptions = {}): AsyncGenerator<ReadResult> {
  let fetched: Fetched;
  try {
    fetched = await fetchUrl(url, options);
  } catch (error) {
    yield failure(url, error);
    return;
  }
  const type = fetched.contentType.split(';')[0].trim().toLowerCase();
  let text: string;
  let warnings: string[];
  try {
    ({ text, warnings } = decodeHtml(url, fetched.body, fetched.contentType));
  } catch (error) {
    yield failure(url, error);
    return;
  }
  if (/(?:rss|atom|feed)\+(?:xml|json)$|^(?:application|text)\/xml$/.test(type) || looksLikeFeed(text)) {
    yield* readFeedItems(url, text, options);
    return;
  }
  if (type === 'text/html' || type === 'application/xhtml+xml' || (type === '' && /^\s*<(?:!doctype html|html)\b/i.test(text))) {
    // No url hint: the page's canonical link, read during extraction, names it better than the address we used.
    yield { ok: true, source: { uri: url, mediaType: 'text/html', raw: text, hints: {}, warnings } };
    return;
  }
  if (type === 'text/plain') {
    const source = textSource(url, text, warnings);
    yield { ok: true, source: { ...source, hints: { ...source.hints, url: fetched.url } } };
    return;
  }
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/json') {
    let lineNumber = 0;
    for (const line of text.split('\n')) {
      const result = parseJsonLine(url, ++lineNumber, line);
      if (result) yield result;
    }
    return;
  }
  yield { ok: false, uri: url, error: `cannot read content of type "${type || 'unknown'}"` };
}

/** A feed's items as Sources; with fetchLinks, each item's linked page instead (the item's hints kept). */
export async function* readFeedItems(uri: string, text: string, options: UrlOptions = {}): AsyncGenerator<ReadResult> {
  const items = readFeed(uri, text);
  if (!options.fetchLinks) {
    yield* items;
    return;
  }
  const fetchLink = async (item: ReadResult): Promise<ReadResult[]> => {
    if (!item.ok || !item.source.hints.url) return [item];
    const pages = await collect(readUrl(item.source.hints.url, { ...options, fetchLinks: false }));
    return pages.map((page) => (page.ok ? { ok: true, source: withFeedHints(page.source, item.source) } : page));
  };
  const parallel = Math.max(1, options.parallel ?? 8);
  for (let start = 0; start < items.length; start += parallel) {
    for (const batch of await Promise.all(items.slice(start, start + parallel).map(fetchLink))) yield* batch;
  }
}

// The page's own metadata is read later from its HTML; the feed's title, date and id fill in what the page lacks.
function withFeedHints(page: Source, item: Source): Source {
  return { ...page, hints: { ...item.hints, ...page.hints }, warnings: [...page.warnings] };
}

function failure(url: string, error: unknown): ReadResult {
  const message = (error as Error).message;
  return { ok: false, uri: url, error: message.startsWith(`${url}: `) ? message.slice(url.length + 2) : message };
}

async function collect<T>(results: AsyncGenerator<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const result of results) all.push(result);
  return all;
}
