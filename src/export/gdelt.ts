// GDELT 2.0 Events rows: the 61 tab-separated columns of the codebook, in its order. dyad fills what it knows
// (dates, actors, the CAMEO code with its leading zeros, counts across articles, the action's place with FIPS
// country codes) and leaves the rest empty: tone, ethnic and religion codes, the actors' own places, ADM2.
import type { StoryEvent } from '../store/types.ts';
import { actorParts } from './actor-code.ts';
import type { FipsCountry } from './fips.ts';

const ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR.map((c) => `Actor1${c}`),
  ...ACTOR.map((c) => `Actor2${c}`),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...GEO.map((c) => `Actor1Geo_${c}`),
  ...GEO.map((c) => `Actor2Geo_${c}`),
  ...GEO.map((c) => `ActionGeo_${c}`),
  'DATEADDED',
  'SOURCEURL',
];

/** GDELT geographic resolution: 1 country, 3 US city, 4 world city. */
const GEO_COUNTRY = '1';
const GEO_US_CITY = '3';
const GEO_WORLD_CITY = '4';

const cell = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value).replace(/[\t\r\n]+/g, ' ');

/** Year plus the share of it gone by when the day begins, to four places (GDELT's FractionDate). */
export function fractionDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const daysBefore = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000;
  const length = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  return (year + daysBefore / length).toFixed(4);
}

function actorColumns(code: string | null, name: string | null): string[] {
  if (!code) return ACTOR.map(() => '');
  const parts = actorParts(code);
  return [code, name ? name.toUpperCase() : '', parts.country, parts.knownGroup, '', '', '', parts.types[0] ?? '', parts.types[1] ?? '', parts.types[2] ?? ''];
}

function actionGeo(story: StoryEvent, fips: Map<string, FipsCountry>): string[] {
  if (!story.placeName) return GEO.map(() => '');
  const country = story.placeCountry ? fips.get(story.placeCountry) : undefined;
  const isCountry = country !== undefined && story.placeName.toLowerCase() === country.name.toLowerCase();
  const hasPoint = story.placeLat !== null && story.placeLon !== null;
  const type = isCountry ? GEO_COUNTRY : !hasPoint ? '' : story.placeCountry === 'USA' ? GEO_US_CITY : GEO_WORLD_CITY;
  const fullName = isCountry || !country ? story.placeName : `${story.placeName}, ${country.name}`;
  return [
    type,
    fullName,
    country?.fips ?? '',
    isCountry ? (country?.fips ?? '') : '',
    '',
    cell(story.placeLat),
    cell(story.placeLon),
    isCountry ? (country?.fips ?? '') : '',
  ];
}

/** "2023-04-05T10:11:12.000Z" → "20230405101112". */
const stamp = (iso: string): string => iso.replace(/\.\d+Z?$|Z$/, '').replace(/[-:T]/g, '').slice(0, 14);

export function gdeltRow(story: StoryEvent, fips: Map<string, FipsCountry>): string[] {
  const date = story.date;
  const row = [
    cell(story.id),
    date ? date.replaceAll('-', '') : '',
    date ? date.slice(0, 7).replace('-', '') : '',
    date ? date.slice(0, 4) : '',
    date ? fractionDate(date) : '',
    ...actorColumns(story.source, story.sourceName),
    ...actorColumns(story.target, story.targetName),
    story.isRoot ? '1' : '0',
    story.cameo,
    story.cameo.slice(0, 3),
    story.root,
    cell(story.quad),
    cell(story.goldstein),
    cell(story.numMentions),
    cell(story.numSources),
    cell(story.numArticles),
    '',
    ...GEO.map(() => ''),
    ...GEO.map(() => ''),
    ...actionGeo(story, fips),
    stamp(story.added),
    cell(story.sourceUrl),
  ].map(cell);
  if (row.length !== GDELT_COLUMNS.length) throw new Error(`internal: a GDELT row has ${row.length} columns, not ${GDELT_COLUMNS.length}`);
  return row;
}

export function gdeltLine(story: StoryEvent, fips: Map<string, FipsCountry>): string {
  return `${gdeltRow(story, fips).join('\t')}\n`;
}
