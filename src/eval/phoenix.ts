// `npm run eval -- phoenix DIR [EXAMPLE...]`: loads the Phoenix/PETRARCH-2 dictionaries in DIR (every .txt but
// the licence) as dyad's only dictionaries, reports load time, memory and what each file gave, and codes the
// project's example articles (examples/*.txt, or the files given) with them.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexicon, type Lexicon } from '../lexicon/index.ts';
import { codeDoc } from '../pipeline.ts';
import { readInputs } from '../read/index.ts';

const EXAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples');
const USAGE = 'usage: npm run eval -- phoenix DIR [EXAMPLE...]   (DIR holds the Phoenix .txt dictionaries)\n';

export async function run(args: string[]): Promise<number> {
  const [dir, ...given] = args;
  if (!dir || dir.startsWith('-')) {
    process.stderr.write(USAGE);
    return 2;
  }
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((name) => name.endsWith('.txt') && !/^licen[cs]e/i.test(name))
      .sort()
      .map((name) => join(dir, name));
  } catch (error) {
    process.stderr.write(`eval phoenix: ${(error as Error).message}\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`eval phoenix: no .txt dictionaries in ${dir}\n${USAGE}`);
    return 2;
  }

  const heapBefore = process.memoryUsage().heapUsed;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const lexicon = loadLexicon({ builtins: false, dicts: files });
  const loadMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const memory = process.memoryUsage();

  const out: string[] = [];
  out.push(`Phoenix/PETRARCH-2 dictionaries from ${dir}, loaded as dyad's only dictionaries`);
  out.push(`load: ${(loadMs / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU`);
  out.push(`memory after load: RSS ${mb(memory.rss)} MB (the whole process: Node, tsx and dyad), heap ${mb(memory.heapUsed)} MB, of which the dictionaries about ${mb(memory.heapUsed - heapBefore)} MB`);
  for (const loaded of lexicon.loaded) {
    const what = loaded.kind === 'verbs' ? `${loaded.entries} patterns, ${loaded.names} verb forms` : `${loaded.entries} entries, ${loaded.names} names`;
    out.push(`  ${loaded.file.split(/[\\/]/).pop()}: ${loaded.kind}, ${what}`);
  }
  out.push(`  synonym sets and transformations: ${lexicon.transformations.length} transformations read (not applied)`);
  out.push(`loading problems: ${lexicon.problems.length} (each names its file and line)`);
  for (const problem of lexicon.problems) out.push(`  ${problem}`);
  out.push('');
  out.push(...(await codeExamples(lexicon, given.length > 0 ? given : [EXAMPLES])));
  out.push(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

async function codeExamples(lexicon: Lexicon, paths: string[]): Promise<string[]> {
  const out: string[] = [];
  let sentences = 0;
  let events = 0;
  let seconds = 0;
  for await (const input of readInputs(paths)) {
    if (!input.ok) {
      out.push(`${input.uri}: ${input.error}`);
      continue;
    }
    const started = performance.now();
    const doc = codeDoc(input.source, { lexicon });
    seconds += (performance.now() - started) / 1000;
    sentences += doc.sentences.length;
    events += doc.events.length;
    out.push(`${input.source.uri} (${doc.published ?? 'no date'}): ${doc.sentences.length} sentences, ${doc.events.length} events`);
    for (const e of doc.events) {
      const sentence = doc.sentences[e.sentence];
      const text = doc.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ');
      out.push(`  ${e.source} → ${e.target ?? '—'} ${e.cameo}${e.negated ? ' (negated)' : ''} by ${e.rule}, verb "${e.verb.text}": ${text.length > 110 ? `${text.slice(0, 107)}…` : text}`);
    }
  }
  out.push(`examples: ${sentences} sentences, ${events} events, ${(seconds * 1000).toFixed(0)} ms (first use includes loading the NLP model)`);
  return out;
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(0);
}
