import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLexicon } from '../../src/lexicon/index.ts';
import { codeDoc } from '../../src/pipeline.ts';

const lexicon = loadLexicon();
const subjectOf = (text: string): string => {
  const doc = codeDoc(text, { lexicon, date: '2024-03-01' });
  // The subject opens the sentence: "Hundreds of protesters" at its third token at the latest.
  const subject = doc.mentions.find((m) => m.firstToken <= 2);
  return subject ? `${subject.text}=${subject.code}` : '-';
};

test('a group named by its role alone, opening the sentence, is of the country the act happens in', () => {
  assert.equal(subjectOf('Gunmen stormed a bus station in northern Nigeria on Sunday.'), 'Gunmen=NGAUAF');
  assert.equal(subjectOf('Hundreds of protesters rallied outside the French embassy in Dakar.'), 'protesters=SENOPP');
  assert.equal(subjectOf('Masked men abducted three Dutch engineers in southern Colombia.'), 'Masked men=COLUAF');
});

test('with no place, the one country the sentence describes decides', () => {
  assert.equal(subjectOf('Police arrested two Ghanaian opposition activists.'), 'Police=GHACOP');
});

test('two countries, no place, or a role that is often foreign leave the group without a country', () => {
  assert.equal(subjectOf('Police arrested two Ghanaian activists and a Togolese reporter.'), '-');
  assert.equal(subjectOf('Gunmen attacked a convoy at dawn.'), '-');
  assert.notEqual(subjectOf('Soldiers shot two men in the West Bank.'), 'Soldiers=PSEMIL');
});

test('a later clause\'s subject and a passive\'s agent are read the same way', () => {
  const codes = (text: string) => codeDoc(text, { lexicon, date: '2024-03-01' }).mentions.map((m) => `${m.text}=${m.code}`);
  assert.ok(codes('Two Dutch engineers were kidnapped by gunmen near a mine in northern Mali.').includes('gunmen=MLIUAF'));
  assert.ok(codes('Students marched on the parliament in Accra, and police fired tear gas.').includes('police=GHACOP'));
});

test('a group reported on after "said" or "that" is read the same way', () => {
  const codes = codeDoc('Ghanaian police said gunmen had killed four miners near a gold mine.', { lexicon, date: '2024-03-01' }).mentions.map((m) => `${m.text}=${m.code}`);
  assert.ok(codes.includes('gunmen=GHAUAF'));
});

test('"near" and "outside" a city place the act in its country', () => {
  assert.equal(subjectOf('Gunmen abducted two nurses from a clinic near Goma on Friday, Congolese officials said.'), 'Gunmen=CODUAF');
  assert.equal(subjectOf('Militants attacked a checkpoint outside Peshawar, killing two Chinese engineers.'), 'Militants=PAKREB');
});

test('an attack whose authors are unnamed is read as unidentified armed forces of where it happened', () => {
  assert.equal(subjectOf('A car bomb killed nine people at a bus station in Mogadishu on Friday.'), 'car bomb=SOMUAF');
  assert.equal(subjectOf('A roadside bomb near Peshawar wounded four policemen.'), 'roadside bomb=PAKUAF');
});

test('a group placed by a phrase before its verb is still the subject', () => {
  assert.equal(subjectOf('Gunmen on motorbikes opened fire on worshippers at a mosque in Kano.'), 'Gunmen=NGAUAF');
});

test('an ethnic group is of the country the sentence places it in', () => {
  assert.equal(subjectOf('Ethnic Serbs in Kosovo blocked roads near Mitrovica on Friday.'), 'Serbs=KSV');
});

test('a group before an aside between commas is still the subject; a city\'s centre is a place, not its government', () => {
  assert.equal(subjectOf('Thousands of people, led by opposition leaders, marched in central Tbilisi on Sunday.'), 'people=GEOCVL');
});
