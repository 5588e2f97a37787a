// Loads a TABARI/PETRARCH text dictionary given with --dict into the same structures dyad's YAML dictionaries
// fill: actor and agent gazetteers, verb patterns, discards. The kind of file is told from its content.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { addName } from '../gazetteer.ts';
import type { ActorValue, AgentValue, Lexicon } from '../index.ts';
import { readActorDictionary } from './actors.ts';
import { readAgentDictionary } from './agents.ts';
import { tabariKind, type TabariKind } from './detect.ts';
import { readDiscardDictionary } from './discards.ts';
import { readEnvironment } from './environment.ts';
import { readVerbDictionary, type Synsets } from './verbs.ts';

export type { DatedCode } from './dated.ts';
export { codeOn } from './dated.ts';
export type { Transformation } from './verbs.ts';

/** What a TABARI file adds to: the Lexicon's own fields, and the synsets that later verb files may use. */
export type TabariTarget = Pick<Lexicon, 'actors' | 'agents' | 'formVerbs' | 'discards' | 'transformations' | 'problems'> & { synsets: Synsets };

/** One loaded file: its kind and how many entries (verb patterns, actors, agents, discards) it gave. */
export type LoadedDictionary = { file: string; kind: TabariKind; entries: number; names: number };

export function loadTabariFile(file: string, target: TabariTarget): LoadedDictionary[] {
  const source = readFileSync(file, 'utf8');
  const kind = tabariKind(source);
  if (kind === null) throw new Error(`${file}: not a TABARI/PETRARCH dictionary (no verb blocks, [codes] or discard phrases found)`);
  const name = basename(file).replace(/\.txt$/i, '');
  if (kind === 'environment') {
    const environment = readEnvironment(source, file);
    if (typeof environment === 'string') throw new Error(environment);
    const files = [...environment.verbs, ...environment.actors, ...environment.agents, ...environment.discards];
    return files.flatMap((f) => loadTabariFile(f, target));
  }
  if (kind === 'verbs') {
    const verbs = readVerbDictionary(source, file, name, target.synsets);
    target.problems.push(...verbs.problems);
    target.transformations.push(...verbs.transformations);
    let names = 0;
    for (const [form, patterns] of verbs.forms) {
      const existing = target.formVerbs.get(form);
      // Verbs of the same form from several files are pooled; the later file's patterns come first, so they win ties.
      target.formVerbs.set(form, existing ? [...patterns, ...existing.filter((p) => !p.rule.startsWith(`${name}:`))] : patterns);
      names++;
    }
    return [{ file, kind, entries: verbs.patterns, names }];
  }
  if (kind === 'actors') {
    const { actors, problems } = readActorDictionary(source, file);
    target.problems.push(...problems);
    let names = 0;
    for (const actor of actors) {
      const fallback = actor.codes.find((c) => c.from === null && c.until === null) ?? actor.codes[actor.codes.length - 1];
      const value: ActorValue = { code: fallback.code, name: actor.names[0], kind: kindOf(fallback.code), via: 'name', rule: `${name}:${actor.line}` };
      if (actor.codes.length > 1) value.dated = actor.codes;
      for (const n of actor.names) {
        addName(target.actors, n, value, { override: true });
        names++;
      }
    }
    return [{ file, kind, entries: actors.length, names }];
  }
  if (kind === 'agents') {
    const { agents, problems } = readAgentDictionary(source, file);
    target.problems.push(...problems);
    let names = 0;
    for (const agent of agents) {
      const value: AgentValue = { code: agent.code, rule: `${name}:${agent.line}` };
      if (agent.position === 'prefix') value.position = 'prefix';
      for (const n of agent.names) {
        addName(target.agents, n, value, { override: true });
        names++;
      }
    }
    return [{ file, kind, entries: agents.length, names }];
  }
  const { discards, problems } = readDiscardDictionary(source, file);
  target.problems.push(...problems);
  for (const d of discards) {
    const list = target.discards.get(d.phrase[0]) ?? [];
    list.push({ id: `${name}:${d.line}`, reason: `${d.story ? 'story' : 'sentence'} discard "${d.text}"`, phrase: d.phrase, story: d.story });
    target.discards.set(d.phrase[0], list);
  }
  return [{ file, kind, entries: discards.length, names: discards.length }];
}

/** CAMEO actor codes say what they are: IGO…, NGO…, a bare three-letter country, or something more specific. */
function kindOf(code: string): ActorValue['kind'] {
  if (code.startsWith('IGO')) return 'igo';
  if (code.startsWith('NGO')) return 'ngo';
  if (/^[A-Z]{3}$/.test(code)) return 'country';
  return 'group';
}
