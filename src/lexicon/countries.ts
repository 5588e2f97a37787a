// Countries from world-countries and i18n-iso-countries, read from node_modules at run time, with our own
// overrides (dictionaries/actors/countries.yaml) for CAMEO codes, extra names, demonyms and seats of government.
import { createRequire } from 'node:module';
import { normaliseName } from './gazetteer.ts';
import type { ActorEntry } from './schema.ts';

type WorldCountry = {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  capital: string[];
  latlng: [number, number];
  demonyms?: { eng?: { f: string; m: string } };
  independent?: boolean;
};

export type CountryFact = { code: string; iso3: string; iso2: string; name: string; lat: number; lon: number };

export type CountryFacts = {
  list: ActorEntry[];
  byCode: Map<string, CountryFact>;
  codeOfIso2: Map<string, string>;
  codeOfIso3: Map<string, string>;
};

const require = createRequire(import.meta.url);
const LATIN_NAME = /^[\p{Script=Latin}\s.'’,()-]+$/u;

export function loadCountries(overrides: ActorEntry[]): CountryFacts {
  const world = require('world-countries') as WorldCountry[];
  const iso = require('i18n-iso-countries') as { getNames(lang: string, options: { select: 'all' }): Record<string, string[]>; registerLocale(locale: unknown): void };
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const englishNames = iso.getNames('en', { select: 'all' });
  const overrideByIso = new Map<string, ActorEntry>();
  for (const entry of overrides) overrideByIso.set(entry.iso ?? entry.code, entry);
  // A name an override gives one country is taken from the others' library names ("Dominican" is the Dominican
  // Republic, not Dominica), because the first country to claim a name would otherwise keep it.
  const claimedBy = new Map<string, string>();
  for (const [iso, entry] of overrideByIso) {
    for (const name of [...entry.names, ...entry.exact, ...entry.demonyms, ...entry.seats]) claimedBy.set(normaliseName(name), iso);
  }
  const unclaimed = (iso: string) => {
    const not = new Set(overrideByIso.get(iso)?.not.map(normaliseName) ?? []);
    return (name: string): boolean => (claimedBy.get(normaliseName(name)) ?? iso) === iso && !not.has(normaliseName(name));
  };

  const list: ActorEntry[] = [];
  const byCode = new Map<string, CountryFact>();
  const codeOfIso2 = new Map<string, string>();
  const codeOfIso3 = new Map<string, string>();
  // Sovereign states first, so a shared demonym ("French") names the state, not a territory.
  const ordered = [...world].sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
  for (const country of ordered) {
    const override = overrideByIso.get(country.cca3);
    const fits = unclaimed(country.cca3);
    overrideByIso.delete(country.cca3);
    const code = override?.code ?? country.cca3;
    const names = new Set<string>([country.name.common, country.name.official, ...(englishNames[country.cca2] ?? [])]);
    for (const spelling of country.altSpellings) if (spelling.length > 3 && LATIN_NAME.test(spelling)) names.add(spelling);
    const demonyms = new Set<string>();
    // world-countries joins two demonyms in one string: "Bosnian, Herzegovinian", "Kittitian or Nevisian".
    const eng = country.demonyms?.eng;
    for (const demonym of eng ? [eng.m, eng.f] : []) for (const part of demonym?.split(/,\s*|\s+or\s+/) ?? []) if (part) demonyms.add(part);
    const entry: ActorEntry = {
      code,
      iso: country.cca3,
      name: override?.name ?? country.name.common,
      kind: 'country',
      names: [...(override?.names ?? []), ...[...names].filter(fits)],
      exact: override?.exact ?? [],
      demonyms: withPlurals([...(override?.demonyms ?? []), ...[...demonyms].filter(fits)]),
      seats: [...(override?.seats ?? []), ...country.capital.filter((capital) => LATIN_NAME.test(capital) && fits(capital))],
      descriptions: override?.descriptions ?? [],
      not: override?.not ?? [],
      example: override?.example ?? `${country.name.common} signed an agreement with its neighbours.`,
    };
    list.push(entry);
    byCode.set(code, { code, iso3: country.cca3, iso2: country.cca2, name: entry.name, lat: country.latlng[0], lon: country.latlng[1] });
    codeOfIso2.set(country.cca2, code);
    codeOfIso3.set(country.cca3, code);
  }
  // Overrides for entities world-countries lacks (Kosovo under a CAMEO code, historical states…).
  for (const entry of overrideByIso.values()) {
    list.push({ ...entry, kind: 'country', demonyms: withPlurals(entry.demonyms) });
    if (!byCode.has(entry.code)) byCode.set(entry.code, { code: entry.code, iso3: entry.iso ?? entry.code, iso2: '', name: entry.name, lat: 0, lon: 0 });
  }
  return { list, byCode, codeOfIso2, codeOfIso3 };
}

/** Demonyms that also name the people: "Israeli" → "Israelis", "Frenchman" → "Frenchmen"; not "Chinese", "French". */
function withPlurals(demonyms: string[]): string[] {
  const all = new Set(demonyms);
  for (const demonym of demonyms) {
    if (/man$/.test(demonym)) all.add(`${demonym.slice(0, -3)}men`);
    else if (!/(ese|ish|sh|ss|s|x|z|[^e]ch|\.)$/i.test(demonym)) all.add(`${demonym}s`);
  }
  return [...all];
}
