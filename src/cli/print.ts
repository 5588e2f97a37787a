// How `dyad code` prints records: json, jsonl, tsv (one event a line) and table (for a person at a terminal).
import type { DocRecord } from '../record.ts';

export const FORMATS = ['json', 'jsonl', 'tsv', 'table'] as const;
export type Format = (typeof FORMATS)[number];

export const TSV_COLUMNS = ['doc', 'sentence', 'date', 'source', 'target', 'cameo', 'root', 'quad', 'goldstein', 'plover', 'negated', 'mode', 'place', 'rule', 'text'];

const cell = (value: unknown): string => (value === null || value === undefined ? '' : String(value).replace(/[\t\n\r]+/g, ' '));

export function tsvRows(record: DocRecord): string {
  return record.events
    .map((e) =>
      [record.id, e.sentence, e.date, e.source, e.target, e.cameo, e.root, e.quad, e.goldstein, e.plover.event, e.negated, e.mode, e.place?.name, e.rule, record.text.slice(e.evidence.start, e.evidence.end)]
        .map(cell)
        .join('\t'),
    )
    .map((line) => `${line}\n`)
    .join('');
}

export function table(record: DocRecord): string {
  const lines: string[] = [];
  lines.push(`${record.source}  ${record.published ?? 'undated'}  ${record.sentences.length} sentences`);
  if (record.title) lines.push(`  title: ${record.title}`);
  if (record.removed.length) lines.push(`  removed: ${record.removed.map((r) => `${r.reason} "${clip(r.text, 40)}"`).join('; ')}`);
  lines.push(`  actors: ${record.actors.map((a) => `${a.code} (${a.name}, ${a.mentions.length}×)`).join(', ') || '—'}`);
  if (record.people.length) lines.push(`  people: ${record.people.map((p) => `${p.name}${p.actor ? ` [${p.actor}]` : ''}${p.role ? ` — ${p.role}` : ''}`).join('; ')}`);
  if (record.places.length) lines.push(`  places: ${record.places.map((p) => `${p.name} (${p.country ?? '?'})`).join(', ')}`);
  if (record.times.length) lines.push(`  times: ${record.times.map((t) => `${t.text} = ${t.start}${t.end !== t.start ? `..${t.end}` : ''}`).join(', ')}`);
  lines.push('  events:');
  for (const e of record.events) {
    const flags = [e.negated ? 'NEGATED' : '', e.mode ?? ''].filter(Boolean).join(' ');
    lines.push(`    ${e.source} → ${e.target ?? '—'}  ${e.cameo} q${e.quad} g${e.goldstein}${flags ? `  [${flags}]` : ''}  ${e.date ?? ''}${e.place ? ` @${e.place.name}` : ''}`);
    lines.push(`      "${clip(record.text.slice(e.evidence.start, e.evidence.end), 110)}"  (${e.rule})`);
  }
  if (record.events.length === 0) lines.push('    —');
  if (record.quotes.length) {
    lines.push('  quotes:');
    for (const q of record.quotes) lines.push(`    ${q.kind} ${q.speaker ? `${q.speaker.name}${q.speaker.actor ? ` [${q.speaker.actor}]` : ''}` : '?'}: "${clip(q.text, 100)}"`);
  }
  for (const warning of record.warnings) lines.push(`  warning: ${warning}`);
  return `${lines.join('\n')}\n\n`;
}

const clip = (text: string, n: number): string => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
