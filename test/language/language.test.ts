import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage, notEnglish } from '../../src/language/index.ts';

const ENGLISH =
  'The foreign ministers of Indonesia and Malaysia met in Jakarta on Tuesday to discuss the maritime border in the Sulawesi Sea. Both sides agreed to resume talks next month, and the ministers called the meeting constructive. Fishermen on both sides were urged to be patient.';
// English full of German names, which tinyld alone reads as German.
const ENGLISH_GERMAN_NAMES =
  'The son of former German President Richard von Weizsäcker, Fritz Eckart von Weizsäcker, was stabbed in Berlin during a lecture at the Schlosspark-Klinik. Police arrested a 57-year-old man at the scene on Tuesday evening. Another man was injured when he tried to stop the attacker.';
const GERMAN =
  'Die Außenminister Indonesiens und Malaysias trafen sich am Dienstag in Jakarta, um den Streit um die Seegrenze in der Sulawesi-See zu besprechen. Beide Seiten vereinbarten, die Gespräche im nächsten Monat fortzusetzen. Die Fischer in den Häfen begrüßten die Nachricht.';
const FRENCH =
  "Les ministres des Affaires étrangères de l'Indonésie et de la Malaisie se sont réunis mardi à Jakarta pour discuter du différend frontalier maritime. Les deux parties ont convenu de reprendre les pourparlers le mois prochain. Les pêcheurs des ports du nord ont salué la nouvelle.";

test('English prose is English, also when full of foreign names', () => {
  assert.equal(detectLanguage(ENGLISH).language, 'en');
  assert.equal(detectLanguage(ENGLISH_GERMAN_NAMES).language, 'en');
  assert.equal(notEnglish(ENGLISH), null);
});

test('German and French bodies are skipped with a reason naming the language', () => {
  assert.equal(detectLanguage(GERMAN).language, 'de');
  assert.equal(detectLanguage(FRENCH).language, 'fr');
  assert.match(notEnglish(GERMAN) ?? '', /^not English: the body reads as de \(tinyld/);
});

test('a text too short to tell gets no verdict and is not skipped', () => {
  const guess = detectLanguage('NATO met Japan.');
  assert.equal(guess.language, null);
  assert.match(guess.note, /too short to tell/);
  assert.equal(notEnglish('Der Minister kam.'), null);
});
