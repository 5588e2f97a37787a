// `npm run eval -- petr1 DIR [--only ID-PREFIX]`: PETRARCH-1's validation suite, coded from each record's raw
// <Text> (never its <Parse>) with only the dictionaries its <Environment> names. Compares the set of
// (source, target, code) triples with the record's <EventCoding> set; "noevents" and "error" records expect none.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../lexicon/index.ts';
import type { Doc } from '../doc.ts';
import { codeDoc } from '../pipeline.ts';

type Triple = string;
type SuiteRecord = {
  id: string;
  category: string;
  valid: boolean;
  date: string;
  text: string;
  expected: Set<Triple>;
  /** The words of the record's <Parse> differ from its <Text>: the gold coding was made from another sentence. */
  parseDiffers: boolean;
  requireDyad: boolean;
};

const USAGE = 'usage: npm run eval -- petr1 DIR [--only ID-PREFIX]   (DIR holds PETR.UnitTest.records.xml)\n';

export async function run(args: string[]): Promise<number> {
  let values: { only?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args, allowPositionals: true, options: { only: { type: 'string' } } }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (positionals.length !== 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const file = join(positionals[0], 'PETR.UnitTest.records.xml');
  if (!existsSync(file)) {
    process.stderr.write(`eval petr1: ${file} not found\n`);
    return 2;
  }
  const started = performance.now();
  // Only the suite's own dictionaries: the records file's <Environment> names them.
  const lexicon = loadLexicon({ builtins: false, dicts: [file] });
  for (const problem of lexicon.problems) process.stderr.write(`dictionary: ${problem}\n`);
  const records = readRecords(readFileSync(file, 'utf8')).filter((r) => !values.only || r.id.startsWith(values.only));

  const categories = new Map<string, { pass: number; total: number }>();
  const failures: string[] = [];
  let pass = 0;
  let validPass = 0;
  let validTotal = 0;
  let sameTextPass = 0;
  let sameTextTotal = 0;
  let truePositives = 0;
  let emitted = 0;
  let expectedCount = 0;
  for (const record of records) {
    const doc = codeDoc(record.text, { lexicon, date: record.date });
    const actual = new Set<Triple>();
    for (const event of doc.events) {
      if (event.target === null && (record.requireDyad || !hasObject(doc, event.verb.start))) continue;
      actual.add(`${event.source} ${event.target ?? '---'} ${event.cameo}`);
    }
    const ok = actual.size === record.expected.size && [...actual].every((t) => record.expected.has(t));
    const hits = [...actual].filter((t) => record.expected.has(t)).length;
    truePositives += hits;
    emitted += actual.size;
    expectedCount += record.expected.size;
    const category = categories.get(record.category) ?? { pass: 0, total: 0 };
    category.total++;
    if (record.valid) validTotal++;
    if (!record.parseDiffers) sameTextTotal++;
    if (ok) {
      pass++;
      category.pass++;
      if (record.valid) validPass++;
      if (!record.parseDiffers) sameTextPass++;
    } else {
      const show = (set: Set<Triple>): string => (set.size === 0 ? 'none' : [...set].sort().join('; '));
      failures.push(
        `${record.id} [${record.category}]${record.valid ? '' : ' (valid="false")'}${record.parseDiffers ? ' (gold parse is of another text)' : ''}\n` +
          `    text:     ${record.text}\n    expected: ${show(record.expected)}\n    actual:   ${show(actual)}`,
      );
    }
    categories.set(record.category, category);
  }

  const percent = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
  const out: string[] = [];
  out.push(`PETR-1 validation suite from raw text: ${file}`);
  out.push(`dictionaries: ${lexicon.loaded.map((l) => `${l.kind} ${l.entries}`).join(', ')}; ${lexicon.problems.length} loading problem(s)`);
  out.push(`exact-set pass rate: ${pass}/${records.length} = ${percent(pass, records.length)}`);
  out.push(`  valid="true" records only: ${validPass}/${validTotal} = ${percent(validPass, validTotal)}`);
  out.push(`  records whose gold <Parse> is of their own <Text>: ${sameTextPass}/${sameTextTotal} = ${percent(sameTextPass, sameTextTotal)}`);
  out.push(`event level: precision ${(truePositives / Math.max(1, emitted)).toFixed(3)}, recall ${(truePositives / Math.max(1, expectedCount)).toFixed(3)} (${truePositives} of ${emitted} emitted, ${expectedCount} expected)`);
  out.push('per category:');
  for (const [name, c] of [...categories].sort()) out.push(`  ${name.padEnd(10)} ${String(c.pass).padStart(3)}/${String(c.total).padEnd(3)} ${percent(c.pass, c.total)}`);
  out.push(`config switches applied: require_dyad (when false, a verb with no coded target but a noun phrase after it codes "---"); ignored: new_actor_length (actors from unknown noun phrases), comma_* (parse-tree clause deletion)`);
  out.push(`time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  out.push('');
  out.push(`failing records (${failures.length}):`);
  out.push(...failures);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

/** The records in file order, with the <Config> switches in force at each (they apply to the records after them). */
function readRecords(xml: string): SuiteRecord[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const records: SuiteRecord[] = [];
  let requireDyad = true;
  for (const match of body.matchAll(/<Config\s+option\s*=\s*"([^"]*)"\s+value\s*=\s*"([^"]*)"[^>]*>|<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    if (match[1] !== undefined) {
      if (match[1] === 'require_dyad') requireDyad = match[2].toLowerCase() === 'true';
      continue;
    }
    const attributes = match[3];
    const inner = match[4];
    const attribute = (name: string): string => new RegExp(`${name}\\s*=\\s*"([^"]*)"`).exec(attributes)?.[1] ?? '';
    const text = decode(/<Text>([\s\S]*?)<\/Text>/.exec(inner)?.[1] ?? '').replace(/\s+/g, ' ').trim();
    const date = attribute('date');
    const expected = new Set<Triple>();
    for (const coding of inner.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const field = (name: string): string | null => {
        const value = new RegExp(`${name}\\s*=\\s*(?:'([^']*)'|"([^"]*)")`).exec(coding[1]);
        return value ? (value[1] ?? value[2]) : null;
      };
      const source = field('sourcecode');
      const target = field('targetcode');
      const code = field('eventcode');
      if (source !== null && target !== null && code !== null) expected.add(`${source} ${target} ${code}`);
    }
    const parse = /<Parse>([\s\S]*?)<\/Parse>/.exec(inner)?.[1] ?? '';
    const leaves = [...parse.matchAll(/\(([^\s()]+)\s+([^\s()]+)\)/g)].map((m) => m[2]).join('');
    records.push({
      id: attribute('id'),
      category: attribute('category') || 'NONE',
      valid: attribute('valid').toLowerCase() !== 'false',
      date: /^\d{8}$/.test(date) ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}` : '',
      text,
      expected,
      parseDiffers: parse !== '' && letters(leaves) !== letters(text),
      requireDyad,
    });
  }
  return records;
}

/**
 * PETRARCH's require_dyad=false codes a verb without a coded target against "---" only when a noun phrase follows
 * it ("said on Saturday"), not a bare time word ("said today").
 */
function hasObject(doc: Doc, verbStart: number): boolean {
  const verb = doc.tokens.findIndex((t) => t.start === verbStart);
  const sentence = doc.tokens[verb].sentence;
  const phrase = doc.chunks.find((c) => c.kind === 'NP' && c.first > verb && doc.tokens[c.first].sentence === sentence);
  if (!phrase) return false;
  const bareTime = doc.tokens[phrase.first - 1].pos !== 'ADP' && doc.times.some((t) => t.firstToken <= phrase.last && t.lastToken >= phrase.first);
  return !bareTime;
}

function letters(text: string): string {
  return text.toLowerCase().replace(/-lrb-|-rrb-/g, '').replace(/[^a-z0-9]/g, '');
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
