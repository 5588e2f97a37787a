// `npm run bench [-- --sentences N] [-- --rounds N] [-- --dict FILE]`: sentences/s and MB/s of code() against a
// bare wink-nlp pass (sentences + POS, the pipe dyad runs) over the same text, their ratio, and peak RSS; and the
// ratio against wink-nlp's default pipe (which adds entities, negation and sentiment), the floor measured before
// dyad trimmed its pipe, so that figures stay comparable across versions. The passes alternate for
// a few rounds and each keeps its best time, so other work on the machine moves the ratio less. Prints figures;
// asserts nothing.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../src/lexicon/index.ts';
import { winkNlp } from '../src/nlp/index.ts';
import { code } from '../src/pipeline.ts';
import { textSource } from '../src/read/text.ts';
import { generateCorpus } from './corpus.ts';

const { values } = parseArgs({
  options: { sentences: { type: 'string', default: '20000' }, rounds: { type: 'string', default: '3' }, dict: { type: 'string', multiple: true } },
});
const sentences = Number(values.sentences);
const articles = generateCorpus(sentences);
const megabytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0) / 1e6;

const loadStart = performance.now();
const lexicon = loadLexicon({ dicts: values.dict });
const loadMs = performance.now() - loadStart;

type Wink = ReturnType<typeof winkNlp>;
const passOf = (nlp: Wink) => (): void => {
  for (const article of articles) {
    const doc = nlp.readDoc(article);
    doc.tokens().out(nlp.its.pos);
    doc.sentences().out(nlp.its.span);
  }
};
const floor = passOf(winkNlp());
const require = createRequire(import.meta.url);
const defaultPipe = passOf((require('wink-nlp') as (model: unknown) => Wink)(require('wink-eng-lite-web-model')));
let coded = 0;
let events = 0;
const full = (): void => {
  coded = 0;
  events = 0;
  for (const article of articles) {
    const record = code(textSource('bench', article), { lexicon });
    coded += record.sentences.length;
    events += record.events.length;
  }
};
const time = (run: () => void): number => {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
};

time(() => articles.slice(0, 50).forEach((a) => code(textSource('warm', a), { lexicon })));
let floorSeconds = Infinity;
let defaultSeconds = Infinity;
let codeSeconds = Infinity;
for (let round = 0; round < Math.max(1, Number(values.rounds)); round++) {
  floorSeconds = Math.min(floorSeconds, time(floor));
  defaultSeconds = Math.min(defaultSeconds, time(defaultPipe));
  codeSeconds = Math.min(codeSeconds, time(full));
}
const rate = (n: number, s: number): string => Math.round(n / s).toLocaleString('en');
console.log(`corpus: ${articles.length} articles, ${sentences.toLocaleString('en')} sentences (${coded.toLocaleString('en')} as split), ${megabytes.toFixed(2)} MB; ${events.toLocaleString('en')} events`);
console.log(`lexicon load: ${loadMs.toFixed(0)} ms, ${lexicon.verbCount} verb patterns${values.dict ? ` (+ ${values.dict.join(', ')})` : ''}`);
console.log(`best of ${Math.max(1, Number(values.rounds))} rounds each`);
console.log(`wink-nlp floor: ${rate(coded, floorSeconds)} sentences/s, ${(megabytes / floorSeconds).toFixed(2)} MB/s`);
console.log(`code():         ${rate(coded, codeSeconds)} sentences/s, ${(megabytes / codeSeconds).toFixed(2)} MB/s`);
console.log(`ratio code()/floor: ${((floorSeconds / codeSeconds) * 100).toFixed(1)}%`);
console.log(`wink-nlp default pipe: ${rate(coded, defaultSeconds)} sentences/s; ratio code()/default pipe: ${((defaultSeconds / codeSeconds) * 100).toFixed(1)}%`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
