// A page's title, canonical URL, site name, author and publication date, from the sources publishers fill in, in
// order of trust: JSON-LD (schema.org NewsArticle and kin), OpenGraph and other <meta> tags, <time>, the URL.
// The URL is the exception: <link rel=canonical> and og:url come first, because JSON-LD "url" is often the
// site's home page or a "#webpage" node id.

export type PageMeta = {
  title: string | null;
  url: string | null;
  siteName: string | null;
  author: string | null;
  published: string | null;
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = /(?:Article|BlogPosting|SocialMediaPosting|Report|WebPage|ItemPage)$/;

const DATE_META = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'publishdate',
  'publish-date', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'dc.date.issued', 'dcterms.created',
  'dcterms.date', 'citation_publication_date', 'citation_date', 'date', 'og:published_time', 'article.published',
  'published-date', 'release_date', 'cxenseparse:recs:publishtime', 'article:modified_time', 'og:updated_time',
  'dateModified', 'last-modified',
];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function pageMeta(document: Document, uri: string): PageMeta {
  const ld = jsonLd(document);
  const meta = metaTags(document);
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null;
  const url =
    absoluteUrl(canonical, uri) ??
    absoluteUrl(meta.get('og:url') ?? null, uri) ??
    absoluteUrl(stringOf(ld.article?.url) ?? idOf(ld.article?.mainEntityOfPage), uri) ??
    absoluteUrl(uri, uri);
  const title =
    clean(stringOf(ld.article?.headline) ?? stringOf(ld.article?.name)) ??
    clean(meta.get('og:title') ?? meta.get('twitter:title') ?? null) ??
    clean(document.querySelector('title')?.textContent ?? null);
  const siteName =
    clean(nameOf(ld.article?.publisher)) ?? clean(meta.get('og:site_name') ?? meta.get('application-name') ?? null);
  const metaAuthor = meta.get('author') ?? meta.get('article:author') ?? meta.get('parsely-author') ?? meta.get('sailthru.author') ?? null;
  const author = authorName(namesOf(ld.article?.author)) ?? authorName(metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor : null);
  const datePublished = document.querySelector('[itemprop="datePublished" i]');
  const published =
    isoDate(stringOf(ld.article?.datePublished) ?? stringOf(ld.article?.dateCreated)) ??
    firstDate(ld.all.map((object) => stringOf(object.datePublished))) ??
    firstDate(DATE_META.map((name) => meta.get(name.toLowerCase()) ?? null)) ??
    firstDate([datePublished?.getAttribute('content') ?? datePublished?.getAttribute('datetime') ?? datePublished?.textContent ?? null]) ??
    timeElementDate(document) ??
    datedElement(document) ??
    (url ? urlDate(url) : null) ??
    urlDate(uri);
  return { title, url, siteName, author, published };
}

function jsonLd(document: Document): { article: JsonObject | null; all: JsonObject[] } {
  const all: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    const value = lenientJson(script.textContent ?? '');
    if (value !== undefined) collectObjects(value, all);
  }
  const isArticle = (object: JsonObject): boolean => typesOf(object['@type']).some((type) => ARTICLE_TYPES.test(type));
  const articles = all.filter(isArticle);
  // A page that describes itself as WebPage and also as NewsArticle: the article says more.
  const article = articles.find((object) => !typesOf(object['@type']).some((type) => /Page$/.test(type))) ?? articles[0] ?? null;
  return { article, all };
}

// Publishers' JSON-LD is hand-templated: raw newlines inside strings, HTML comments around it, trailing commas.
function lenientJson(text: string): Json | undefined {
  const unwrapped = text.replace(/^\s*<!--|-->\s*$/g, '').replace(/[\n\r\t]+/g, ' ');
  for (const candidate of [unwrapped, unwrapped.replace(/,\s*([\]}])/g, '$1')]) {
    try {
      return JSON.parse(candidate) as Json;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

function collectObjects(value: Json, found: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, found);
  } else if (value && typeof value === 'object') {
    found.push(value);
    if (value['@graph']) collectObjects(value['@graph'], found);
  }
}

const typesOf = (value: Json | undefined): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function stringOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return stringOf(value[0]);
  return null;
}

function idOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) return stringOf(value['@id']) ?? stringOf(value.url);
  return null;
}

function nameOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') return stringOf(value.name);
  return null;
}

function namesOf(value: Json | undefined): string | null {
  const names = (Array.isArray(value) ? value : [value]).map(nameOf).filter((name): name is string => !!name && !/^https?:/i.test(name));
  return names.length > 0 ? [...new Set(names.map((name) => name.trim()))].join(', ') : null;
}

function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of document.querySelectorAll('meta[content]')) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const content = element.getAttribute('content')?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

function timeElementDate(document: Document): string | null {
  const times = [...document.querySelectorAll('time[datetime]')];
  const preferred = times.find((time) => time.hasAttribute('pubdate') || /publish|posted|date-?time/i.test(`${time.className} ${time.getAttribute('itemprop') ?? ''}`));
  return firstDate([preferred, ...times].map((time) => time?.getAttribute('datetime') ?? null));
}

// The last resort before the URL: a short element whose class says it holds the date ("Posted: Fri 6:45 PM, Feb
// 16, 2018", "Published: Monday, November 18th, 2019").
function datedElement(document: Document): string | null {
  for (const element of document.querySelectorAll('[class*="date" i], [class*="time" i], [class*="publish" i], [class*="posted" i]')) {
    const text = element.textContent ?? '';
    if (text.length <= 80) {
      const date = isoDate(text);
      if (date) return date;
    }
  }
  return null;
}

function firstDate(values: (string | null)[]): string | null {
  for (const value of values) {
    const date = isoDate(value);
    if (date) return date;
  }
  return null;
}

/**
 * YYYY-MM-DD as the publisher wrote it: "2019-11-20T23:30:00-05:00" is the 20th, the day on the publisher's
 * clock, not the UTC day. Also reads "20 November 2019", "Nov. 20, 2019", "20191120" and Unix seconds.
 */
export function isoDate(value: string | null): string | null {
  if (!value) return null;
  const text = value.trim();
  let match = /^(\d{4})-?(\d{2})-?(\d{2})(?:\b|T|\s|$)/.exec(text);
  if (match) return validDate(+match[1], +match[2], +match[3]);
  match = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(text);
  if (match) return validDate(+match[1], +match[2], +match[3]);
  // Dates inside a longer text ("Posted: Fri 6:45 PM, Feb 16, 2018") are read wherever they stand.
  match = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/i.exec(text);
  if (match) return validDate(+match[3], MONTHS.indexOf(match[2].toLowerCase()) + 1, +match[1]);
  match = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(text);
  if (match) return validDate(+match[3], MONTHS.indexOf(match[1].toLowerCase()) + 1, +match[2]);
  if (/^\d{10}(?:\d{3})?$/.test(text)) {
    const date = new Date(text.length === 10 ? +text * 1000 : +text);
    return validDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  return null;
}

function validDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Dates in article URLs: /2019/11/20/, /2019-11-20/, /20191120/. A bare /2019/11/ is not enough for a day. */
export function urlDate(url: string): string | null {
  const match = /[/_-]((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)/.exec(url) ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(url);
  return match ? validDate(+match[1], +match[2], +match[3]) : null;
}

function absoluteUrl(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), /^https?:\/\//i.test(base) ? base : undefined);
    url.hash = '';
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** "By TOM KRISHER, AP Auto Writer" → "TOM KRISHER, AP Auto Writer"; a date run into the name is cut off. */
export function authorName(value: string | null): string | null {
  const name = clean(value)
    ?.replace(/^by\s+/i, '')
    .replace(/\s*[|–—-]?\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}).*$/i, '')
    .trim();
  return name || null;
}

function clean(value: string | null): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? decodeEntities(text) : null;
}

// JSON-LD and attribute values sometimes carry entities encoded twice ("&amp;#8217;").
function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d{1,7});/g, (entity, code: string) => fromCode(+code, entity))
    .replace(/&#x([0-9a-f]{1,6});/gi, (entity, code: string) => fromCode(parseInt(code, 16), entity))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

const fromCode = (code: number, entity: string): string => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity);
