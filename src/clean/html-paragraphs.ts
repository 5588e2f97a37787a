// The extracted paragraphs, less the lines that describe the article instead of telling it: the headline
// repeated, date and byline lines at the top or bottom, photo captions that end in a credit, lines of
// punctuation. (Wire stories separate their sections with a line of underscores; that line is kept.)

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_OR_TIME = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}\\b`,
    '\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\b',
    '\\b\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?',
  ].join('|'),
  'i',
);
// Words a date line is made of besides the date itself ("Posted: Fri 6:45 PM, Feb 16, 2018 | Updated …").
const DATE_LINE_WORDS =
  /^(?:posted|updated|published|modified|last|first|on|at|by|date|time|am|pm|a\.m\.|p\.m\.|gmt|utc|[ecmp][sd]t|bst|cet|ist|mon|tue|wed|thu|fri|sat|sun|[a-z]+day|\d+|of)$/i;
// A caption: a line that ends in a photo credit.
const CREDIT_END =
  /(?:\((?:[A-Z]+\s+)?(?:photo|image|picture|file|video)s?\b[^)]*\)|\b(?:photo|image|picture)?\s*credits?\s*:.{1,80}|©.{1,80}|\bgetty images(?:\s+for\s+.{1,40})?|\bshutterstock|\bimage copyright\s.{1,60})\s*$/i;
const EDGE = 3;

export function keepBodyParagraphs(paragraphs: string[], title: string | null): string[] {
  const headline = title ? normalise(title) : null;
  return paragraphs.filter((paragraph, index) => {
    if (!/[\p{L}\p{N}_]/u.test(paragraph)) return false;
    const words = paragraph.split(/\s+/);
    if (words.length <= 60 && CREDIT_END.test(paragraph)) return false;
    const atEdge = index < EDGE || index >= paragraphs.length - EDGE;
    if (!atEdge || words.length > 14) return true;
    if (headline && normalise(paragraph) === headline) return false;
    return !isDateLine(paragraph);
  });
}

/** A line that is a date or time plus the words that introduce one; "By NAME - 11/18/19 11:04 PM EST" too. */
function isDateLine(line: string): boolean {
  if (!DATE_OR_TIME.test(line)) return false;
  const rest = line
    .replace(new RegExp(DATE_OR_TIME.source, 'gi'), ' ')
    .replace(/^\s*by\s+[^|–—-]{1,40}[|–—-]/i, ' ')
    .split(/[\s,;:|/–—-]+/)
    .filter((word) => word !== '' && !DATE_LINE_WORDS.test(word));
  return rest.length <= 1;
}

const normalise = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
