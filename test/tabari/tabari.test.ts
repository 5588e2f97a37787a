// TABARI/PETRARCH dictionaries: the readers, and coding with them through the one matcher. The dictionaries in
// fixtures/ were written for these tests in those formats (invented countries: Freedonia, Sylvania, Elbonia).
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { run as runPetr1 } from '../../src/eval/petr1.ts';
import { loadLexicon, type Lexicon } from '../../src/lexicon/index.ts';
import { parseDatedCode } from '../../src/lexicon/tabari/actors.ts';
import { readAgentDictionary } from '../../src/lexicon/tabari/agents.ts';
import { codeOn } from '../../src/lexicon/tabari/dated.ts';
import { tabariKind } from '../../src/lexicon/tabari/detect.ts';
import { dictionaryLines } from '../../src/lexicon/tabari/lines.ts';
import { readVerbDictionary } from '../../src/lexicon/tabari/verbs.ts';
import { regularVerbForms } from '../../src/lexicon/tabari/words.ts';
import { codeDoc } from '../../src/pipeline.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const FILES = ['verbs.txt', 'verbs2.txt', 'actors.txt', 'agents.txt', 'discards.txt'].map(fixture);

let cached: Lexicon | null = null;
const lexicon = (): Lexicon => (cached ??= loadLexicon({ builtins: false, dicts: FILES }));
const coded = (text: string, date = '1995-01-01'): string[] =>
  codeDoc(text, { lexicon: lexicon(), date })
    .events.map((e) => `${e.source} ${e.target ?? '---'} ${e.cameo}`)
    .sort();

test('comments go: <!-- --> blocks over lines, # outside codes, ; notes; codes like [###] stay', () => {
  const lines = dictionaryLines('<!-- a\nb -->\nNASGUL [###] ; a note\nX [A] # comment\n#- % * [031]\nY');
  assert.deepEqual(
    lines.map((l) => [l.number, l.text.trim()]),
    [
      [3, 'NASGUL [###]'],
      [4, 'X [A]'],
      [6, 'Y'],
    ],
  );
});

test('the kind of a dictionary is told from its content', () => {
  assert.equal(tabariKind('--- ACCUSE [112] ---\nACCUSE\n'), 'verbs');
  assert.equal(tabariKind('FREEDONIA [FRD]\n+FREEDONIAN\n'), 'actors');
  assert.equal(tabariKind('!PERSON! = MAN, MEN\nSOLDIER [~MIL]\n'), 'agents');
  assert.equal(tabariKind('+FOOTBALL\nHALF TIME\n'), 'discards');
  assert.equal(tabariKind('<Validation><Environment></Environment></Validation>'), 'environment');
  assert.equal(tabariKind('{"json": true}'), null);
});

test('verb forms: regular forms are generated, irregular ones come from braces', () => {
  assert.deepEqual(regularVerbForms('deplore'), ['deplore', 'deplores', 'deplored', 'deploring']);
  assert.deepEqual(regularVerbForms('ally'), ['ally', 'allies', 'allied', 'allying']);
  const verbs = readVerbDictionary('--- MEET [040:040] ---\nMEET {MET}\n- % * [043:043]\n', 'v.txt', 'v', new Map());
  // Like PETRARCH, every regular form is made, even where the verb is irregular ("meeted" harms no one).
  assert.deepEqual([...verbs.forms.keys()].sort(), ['meet', 'meeted', 'meeting', 'meets', 'met']);
  const [fallback, compound] = verbs.forms.get('met')!;
  assert.equal(fallback.code, '040');
  assert.equal(fallback.reverseCode, '040');
  assert.deepEqual(compound.before, [{ kind: 'compound' }]);
});

test('synsets: members may be phrases or other synsets, and take plurals unless they end in _', () => {
  const synsets = new Map<string, string[][]>();
  readVerbDictionary('&A\n+TANK\n+HEAVY_GUN_\n+&B\n&B\n+DID N\'T\n', 'v.txt', 'v', synsets);
  assert.deepEqual(synsets.get('A'), [['tank'], ['tanks'], ['heavy', 'gun'], ['did', "n't"]]);
});

test('a bad line is reported with its file and line, and loading goes on', () => {
  const problems = lexicon().problems.map((p) => p.replace(/^.*fixtures\//, ''));
  assert.ok(problems.some((p) => p.startsWith('verbs.txt:39: pattern "- NOT * [125') && p.endsWith('has no [code]; skipped')), problems.join('\n'));
  assert.ok(problems.includes('verbs.txt:40: pattern "SCOLD *": "[  ]" is an empty code; skipped'));
  assert.ok(problems.some((p) => p.startsWith('actors.txt:16: "[ELB 2020133]"')));
  assert.ok(problems.some((p) => p.startsWith('actors.txt:20: actor "Mystery man" has no code')));
  assert.ok(problems.some((p) => p.startsWith('agents.txt:14: agent "DIPLOMAT [~GOV}"')));
  assert.ok(problems.some((p) => p.startsWith('verbs2.txt:17: transformation')));
  assert.equal(lexicon().transformations.length, 1);
  // Entries after the bad lines were read.
  assert.ok(lexicon().actors.names.has('mrs teasdale'));
});

test('dated actor codes: the article date picks the code; < and > are strict; 6-digit years pivot at 30', () => {
  const codes = ['HOB <950601', 'HOBGOV 19950601 - 19990815', 'HOBREB > 990816'].map((raw) => parseDatedCode(raw));
  assert.deepEqual(codes[0], { code: 'HOB', from: null, until: '1995-05-31' });
  const valid = codes.filter((c) => typeof c !== 'string');
  assert.equal(codeOn(valid, '1995-05-31'), 'HOB');
  assert.equal(codeOn(valid, '1995-06-01'), 'HOBGOV');
  assert.equal(codeOn(valid, '1999-08-17'), 'HOBREB');
  assert.equal(codeOn(valid, null), 'HOBREB');
  assert.equal(typeof parseDatedCode('KOR 2004017-20061201'), 'string');
  assert.deepEqual(coded('Firefly accused Sylvania.', '1934-05-01'), ['FRDGOV SYL 112']);
  assert.deepEqual(coded('Firefly accused Sylvania.', '1940-05-01'), ['FRDELI SYL 112']);
  assert.deepEqual(coded('Trentino accused Elbonia.', '2019-12-31'), ['SYLGOV ELB 112']);
  assert.deepEqual(coded('Trentino accused Elbonia.', '2020-01-01'), ['SYLELI ELB 112']);
});

test('agents: macros, no plural for {}, listed plurals, prefix and suffix codes', () => {
  const { agents } = readAgentDictionary('!P! = MAN, MEN\nSPOKES!P! {} [~GOV]\nPOLICE {} [~COP]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\nMSF [NGO~]\n', 'a.txt');
  assert.deepEqual(agents[0].names, ['spokesman', 'spokesmen']);
  assert.deepEqual(agents[1].names, ['police']);
  assert.deepEqual(agents[2].names, ['attorney general', 'attorneys general']);
  assert.equal(agents[3].position, 'prefix');
  assert.deepEqual(coded('The Freedonian foreign minister accused Sylvania.'), ['FRDGOVFRM SYL 112']);
  assert.deepEqual(coded('Medecins Sans Frontieres Elbonia accused the spokesmen of Sylvania and Freedonia.'), ['NGOELB FRDGOV 112', 'NGOELB SYLGOV 112']);
  assert.deepEqual(coded('Elbonian troops pulled out of Sylvania.'), ['ELBMIL SYL 0874']);
});

test('patterns: words after and before the verb, synsets, $ and +, ^, null and paired codes', () => {
  assert.deepEqual(coded('Freedonia accused Sylvania of spying.'), ['FRD SYL 1121']);
  assert.deepEqual(coded('Freedonia accused Sylvania.'), ['FRD SYL 112']);
  assert.deepEqual(coded("Freedonia didn't accuse Sylvania."), [], 'the [---] pattern matches and codes nothing');
  assert.deepEqual(coded('Freedonia met Sylvania.'), ['FRD SYL 040', 'SYL FRD 040']);
  assert.deepEqual(coded('Freedonia and Sylvania met in secret.'), ['FRD SYL 043', 'SYL FRD 043']);
  assert.deepEqual(coded('Freedonia sent heavy artillery to Sylvania.'), ['FRD SYL 072']);
  assert.deepEqual(coded('Sylvania was sent home by Freedonia.'), ['FRD SYL 0874']);
  assert.deepEqual(coded('Freedonia welcomed talks with Sylvania.'), ['FRD SYL 043']);
  assert.deepEqual(coded('Freedonia welcomed Elbonia and Sylvania.'), ['FRD SYL 044'], '^ passes over Elbonia');
  assert.deepEqual(coded('Grand Fenwick accused Elbonia.'), ['FRD ELB 112', 'GFW ELB 112']);
});

test('PETRARCH-2 form: noun phrases in braces, prepositional phrases, a reverse-only code', () => {
  assert.deepEqual(coded('Freedonia supplied military assistance to Sylvania.'), ['FRD SYL 0332']);
  assert.deepEqual(coded('Freedonia supplied food shipments to Sylvania.'), ['SYL FRD 0333']);
  assert.deepEqual(coded('Freedonia supplied military food to Sylvania.'), ['FRD SYL 070']);
});

test('discards: a listed phrase leaves the sentence uncoded', () => {
  assert.deepEqual(coded('Freedonia accused Sylvania at half time.'), []);
  assert.deepEqual(coded('Freedonia accused Sylvania after the football.'), []);
});

test('the validation file loads the dictionaries its <Environment> names; eval petr1 scores a suite', async () => {
  const fromEnvironment = loadLexicon({ builtins: false, dicts: [fixture('suite/PETR.UnitTest.records.xml')] });
  assert.deepEqual(
    fromEnvironment.loaded.map((l) => l.kind),
    ['verbs', 'actors', 'agents', 'discards'],
  );
  const written: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => written.push(String(chunk)) > 0) as typeof process.stdout.write;
  const stderr = process.stderr.write.bind(process.stderr);
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    assert.equal(await runPetr1([fixture('suite')]), 0);
  } finally {
    process.stdout.write = write;
    process.stderr.write = stderr;
  }
  const report = written.join('');
  assert.match(report, /exact-set pass rate: 4\/4 = 100\.0%/);
  assert.match(report, /precision 1\.000, recall 1\.000/);
});

test('a story-level discard anywhere in an article discards all of it', () => {
  const doc = codeDoc('Freedonia accused Sylvania. The football season starts in May.', { lexicon: lexicon(), date: '1995-01-01' });
  assert.deepEqual(doc.events, []);
});
