// A web page → its article body as plain text (paragraphs separated by blank lines) and its metadata.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { authorName, pageMeta } from './html-meta.ts';
import { removeFurniture } from './html-furniture.ts';
import { pruneStructure } from './html-prune.ts';
import { keepBodyParagraphs } from './html-paragraphs.ts';
import { blockParagraphs } from './html-text.ts';

const EMPTY = { text: '', title: null, url: null, siteName: null, author: null, published: null };

export type Extracted = {
  text: string;
  title: string | null;
  url: string | null;
  siteName: string | null;
  author: string | null;
  /** YYYY-MM-DD or null. */
  published: string | null;
  warnings: string[];
};

// Markup left after scripts and styles are cut; real article pages stay far below it. Parsing grows with the
// size of the page (a 50 MB page takes half a minute and 2 GB), so beyond it the page is cut and a warning says so.
const MAX_MARKUP = 3_000_000;
// Script bodies are most of the bytes of a modern page and never article text; JSON-LD scripts hold metadata.
const SCRIPT_OR_STYLE = /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi;

export function extractHtml(raw: string, uri: string): Extracted {
  const warnings: string[] = [];
  if (/\u0000/.test(raw.slice(0, 8192))) {
    return { ...EMPTY, warnings: [`${uri}: binary content, not an HTML page`] };
  }
  let markup = raw.replace(SCRIPT_OR_STYLE, '');
  if (markup.length > MAX_MARKUP) {
    warnings.push(`${uri}: the page is ${(markup.length / 1e6).toFixed(1)} MB of markup; only the first ${MAX_MARKUP / 1e6} MB were read`);
    const cut = markup.lastIndexOf('<', MAX_MARKUP);
    markup = markup.slice(0, cut > MAX_MARKUP / 2 ? cut : MAX_MARKUP);
  } else if (!/<\/(?:body|html)\s*>/i.test(markup.slice(-4096))) {
    warnings.push(`${uri}: the page ends without </body> or </html>; it may be truncated`);
  }
  const { document } = parseHTML(markup);
  const meta = pageMeta(document, uri);
  pruneStructure(document);
  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    article = new Readability<Node>(document, { serializer: (node) => node, keepClasses: true }).parse();
  } catch (error) {
    warnings.push(`${uri}: the article body could not be extracted (${(error as Error).message})`);
  }
  const container = article?.content ? (article.content as Element) : null;
  if (container) removeFurniture(container, meta.url);
  const paragraphs = container ? blockParagraphs(container) : [];
  const text = keepBodyParagraphs(paragraphs, meta.title ?? article?.title ?? null).join('\n\n');
  if (!text) warnings.push(`${uri}: no article text found in the page`);
  return {
    text,
    title: meta.title ?? article?.title ?? null,
    url: meta.url,
    siteName: meta.siteName ?? article?.siteName ?? null,
    author: meta.author ?? authorName(article?.byline ?? null),
    published: meta.published,
    warnings,
  };
}
