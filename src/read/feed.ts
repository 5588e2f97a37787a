// RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed → one Source per item, its text taken from the item's content or
// description (HTML turned into paragraphs). The item's link, title, id and date become the Source's hints, so a
// caller that fetches the linked page (dyad's --fetch) can still fall back on them. A broken item is one error
// naming the feed and the item; the other items are read.
import { DOMParser, parseHTML } from 'linkedom';
import { isoDate } from '../clean/html-meta.ts';
import { blockParagraphs } from '../clean/html-text.ts';
import type { Source } from '../doc.ts';
import type { LineResult as ReadResult } from './jsonl.ts';

type Item = { id?: string; url?: string; title?: string; date?: string; html?: string; text?: string };

/** True when the text starts like an RSS, RDF or Atom document, or is a JSON Feed. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\//.test(head);
  return /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b/.test(head);
}

export function readFeed(uri: string, text: string): ReadResult[] {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  let items: (Item | string)[];
  try {
    items = body.startsWith('{') ? jsonFeedItems(body) : xmlFeedItems(body);
  } catch (error) {
    return [{ ok: false, uri, error: (error as Error).message }];
  }
  if (items.length === 0) return [{ ok: false, uri, error: 'the feed has no items' }];
  return items.map((item, index) => itemSource(uri, index + 1, item));
}

function itemSource(feedUri: string, number: number, item: Item | string): ReadResult {
  const uri = `${feedUri}#item-${number}`;
  if (typeof item === 'string') return { ok: false, uri, error: `item ${number}: ${item}` };
  const text = item.html !== undefined ? htmlToText(item.html) : (item.text ?? '').trim();
  if (!text && !item.url) return { ok: false, uri, error: `item ${number} has neither text (content, description) nor a link` };
  const hints: Source['hints'] = {};
  if (item.id) hints.id = item.id;
  if (item.url) hints.url = item.url;
  if (item.title) hints.title = htmlToText(item.title);
  const date = isoDate(item.date ?? null);
  if (date) hints.date = date;
  const warnings = item.date && !date ? [`${uri}: the item date "${item.date}" could not be read`] : [];
  if (!text) warnings.push(`${uri}: the item has no text of its own; fetch its link for the article`);
  return { ok: true, source: { uri, mediaType: 'text/plain', raw: text, hints, warnings } };
}

function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blockParagraphs(document.body).join('\n\n');
}

function xmlFeedItems(xml: string): (Item | string)[] {
  // linkedom's own types describe its XML document loosely; it implements the DOM Document used here.
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  const root = document.documentElement;
  const rootName = root ? bareName(root) : '';
  if (rootName !== 'rss' && rootName !== 'feed' && rootName !== 'rdf') {
    throw new Error(`not an RSS or Atom feed (the document starts with <${root?.tagName ?? '?'}>)`);
  }
  const entries = [...document.querySelectorAll('*')].filter((element) => {
    const name = bareName(element);
    return name === 'item' || name === 'entry';
  });
  return entries.map((entry) => (rootName === 'feed' ? atomItem(entry) : rssItem(entry)));
}

function rssItem(entry: Element): Item {
  const field = fields(entry);
  const guid = field('guid');
  // A guid is the item's address unless it says isPermaLink="false".
  const permalink = guid && /^https?:\/\//.test(guid) && field('guid', 'isPermaLink') !== 'false' ? guid : undefined;
  return {
    id: guid,
    url: field('link') ?? entry.getAttribute('rdf:about') ?? permalink ?? undefined,
    title: field('title'),
    date: field('pubdate') ?? field('date') ?? field('published') ?? field('updated'),
    html: field('encoded') ?? field('description') ?? field('content') ?? field('summary'),
  };
}

function atomItem(entry: Element): Item {
  const field = fields(entry);
  const links = [...entry.children].filter((child) => bareName(child) === 'link');
  const link = links.find((child) => (child.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  const content = [...entry.children].find((child) => bareName(child) === 'content') ?? [...entry.children].find((child) => bareName(child) === 'summary');
  const type = content?.getAttribute('type') ?? 'text';
  return {
    id: field('id'),
    url: link?.getAttribute('href') ?? undefined,
    title: field('title'),
    date: field('published') ?? field('updated') ?? field('issued'),
    ...(type === 'text' ? { text: content?.textContent ?? undefined } : { html: type === 'xhtml' ? content?.innerHTML : content?.textContent ?? undefined }),
  };
}

/** The trimmed text of an entry's first child element with this (unprefixed, lower-case) name. */
function fields(entry: Element): (name: string, attribute?: string) => string | undefined {
  return (name, attribute) => {
    const child = [...entry.children].find((element) => bareName(element) === name);
    const value = attribute ? child?.getAttribute(attribute) : child?.textContent;
    return value?.trim() || undefined;
  };
}

const bareName = (element: Element): string => element.tagName.toLowerCase().replace(/^[\w.-]+:/, '');

function jsonFeedItems(json: string): (Item | string)[] {
  let feed: unknown;
  try {
    feed = JSON.parse(json);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`);
  }
  const items = (feed as { items?: unknown }).items;
  if (!Array.isArray(items)) throw new Error('a JSON Feed needs an "items" array');
  return items.map((raw) => {
    if (typeof raw !== 'object' || raw === null) return 'not a JSON object';
    const item = raw as Record<string, unknown>;
    const text = (key: string): string | undefined => (typeof item[key] === 'string' ? (item[key] as string) : undefined);
    const html = text('content_html');
    return {
      id: text('id') ?? (typeof item.id === 'number' ? String(item.id) : undefined),
      url: text('url') ?? text('external_url'),
      title: text('title'),
      date: text('date_published') ?? text('date_modified'),
      ...(html !== undefined ? { html } : { text: text('content_text') ?? text('summary') }),
    };
  });
}
