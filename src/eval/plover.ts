// `npm run eval -- plover FILE [--misses N]`: scores actors and events against the PLOVER gold-standard records
// (PLOVER_GSR_CAMEO.txt, a JSON list of one-sentence records with coded sources, targets and event type).
// Actors: is each gold source and target (the first three letters of its code: a country, IGO or NGO) among the
// actors dyad finds in that sentence? Recall is the share of gold actors found; precision the share of dyad's
// actors that are gold actors of the record.
// Events: did dyad code the gold event type (its CAMEO code mapped to PLOVER through dictionaries/cameo.tsv) from a
// gold source to a gold target (any target when the record has none)? And which of dyad's events match no gold
// event? The gold file is read from the path given; nothing of it is kept.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../lexicon/index.ts';
import { codeDoc } from '../pipeline.ts';

type GoldActor = { actorText?: string; code?: string };
type GoldRecord = { id: string; date?: string; text?: string; event?: string; source?: GoldActor[] | string; target?: GoldActor[] | string };

export type ActorScore = {
  records: number;
  gold: number;
  found: number;
  dyad: number;
  inGold: number;
  misses: Array<{ id: string; code: string; actorText: string; text: string; dyad: string[] }>;
};

const head = (code: string): string => code.slice(0, 3).toUpperCase();

function sideCodes(side: GoldActor[] | string | undefined): Set<string> {
  const codes = new Set<string>();
  if (Array.isArray(side)) for (const actor of side) if (actor.code && actor.code.length >= 3) codes.add(head(actor.code));
  return codes;
}

function goldActors(record: GoldRecord): Map<string, string> {
  const actors = new Map<string, string>();
  for (const side of [record.source, record.target]) {
    if (!Array.isArray(side)) continue;
    for (const actor of side) if (actor.code && actor.code.length >= 3) actors.set(head(actor.code), actor.actorText ?? '');
  }
  return actors;
}

export function scoreActors(records: GoldRecord[]): ActorScore {
  const lexicon = loadLexicon();
  const score: ActorScore = { records: 0, gold: 0, found: 0, dyad: 0, inGold: 0, misses: [] };
  for (const record of records) {
    if (!record.text) continue;
    const gold = goldActors(record);
    if (gold.size === 0) continue;
    score.records++;
    const doc = codeDoc(record.text, { lexicon, date: record.date });
    const found = new Set(doc.mentions.filter((m) => m.code).map((m) => head(m.code as string)));
    score.dyad += found.size;
    for (const code of found) if (gold.has(code)) score.inGold++;
    for (const [code, actorText] of gold) {
      score.gold++;
      if (found.has(code)) score.found++;
      else score.misses.push({ id: record.id, code, actorText, text: record.text, dyad: [...found] });
    }
  }
  return score;
}

/** PLOVER's event names as the gold file (PLOVER 0.5) and cameo.tsv (PLOVER 2021) spell them. */
const RENAMED: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };
const ploverName = (event: string): string => RENAMED[event] ?? event;

/** One dyad event as the eval sees it: PLOVER type and the country parts of source and target. */
type Coded = { plover: string; cameo: string; source: string; target: string | null; rule: string };

export type EventScore = {
  records: number;
  /** Records where dyad coded the gold type from a gold source to a gold target (any target when none is given). */
  found: number;
  /** Records where the gold type was coded between the gold actors in either direction, or without its target. */
  foundLoosely: number;
  /** dyad's events with a PLOVER type (statements, which PLOVER does not code, are left out). */
  dyad: number;
  /** dyad's events that are the record's gold event. */
  matching: number;
  /** dyad's events with the gold type and gold actors, but turned round or without the gold target. */
  partial: number;
  misses: Array<{ id: string; event: string; sources: string[]; targets: string[]; text: string; dyad: Coded[] }>;
  falses: Array<{ id: string; event: string; sources: string[]; targets: string[]; text: string; coded: Coded }>;
  byType: Map<string, { records: number; found: number }>;
};

export function scoreEvents(records: GoldRecord[]): EventScore {
  const lexicon = loadLexicon();
  const score: EventScore = { records: 0, found: 0, foundLoosely: 0, dyad: 0, matching: 0, partial: 0, misses: [], falses: [], byType: new Map() };
  for (const record of records) {
    if (!record.text || !record.event || record.event === 'DOCUMENT') continue;
    const event = ploverName(record.event);
    const sources = sideCodes(record.source);
    const targets = sideCodes(record.target);
    if (sources.size === 0) continue;
    score.records++;
    const type = score.byType.get(event) ?? { records: 0, found: 0 };
    type.records++;
    score.byType.set(event, type);
    const doc = codeDoc(record.text, { lexicon, date: record.date });
    const coded: Coded[] = doc.events
      .filter((e) => !e.negated && e.plover.event)
      .map((e) => ({ plover: ploverName(e.plover.event as string), cameo: e.cameo, source: head(e.source), target: e.target ? head(e.target) : null, rule: e.rule }));
    // dyad leaves out a target of the source's own country ("Iraqi Kurds demonstrated in Kirkuk"): such a
    // domestic gold event is found by an event without target.
    const domestic = [...targets].every((t) => sources.has(t));
    const gold = (c: Coded): boolean => c.plover === event && sources.has(c.source) && (targets.size === 0 || (c.target !== null ? targets.has(c.target) : domestic));
    const loose = (c: Coded): boolean => {
      if (c.plover !== event) return false;
      const actors = new Set([...sources, ...targets]);
      return actors.has(c.source) && (c.target === null || actors.has(c.target));
    };
    if (coded.some(gold)) {
      score.found++;
      type.found++;
    }
    if (coded.some(loose)) score.foundLoosely++;
    else if (!coded.some(gold)) score.misses.push({ id: record.id, event, sources: [...sources], targets: [...targets], text: record.text, dyad: coded });
    for (const c of coded) {
      score.dyad++;
      if (gold(c)) score.matching++;
      else if (loose(c)) score.partial++;
      else score.falses.push({ id: record.id, event, sources: [...sources], targets: [...targets], text: record.text, coded: c });
    }
  }
  return score;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { misses: { type: 'string', default: '0' } } });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('usage: npm run eval -- plover PLOVER_GSR_CAMEO.txt [--misses N]\n');
    return 2;
  }
  let records: GoldRecord[];
  try {
    records = JSON.parse(readFileSync(file, 'utf8')) as GoldRecord[];
  } catch (error) {
    process.stderr.write(`plover: ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  if (!Array.isArray(records)) {
    process.stderr.write(`plover: ${file}: expected a JSON list of records\n`);
    return 2;
  }
  const score = scoreActors(records);
  const percent = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
  console.log(`records with gold actors: ${score.records}`);
  console.log(`actor recall:    ${score.found}/${score.gold} gold source/target actors found (${percent(score.found, score.gold)})`);
  console.log(`actor precision: ${score.inGold}/${score.dyad} of dyad's actors are gold actors (${percent(score.inGold, score.dyad)})`);
  const byCode = new Map<string, number>();
  for (const miss of score.misses) byCode.set(miss.code, (byCode.get(miss.code) ?? 0) + 1);
  console.log(`missed by code: ${[...byCode].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
  for (const miss of score.misses.slice(0, Number(values.misses))) {
    console.log(`- ${miss.id} ${miss.code} "${miss.actorText}" → dyad [${miss.dyad.join(' ')}]: ${miss.text}`);
  }
  const events = scoreEvents(records);
  const show = (c: Coded): string => `${c.source}>${c.target ?? '-'} ${c.cameo} ${c.plover} (${c.rule})`;
  console.log('');
  console.log(`records with a gold event: ${events.records}`);
  console.log(`event recall:    ${events.found}/${events.records} records with the gold type from a gold source to a gold target (${percent(events.found, events.records)})`);
  console.log(`                 ${events.foundLoosely}/${events.records} with the gold type between gold actors in either direction or without its target (${percent(events.foundLoosely, events.records)})`);
  console.log(`dyad's events:   ${events.dyad} with a PLOVER type; ${events.matching} are the gold event, ${events.partial} partly (turned round or no target), ${events.falses.length} match no gold event (${percent(events.falses.length, events.dyad)})`);
  console.log(`recall by type:  ${[...events.byType].sort((a, b) => b[1].records - a[1].records).map(([t, n]) => `${t} ${n.found}/${n.records}`).join(', ')}`);
  for (const miss of events.misses.slice(0, Number(values.misses))) {
    console.log(`- missed ${miss.id} ${miss.event} ${miss.sources.join('+')}>${miss.targets.join('+') || '-'}: dyad [${miss.dyad.map(show).join('; ')}]: ${miss.text}`);
  }
  for (const wrong of events.falses.slice(0, Number(values.misses))) {
    console.log(`- false ${wrong.id} ${show(wrong.coded)}; gold ${wrong.event} ${wrong.sources.join('+')}>${wrong.targets.join('+') || '-'}: ${wrong.text}`);
  }
  return 0;
}
