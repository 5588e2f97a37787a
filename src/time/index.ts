// Time expressions, resolved against the article's date with chrono-node ("4-5 April" → 2023-04-04..05).
import * as chrono from 'chrono-node';
import type { Doc, TimeMention } from '../doc.ts';
import { tokenCovering } from '../nlp/offsets.ts';

type Components = { get(unit: 'year' | 'month' | 'day'): number | null; isCertain(unit: 'day' | 'month' | 'weekday'): boolean };

/** Words without which a sentence holds no date worth resolving: chrono runs only where one of them occurs. */
const DATE_HINT =
  /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|week|month|year|ago|weekend|noon|midnight|morning|afternoon|evening|day|night|hour|minute|earlier)/i;

/**
 * Pieces of chrono's patterns the gates below are built from: a month's name as any of chrono's spellings may
 * begin it ("sept." is "sept" and a stop), a time unit (chrono's own alternation), what a count of units ends
 * with ("three", "12", "half an", "a few", "the", "a couple of"; "a" and "an" stand before a space, as chrono's
 * `an?\b` asks), and a count whole (chrono's alternation as it stands).
 */
const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const UNIT = '(?:quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y)';
const COUNT_END = '(?:(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|[0-9]|half|half\\s{0,2}an?|few|several|the|couple|of)\\s{0,3}|an?\\s{1,3})';
const COUNT = '(?:(?:about|around)\\s{0,3})?(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|[0-9]+|[0-9]+\\.[0-9]+|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)';
/** Where chrono's patterns ask for `(?=\W|$)`: no ASCII letter, digit or `_` next. */
const WORD_END = '(?![a-z0-9_])';
const gate = (source: string): RegExp => new RegExp(source, 'i');
/** A count of units, the unit, and one of the words that make it a time before or after another. */
const unitsThen = (words: string): RegExp => gate(`${COUNT_END}${UNIT}\\s{0,5}(?:${words})${WORD_END}`);
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|thurs|thur|mon|tue|wed|thu|fri|sat|sun|weekend|weekday)';

/**
 * Chrono's parsers by class name, each with a gate: a regular expression that matches wherever the parser's
 * pattern does, read off a stretch every match must hold (a mandatory part with what must stand right before
 * and after it: "12 May", not "Markets"; "two days after", not "without"), so that where it finds nothing the
 * parser finds nothing and leaving it out of the parse changes nothing. A gate is a plain sequence of literal
 * words and short classes, cheap to run, where the patterns try long alternations at every position of a
 * sentence. test/time/gates.test.ts pins the patterns these were read from and compares gated with full parses.
 */
export const PARSER_GATES: Readonly<Record<string, RegExp>> = {
  // "within three days": the first count and unit after the opening word.
  ENTimeUnitWithinFormatParser: gate(`(?:within|in|for)\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?${COUNT}\\s{0,3}${UNIT}`),
  // "two days ago", "a week later": the last count and unit, then the closing word.
  ENTimeUnitAgoFormatParser: unitsThen('ago|before|earlier'),
  ENTimeUnitLaterFormatParser: unitsThen('later|after|from now|henceforth|forward|out'),
  ENTimeUnitCasualRelativeFormatParser: gate(`(?:this|last|past|next|after|\\+|-)\\s*${COUNT}\\s{0,3}${UNIT}`),
  ENRelativeDateFormatParser: gate(`(?:this|last|past|next)\\s*${UNIT}${WORD_END}`),
  ENCasualDateParser: gate(`\\b(?:now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\\s*night)${WORD_END}`),
  ENCasualTimeParser: gate(`(?:\\b|this)(?:morning|afternoon|evening|night|midnight|midday|noon)${WORD_END}`),
  ENEndOfCurrentMonthParser: gate(`(?:last\\s+day|end)\\s+of\\s+(?:the\\s+)?month${WORD_END}`),
  // A weekday's name as a word of its own, or run on from "on", "next"… or into "of", "next"….
  ENWeekdayParser: gate(`(?:\\b|on|this|last|past|next)${WEEKDAY}(?:[^a-z0-9_]|$|of|this|last|past|next)`),
  // "12 May", "3rd of June", "twelfth March": a day's number or ordinal ("-st", "-nd", "-rd", "-th"), then the month.
  ENMonthNameLittleEndianParser: gate(`(?:[0-9]|st|nd|rd|th)(?:-|\\/|\\s{0,3}(?:of)?\\s{0,3})${MONTH_NAME}(?:[^a-z_]|$)`),
  // "March 3", "Sept. 10": the month at a word's start, then a separator, a digit or an ordinal's first letter.
  ENMonthNameMiddleEndianParser: gate(`\\b${MONTH_NAME}(?:[^a-z_]|[tsfen])`),
  // "in March 2022", "June": the month at a word's start (or run on from "in"), then no letter but "of".
  ENMonthNameParser: gate(`(?:\\b|in)${MONTH_NAME}(?:[^a-z_]|of|$)`),
  // "2020 March", "2019 of August": a year's digit or era, then the month, then no word character.
  ENYearMonthNameParser: gate(`(?:[0-9]|be|ad|bc|ce)(?:\\s*[-.\\/,]?\\s*|\\s+of\\s+)${MONTH_NAME}(?:[^a-z0-9_]|$)`),
  ENYearMonthDayParser: /[0-9]{4}[-./\s]/,
  ISOFormatParser: /[0-9]{4}-[0-9]/,
  SlashDateFormatParser: /[0-9][/.-][0-9]/,
  ENSlashMonthFormatParser: /[0-9]\/[0-9]{4}/,
  ENTimeExpressionParser: /[0-9]/,
};

/**
 * Words some gates' stretches all hold (a month's first three letters, a digit, a weekday's, the closing words
 * of "ago" and "later"), tested first: a literal choice of words is found or missed fast, where a stretch that
 * opens on a count or a word boundary is tried at every position. Where the words are missing, the gates they
 * front are shut untested. test/time/gates.test.ts checks that each stretch implies its words.
 */
export const GATE_WORDS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i, ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser', 'ENYearMonthNameParser']],
  [/[0-9]/, ['ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser', 'ENTimeExpressionParser']],
  [/mon|tue|wed|thu|fri|sat|sun|week/i, ['ENWeekdayParser']],
  [/ago|before|earlier/i, ['ENTimeUnitAgoFormatParser']],
  [/later|after|from now|henceforth|forward|out/i, ['ENTimeUnitLaterFormatParser']],
];

/** A parser's bit in chrono.en.GB.parsers. */
const bitOf = (name: string): number => chrono.en.GB.parsers.reduce((bits, parser, p) => (parser.constructor.name === name ? bits | (1 << p) : bits), 0);

/** The gates in groups behind their words (null: tested on their own), each with the parsers it shuts as bits. */
const gateGroups = [
  ...GATE_WORDS.map(([words, names]): { words: RegExp | null; names: readonly string[] } => ({ words, names })),
  ...Object.keys(PARSER_GATES)
    .filter((name) => !GATE_WORDS.some(([, names]) => names.includes(name)))
    .map((name) => ({ words: null, names: [name] })),
].map(({ words, names }) => ({
  words,
  shuts: names.reduce<number>((bits, name) => bits | bitOf(name), 0),
  gates: names.map((name) => ({ stretch: PARSER_GATES[name], shuts: bitOf(name) })),
}));
const parsersFor = new Map<number, chrono.Chrono>();

/** chrono.en.GB without the parsers whose gates `text` does not open, one instance for each set left out. */
export function chronoFor(text: string): chrono.Chrono {
  let out = 0;
  for (const group of gateGroups) {
    if (group.words !== null && !group.words.test(text)) {
      out |= group.shuts;
      continue;
    }
    for (const gate of group.gates) if (!gate.stretch.test(text)) out |= gate.shuts;
  }
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
  const parser = chronoFor(text);
  // Every gate shut: no parser could match, and chrono's refiners make nothing of no results.
  if (parser.parsers.length === 0) return times;
  for (const found of parser.parse(text, { instant: reference, timezone: 'UTC' }, { forwardDate: false })) {
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
