import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLexicon } from '../../src/lexicon/index.ts';
import { code } from '../../src/pipeline.ts';

const lexicon = loadLexicon();
const pairs = (text: string) => code(text, { lexicon, date: '2024-02-01' }).events.map((e) => `${e.source}>${e.target ?? '-'}`);

test('a bare role as object is the acting state\'s own people', () => {
  assert.deepEqual(pairs('Kenyan police arrested four journalists in Nairobi.'), ['KENCOP>KENMED']);
  assert.deepEqual(pairs("Peru's president pardoned the rebels who had surrendered."), ['PERGOV>PERREB']);
  // The pattern's own words ("fire tear gas at") are passed over, whatever their tags.
  assert.deepEqual(pairs('Kenyan police fired tear gas at opposition supporters in Nairobi.'), ['KENCOP>KENOPP']);
});

test('a role owned by a named country stays that country\'s', () => {
  assert.deepEqual(pairs('Kenyan police arrested four Ugandan journalists on Monday.'), ['KENCOP>UGAMED']);
});

test('migrants and refugees are not taken as the state\'s own', () => {
  assert.deepEqual(pairs('Greece rescued 200 migrants off Crete.'), ['GRC>-']);
});

test('an international body has no people of its own to act on', () => {
  assert.ok(!pairs('The United Nations criticised the soldiers.').some((pair) => /^IGO\w*>IGO/.test(pair)));
});

test('an actor inside the object is the target when the pattern names none', () => {
  assert.deepEqual(pairs('The African Union condemned the coup in Gabon.'), ['IGOAFRAFU>GAB']);
  assert.deepEqual(pairs("Protesters in Lima demanded the resignation of Bolivia's president."), ['PEROPP>BOLGOV']);
  assert.deepEqual(pairs('The Malian junta suspended the broadcasts of a French radio station.'), ['MLIGOV>FRAMED']);
});

test('a place right after the verb, or after the object of an accord, is where it happened', () => {
  assert.deepEqual(pairs('Chilean farmers protested in Lima against the new tariffs.'), ['CHLAGR>-']);
  assert.deepEqual(pairs('Chile and Peru signed a fisheries accord in Quito.'), ['CHL>PER', 'PER>CHL']);
});

test('"what it called" names the object and does not end it', () => {
  assert.deepEqual(pairs('Egypt blamed what it called Ethiopian intransigence for the failure of the talks.'), ['EGY>ETH']);
});

test('a target slot reads on through "of" and "by" to the actor who did what the object names', () => {
  assert.deepEqual(pairs("Chile's foreign minister welcomed the release of the hostages by Peruvian authorities."), ['CHLGOV>PERGOV']);
});

test('the object is read past a role, a possessive and a participle to the actor or foreign place after them', () => {
  assert.deepEqual(pairs('The Red Cross delivered medical supplies to hospitals in northern Gaza.'), ['NGOHLHIRC>PSE']);
  assert.deepEqual(pairs('Chile called off a planned visit by its foreign minister to Lima.'), ['CHL>PER']);
});

test('actors joined in the object are each a target, and a protest at home is against the country', () => {
  assert.deepEqual(pairs('The Chilean navy detained fishermen from Peru and Bolivia.'), ['CHLMIL>PERAGR', 'CHLMIL>BOL']);
  assert.deepEqual(pairs('Chilean teachers went on strike on Monday.'), ['CHLEDU>CHL']);
  // A show of force by the state's own troops is not shown to them.
  assert.deepEqual(pairs('Chile put its troops on high alert.'), ['CHL>-']);
});

test('a role with no country fills a target slot as the source\'s own people', () => {
  assert.deepEqual(pairs('Chilean authorities executed a man convicted of murder.'), ['CHLGOV>CHLCVL']);
});

test('the source\'s own army in a use of force, and roles said to be foreign, are not its own people as targets', () => {
  assert.deepEqual(pairs('Chile launched a military offensive near the border.'), ['CHL>-']);
  assert.deepEqual(pairs("Chile's president blamed foreign intelligence services for the riots."), ['CHLGOV>-']);
});

test('after a bare comma an article opens an apposition, not another target', () => {
  assert.deepEqual(pairs('Chile threatened to impose sanctions on Peru and Bolivia, a close ally of Argentina.'), ['CHL>PER', 'CHL>BOL']);
});

test('those named after ", including" are targets beside the people the object counts', () => {
  assert.deepEqual(pairs('Malian soldiers detained 30 men, including two Mauritanian traders, near Gao.'), ['MLIMIL>MLICVL', 'MLIMIL>MRTBUS']);
});

test('people where the act is placed abroad are of that country, not the source\'s', () => {
  assert.deepEqual(pairs('Russian missiles killed five people, including two Georgian volunteers, in Mykolaiv.'), ['RUS>UKRCVL', 'RUS>GEO']);
  // A place in a "that" clause the verb governs does not place the verb's own object.
  assert.ok(pairs('South Africa told parliament that it would stay neutral on the war in Ukraine.').every((p) => !p.includes('UKR')));
});

test('a statement stands beside a negated act it reports', () => {
  const coded = code('South Africa told parliament that it would stay neutral, and it did not condemn Russia.', { lexicon, date: '2024-02-01' }).events;
  assert.deepEqual(coded.map((e) => `${e.source}>${e.target}:${e.cameo}${e.negated ? ':neg' : ''}`), ['ZAF>ZAFLEG:010', 'ZAF>RUS:111:neg']);
});

test('two names of one actor in a coordination make one event', () => {
  assert.deepEqual(pairs("Guinea's junta suspended RFI and France 24 on Monday."), ['GINGOV>FRAMED']);
});

test('"from" after what is traded names whose it is, and a noun after the object names no other party', () => {
  assert.deepEqual(pairs('China threatened to impose tariffs on wine from Australia and Chile unless the two partners cut their prices.'), ['CHN>AUS', 'CHN>CHL']);
});

test('force used at home with no one named is used against the country', () => {
  assert.deepEqual(pairs('Rebels seized a village near Bunia on Sunday.'), ['CODREB>COD']);
  assert.deepEqual(pairs('Sudanese army aircraft bombed a market in Darfur on Monday.'), ['SDNMIL>SDN']);
});

test('a place in a target slot stands for its country: "arrived in Kyiv", "landed in Port-au-Prince"', () => {
  assert.deepEqual(pairs('Poland\'s president arrived in Kyiv on Monday.'), ['POLGOV>UKR']);
  assert.deepEqual(pairs('Chilean police officers landed in Port-au-Prince on Tuesday.'), ['CHLCOP>HTI']);
});

test('a named group of the source\'s own country is someone else, past a participle adjective', () => {
  assert.deepEqual(pairs("Myanmar's junta banned all activities of detained leader Aung San Suu Kyi's National League for Democracy."), ['MMRGOV>MMRPTYNLD']);
});

test('"the court" after the ICJ or ICC is that court; an attributive acronym is no antecedent of "it"', () => {
  const court = code('Colombia recognised the International Court of Justice and welcomed the court\'s ruling.', { lexicon, date: '2024-02-01' });
  assert.ok(court.actors.find((a) => a.code === 'IGOUNOJUDICJ')?.mentions.some((m) => m.text === 'the court'));
  const doc = code('Mongolia ignored an outstanding ICC warrant, and it hosted the Russian leader.', { lexicon, date: '2024-02-01' });
  assert.ok(doc.actors.find((a) => a.code === 'MNG')?.mentions.some((m) => m.text === 'it'));
});

test('a role the pattern itself reads is still whom the act was done to', () => {
  assert.deepEqual(pairs('Ugandan police opened fire on protesters in Kampala.'), ['UGACOP>UGAOPP']);
  assert.deepEqual(pairs('Police in Guinea fired tear gas and live rounds at opposition supporters in Conakry.'), ['GINCOP>GINOPP']);
});

test('a place after a meeting\'s noun is its host, the target only when no party to the meeting is named', () => {
  assert.deepEqual(pairs('Estonia said it would boycott the summit in Minsk.'), ['EST>BLR']);
  assert.deepEqual(pairs('Japan called off a planned summit in Seoul between China and South Korea.'), ['JPN>CHN', 'JPN>KOR']);
});

test('a participle whose agent made or did what the object names leads on to that agent', () => {
  assert.deepEqual(pairs('Chile condemned the attack carried out by Peruvian rebels on Monday.'), ['CHL>PERREB']);
  assert.deepEqual(pairs('Peru rejected the ceasefire proposal put forward by Bolivia.'), ['PER>BOL']);
  assert.deepEqual(pairs('Argentina vetoed the resolution drafted by Chile and Peru.'), ['ARG>CHL', 'ARG>PER']);
  // Not one whose agent merely stands in some relation to it.
  assert.ok(!pairs('Chile arrested the men wanted by Interpol.').some((pair) => pair.endsWith('>IGOCOPITP')));
});

test('"what the army said were" names the object as "what it called" does', () => {
  assert.deepEqual(pairs('Chilean jets struck what the army said were Bolivian rebel camps near the border.'), ['CHLMIL>BOLREB']);
  // After a preposition the naming verb heads a clause of its own: "setting off" reads no "for" in it.
  const cameos = code('Peru fired rockets at Chile, setting off sirens across the country, in what the army said was revenge for Chilean raids.', { lexicon, date: '2024-02-01' }).events.map((e) => e.cameo);
  assert.ok(!cameos.includes('042'));
});

test('a demand or appeal for people held somewhere is addressed to whoever holds them', () => {
  assert.deepEqual(pairs('Chile demanded the immediate release of two Chilean nationals held in Bolivia.'), ['CHL>BOL']);
  assert.deepEqual(pairs("The UN called for the release of journalists detained by Peru's police."), ['IGOUNO>PERCOP']);
});
