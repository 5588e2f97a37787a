import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { actorParts } from '../../src/export/actor-code.ts';
import { csvLine, parseCsv } from '../../src/export/csv.ts';
import { loadFips } from '../../src/export/fips.ts';
import { fractionDate, GDELT_COLUMNS, gdeltRow } from '../../src/export/gdelt.ts';
import { EVENT_KEYS, STORY_KEYS, writeGdelt, writePlover, writeTable } from '../../src/export/index.ts';
import type { StoryEvent } from '../../src/store/types.ts';
import { BACKENDS, type TestStore } from '../store/backends.ts';
import { RECORDS } from '../store/fixtures.ts';

const collect = () => {
  const chunks: string[] = [];
  return { sink: (chunk: string) => void chunks.push(chunk), text: () => chunks.join('') };
};

const fips = loadFips();
const column = (row: string[], name: string): string => row[GDELT_COLUMNS.indexOf(name)];

const STORY: StoryEvent = {
  id: 42,
  date: '2023-03-31',
  source: 'IGOWSTNAT',
  sourceName: 'NATO',
  target: 'IND',
  targetName: 'India',
  cameo: '036',
  root: '03',
  quad: 1,
  goldstein: 4,
  ploverEvent: 'AGREE',
  ploverMode: null,
  negated: false,
  mode: null,
  placeName: 'New Delhi',
  placeCountry: 'IND',
  placeLat: 28.61,
  placeLon: 77.21,
  isRoot: true,
  numMentions: 3,
  numSources: 2,
  numArticles: 2,
  sourceUrl: 'https://www.harbourpost.example/world/nato-india',
  added: '2023-04-01T09:15:00.000Z',
};

test('CSV quotes what needs quoting and reads back', () => {
  assert.equal(csvLine(['plain', 3, true, null, 'a,b', 'say "no"', 'two\nlines']), 'plain,3,true,,"a,b","say ""no""","two\nlines"\r\n');
  const values = ['x', 'comma, inside', '"quoted"', 'line\r\nbreak', ''];
  assert.deepEqual(parseCsv(csvLine(values)), [values]);
});

test('the FIPS table holds the codes GDELT uses', () => {
  assert.ok(fips.size >= 245);
  const expect: Record<string, string> = { DEU: 'GM', GBR: 'UK', CHN: 'CH', UKR: 'UP', IND: 'IN', RUS: 'RS', USA: 'US', ROM: 'RO', ISR: 'IS', IRQ: 'IZ', PHL: 'RP' };
  for (const [iso3, code] of Object.entries(expect)) assert.equal(fips.get(iso3)?.fips, code, iso3);
});

test('actor codes split into GDELT attribute columns', () => {
  assert.deepEqual(actorParts('USAGOVMIL'), { country: 'USA', knownGroup: '', types: ['GOV', 'MIL'] });
  assert.deepEqual(actorParts('IGOWSTNAT'), { country: '', knownGroup: 'NAT', types: ['IGO'] });
  assert.deepEqual(actorParts('IGOUNO'), { country: '', knownGroup: 'UNO', types: ['IGO'] });
  assert.deepEqual(actorParts('IND'), { country: 'IND', knownGroup: '', types: [] });
  assert.deepEqual(actorParts(null), { country: '', knownGroup: '', types: [] });
});

test('a GDELT row has the 61 codebook columns in order, codes as strings', () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  assert.deepEqual(
    [0, 1, 5, 15, 25, 26, 29, 34, 35, 51, 59, 60].map((i) => GDELT_COLUMNS[i]),
    ['GLOBALEVENTID', 'SQLDATE', 'Actor1Code', 'Actor2Code', 'IsRootEvent', 'EventCode', 'QuadClass', 'AvgTone', 'Actor1Geo_Type', 'ActionGeo_Type', 'DATEADDED', 'SOURCEURL'],
  );
  const row = gdeltRow(STORY, fips);
  assert.equal(row.length, 61);
  const expected: Record<string, string> = {
    GLOBALEVENTID: '42',
    SQLDATE: '20230331',
    MonthYear: '202303',
    Year: '2023',
    FractionDate: '2023.2438',
    Actor1Code: 'IGOWSTNAT',
    Actor1Name: 'NATO',
    Actor1CountryCode: '',
    Actor1KnownGroupCode: 'NAT',
    Actor1Type1Code: 'IGO',
    Actor2Code: 'IND',
    Actor2Name: 'INDIA',
    Actor2CountryCode: 'IND',
    Actor2Type1Code: '',
    IsRootEvent: '1',
    EventCode: '036',
    EventBaseCode: '036',
    EventRootCode: '03',
    QuadClass: '1',
    GoldsteinScale: '4',
    NumMentions: '3',
    NumSources: '2',
    NumArticles: '2',
    AvgTone: '',
    Actor1Geo_Type: '',
    Actor2Geo_CountryCode: '',
    ActionGeo_Type: '4',
    ActionGeo_FullName: 'New Delhi, India',
    ActionGeo_CountryCode: 'IN',
    ActionGeo_ADM1Code: '',
    ActionGeo_Lat: '28.61',
    ActionGeo_Long: '77.21',
    DATEADDED: '20230401091500',
    SOURCEURL: 'https://www.harbourpost.example/world/nato-india',
  };
  for (const [name, value] of Object.entries(expected)) assert.equal(column(row, name), value, name);
  const request = gdeltRow({ ...STORY, cameo: '0233', root: '02', target: null, targetName: null, placeName: 'Ukraine', placeCountry: 'UKR', placeLat: null, placeLon: null }, fips);
  assert.equal(column(request, 'EventCode'), '0233');
  assert.equal(column(request, 'EventBaseCode'), '023');
  assert.equal(column(request, 'EventRootCode'), '02');
  assert.equal(column(request, 'Actor2Code'), '');
  assert.equal(column(request, 'ActionGeo_Type'), '1', 'a country');
  assert.equal(column(request, 'ActionGeo_ADM1Code'), 'UP');
  assert.equal(column(request, 'ActionGeo_FeatureID'), 'UP');
  const undated = gdeltRow({ ...STORY, date: null, placeName: 'Austin', placeCountry: 'USA', placeLat: 30.27, placeLon: -97.74, sourceName: 'Tab\there' }, fips);
  assert.equal(column(undated, 'SQLDATE'), '');
  assert.equal(column(undated, 'ActionGeo_Type'), '3', 'a US city');
  assert.equal(column(undated, 'Actor1Name'), 'TAB HERE', 'no tab survives inside a field');
});

test('FractionDate is the share of the year gone by', () => {
  assert.equal(fractionDate('2023-01-01'), '2023.0000');
  assert.equal(fractionDate('2024-12-31'), '2024.9973', 'a leap year');
  assert.equal(fractionDate('2023-07-02'), '2023.4986');
});

for (const backend of BACKENDS) {
  describe(`exports from a store on ${backend.name}`, { skip: backend.skip }, () => {
    let t: TestStore;
    before(async () => {
      t = await backend.open();
      for (const r of RECORDS) await t.store.put(r);
    });
    after(async () => {
      await t?.cleanup();
    });

    test('gdelt: a header and one 61-column line per story', async () => {
      const out = collect();
      const n = await writeGdelt(t.store.eachStory({ sort: 'date' }), out.sink);
      assert.equal(n, 5);
      const lines = out.text().trimEnd().split('\n').map((line) => line.split('\t'));
      assert.deepEqual(lines[0], GDELT_COLUMNS);
      assert.equal(lines.length, 6);
      for (const line of lines) assert.equal(line.length, 61);
      const agree = lines.find((line) => column(line, 'EventCode') === '036');
      assert.ok(agree);
      assert.equal(column(agree, 'NumArticles'), '2');
      assert.equal(column(agree, 'ActionGeo_CountryCode'), 'IN');
      const clash = lines.find((line) => column(line, 'EventRootCode') === '19');
      assert.ok(clash);
      assert.equal(column(clash, 'ActionGeo_FullName'), 'Kharkiv, Ukraine');
      assert.equal(column(clash, 'Actor1CountryCode'), 'RUS');
      assert.equal(column(clash, 'Actor1Type1Code'), 'MIL');
      assert.equal(column(clash, 'GoldsteinScale'), '-10');
    });

    test('csv: every event row reads back field for field', async () => {
      const out = collect();
      const rows = await t.store.events({ sort: 'id' });
      assert.equal(await writeTable(rows, 'csv', EVENT_KEYS, out.sink), 7);
      const table = parseCsv(out.text());
      assert.equal(table[0][0], 'id');
      assert.ok(table[0].includes('source_name') && table[0].includes('plover_event'));
      assert.equal(table.length, 8);
      rows.forEach((row, i) => {
        EVENT_KEYS.forEach((key, j) => assert.equal(table[i + 1][j], row[key] === null ? '' : String(row[key]), `${key} of row ${i}`));
      });
    });

    test('jsonl: one object a line', async () => {
      const out = collect();
      await writeTable(t.store.eachStory(), 'jsonl', STORY_KEYS, out.sink);
      const stories = out.text().trimEnd().split('\n').map((line) => JSON.parse(line) as StoryEvent);
      assert.equal(stories.length, 5);
      assert.equal(stories.find((s) => s.cameo === '036')?.numMentions, 3);
    });

    test('plover: a JSON array of POLECAT-style records', async () => {
      const out = collect();
      assert.equal(await writePlover(t.store.eachEvent({ sort: 'id' }), out.sink), 7);
      const records = JSON.parse(out.text()) as Array<Record<string, unknown>>;
      assert.equal(records.length, 7);
      const clash = records.find((r) => r.cameo === '190');
      assert.ok(clash);
      assert.equal(clash.event, 'FIGHT');
      assert.deepEqual(clash.source, [{ actorText: 'Russian troops', code: 'RUSMIL', name: 'Russia', country: 'RUS', sector: 'MIL' }]);
      assert.equal(clash.eventText, 'fired');
      assert.equal(clash.publication, 'harbourpost.example');
      assert.deepEqual(clash.location, { name: 'Kharkiv', country: 'UKR', lat: 49.99, lon: 36.23 });
      const empty = collect();
      await writePlover([], empty.sink);
      assert.deepEqual(JSON.parse(empty.text()), []);
    });
  });
}
