// `dyad explain "SENTENCE" [--date YYYY-MM-DD] [--dict FILE]...`: why each event was or was not coded.
import type { ClauseTrace } from '../events/index.ts';
import { loadLexicon } from '../lexicon/index.ts';
import { codeDoc } from '../pipeline.ts';
import { flags } from './setup.ts';
import { usageError } from './usage.ts';

export async function run(args: string[]): Promise<number> {
  const parsed = flags({ args, allowPositionals: true, options: { date: { type: 'string' }, dict: { type: 'string', multiple: true } } });
  if (typeof parsed === 'number') return parsed;
  const text = parsed.positionals.join(' ').trim();
  if (text === '') return usageError('explain needs a sentence in quotes');
  const lexicon = loadLexicon({ dicts: parsed.values.dict });
  const trace: ClauseTrace[] = [];
  const doc = codeDoc(text, { lexicon, date: parsed.values.date, trace });
  const span = (first: number, last: number): string => doc.text.slice(doc.tokens[first].start, doc.tokens[last].end);
  const out: string[] = [];
  out.push('tokens:  ' + doc.tokens.map((t) => `${t.text}/${t.pos}${t.lemma !== t.lower ? `(${t.lemma})` : ''}`).join(' '));
  out.push('chunks:  ' + doc.chunks.map((c) => `[${c.kind} ${span(c.first, c.last)}]`).join(' '));
  out.push('actors:  ' + (doc.mentions.map((m) => `"${m.text}" → ${m.code ?? '(person)'} (${m.via}, ${m.rule})`).join('; ') || '—'));
  if (doc.times.length) out.push('times:   ' + doc.times.map((t) => `"${t.text}" → ${t.start}${t.end !== t.start ? `..${t.end}` : ''}`).join('; '));
  if (doc.places.length) out.push('places:  ' + doc.places.map((p) => `"${p.text}" → ${p.name} (${p.country ?? '?'})`).join('; '));
  for (const step of trace) {
    const { clause } = step;
    const flags = [clause.negated ? 'negated' : '', clause.mode ?? '', clause.passive ? 'passive' : '', clause.governor >= 0 ? 'infinitive' : ''].filter(Boolean);
    out.push('');
    out.push(`clause:  "${span(clause.start, clause.end)}"`);
    out.push(`  verb:  "${span(clause.group.first, clause.group.last)}" (lemma ${doc.tokens[clause.head].lemma})${flags.length ? ` [${flags.join(', ')}]` : ''}`);
    out.push(`  subject: ${step.subjects.map((m) => `${m.text} (${m.code})`).join(', ') || '—'}`);
    for (const tried of step.tried) out.push(`  ${tried.failed ? '·' : '✓'} ${tried.pattern.rule} "${tried.pattern.written ?? `${tried.pattern.verb.join(' ')} ${tried.pattern.elements.map(showElement).join(' ')}`}" → ${tried.pattern.code}${tried.failed ? `: ${tried.failed}` : ''}`);
    out.push(`  → ${step.outcome}`);
  }
  out.push('');
  out.push(`events:  ${doc.events.map((e) => `${e.source} → ${e.target ?? '—'} ${e.cameo}${e.negated ? ' (negated)' : ''}${e.mode ? ` (${e.mode})` : ''} by ${e.rule}`).join('; ') || 'none'}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

function showElement(element: ClauseTrace['tried'][number]['pattern']['elements'][number]): string {
  if (element.kind === 'word') return element.lemmas.join('|');
  if (element.kind === 'class') return `&${element.name}`;
  if (element.kind === 'object') return '~';
  return element.kind.toUpperCase();
}
