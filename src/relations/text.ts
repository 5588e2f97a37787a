// Relations the text states: each sentence is fitted against the wordings of phrases.yaml; where wordings
// compete for the same words the more specific wins; questions, conditionals, futures and modals are not read,
// and negation turns member_of / partner_of into their not_ forms.
import type { Doc, Relation } from '../doc.ts';
import { groupsAt, type Context } from './groups.ts';
import { fitElided, fitPhrase, type Fit } from './match.ts';
import { candidatesFor, fileUnderWords, type WordFiling } from '../lexicon/filing.ts';
import type { Phrase } from './phrases.ts';
import { COUNTS, NEGATED } from './vocabulary.ts';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'none', 'neither', 'nor']);
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'can', 'shall', "'ll", 'must', 'to']);
const CONDITIONALS = new Set(['if', 'whether', 'unless', 'should', 'would', 'could', 'lest', 'once']);
const CONJUNCTIONS = new Set(['and', 'but', 'yet']);
const ALONGSIDE = [['alongside'], ['along', 'with'], ['together', 'with'], ['like']];

export function readRelations(doc: Doc, phrases: Phrase[], context: Context): Relation[] {
  const relations: Relation[] = [];
  const seen = new Set<string>();
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s];
    if (doc.tokens[sentence.lastToken]?.text === '?') continue;
    const words = new Set<string>();
    for (let t = sentence.firstToken; t <= sentence.lastToken; t++) {
      words.add(doc.tokens[t].lower);
      words.add(doc.tokens[t].lemma.toLowerCase());
    }
    const present = candidates(phrases, words).filter((phrase) => requiredWordsPresent(phrase, words));
    if (present.length === 0) continue;
    const fits: Fit[] = [];
    for (const phrase of present) fits.push(...fitPhrase(context, phrase, sentence.firstToken, sentence.lastToken));
    fits.push(...elidedFits(context, present, fits, sentence.firstToken, sentence.lastToken));
    for (const fit of mostSpecific(fits)) {
      const alongside = coSubjects(context, fit, sentence.lastToken);
      if (alongside && fit.subject) fit.subject = { ...fit.subject, codes: [...fit.subject.codes, ...alongside.filter((code) => !fit.subject?.codes.includes(code))] };
      for (const relation of relationsOf(doc, fit, s)) {
        const key = `${relation.subject}|${relation.predicate}|${relation.object}|${relation.count ?? ''}|${s}`;
        if (seen.has(key)) continue;
        seen.add(key);
        relations.push(relation);
      }
    }
  }
  return relations;
}

/**
 * Clauses after "and"/"but" that leave their subject out take the subject of the clause before: the last fit's,
 * or the list of actors that opens the sentence. Conjunctions inside a list of actors are not clause joins.
 */
function elidedFits(context: Context, phrases: Phrase[], fits: Fit[], first: number, last: number): Fit[] {
  const tokens = context.doc.tokens;
  const opening = groupsAt(context, first, last)[0] ?? null;
  const insideLists = new Set<number>();
  for (let t = first; t <= last; t++) {
    const group = context.mentions.has(t) ? groupsAt(context, t, last)[0] : undefined;
    if (group?.how === 'named') for (let k = group.first; k <= group.last; k++) insideLists.add(k);
  }
  const found: Fit[] = [];
  for (let c = first + 1; c < last; c++) {
    if (!CONJUNCTIONS.has(tokens[c].lower) || insideLists.has(c)) continue;
    const before = fits.filter((fit) => fit.subject && fit.cueLast < c).sort((a, b) => b.cueLast - a.cueLast)[0];
    const subject = before?.subject ?? (opening && opening.last < c ? opening : null);
    if (!subject) continue;
    for (const phrase of phrases) {
      const fit = fitElided(context, phrase, subject, c + 1, last);
      if (fit) found.push(fit);
    }
  }
  return found;
}

/** "India is part of the Quad alongside Japan and Australia": the actors named alongside share the relation. */
function coSubjects(context: Context, fit: Fit, last: number): string[] | null {
  if (fit.phrase.entry.predicate !== 'member_of' && fit.phrase.entry.predicate !== 'partner_of') return null;
  const tokens = context.doc.tokens;
  let at = fit.last + 1;
  if (at <= last && tokens[at].text === ',') at++;
  for (const words of ALONGSIDE) {
    if (words.every((word, k) => tokens[at + k]?.lower === word) && at + words.length <= last) {
      const group = groupsAt(context, at + words.length, last)[0];
      return group?.how === 'named' ? group.codes.filter((code) => !code.startsWith('IGO')) : null;
    }
  }
  return null;
}

const firstWordFilings = new WeakMap<Phrase[], WordFiling>();

/**
 * The wordings whose first required word (or a stand-in for it) is in the sentence, in their order: the few
 * worth testing whole, found through a filing built once per phrase list instead of a pass over every wording.
 */
function candidates(phrases: Phrase[], words: ReadonlySet<string>): Phrase[] {
  let filing = firstWordFilings.get(phrases);
  if (!filing) {
    filing = fileUnderWords(phrases.length, (p) =>
      phrases[p].required.length === 0 ? null : (phrases[p].required[0] ?? []).flatMap((word) => (word === "'s" ? [word, "'"] : word === 'be' ? [word, ','] : [word])),
    );
    firstWordFilings.set(phrases, filing);
  }
  return candidatesFor(filing, words).map((p) => phrases[p]);
}

/** A cheap test before fitting: every required word of the wording is in the sentence (a comma may stand for "be"). */
function requiredWordsPresent(phrase: Phrase, words: ReadonlySet<string>): boolean {
  for (const alternatives of phrase.required) {
    let found = false;
    for (const word of alternatives) {
      if (words.has(word) || (word === "'s" && words.has("'")) || (word === 'be' && words.has(','))) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Where fits share cue words, the one with more literal words (then the earlier wording) is kept. */
function mostSpecific(fits: Fit[]): Fit[] {
  const ranked = [...fits].sort((a, b) => b.phrase.literals - a.phrase.literals || a.cueFirst - b.cueFirst);
  const kept: Fit[] = [];
  for (const fit of ranked) {
    if (kept.some((other) => fit.cueFirst <= other.cueLast && other.cueFirst <= fit.cueLast)) continue;
    kept.push(fit);
  }
  return kept.sort((a, b) => a.first - b.first);
}

function relationsOf(doc: Doc, fit: Fit, sentenceIndex: number): Relation[] {
  const { entry } = fit.phrase;
  const tokens = doc.tokens;
  const gapped = fit.gapped.map((t) => tokens[t]);
  if (gapped.some((token) => fit.phrase.unless.has(token.lower))) return [];
  if (hyphenated(doc, fit).some((word) => fit.phrase.unless.has(word))) return [];
  if (gapped.some((token) => MODALS.has(token.lower) && (token.lower !== 'to' || token.pos === 'PART'))) return [];
  if (conditionalClause(doc, fit.first, doc.sentences[sentenceIndex].firstToken)) return [];
  let predicate = entry.predicate;
  if (gapped.some((token) => NEGATORS.has(token.lower))) {
    const negated = NEGATED[predicate];
    if (!negated) return [];
    predicate = negated;
  }
  const sentence = doc.sentences[sentenceIndex];
  const base = {
    date: entry.dated ? (timeAfter(doc, fit.first, sentence.end) ?? doc.published) : doc.published,
    evidence: { start: sentence.start, end: sentence.end },
    from: 'text' as const,
    rule: fit.phrase.rule,
  };
  if (predicate === 'member_of' && endsUntil(doc, fit.last + 1, sentence.lastToken)) predicate = 'former_member_of';
  const subjects = fit.subject?.codes ?? [];
  const relations: Relation[] = [];
  if (COUNTS.has(predicate)) {
    for (const subject of subjects) relations.push({ subject, predicate, object: subject, count: fit.count ?? undefined, ...base });
    return relations;
  }
  if (fit.group) {
    const members = fit.group.codes;
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) relations.push({ subject: members[a], predicate, object: members[b], ...base });
    }
    return relations;
  }
  const objects = entry.fixedObject ? [entry.fixedObject] : (fit.object?.codes ?? []);
  for (const subject of subjects) {
    for (const object of objects) if (subject !== object) relations.push({ subject, predicate, object, ...base });
  }
  return relations;
}

/** "Albania was a member of the Warsaw Pact until it withdrew": a membership that ended. */
function endsUntil(doc: Doc, from: number, last: number): boolean {
  for (let t = from; t <= last; t++) {
    const word = doc.tokens[t].lower;
    if (word === ';' || word === ',') return false;
    if (word === 'until' || word === 'till') return true;
  }
  return false;
}

/** Hyphenated words inside the fit ("would-be", "non-member") as one word, for `unless`. */
function hyphenated(doc: Doc, fit: Fit): string[] {
  const words: string[] = [];
  for (let t = fit.first + 1; t < fit.last; t++) {
    if (doc.tokens[t].text === '-') words.push(`${doc.tokens[t - 1].lower}-${doc.tokens[t + 1].lower}`, doc.tokens[t - 1].lower);
  }
  return words;
}

/** "If Ukraine joins NATO", "Should India join", "whether Brazil would leave": the clause before the fit. */
function conditionalClause(doc: Doc, first: number, sentenceFirst: number): boolean {
  for (let t = first - 1; t >= sentenceFirst; t--) {
    const token = doc.tokens[t];
    if (token.text === ';' || token.text === ',') return false;
    if (CONDITIONALS.has(token.lower)) return true;
  }
  return false;
}

/** The first time the sentence names at or after the fit ("joined NATO on 4 April 2023"). */
function timeAfter(doc: Doc, firstToken: number, sentenceEnd: number): string | null {
  const from = doc.tokens[firstToken].start;
  let best: { start: number; date: string } | null = null;
  for (const time of doc.times) {
    if (time.span.start >= from && time.span.end <= sentenceEnd && (best === null || time.span.start < best.start)) {
      best = { start: time.span.start, date: time.start };
    }
  }
  return best?.date ?? null;
}
