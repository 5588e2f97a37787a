// Actors as TABARI/PETRARCH agent dictionaries mean them: within one noun group every actor and agent combines,
// prefix agents (`[NGO~]`) before the actor's code and suffix agents (`[~GOV]`) after it, in the order written,
// an agent code the code already holds being left out ("White House security officials" → USAGOV). Agents with
// no actor of their own take the actors after "of", "from" or "in" ("the ambassadors of Arnor and Gondor"), or
// else stand alone as "---GOV"; an agent coordinated after an actor's agent shares the actor ("Danish media and
// government"). "The information ministry of Gondor" is Gondor. Actor codes may be dated; the date picks one.
import type { ActorMention, Doc, Token } from '../doc.ts';
import { type GazetteerHit, matchAt } from '../lexicon/gazetteer.ts';
import type { ActorValue, AgentValue, Lexicon } from '../lexicon/index.ts';
import { codeOn } from '../lexicon/tabari/index.ts';

const GROUP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const OWNER_LINK = new Set(['of', 'from', 'in']);
const OF = new Set(['of']);
const COORDINATORS = new Set([',', 'and', 'or', 'nor', '&']);
/** The code TABARI gives an agent with no actor, and a null-coded actor. */
const NO_ACTOR = '---';

type Hit<T> = GazetteerHit<T>;
type Group = { first: number; last: number; actors: Hit<ActorValue>[]; agents: Hit<AgentValue>[] };

export function tabariMentions(doc: Doc, lexicon: Lexicon): ActorMention[] {
  const mentions: ActorMention[] = [];
  for (const sentence of doc.sentences) {
    const groups = nounGroups(doc, lexicon, sentence.firstToken, sentence.lastToken);
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g];
      if (group.actors.length > 0) {
        mentions.push(...actorsOf(doc, group, group.agents, group.first));
        continue;
      }
      // "Lawmakers and officials in Fornost and Gondor", "the ambassadors of Arnor, Osgiliath and Gondor",
      // "the information ministry of Gondor": the agents (if any) go to each actor of the owner groups.
      const chain = coordinatedChain(doc.tokens, groups, g, (x) => x.actors.length === 0 && x.agents.length > 0);
      const owners = ownerGroups(doc.tokens, groups, groups.indexOf(chain[chain.length - 1]), group.agents.length > 0 ? OWNER_LINK : OF);
      if (owners.length > 0) {
        owners.forEach((owner, k) => {
          const start = k === 0 ? group.first : owner.first;
          for (const agents of group.agents.length > 0 ? chain.map((c) => c.agents) : [[]]) mentions.push(...actorsOf(doc, owner, [...agents, ...owner.agents], start));
        });
        g = groups.indexOf(owners[owners.length - 1]);
        continue;
      }
      if (group.agents.length === 0) continue;
      // "Danish media and government": the agent shares the actor of the agent it is coordinated with.
      const before = groups[g - 1];
      if (before && before.actors.length === 1 && before.agents.length > 0 && coordinates(doc.tokens, before, group)) {
        const actor = before.actors[0];
        mentions.push(mention(doc, group.first, group.last, compose(codeOf(actor.entry.value, doc.published), group.agents), actor.entry.value.name, actor.entry.value.kind, 'agent', group.agents[0].entry.value.rule));
        continue;
      }
      const code = compose(NO_ACTOR, group.agents);
      mentions.push(mention(doc, group.first, group.last, code, group.agents[0].entry.name, 'other', 'agent', group.agents[0].entry.value.rule));
    }
  }
  return mentions;
}

/** The mentions of a group's actors, each with the agents written between it and the next actor. */
function actorsOf(doc: Doc, group: Group, agents: Hit<AgentValue>[], start: number): ActorMention[] {
  const out: ActorMention[] = [];
  const codes = group.actors.map((hit) => codeOf(hit.entry.value, doc.published));
  const single = codes.every((c) => c === codes[0]);
  group.actors.forEach((hit, k) => {
    if (single && k > 0) return;
    const mine = single ? agents : agents.filter((a) => (k === 0 || a.first > group.actors[k - 1].last) && (k === group.actors.length - 1 || a.first < group.actors[k + 1].first));
    const first = single || k === 0 ? start : hit.first;
    const last = single ? Math.max(hit.last, ...group.actors.map((h) => h.last), ...mine.map((a) => a.last)) : Math.max(hit.last, ...mine.map((a) => a.last));
    // "FRO/BIL/SAM": an entry naming several actors codes each of them.
    for (const code of codes[k].split('/')) {
      if (code === NO_ACTOR || code === '') continue;
      const value = hit.entry.value;
      out.push(mention(doc, first, last, compose(code, mine), value.name, value.kind, mine.length > 0 ? 'agent' : 'name', value.rule));
    }
  });
  return out;
}

/** Prefix agents in front, suffix agents behind, each left out when the code already holds it. */
function compose(code: string, agents: Hit<AgentValue>[]): string {
  let out = code;
  for (const agent of agents) {
    const part = agent.entry.value.code;
    if (holds(out, part)) continue;
    out = agent.entry.value.position === 'prefix' ? part + out : out + part;
  }
  return out;
}

/** Whether a code has a part at one of its three-letter boundaries ("HGWGOVMED" holds "GOVMED" and "MED"). */
function holds(code: string, part: string): boolean {
  for (let k = 0; k + part.length <= code.length; k += 3) if (code.slice(k, k + part.length) === part) return true;
  return false;
}

function codeOf(value: ActorValue, date: string | null): string {
  return value.dated ? codeOn(value.dated, date) : value.code;
}

/** The groups after group `g` linked to it by one of `links` ("of", "in"…), with those coordinated with the first. */
function ownerGroups(tokens: Token[], groups: Group[], g: number, links: Set<string>): Group[] {
  const next = groups[g + 1];
  if (!next || next.actors.length === 0 || next.first !== groups[g].last + 2 || !links.has(tokens[groups[g].last + 1].lower)) return [];
  return coordinatedChain(tokens, groups, g + 1, (x) => x.actors.length > 0);
}

/** Group `g` and the groups coordinated after it ("X, Y and Z") that pass `test`. */
function coordinatedChain(tokens: Token[], groups: Group[], g: number, test: (group: Group) => boolean): Group[] {
  const chain = [groups[g]];
  for (let k = g + 1; k < groups.length && test(groups[k]) && coordinates(tokens, chain[chain.length - 1], groups[k]); k++) chain.push(groups[k]);
  return chain;
}

/** Only commas and conjunctions between two groups. */
function coordinates(tokens: Token[], left: Group, right: Group): boolean {
  if (right.first <= left.last + 1) return false;
  for (let t = left.last + 1; t < right.first; t++) if (!COORDINATORS.has(tokens[t].lower)) return false;
  return true;
}

/**
 * Runs of noun-group words (determiners, adjectives, nouns, names, numbers, possessive 's) and dictionary names,
 * with the actors found in them (longest names first) and the agents (at every word, so that "main opposition
 * group" yields both MAIN_OPPOSITION_GROUP and OPPOSITION_GROUP, as TABARI reads them).
 */
function nounGroups(doc: Doc, lexicon: Lexicon, from: number, to: number): Group[] {
  const { tokens, text } = doc;
  const actorAt = new Map<number, Hit<ActorValue>>();
  const covered = new Uint8Array(to + 1);
  for (let i = from; i <= to; ) {
    const hit = matchAt(lexicon.actors, text, tokens, i, to);
    if (!hit) {
      i++;
      continue;
    }
    actorAt.set(i, hit);
    for (let t = hit.first; t <= hit.last; t++) covered[t] = 1;
    i = hit.last + 1;
  }
  const agentAt = new Map<number, Hit<AgentValue>>();
  for (let i = from; i <= to; i++) {
    if (covered[i] === 1) continue;
    const hit = matchAt(lexicon.agents, text, tokens, i, to);
    if (hit && !tokens.slice(hit.first, hit.last + 1).some((_, k) => covered[hit.first + k] === 1)) {
      agentAt.set(i, hit);
      for (let t = hit.first; t <= hit.last; t++) covered[t] = Math.max(covered[t], 2);
    }
  }
  const groups: Group[] = [];
  let current: Group | null = null;
  for (let i = from; i <= to; i++) {
    // "awful and evil minister": a conjunction between adjectives stays inside the group.
    const betweenAdjectives = tokens[i].pos === 'CCONJ' && current !== null && tokens[i - 1].pos === 'ADJ' && i < to && tokens[i + 1].pos === 'ADJ';
    const inGroup = covered[i] > 0 || GROUP_POS.has(tokens[i].pos) || tokens[i].lower === "'s" || tokens[i].lower === '’s' || betweenAdjectives;
    if (!inGroup) {
      current = null;
      continue;
    }
    if (!current) {
      current = { first: i, last: i, actors: [], agents: [] };
      groups.push(current);
    }
    current.last = i;
    const actor = actorAt.get(i);
    if (actor) {
      current.actors.push(actor);
      current.last = actor.last;
      i = actor.last;
      continue;
    }
    const agent = agentAt.get(i);
    if (agent) {
      current.agents.push(agent);
      current.last = Math.max(current.last, agent.last);
    }
  }
  return groups;
}

function mention(doc: Doc, first: number, last: number, code: string, name: string, kind: ActorMention['kind'], via: string, rule: string): ActorMention {
  const start = doc.tokens[first].start;
  const end = doc.tokens[last].end;
  return { start, end, text: doc.text.slice(start, end), firstToken: first, lastToken: last, code, name, kind, via, person: null, rule };
}
