// Double quote marks paired into spans, one paragraph at a time. Single marks are left alone: they are
// apostrophes far more often than quotes, and inside a double-quoted span they nest without changing it.
// A paragraph that opens a quote and does not close it continues into the next paragraph when that one opens
// with a mark (the news convention for long quotes); otherwise the quote is closed at the paragraph end.

export type Paragraph = { start: number; end: number };

export type MarkSpan = {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end when the quote was never closed. */
  close: number;
  closed: boolean;
  /** The quoted words: inside the marks, trimmed of spaces and of a trailing comma. */
  contentStart: number;
  contentEnd: number;
  /** Paragraph index of the opening mark. */
  paragraph: number;
};

const OPENING = new Set(['“', '„', '«', '‟']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';
/** Every double mark, found by one scan instead of a test per character. */
const MARK = /["“”„«»‟]/g;

export function isDoubleMark(char: string): boolean {
  return char === STRAIGHT || OPENING.has(char) || CLOSING.has(char);
}

/** Paragraphs are blank-line separated blocks; a text without blank lines has one paragraph a line. */
export function paragraphs(text: string): Paragraph[] {
  const breaks = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  const result: Paragraph[] = [];
  let start = 0;
  for (const found of text.matchAll(breaks)) {
    const end = trimEnd(text, start, found.index);
    if (end > start) result.push({ start, end });
    start = found.index + found[0].length;
  }
  const end = trimEnd(text, start, text.length);
  if (end > start) result.push({ start, end });
  return result;
}

export function pairMarks(text: string, paras: Paragraph[]): { spans: MarkSpan[]; warnings: string[] } {
  const spans: MarkSpan[] = [];
  const warnings: string[] = [];
  let openAt = -1;
  let openParagraph = -1;
  const finish = (close: number, closed: boolean): void => {
    spans.push(makeSpan(text, openAt, close, closed, openParagraph));
    openAt = -1;
  };
  for (let p = 0; p < paras.length; p++) {
    const { start, end } = paras[p];
    let i = start;
    if (openAt >= 0) {
      // Carried over from the previous paragraph: this paragraph re-opens the same quote.
      i = skipSpaces(text, start, end) + 1;
    }
    MARK.lastIndex = i;
    for (let found = MARK.exec(text); found !== null && found.index < end; found = MARK.exec(text)) {
      i = found.index;
      const char = text[i];
      if (openAt < 0) {
        if (CLOSING.has(char) && !startsWord(text, i + 1, end)) {
          warnings.push(`quotes: stray closing mark at ${i} ignored`);
          continue;
        }
        openAt = i;
        openParagraph = p;
      } else if (OPENING.has(char) && !(text[openAt] === '„' && char === '“')) {
        // („ … “ is the German pair; any other opening mark here is a new quote.)
        // An opening mark inside an open quote: the earlier quote lost its closing mark.
        warnings.push(`quotes: quote opened at ${openAt} has no closing mark; closed before the next quote at ${i}`);
        finish(trimEnd(text, openAt + 1, i), false);
        openAt = i;
        openParagraph = p;
      } else {
        finish(i, true);
      }
    }
    if (openAt >= 0) {
      const next = paras[p + 1];
      const reopens = next !== undefined && isOpeningMark(text[skipSpaces(text, next.start, next.end)]);
      if (!reopens) {
        warnings.push(`quotes: quote opened at ${openAt} is not closed by the paragraph end at ${end}; closed there`);
        finish(end, false);
      }
    }
  }
  return { spans, warnings };
}

function makeSpan(text: string, open: number, close: number, closed: boolean, paragraph: number): MarkSpan {
  const contentStart = skipSpaces(text, open + 1, close);
  let contentEnd = trimEnd(text, contentStart, close);
  if (text[contentEnd - 1] === ',') contentEnd = trimEnd(text, contentStart, contentEnd - 1);
  return { open, close, closed, contentStart, contentEnd, paragraph };
}

function isOpeningMark(char: string | undefined): boolean {
  return char !== undefined && (char === STRAIGHT || OPENING.has(char));
}

function startsWord(text: string, at: number, end: number): boolean {
  return at < end && /[\p{L}\p{N}]/u.test(text[at]);
}

function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && /\s/.test(text[i])) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}
