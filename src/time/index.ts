// Time expressions, resolved against the article's date with chrono-node ("4-5 April" → 2023-04-04..05).
import * as chrono from 'chrono-node';
import type { Doc, TimeMention } from '../doc.ts';
import { tokenCovering } from '../nlp/offsets.ts';

type Components = { get(unit: 'year' | 'month' | 'day'): number | null; isCertain(unit: 'day' | 'month' | 'weekday'): boolean };

/** Words without which a sentence holds no date worth resolving: chrono runs only where one of them occurs. */
const DATE_HINT =
  /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|week|month|year|ago|weekend|noon|midnight|morning|afternoon|evening|day|night|hour|minute|earlier)/i;

const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const DIGIT = /[0-9]/;

/**
 * Chrono's parsers whose pattern cannot match without one of a few words, by class name, with those words: each
 * pattern is a plain sequence of parts (no top-level alternative) and one mandatory part is a choice among words
 * that all contain one of these ("september" contains "sep", "weekend" "week", "tmrw" "tmr"), or a digit, so
 * where none occurs the parser finds nothing and leaving it out of the parse changes nothing. The "3 days ago"
 * and "a week later" patterns try a long alternation at every position of a sentence.
 * test/time/gates.test.ts pins the patterns these were read from and compares gated with full parses.
 */
export const PARSER_GATES: Readonly<Record<string, RegExp>> = {
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|\+|-/i,
  ENRelativeDateFormatParser: /this|last|past|next/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENWeekdayParser: /mon|tue|wed|thu|fri|sat|sun|week/i,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENYearMonthNameParser: MONTH,
  ENYearMonthDayParser: DIGIT,
  ISOFormatParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  ENSlashMonthFormatParser: DIGIT,
  ENTimeExpressionParser: DIGIT,
};

/** Each distinct gate with the parsers it shuts, as bits over chrono.en.GB.parsers. */
const gates = [...new Set(Object.values(PARSER_GATES))].map((words) => ({
  words,
  shuts: chrono.en.GB.parsers.reduce((bits, parser, p) => (PARSER_GATES[parser.constructor.name] === words ? bits | (1 << p) : bits), 0),
}));
const parsersFor = new Map<number, chrono.Chrono>();

/** chrono.en.GB without the parsers whose words `text` lacks, one instance for each set left out. */
export function chronoFor(text: string): chrono.Chrono {
  let out = 0;
  for (const gate of gates) if (!gate.words.test(text)) out |= gate.shuts;
  let parser = parsersFor.get(out);
  if (parser === undefined) {
    const { parsers, refiners } = chrono.en.GB;
    parser = new chrono.Chrono({ parsers: parsers.filter((_, p) => (out & (1 << p)) === 0), refiners });
    parsersFor.set(out, parser);
  }
  return parser;
}

export function findTimes(doc: Doc): TimeMention[] {
  if (doc.text === '') return [];
  const reference = doc.published ? new Date(`${doc.published}T12:00:00Z`) : new Date();
  const times: TimeMention[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (DATE_HINT.test(text)) times.push(...timesIn(doc, text, sentence.start, reference));
  }
  return times;
}

function timesIn(doc: Doc, text: string, offset: number, reference: Date): TimeMention[] {
  const times: TimeMention[] = [];
  for (const found of chronoFor(text).parse(text, { instant: reference, timezone: 'UTC' }, { forwardDate: false })) {
    const result = { text: found.text.replace(/[\s,.;:]+$/, ''), index: found.index + offset, start: found.start, end: found.end };
    // A bare "Sun" or "Mar" is far more often a name than a date.
    if (/^\p{L}{1,3}\.?$/u.test(result.text)) continue;
    // "two days later" counts from the story's last date, not the article's: no date can be told from it alone.
    if (/\blater$/i.test(result.text)) continue;
    const start = result.start as unknown as Components;
    if (!start.isCertain('day') && !start.isCertain('month') && !start.isCertain('weekday')) continue;
    const end = (result.end as unknown as Components | null) ?? start;
    const first = tokenCovering(doc.tokens, result.index);
    const last = tokenCovering(doc.tokens, result.index + result.text.length - 1);
    if (first < 0 || last < 0) continue;
    times.push({
      text: result.text,
      start: isoDate(start),
      end: isoDate(end),
      span: { start: result.index, end: result.index + result.text.length },
      firstToken: first,
      lastToken: last,
    });
  }
  return times;
}

function isoDate(components: Components): string {
  return `${pad(components.get('year'), 4)}-${pad(components.get('month'), 2)}-${pad(components.get('day'), 2)}`;
}

function pad(n: number | null, width: number): string {
  return String(n ?? 1).padStart(width, '0');
}
