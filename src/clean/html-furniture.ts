// Inside the container Readability chose: remove the elements whose class or id names page furniture (share bars,
// bylines, captions, related links, newsletter boxes, hover cards), unless one holds much of the story.
import { EMBEDS, textLength } from './html-prune.ts';

// Matched against each word of a class or id (split on -, _, spaces and camelCase humps), so "share-bar",
// "article_related" and "imageEmbedCaption" match but "shareholders" and "unrelated" do not.
const FURNITURE_WORD =
  /^(?:related|recommended|recommendations|recirc|share|sharing|sharebar|social|newsletter|newsletters|promo|promotion|subscribe|subscription|signup|paywall|byline|bylines|author|authors|timestamp|dateline|breadcrumb|breadcrumbs|tags|tag|topics|comments|comment|caption|captions|credit|credits|figcaption|advert|advertisement|ad|ads|adslot|sponsor|sponsored|outbrain|taboola|trending|popular|mostread|tooltip|hovercard|rollover|popup|modal|gallery|slideshow|carousel|toolbar|nav|navigation|menu|sidebar|footer|masthead|disclaimer|copyright|bio|teaser|teasers|widget|more|readmore|also|pagination|skip|print|meta)$/i;

export function removeFurniture(container: Element, pageUrl: string | null): void {
  const storyLength = textLength(container);
  const doomed: Element[] = [];
  for (const element of container.querySelectorAll('[class], [id]')) {
    if (element.closest(EMBEDS) || element.querySelector(EMBEDS)) continue;
    if (isFurniture(element) && textLength(element) < storyLength * 0.4) doomed.push(element);
  }
  for (const element of doomed) element.remove();
  removeLinkBlocks(container, pageUrl ? siteOf(pageUrl) : null);
}

// A paragraph or list item that is nothing but links to the same site is a pointer to another story ("Related:
// …", teaser headlines, "More:" lists); a list of them goes whole, with its short lead-in ("You may also like…").
// Links to other sites stay: they are the article's sources, or the shops a buying guide sends readers to.
const LINK_BLOCKS = 'p, li, h2, h3, h4, h5, h6, dt, dd';
const LEAD_IN = /(?::|\.\.\.|…)$/;

function removeLinkBlocks(container: Element, site: string | null): void {
  const doomed = new Set<Element>();
  for (const block of container.querySelectorAll(LINK_BLOCKS)) {
    if (isLinkBlock(block, site)) doomed.add(block);
  }
  for (const list of container.querySelectorAll('ul, ol')) {
    const items = [...list.children].filter((child) => child.tagName === 'LI');
    if (items.length >= 2 && items.filter((item) => doomed.has(item)).length >= items.length * 0.6) {
      doomed.add(list);
      const leadIn = list.previousElementSibling;
      if (leadIn && isLeadIn(leadIn)) doomed.add(leadIn);
    }
  }
  for (const element of doomed) element.remove();
}

function isLinkBlock(block: Element, site: string | null): boolean {
  if (block.closest(EMBEDS)) return false;
  const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text === '' || text.split(' ').length > 25) return false;
  let linked = 0;
  for (const link of block.querySelectorAll('a')) {
    if (!isInternal(link.getAttribute('href') ?? '', site)) return false;
    linked += (link.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  }
  return linked / text.length >= 0.8;
}

function isInternal(href: string, site: string | null): boolean {
  if (!/^(?:https?:)?\/\//i.test(href)) return !/^(?:mailto|tel|javascript):/i.test(href);
  try {
    return site !== null && siteOf(new URL(href, 'https://example.invalid').href) === site;
  } catch {
    return false;
  }
}

// The registrable part of a host, near enough: "www.bbc.co.uk" → "bbc.co.uk", "edition.cnn.com" → "cnn.com".
function siteOf(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.split('.');
  const keep = labels.length >= 3 && /^(?:co|com|org|net|gov|ac|edu|ne|or)$/.test(labels.at(-2) ?? '') ? 3 : 2;
  return labels.slice(-keep).join('.');
}

function isLeadIn(element: Element): boolean {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.split(' ').length <= 6 && (LEAD_IN.test(text) || /^H[2-6]$/.test(element.tagName) || text === text.toUpperCase());
}

function isFurniture(element: Element): boolean {
  const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/);
  return words.some((word) => word !== '' && FURNITURE_WORD.test(word));
}
