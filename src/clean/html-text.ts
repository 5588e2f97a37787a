// An element's visible text as paragraphs, one per block element, with <br> kept as a line break inside one.

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT']);
const CELLS = new Set(['TD', 'TH']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function blockParagraphs(root: Element): string[] {
  const paragraphs: string[] = [];
  let line = '';
  const lines: string[] = [];
  const endLine = (): void => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    lines.length = 0;
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      endLine();
      return;
    }
    if (tag === 'PRE') {
      endParagraph();
      paragraphs.push(...(node.textContent ?? '').split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean));
      return;
    }
    const block = BLOCKS.has(tag);
    // Table cells of one row stay on one line, like a sentence; each row is its own paragraph.
    if (CELLS.has(tag)) line += ' ';
    else if (block) endParagraph();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block && !CELLS.has(tag)) endParagraph();
  };
  walk(root);
  endParagraph();
  return paragraphs;
}
