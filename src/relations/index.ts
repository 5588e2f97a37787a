// The relations stage: standing relations the text states (from the wordings in dictionaries/relations/
// phrases.yaml) and those the dated knowledge holds for the actors the article names, contradictions marked.
import { join } from 'node:path';
import type { Doc, Relation } from '../doc.ts';
import { relationContext } from './groups.ts';
import { loadKnowledge, memberStandings, RELATIONS_DIR, type Knowledge } from './knowledge.ts';
import { knownRelations } from './known.ts';
import { loadPhrases, type Phrase } from './phrases.ts';
import { readRelations } from './text.ts';

export type RelationLexicon = { knowledge: Knowledge; phrases: Phrase[]; problems: string[] };

/** No bodies and no wordings: for lexicons built without dyad's dictionaries. */
export function emptyRelationLexicon(): RelationLexicon {
  return { knowledge: { bodies: new Map(), byPair: new Map(), listedIn: new Map(), problems: [] }, phrases: [], problems: [] };
}

export function loadRelationLexicon(dir: string = RELATIONS_DIR): RelationLexicon {
  const knowledge = loadKnowledge(join(dir, 'bodies'));
  const { phrases, problems } = loadPhrases(join(dir, 'phrases.yaml'));
  return { knowledge, phrases, problems: [...knowledge.problems, ...problems] };
}

/** The stage: text relations first (in text order), then the knowledge relations for the actors involved. */
export function findRelations(doc: Doc, lexicon: { relations: RelationLexicon }): Relation[] {
  const { knowledge, phrases } = lexicon.relations;
  const stated = readRelations(doc, phrases, relationContext(doc));
  // The knowledge is asked about every actor the article names, people's states included ("the United States
  // Permanent Representative" brings in the United States), though people never fill a relation's slots.
  const codes = new Set<string>();
  for (const mention of doc.mentions) {
    if (mention.code === null) continue;
    const body = mention.code.startsWith('IGO') || mention.code.startsWith('NGO');
    codes.add(body ? mention.code : mention.code.slice(0, 3));
  }
  for (const relation of stated) codes.add(relation.subject).add(relation.object);
  return [...stated, ...knownRelations(knowledge, codes, stated, doc.published)];
}

let fallback: Knowledge | null = null;

function defaultKnowledge(): Knowledge {
  fallback ??= loadKnowledge();
  return fallback;
}

/**
 * The members of a body on a date, as codes: what a collective actor ("NATO members", "the member countries of
 * the alliance") stands for, for --expand-members. Observers and participants are not members.
 */
export function membersAt(code: string, date: string, knowledge: Knowledge = defaultKnowledge()): string[] {
  return memberStandings(knowledge, code, date).map((standing) => standing.code);
}
