import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DICTIONARY_DIR } from '../../src/lexicon/index.ts';
import { findQuotes, loadSpeechCues } from '../../src/quotes/index.ts';
import { docOf, type MentionSpec } from './doc.ts';

const cues = loadSpeechCues(join(DICTIONARY_DIR, 'speech-cues.yaml'));

type Row = [kind: string, text: string, speaker: string | null, cue: string | null];

function quotes(text: string, mentions: MentionSpec[] = [], people: Array<{ name: string; actor: string | null }> = []): Row[] {
  return findQuotes(docOf(text, mentions, people), cues).quotes.map((quote) => [
    quote.kind,
    quote.text,
    quote.speaker?.name ?? null,
    quote.cue?.text ?? null,
  ]);
}

test('quote-first, with the speaker after the cue or before it', () => {
  assert.deepEqual(quotes('"The bridge will reopen in June," said Transport Minister Keith Adebayo.'), [
    ['direct', 'The bridge will reopen in June', 'Keith Adebayo', 'said'],
  ]);
  assert.deepEqual(quotes('“Nobody told us anything,” the farmer, 58, told reporters.'), [
    ['direct', 'Nobody told us anything', 'the farmer', 'told'],
  ]);
});

test('speaker-first with a comma or a colon, and bad spacing after the cue', () => {
  assert.deepEqual(quotes('Judge Mira Olsen said: "The evidence is clear."'), [['direct', 'The evidence is clear.', 'Mira Olsen', 'said']]);
  assert.deepEqual(quotes('Ms Olsen added," In my view, the case is closed."'), [
    ['direct', 'In my view, the case is closed.', 'Ms Olsen', 'added'],
  ]);
  assert.deepEqual(quotes('"We had no warning,"said one driver.'), [['direct', 'We had no warning', 'one driver', 'said']]);
});

test('split quotes are two quotes with the same speaker; a cue-less quote takes the speaker before it', () => {
  assert.deepEqual(quotes('"We came to talk," the envoy Paul Reyes said, "not to threaten." "That is our line."'), [
    ['direct', 'We came to talk', 'Paul Reyes', 'said'],
    ['direct', 'not to threaten.', 'Paul Reyes', 'said'],
    ['direct', 'That is our line.', 'Paul Reyes', null],
  ]);
});

test('a split quote goes on after a long attribution, but not past a sentence end', () => {
  assert.deepEqual(
    quotes('"The dam is holding," said Petra Lind, the regional director of the flood agency in the north, "but the next storm will test it."'),
    [
      ['direct', 'The dam is holding', 'Petra Lind', 'said'],
      ['direct', 'but the next storm will test it.', 'Petra Lind', 'said'],
    ],
  );
  assert.deepEqual(quotes('"It was a mistake," Petra Lind said, tearing up the contract, "and a costly one."')[1], [
    'direct',
    'and a costly one.',
    'Petra Lind',
    'said',
  ]);
  assert.deepEqual(quotes('"It was a mistake," said Petra Lind. Her rivals, "the old guard", were silent.').length, 1);
});

test('a quote over two paragraphs is one quote; an unclosed one ends at its paragraph with a warning', () => {
  const text = 'Coach Dana Whitfield said: "We started slowly.\n\n"Then we found our rhythm."\n\nThe club plays again on Friday.';
  assert.deepEqual(quotes(text), [['direct', 'We started slowly.\n\n"Then we found our rhythm.', 'Dana Whitfield', 'said']]);
  const unclosed = findQuotes(docOf('"The roof fell in," said Ravi Menon. "We ran outside.\n\nThe fire service arrived later.'), cues);
  assert.deepEqual(unclosed.quotes.map((quote) => quote.text), ['The roof fell in', 'We ran outside.']);
  assert.equal(unclosed.warnings.length, 1);
});

test('pronouns resolve through the actors stage’s mentions', () => {
  const text = 'Senator Ruth Ames opposed the bill. "It is a giveaway," she said.';
  const people = [{ name: 'Ruth Ames', actor: 'USALEG' }];
  const mentions = [
    { text: 'Ruth Ames', code: 'USALEG', person: 0 },
    { text: 'she', code: 'USALEG', person: 0, via: 'pronoun' },
  ];
  const [quote] = findQuotes(docOf(text, mentions, people), cues).quotes;
  assert.deepEqual(quote.speaker, { name: 'Ruth Ames', actor: 'USALEG', start: text.indexOf('she'), end: text.indexOf('she') + 3 });
});

test('without a pronoun mention, "she" is the last person named as a subject, and a surname its full name', () => {
  assert.deepEqual(quotes('Professor Ines Carvalho studies droughts with Tom Hale. "Rain alone will not fix this," she said. Carvalho said the wells were dry.'), [
    ['direct', 'Rain alone will not fix this', 'Ines Carvalho', 'said'],
    ['indirect', 'the wells were dry', 'Ines Carvalho', 'said'],
  ]);
});

test('an organisation speaks through its actor mention, named as the text names it', () => {
  const text = 'The foreign ministry said the ambassador had been summoned.';
  const [quote] = findQuotes(docOf(text, [{ text: 'The foreign ministry', code: 'FRAGOV', name: 'French government' }]), cues).quotes;
  assert.equal(quote.kind, 'indirect');
  assert.deepEqual([quote.speaker?.name, quote.speaker?.actor, quote.text], ['The foreign ministry', 'FRAGOV', 'the ambassador had been summoned']);
  // "it" goes back to the name last written for its actor, not to the dictionary's name.
  const again = 'Norway’s coast guard found the wreck. It said no one had survived.';
  const mentions = [
    { text: 'Norway’s coast guard', code: 'NORMIL', name: 'Norway' },
    { text: 'It', code: 'NORMIL', name: 'Norway', via: 'pronoun' },
  ];
  assert.equal(findQuotes(docOf(again, mentions), cues).quotes[0].speaker?.name, 'Norway’s coast guard');
});

test('an unnamed person speaking for an actor is named as described, with the actor’s code', () => {
  const text = '"Repairs will take weeks," a spokesman for the port authority said.';
  const [quote] = findQuotes(docOf(text, [{ text: 'port authority', code: 'NORGOV', name: 'Norway' }]), cues).quotes;
  assert.deepEqual([quote.speaker?.name, quote.speaker?.actor], ['a spokesman for the port authority', 'NORGOV']);
});

test('reported speech: that-clauses, bare clauses, a hearer, adverbials, and "according to"', () => {
  assert.deepEqual(quotes('The governor warned on Monday that the dam could fail.'), [['indirect', 'the dam could fail', 'The governor', 'warned']]);
  assert.deepEqual(quotes('Pilar Ruiz told journalists in Lima the count would take a week.'), [
    ['indirect', 'the count would take a week', 'Pilar Ruiz', 'told'],
  ]);
  assert.deepEqual(quotes('According to the coast guard, nine boats were missing.'), [
    ['indirect', 'nine boats were missing', 'the coast guard', 'According to'],
  ]);
  assert.deepEqual(quotes('According to Ines Walde, a lawyer for the family, the autopsy was incomplete.'), [
    ['indirect', 'the autopsy was incomplete', 'Ines Walde', 'According to'],
  ]);
  assert.deepEqual(quotes('The harvest has failed in three provinces, according to aid agencies.'), [
    ['indirect', 'The harvest has failed in three provinces', 'aid agencies', 'according to'],
  ]);
  assert.deepEqual(quotes('The talks will resume in May, a senior official said.'), [
    ['indirect', 'The talks will resume in May', 'a senior official', 'said'],
  ]);
});

test('a partial quote inside reported speech makes it mixed; the report stops at a second attribution', () => {
  assert.deepEqual(quotes('Mayor Tom Briggs denied that the works were "behind schedule", adding that crews would double.'), [
    ['mixed', 'the works were "behind schedule"', 'Tom Briggs', 'denied'],
    ['indirect', 'crews would double', 'Tom Briggs', 'adding'],
  ]);
});

test('scare quotes, titles, nicknames, questions and denials of speech are not quotes', () => {
  assert.deepEqual(quotes('Critics called the budget a "gimmick" on Tuesday.'), []);
  assert.deepEqual(quotes('Her novel "The Long Road Home" sold a million copies.'), []);
  assert.deepEqual(quotes('Striker Leo “The Cat” Marsh did not say when he would return.'), []);
  assert.deepEqual(quotes('The minister described the scene. Officials confirmed the report.'), []);
});

test('quote offsets index the text', () => {
  const text = 'Intro line.\n\n“Fine,” said Ada Blake. Blake told reporters that she was leaving.';
  for (const quote of findQuotes(docOf(text), cues).quotes) {
    assert.equal(text.slice(quote.start, quote.end), quote.text);
    if (quote.cue) assert.equal(text.slice(quote.cue.start, quote.cue.end), quote.cue.text);
    if (quote.speaker) assert.ok(quote.speaker.end > quote.speaker.start);
  }
});

test('tagger slips do not hide a speaker or a clause', () => {
  // "Ford" tagged a verb, a hyphenated name, a plural subject's verb tagged a noun.
  assert.deepEqual(quotes('Actor Sam Ford admitted that he had lied.'), [['indirect', 'he had lied', 'Sam Ford', 'admitted']]);
  assert.deepEqual(quotes('"Sales held up well," finance chief Amy Cook said on a call.'), [['direct', 'Sales held up well', 'Amy Cook', 'said']]);
  assert.deepEqual(quotes('Envoy Omar Al-Rashid noted that the two sides share common goals.'), [
    ['indirect', 'the two sides share common goals', 'Omar Al-Rashid', 'noted'],
  ]);
});

test('a report ends where the speaker’s own next verb begins; a coordinated cue inherits the subject', () => {
  assert.deepEqual(quotes("Peru's trade minister, Rosa Vidal, rejected the tariff and said exports would suffer."), [
    ['indirect', 'exports would suffer', 'Rosa Vidal', 'said'],
  ]);
  assert.deepEqual(quotes('The envoy said the truce was holding and urged both sides to be patient.'), [
    ['indirect', 'the truce was holding', 'The envoy', 'said'],
  ]);
  // A modal carries on what was reported: the speaker did not do it, they said it would be done.
  assert.deepEqual(quotes('The airline said it had settled the claim and would urge other carriers to follow.'), [
    ['indirect', 'it had settled the claim and would urge other carriers to follow', 'The airline', 'said'],
  ]);
});

test('"X was quoted as saying" and "the agency quoted X as saying" attribute to X', () => {
  assert.deepEqual(quotes('Minister Lena Berg was quoted by local media as saying that the plant would close.'), [
    ['indirect', 'the plant would close', 'Lena Berg', 'saying'],
  ]);
  assert.deepEqual(quotes('The agency quoted General Ivo Marek as saying the drills were over.'), [
    ['indirect', 'the drills were over', 'Ivo Marek', 'saying'],
  ]);
});

test('a person speaker is named in full, without the titles before the name', () => {
  // The person layer stopped short of the surname and kept a title it did not know.
  const text = 'Fleet Admiral Hugo Brandt-Lenz said the harbour was closed.';
  const people = [{ name: 'Fleet Admiral Hugo Brandt', actor: null }];
  const doc = docOf(text, [{ text: 'Fleet Admiral Hugo Brandt', code: 'XXX', person: 0 }], people);
  assert.equal(findQuotes(doc, cues).quotes[0].speaker?.name, 'Hugo Brandt-Lenz');
  const named = (name: string) => findQuotes(docOf(`${name} said the harbour was closed.`, [{ text: name, code: 'XXX', person: 0 }], [{ name, actor: null }]), cues).quotes[0].speaker?.name;
  assert.equal(named('Dr Mara Quist'), 'Mara Quist');
  // A title with only a surname after it stays; so does one running on past its noun (where the name starts is unknown).
  assert.equal(named('Dr Quist'), 'Dr Quist');
  assert.equal(named('Secretary of Labour Ida Moe'), 'Secretary of Labour Ida Moe');
});

test('"the statement said" is the statement of whoever spoke before it', () => {
  assert.deepEqual(quotes('The rail operator said in a notice that trains would run hourly. "Passengers should allow extra time," the notice said.'), [
    ['indirect', 'trains would run hourly', 'The rail operator', 'said'],
    ['direct', 'Passengers should allow extra time', 'The rail operator', 'said'],
  ]);
  assert.deepEqual(quotes('Mayor Lotte Vang wrote to residents. She said the pool would close. "Repairs will take a year," the letter said.')[1], [
    'direct',
    'Repairs will take a year',
    'Lotte Vang',
    'said',
  ]);
});

test('a clause between the subject and its verb is passed over, however long', () => {
  assert.deepEqual(quotes('Three aid workers, who asked not to be named because they feared reprisals against their families at home, said the convoy had been looted.'), [
    ['indirect', 'the convoy had been looted', 'Three aid workers', 'said'],
  ]);
  assert.deepEqual(quotes('The band’s drummer, Ned Ford, said the tour was off.'), [['indirect', 'the tour was off', 'Ned Ford', 'said']]);
});

test('"the star", "the 29-year-old", "the father-of-three" are the person named last; an office must match a title', () => {
  const text = 'Chart-topper Mina Solberg, 29, has cancelled her tour.\n\n"My voice needs rest," the star told fans. "I will be back," the 29-year-old added. "Thank you," the mother-of-two said.';
  assert.deepEqual(
    quotes(text).map(([kind, , speaker]) => [kind, speaker]),
    [['direct', 'Mina Solberg'], ['direct', 'Mina Solberg'], ['direct', 'Mina Solberg']],
  );
  assert.deepEqual(quotes('Union boss Kai Ortiz attacked the budget. "It is affordable," the minister said.'), [['direct', 'It is affordable', 'the minister', 'said']]);
});

test('a place or a day is no one to attribute a quote to', () => {
  assert.deepEqual(quotes('Visitors to the museum in Bergen on Sunday found a note taped to the door: "Closed until further notice. We apologise."'), [
    ['direct', 'Closed until further notice. We apologise.', null, null],
  ]);
});

test('a group speaker is named with the words describing it; a person named beside it comes first', () => {
  const text = 'A senior Fatah official, Omar Nassif, told reporters the vote would go ahead. Two senior Fatah officials said it would not.';
  const doc = docOf(text, [
    { text: 'Fatah', code: 'PSEFTH' },
    { text: 'Fatah', nth: 1, code: 'PSEFTH' },
  ]);
  assert.deepEqual(
    findQuotes(doc, cues).quotes.map((quote) => [quote.speaker?.name, quote.speaker?.actor]),
    [
      ['Omar Nassif', null],
      ['Two senior Fatah officials', 'PSEFTH'],
    ],
  );
});

test('a report ends where another clause with a speaker of its own begins', () => {
  assert.deepEqual(quotes('The bakery chain said its sales had doubled, though it warned that flour prices could rise.'), [
    ['indirect', 'its sales had doubled', 'The bakery chain', 'said'],
    ['indirect', 'flour prices could rise', 'The bakery chain', 'warned'],
  ]);
});

test('"the company" is the organisation that spoke last; "the ministry" only a ministry', () => {
  assert.deepEqual(quotes('Brightwater Ltd said profits fell. The company said it would cut jobs.'), [
    ['indirect', 'profits fell', 'Brightwater Ltd', 'said'],
    ['indirect', 'it would cut jobs', 'Brightwater Ltd', 'said'],
  ]);
  assert.deepEqual(quotes('Brightwater Ltd said profits fell. The ministry said it would review the case.')[1][2], 'The ministry');
  // A person described is no company.
  assert.deepEqual(quotes('The museum director said the roof leaked. The company said repairs would start soon.')[1][2], 'The company');
});

test('a particle inside a name, and a number with "at least", do not break a subject', () => {
  assert.deepEqual(quotes('"The river is still rising," Mato Grosso do Sul Governor Rita Lobo told radio. She said at least 12 bridges had collapsed.'), [
    ['direct', 'The river is still rising', 'Rita Lobo', 'told'],
    ['indirect', 'at least 12 bridges had collapsed', 'Rita Lobo', 'said'],
  ]);
});

test('a quoted word right after a cue is a partial quote; an attribution closing the sentence ends the report', () => {
  assert.deepEqual(quotes('The rebels warned they would answer "forcefully" to any incursion, local radio reported.'), [
    ['mixed', 'they would answer "forcefully" to any incursion', 'The rebels', 'warned'],
  ]);
});

test('an attribution set inside the clause it reports', () => {
  assert.deepEqual(quotes('The new levy, the mayor said, would pay for two schools.'), [
    ['indirect', 'The new levy, the mayor said, would pay for two schools', 'the mayor', 'said'],
  ]);
  assert.deepEqual(quotes('The new levy, the mayor said, was a mistake, and the council agreed.')[0][1], 'The new levy, the mayor said, was a mistake');
  assert.deepEqual(quotes('On Friday, the mayor said, and again on Monday.'), []);
});

test('an aside inside the reported subject is kept; the writer’s comment after the clause is not', () => {
  assert.deepEqual(quotes('Firefighters said the blaze, which began in a paint store, was out by noon.'), [
    ['indirect', 'the blaze, which began in a paint store, was out by noon', 'Firefighters', 'said'],
  ]);
  assert.deepEqual(quotes('The council said it would close four libraries, a decision residents have vowed to fight.'), [
    ['indirect', 'it would close four libraries', 'The council', 'said'],
  ]);
  // A comment holding the speaker's own words is theirs.
  assert.deepEqual(quotes('The mayor said the libraries would close, a step she called "painful but necessary".')[0][1], 'the libraries would close, a step she called "painful but necessary"');
});

test('trailing attributions: "according to", an age before a clause, a place to post after "on"', () => {
  assert.deepEqual(quotes('"The ferry will not sail," according to a port official.'), [['direct', 'The ferry will not sail', 'a port official', 'according to']]);
  assert.deepEqual(quotes('Omar Haddad, 52, who runs a bakery on the square, told the paper: "We lost a month of trade."')[0][2], 'Omar Haddad');
  assert.deepEqual(quotes('"We are devastated," wrote the drummer on Facebook.')[0][2], 'the drummer');
});

test('a known person is spelt as the text spells them when only accents differ', () => {
  const text = 'Ana Nunez said the port was open.';
  const doc = docOf(text, [{ text: 'Ana Nunez', code: 'CHLGOV', person: 0 }], [{ name: 'Ana Núñez', actor: 'CHLGOV' }]);
  assert.equal(findQuotes(doc, cues).quotes[0].speaker?.name, 'Ana Nunez');
});

test('"it said" is the organisation that has just spoken, whatever country was named in between', () => {
  const text = 'The coast guard said it had rescued nine sailors near Malta. It said two were missing.';
  const doc = docOf(text, [
    { text: 'The coast guard', code: 'ITAMIL', name: 'Italy' },
    { text: 'Malta', code: 'MLT' },
    { text: 'It', code: 'MLT', name: 'Malta', via: 'pronoun' },
  ]);
  assert.deepEqual(
    findQuotes(doc, cues).quotes.map((quote) => quote.speaker?.name),
    ['The coast guard', 'The coast guard'],
  );
});

test('with no one named, "she" is the person described as the subject before', () => {
  assert.deepEqual(quotes('The head teacher wrote to parents on Friday.\n\n"The roof is unsafe," she said.'), [['direct', 'The roof is unsafe', 'The head teacher', 'said']]);
});

test('a relative clause without commas between the subject and its verb is passed over', () => {
  assert.deepEqual(quotes('A lawyer who represents several of the families said the hearing had been postponed.'), [
    ['indirect', 'the hearing had been postponed', 'A lawyer', 'said'],
  ]);
});

test('fronted reports: a hyphenated source, an inverted speaker with an apposition and a report of its own', () => {
  assert.deepEqual(quotes('Nine people drowned, according to officials in the rebel-held north.'), [
    ['indirect', 'Nine people drowned', 'officials in the rebel-held north', 'according to'],
  ]);
  assert.deepEqual(quotes('The toll rose to 31, said Lena Ortiz, a spokeswoman for the fire service, adding that crews were still at the site.'), [
    ['indirect', 'The toll rose to 31', 'Lena Ortiz', 'said'],
    ['indirect', 'crews were still at the site', 'Lena Ortiz', 'adding'],
  ]);
});

test('"the Frenchman" is the person named last; an abbreviated title and a party-state tag do not hide the name', () => {
  assert.deepEqual(quotes('Coach Hugo Marchal hailed the win. "We never gave up," the Frenchman said.'), [['direct', 'We never gave up', 'Hugo Marchal', 'said']]);
  assert.deepEqual(quotes('Sen. Dana Pruitt, R-Okla., said the vote would be close.'), [['indirect', 'the vote would be close', 'Dana Pruitt', 'said']]);
});

test('an inverted speaker named at the end of a relative clause', () => {
  assert.deepEqual(quotes('"The shelves are empty," said a shopkeeper who would give only his first name, Karim.'), [
    ['direct', 'The shelves are empty', 'Karim', 'said'],
  ]);
});
