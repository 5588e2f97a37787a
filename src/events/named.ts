// The actors a sentence names (pronouns and possessives left out), indexed once per document so that clause
// reading asks about a token's mention without scanning every mention of a long article.
import type { ActorMention, Doc, Token } from '../doc.ts';
import { isPastForm, SAME_PAST } from '../nlp/words.ts';

const bySentence = new WeakMap<Doc, ActorMention[][]>();

export function namedIn(doc: Doc, sentence: number): ActorMention[] {
  let index = bySentence.get(doc);
  if (!index) {
    const lists: ActorMention[][] = doc.sentences.map(() => []);
    for (const m of doc.mentions) {
      if (m.via === 'pronoun' || m.via === 'possessive') continue;
      lists[doc.tokens[m.firstToken]?.sentence ?? -1]?.push(m);
    }
    index = lists;
    bySentence.set(doc, index);
  }
  return index[sentence] ?? [];
}

/** The coded actor named at token `t`, or right after a determiner there ("blamed on the RSF"). */
export function namedAt(doc: Doc, t: number): ActorMention | undefined {
  const token = doc.tokens[t];
  if (!token) return undefined;
  const first = token.pos === 'DET' ? t + 1 : t;
  return namedIn(doc, token.sentence).find((m) => m.firstToken === first && m.code !== null);
}

/** Particles of a phrasal participle: "carried out by", "put forward by", "drawn up by". */
const PARTICLES = new Set(['out', 'forward', 'up', 'down', 'off', 'in', 'on', 'over']);

/**
 * Verbs whose agent makes or does what their participle qualifies, so that it owns it: "the plan drafted by
 * France", "the attack carried out by militants", "drones launched by Russia" (not "the men wanted by Interpol").
 */
const AUTHORING = new Set(['draft', 'propose', 'put', 'carry', 'launch', 'sponsor', 'table', 'submit', 'present', 'draw', 'issue', 'make', 'conduct', 'stage', 'order', 'send', 'supply', 'fire', 'deploy', 'announce', 'impose', 'introduce', 'adopt', 'pass', 'unveil', 'write', 'build', 'commit', 'perpetrate', 'organise', 'organize', 'plan', 'claim']);

/**
 * "the attack carried out by militants", "the plan drafted by France": where a participle at `t` qualifying the
 * noun before it is followed by its agent, the token after "by"; else -1. `authored`: only for a participle whose
 * agent owns the noun (AUTHORING).
 */
export function agentAfterParticiple(tokens: Token[], t: number, authored = false): number {
  const verb = tokens[t];
  if (verb?.pos !== 'VERB' || !(isPastForm(verb.lower) || SAME_PAST.has(verb.lower)) || tokens[t - 1]?.pos !== 'NOUN') return -1;
  if (authored && !AUTHORING.has(verb.lemma)) return -1;
  const by = PARTICLES.has(tokens[t + 1]?.lower ?? '') ? t + 2 : t + 1;
  return tokens[by]?.lower === 'by' && tokens[by].sentence === verb.sentence ? by + 1 : -1;
}
