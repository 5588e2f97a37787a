// The matcher's reading of clauses: complements, proposals, intent and demands, framings, slots and subjects.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { loadLexicon, type Lexicon } from '../../src/lexicon/index.ts';
import { code } from '../../src/pipeline.ts';
import { FIXTURE_DICTIONARIES } from '../fixtures/lexicon.ts';

let lexicon: Lexicon | null = null;
const engineLexicon = (): Lexicon => {
  lexicon ??= loadLexicon({ dictionaryDir: FIXTURE_DICTIONARIES, dicts: [fileURLToPath(new URL('./fixtures/engine-verbs.yaml', import.meta.url))] });
  return lexicon;
};
const events = (text: string): string[] =>
  code(text, { lexicon: engineLexicon(), date: '2023-03-31' }).events.map((e) => `${e.source}>${e.target ?? '-'}:${e.cameo}${e.negated ? ':neg' : ''}${e.mode ? `:${e.mode}` : ''}`);

test('the test patterns load', () => {
  assert.deepEqual(engineLexicon().problems, []);
});

test('a governing verb reads into its "that" complement, which is then not coded on its own', () => {
  assert.deepEqual(events('Chile demanded that Peru withdraw from Bolivia.'), ['CHL>PER:1056']);
});

test('what a demand or appeal asks for is not coded as done, even when the demanding verb codes nothing', () => {
  assert.deepEqual(events('Chile urged that Peru attack Bolivia.'), []);
});

test('a coded governor speaks for its infinitive', () => {
  assert.deepEqual(events('Chile agreed to meet with Peru.'), ['CHL>PER:036']);
});

test('what an actor will do is coded as intent or threat', () => {
  assert.deepEqual(events('Chile will attack Peru.'), ['CHL>PER:1384:future']);
  assert.deepEqual(events('Chile will meet with Peru.'), ['CHL>PER:036:future']);
  assert.deepEqual(events('Chile is ready to meet with Peru.'), ['CHL>PER:036:intended']);
});

test('"X said Y must…" is X\'s demand of Y; a pronoun subject of a reported clause is the reporter', () => {
  assert.deepEqual(events('Chile said that Peru must withdraw from Bolivia.'), ['CHL>PER:1056:obligation']);
  assert.deepEqual(events('Chile said that it will meet with Peru.'), ['CHL>PER:036:future']);
});

test('conditions, claims and allegations are not coded as events', () => {
  assert.deepEqual(events('Chile met with Peru if Bolivia attacked Argentina.'), ['CHL>PER:040', 'PER>CHL:040']);
  assert.deepEqual(events('Chile rejected claims that Peru attacked Bolivia.'), ['CHL>-:120']);
  assert.deepEqual(events('Chile accused Peru of attacking Bolivia.'), ['CHL>PER:112']);
});

test('a target slot after the pattern\'s words may name no actor; a direct object must', () => {
  assert.deepEqual(events('Chile held talks with the rebels.'), ['CHL>-:040']);
  assert.deepEqual(events('Chile held the vote.'), []);
});

test('an actor slot takes the owner of its noun group through "of"', () => {
  assert.deepEqual(events('Chile attacked the ports of Peru.'), ['CHL>PER:190']);
});

test('the subject noun of "take place" and "be held" names the event', () => {
  assert.deepEqual(events('Talks were held between France and Chile.'), ['FRA>CHL:040', 'CHL>FRA:040']);
});

test('a subject that names no actor stands for the actor after "of" or "in"', () => {
  assert.deepEqual(events('Members of NATO met with Chile.'), ['IGOWSTNAT>CHL:040', 'CHL>IGOWSTNAT:040']);
});

test('verbs that start or keep up an action read as "hold" of their object', () => {
  assert.deepEqual(events('Chile began talks with Peru.'), ['CHL>PER:040', 'PER>CHL:040']);
});

test('verbs joined by "and" share a subject; a closing attribution starts its own clause', () => {
  assert.deepEqual(events('Chile met with Peru and attacked Bolivia.'), ['CHL>PER:040', 'PER>CHL:040', 'CHL>BOL:190']);
  assert.deepEqual(events('Chile attacked Peru, the president said.'), ['CHL>PER:190']);
});

test('a compound subject of a meeting verb meets itself', () => {
  assert.deepEqual(events('Chile and Peru discussed the border.'), ['CHL>PER:040', 'PER>CHL:040']);
});

test('a past tense the tagger reads as a noun is found through the dictionary\'s verbs', () => {
  assert.deepEqual(events('Chile forgave Peru.'), ['CHL>PER:056']);
});

test('a refused cooperation is also coded as its rejection; what one would not do stays a negated possibility', () => {
  assert.deepEqual(events('Chile will not meet with Peru.'), ['CHL>PER:036:neg:future', 'CHL>PER:125:future']);
  assert.deepEqual(events('Chile refused to meet with Peru.'), ['CHL>PER:040:neg', 'CHL>PER:125']);
  assert.deepEqual(events('Chile would not meet with Peru.'), ['CHL>PER:036:neg:hypothetical']);
});

test('hyphenated compounds and compounds written apart match the dictionary\'s hyphenated words', () => {
  assert.deepEqual(events('Chile staged a sit-in.'), ['CHL>-:140']);
});

test('a generic governor ("agreed to") yields to the code of what was agreed, and codes when nothing finer does', () => {
  assert.deepEqual(events('Chile agreed to the plan.'), ['CHL>-:030']);
  assert.deepEqual(events('Chile agreed to withdraw from Peru.'), ['CHL>PER:0356:intended']);
});

test('a subject qualified by an "-ing" phrase keeps its verb; a reduced relative does not start a clause', () => {
  assert.deepEqual(events('Chile including its navy attacked Peru.'), ['CHL>PER:190']);
  assert.deepEqual(events('Chile attacked the ships bound for Peru.'), ['CHL>-:190']);
});

test('what a demand, appeal or invitation asks for is not coded, and the rejecting verb reads no further than the noun', () => {
  assert.deepEqual(events("Chile rejected Peru's repeated demand to end its alliance with Bolivia."), ['CHL>PER:120']);
  assert.deepEqual(events('Chile rejected a fresh appeal from Peru to withdraw from Bolivia.'), ['CHL>-:120']);
  assert.deepEqual(events('The Chilean rebels dismissed an appeal to lay down their arms.'), []);
});

test('a pattern that names the proposal noun still reads its infinitive', () => {
  assert.deepEqual(events('Chile accepted an offer to mediate.'), ['CHL>-:038']);
});

test('"is opposed to" says what the subject does: the object after "to" is the target, not the subject', () => {
  assert.deepEqual(events('Chile is opposed to Peruvian mediation in the dispute.'), ['CHL>PER:110']);
});

test('a protest or boycott someone will stage is a threat of dissent', () => {
  assert.deepEqual(events('Chile will boycott Peru.'), ['CHL>PER:133:future']);
  assert.deepEqual(events('Chile boycotted Peru.'), ['CHL>PER:143']);
});

test('a passive verb with no by-agent has no source: its subject is what was done to', () => {
  assert.deepEqual(events('Chile was implicated in the scandal.'), []);
  assert.deepEqual(events('Chile was implicated by Peru in the scandal.'), ['PER>CHL:112']);
});

test('"were engaged in" says what the subject did', () => {
  assert.deepEqual(events('Chile was engaged in talks with Peru.'), ['CHL>PER:046', 'PER>CHL:046']);
});

test('a material act with no target named, in another country, is done to that country; at home it has no target', () => {
  assert.deepEqual(events('Chile lifted the curfew in Peru.'), ['CHL>PER:0813']);
  assert.deepEqual(events('Chile lifted the curfew in Santiago.'), ['CHL>-:0813']);
  // After the object, a place names whom a rejection concerns (src/events/object.ts), not where an accord was signed.
  assert.deepEqual(events('Chile rejected the plan in Peru.'), ['CHL>PER:120']);
});

test('what a promise or commitment was for is not coded as done', () => {
  assert.deepEqual(events('Chile broke its commitment to the Peruvian people for holding elections.'), []);
});

test('the "that" clause of a message says what it says; "it" there is whom the message was for', () => {
  assert.deepEqual(events('Chile sent a blunt reminder to Peru that it must cooperate with Bolivia.'), ['CHL>PER:101:obligation']);
});

test('a participle and its phrase qualify the subject before them, and "sources in X said" starts at "sources"', () => {
  assert.deepEqual(events('The Chilean commandos based in Bolivia attacked Peru.'), ['CHL>PER:190']);
  assert.deepEqual(events('Chile attacked Peru near the border on Monday, officials in Bolivia said.'), ['CHL>PER:190', 'BOLGOV>-:010']);
});

test('what someone is arrested, accused or suspected of, past the phrases between, is an allegation', () => {
  assert.deepEqual(events('Chile arrested a Peruvian journalist in Santiago for cooperating with Bolivia.'), []);
  assert.deepEqual(events('Chile sought two Peruvians suspected by Bolivia of attacking Brazil.'), []);
});

test('what an admission, with the phrase naming whose it is, says is a claim; someone else\'s demand is not done', () => {
  assert.deepEqual(events('Chile demanded an admission by Peru that its troops attacked Bolivia.'), []);
  assert.deepEqual(events('Chile heard demands from Peru that it withdraw from Bolivia.'), []);
});

test('an ally or rival named after an actor is not that actor', () => {
  assert.deepEqual(events("Chile attacked Peru's militia ally."), ['CHL>-:190']);
  assert.deepEqual(events("Chile attacked Peru's militia."), ['CHL>PER:190']);
});

test('a present tense after "before" or "until" tells what has not happened yet', () => {
  assert.deepEqual(events('Chile lifted the curfew before Peru attacked Bolivia.'), ['CHL>-:0813', 'PER>BOL:190']);
  assert.deepEqual(events('Chile will lift the curfew before Peru attacks Bolivia.'), ['CHL>-:0351:future']);
});

test('with no actor as object, a "to", "against" or "with" phrase right after the act names its target', () => {
  assert.deepEqual(events('Chile threatened severe reprisals against Peru.'), ['CHL>PER:130']);
  assert.deepEqual(events('Chile will boycott all contact with Peru.'), ['CHL>PER:133:future']);
  // An adjunct's actor is not the act's target.
  assert.deepEqual(events('Chile threatened reprisals after talks with Peru.'), ['CHL>-:130']);
});

test('an actor naming whose the pattern\'s noun is, is the target', () => {
  assert.deepEqual(events('Chile agreed to Peruvian mediation.'), ['CHL>PER:038']);
});

test('a passive verb with no by-agent and no target slot codes nothing: the subject is not the agent', () => {
  assert.deepEqual(events('Three Chilean soldiers were killed near the border.'), []);
});
