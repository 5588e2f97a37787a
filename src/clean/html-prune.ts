// Before Readability picks the article container: remove the page parts that are never the story (scripts,
// navigation, asides, headers and footers, figures and their captions, hidden elements), and lift embedded posts
// (tweets, Instagram) out of wrappers whose class names Readability would discard as "social".

const NEVER_TEXT = 'script, style, noscript, template, iframe, svg, canvas, object, embed, link, meta';
const STRUCTURE =
  'nav, aside, footer, header, figure, figcaption, dialog, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [role="dialog"], [hidden], [aria-hidden="true"]';
export const EMBEDS = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.reddit-card';
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function pruneStructure(document: Document): void {
  const body = document.body;
  if (!body) return;
  for (const element of body.querySelectorAll(NEVER_TEXT)) element.remove();
  liftEmbeds(document);
  const pageLength = textLength(body);
  const doomed: Element[] = [];
  for (const element of body.querySelectorAll(STRUCTURE)) {
    // Some sites put the whole story in a <header> or an <aside>; an element with much of the page's text stays.
    if (!element.closest(EMBEDS) && textLength(element) < pageLength * 0.4) doomed.push(element);
  }
  for (const element of body.querySelectorAll('[style]')) {
    if (HIDDEN_STYLE.test(element.getAttribute('style') ?? '') && !element.closest(EMBEDS)) doomed.push(element);
  }
  for (const element of doomed) element.remove();
}

function liftEmbeds(document: Document): void {
  for (const embed of document.querySelectorAll(EMBEDS)) {
    let wrapper = embed.parentElement;
    for (let depth = 0; wrapper && depth < 3; depth++, wrapper = wrapper.parentElement) {
      if (wrapper.textContent?.trim() === embed.textContent?.trim() && /social|embed|share|twitter|instagram/i.test(`${wrapper.className} ${wrapper.id}`)) {
        wrapper.replaceWith(embed);
        break;
      }
    }
  }
}

export const textLength = (element: Element): number => (element.textContent ?? '').replace(/\s+/g, ' ').length;
