import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as chrono from 'chrono-node';
import { parse } from 'yaml';
import { generateCorpus } from '../../bench/corpus.ts';
import { chronoFor, GATE_WORDS, PARSER_GATES } from '../../src/time/index.ts';

const OPTION = { forwardDate: false };
const REFERENCE = { instant: new Date('2023-03-31T12:00:00Z'), timezone: 'UTC' };
const context = new chrono.ParsingContext('', REFERENCE, OPTION);

// The patterns PARSER_GATES was read from. A new chrono-node may change them: read the changed pattern again,
// check that every match of it still holds a match of its gate, then record the new digest here.
const READ_PATTERNS: Record<string, string> = {
  ENTimeUnitWithinFormatParser: 'c602dbf41e0e7107',
  ENTimeUnitAgoFormatParser: '293ae0422d4158ee',
  ENTimeUnitLaterFormatParser: '76327b84b9f269a6',
  ENTimeUnitCasualRelativeFormatParser: '6bb3fd8e53c80891',
  ENWeekdayParser: '5c3fdbc6e09829d2',
  ENMonthNameLittleEndianParser: 'a37dbedb0ca15526',
  ENMonthNameMiddleEndianParser: '454a89f9a9e9345e',
  ENMonthNameParser: '7fd0391c04fd17c3',
  ENYearMonthNameParser: '9175929a61c70cda',
  ENRelativeDateFormatParser: 'b5c6d2dd0e86756c',
  ENCasualDateParser: '8e57fc2642a39198',
  ENCasualTimeParser: '55b23410cacf226e',
  ENEndOfCurrentMonthParser: '66c69645371fae15',
  ENYearMonthDayParser: '3eda78ce09f61f15',
  ISOFormatParser: '85f12079028fddc1',
  SlashDateFormatParser: 'f943d6e0484ac5e9',
  ENSlashMonthFormatParser: '37ae19eaae30fd49',
  ENTimeExpressionParser: '56514f2d1216d9ac',
};

const digest = (pattern: RegExp): string => createHash('sha256').update(`/${pattern.source}/${pattern.flags}`).digest('hex').slice(0, 16);

test('every gate belongs to a parser of chrono.en.GB whose pattern is the one the gate was read from', () => {
  const patterns = new Map(chrono.en.GB.parsers.map((parser) => [parser.constructor.name, parser.pattern(context)]));
  assert.deepEqual(Object.keys(PARSER_GATES).sort(), Object.keys(READ_PATTERNS).sort());
  for (const [name, read] of Object.entries(READ_PATTERNS)) {
    const pattern = patterns.get(name);
    assert.ok(pattern, `chrono.en.GB has no ${name}`);
    assert.equal(digest(pattern), read, `${name}'s pattern changed: ${pattern.source}`);
  }
});

/** Everything a parse result tells, in a form deepEqual compares. */
function described(results: chrono.ParsedResult[]): unknown[] {
  const units = ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'millisecond', 'meridiem', 'timezoneOffset'] as const;
  const components = (c: chrono.ParsedComponents | null) =>
    c === null ? null : { date: c.date().toISOString(), tags: [...c.tags()].sort(), units: units.map((u) => [u, c.get(u), c.isCertain(u)]) };
  return results.map((r) => ({ index: r.index, text: r.text, start: components(r.start), end: components(r.end ?? null) }));
}

/** Time expressions of every kind chrono reads, each beside words that open and close the gates. */
const EXPRESSIONS = [
  'two days ago', 'a week before', '3 hours earlier', 'about a month ago', 'a few days later', 'two weeks after',
  '5 minutes from now', 'a year henceforth', 'several days out', 'this week', 'last month', 'past year', 'next 2 days',
  '+3 days', '-2 weeks', 'after this year', 'on Monday', 'last Tuesday', 'next Friday', 'this weekend', 'Sat.',
  'on 12 May', '4-5 April', 'the 3rd of June 2021', '12th to 14th September', 'March 3', 'Sept. 10, 2022',
  'December 25th to 27th', 'in March 2022', 'June', 'Oct 2019', '2020 March', '2019 of August', '2023-03-01',
  '2023/03/01', '12/03/2023', '3/2023', 'at 5pm', 'at 10:30', 'from 9 to 11', 'noon', 'this morning',
  'tonight', 'yesterday', 'tomorrow', 'last night', 'now', 'today', 'the end of the month', 'last day of month',
  'in a few days', 'within three days', 'for several days', 'in 5 minutes', 'the next day', 'the day before',
  'two days after Tuesday', 'the Monday after next', 'mid-June', 'out of time', 'May', 'Sun Weidong', 'overmorrow',
  'tmrw', 'midday', 'at night', 'after this week', '2023-03-01T10:30:00Z', '10.30 pm', '7 o clock', 'the 1990s',
  // Run together, odd spacing and near misses: each stands at a gate's edge.
  'in 1.5 days', 'for  about  a  week', 'within a couple of days', 'in half an hour', 'halfan hour later', 'a few days before',
  '12May', '3rdof June', '5th-March', '12 to 14 sept. 2021', 'Mar.5', 'march fifth', 'May2020', 'Juneof 2021', 'inmarch',
  '2020March', '300 BC of May', 'onmonday', 'nextfriday', 'Sunday of next week', 'Friday(', 'lastnight', 'thismorning',
  'end of  the month', 'next  weeks', 'Markets', 'a decision', 'Mayor', 'Marseille', 'Sunni', 'monitors', 'without',
  'throughout the day', 'killed after', 'stoned after', 'the years after', 'one d out', 'known', 'knight', '2024_05',
];
const FRAMES = ['Talks began {}.', 'The {} meeting was forward-looking, without result.', '{}, officials said, earlier than expected.', 'Fighting resumed {} in Marib; monitors were sent out.'];

function sentences(): string[] {
  const found = EXPRESSIONS.flatMap((e) => FRAMES.map((frame) => frame.replace('{}', e)));
  for (const file of readdirSync('test/events').filter((f) => f.endsWith('.yaml'))) {
    const passages = parse(readFileSync(`test/events/${file}`, 'utf8')) as Array<{ text?: string }>;
    for (const passage of passages) if (passage.text) found.push(...passage.text.split(/(?<=[.!?])\s+/));
  }
  for (const file of readdirSync('examples')) found.push(...readFileSync(`examples/${file}`, 'utf8').split(/\n+/));
  for (const article of generateCorpus(400)) found.push(...article.split(/(?<=[.!?])\s+/));
  return found;
}

test('a parse that leaves out the parsers whose words are missing finds exactly what the full parse finds', () => {
  const all = sentences();
  let gatedSome = 0;
  let foundSome = 0;
  for (const text of all) {
    const full = chrono.en.GB.parse(text, REFERENCE, OPTION);
    const gated = chronoFor(text);
    assert.deepEqual(described(gated.parse(text, REFERENCE, OPTION)), described(full), text);
    if (gated.parsers.length < chrono.en.GB.parsers.length) gatedSome++;
    if (full.length > 0) foundSome++;
  }
  // The comparison means something only where parsers were left out and dates were found.
  assert.ok(gatedSome > all.length / 2 && foundSome > all.length / 4, `${gatedSome} gated and ${foundSome} with dates of ${all.length}`);
});

test('each gate is both open and shut somewhere in the sentences compared, and a shut gate hid no match', () => {
  const all = sentences();
  for (const parser of chrono.en.GB.parsers) {
    const gate = PARSER_GATES[parser.constructor.name];
    if (!gate) continue;
    const pattern = parser.pattern(context);
    const shut = all.filter((text) => !gate.test(text));
    const matched = all.filter((text) => gate.test(text) && new RegExp(pattern.source, pattern.flags).test(text));
    assert.ok(shut.length > 0 && matched.length > 0, `${parser.constructor.name}: ${shut.length} shut, ${matched.length} matched`);
    for (const text of shut) assert.equal(new RegExp(pattern.source, pattern.flags).test(text), false, `${parser.constructor.name} matches "${text}"`);
  }
});

test('every sentence a gate opens holds the words its group is tested for first', () => {
  const all = sentences();
  for (const [words, names] of GATE_WORDS) {
    for (const name of names) {
      const gate = PARSER_GATES[name];
      assert.ok(gate, `no gate for ${name}`);
      const opened = all.filter((text) => gate.test(text));
      assert.ok(opened.length > 0, `${name} opens nowhere`);
      for (const text of opened) assert.ok(words.test(text), `${name} opens on "${text}" without ${words}`);
    }
  }
});
