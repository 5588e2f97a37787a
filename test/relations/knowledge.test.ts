import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCountries } from '../../src/lexicon/countries.ts';
import { ActorEntry } from '../../src/lexicon/schema.ts';
import { readYamlList } from '../../src/lexicon/yaml.ts';
import { DICTIONARY_DIR } from '../../src/lexicon/index.ts';
import { applicantStandings, holdsOn, isMemberAt, loadKnowledge, memberStandings, partnerStandings, standingsOf } from '../../src/relations/knowledge.ts';
import { startOf } from '../../src/relations/schema.ts';

const knowledge = loadKnowledge();
const codesOf = (list: Array<{ code: string }>): string[] => list.map((standing) => standing.code).sort();

test('every body file loads without problems, and there are at least 40 bodies', () => {
  assert.deepEqual(knowledge.problems, []);
  assert.ok(knowledge.bodies.size >= 40, `only ${knowledge.bodies.size} bodies`);
});

test("no code's standings in one list of one body overlap, and suspensions lie within their standing", () => {
  const overlaps: string[] = [];
  for (const body of knowledge.bodies.values()) {
    for (const list of ['members', 'partners', 'applicants'] as const) {
      const byCode = new Map<string, Array<{ from: string; until?: string }>>();
      for (const standing of body[list]) byCode.set(standing.code, [...(byCode.get(standing.code) ?? []), standing]);
      for (const [code, spans] of byCode) {
        const sorted = [...spans].sort((a, b) => startOf(a.from).localeCompare(startOf(b.from)));
        for (let i = 1; i < sorted.length; i++) {
          const previous = sorted[i - 1];
          if (previous.until === undefined || startOf(previous.until) > startOf(sorted[i].from)) {
            overlaps.push(`${body.code} ${list} ${code}: ${previous.from}–${previous.until ?? 'now'} overlaps ${sorted[i].from}`);
          }
        }
      }
      for (const standing of body[list]) {
        for (const suspension of standing.suspended) {
          const inside = startOf(suspension.from) >= startOf(standing.from) && (standing.until === undefined || startOf(suspension.from) < startOf(standing.until));
          if (!inside) overlaps.push(`${body.code} ${standing.code}: suspension from ${suspension.from} lies outside ${standing.from}–${standing.until ?? 'now'}`);
        }
      }
    }
  }
  assert.deepEqual(overlaps, []);
});

test('every membership fact carries a date and a note naming the act', () => {
  for (const body of knowledge.bodies.values()) {
    for (const standing of [...body.members, ...body.partners, ...body.applicants]) {
      assert.match(standing.from, /^\d{4}/, `${body.code} ${standing.code}`);
      assert.ok(standing.note.length >= 3, `${body.code} ${standing.code} has no note`);
    }
  }
});

test('every country code is a country of the actor dictionaries (world-countries with the CAMEO overrides)', () => {
  const overrides = join(DICTIONARY_DIR, 'actors/countries.yaml');
  const countries = loadCountries(existsSync(overrides) ? readYamlList(overrides, ActorEntry).entries : []);
  const unknown: string[] = [];
  for (const body of knowledge.bodies.values()) {
    for (const standing of [...body.members, ...body.partners, ...body.applicants]) {
      if (!standing.code.startsWith('IGO') && !countries.byCode.has(standing.code)) unknown.push(`${body.code}: ${standing.code}`);
    }
  }
  assert.deepEqual(unknown, []);
});

test('every body code is an actor in dictionaries/actors', (t) => {
  const dir = join(DICTIONARY_DIR, 'actors');
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => /\.ya?ml$/.test(name) && name !== 'countries.yaml') : [];
  if (files.length === 0) {
    t.skip('dictionaries/actors has no files for international bodies yet');
    return;
  }
  const known = new Set(files.flatMap((name) => readYamlList(join(dir, name), ActorEntry).entries.map((entry) => entry.code)));
  const unknown = new Set<string>();
  for (const body of knowledge.bodies.values()) {
    if (!known.has(body.actorCode ?? body.code)) unknown.add(body.actorCode ?? body.code);
    for (const standing of [...body.members, ...body.partners]) if (standing.code.startsWith('IGO') && !known.has(standing.code)) unknown.add(standing.code);
  }
  assert.deepEqual([...unknown].sort(), []);
});

test('NATO on the eve of the seed article (2023-03-31): 30 members, not India, not yet Finland; four Indo-Pacific partners', () => {
  const members = codesOf(memberStandings(knowledge, 'IGOWSTNAT', '2023-03-31'));
  assert.equal(members.length, 30);
  assert.ok(!members.includes('IND'));
  assert.ok(!members.includes('FIN'));
  assert.ok(isMemberAt(knowledge, 'FIN', 'IGOWSTNAT', '2023-04-04'));
  assert.ok(!isMemberAt(knowledge, 'SWE', 'IGOWSTNAT', '2024-03-06'));
  assert.ok(isMemberAt(knowledge, 'SWE', 'IGOWSTNAT', '2024-03-07'));
  assert.equal(memberStandings(knowledge, 'IGOWSTNAT', '2024-03-07').length, 32);
  const partners = codesOf(partnerStandings(knowledge, 'IGOWSTNAT', '2023-03-31'));
  for (const code of ['AUS', 'JPN', 'KOR', 'NZL']) assert.ok(partners.includes(code), code);
  assert.ok(partners.includes('FIN'), 'Finland was a Partnership for Peace partner until it joined');
  assert.ok(!codesOf(partnerStandings(knowledge, 'IGOWSTNAT', '2023-04-04')).includes('FIN'));
  assert.ok(Math.abs(partners.length - 40) <= 3, `NATO counts some 40 partners; knowledge has ${partners.length}`);
  assert.deepEqual(codesOf(applicantStandings(knowledge, 'IGOWSTNAT', '2023-03-31')), ['FIN', 'SWE', 'UKR']);
});

test('NATO enlargements happen on their accession dates', () => {
  const count = (date: string): number => memberStandings(knowledge, 'IGOWSTNAT', date).length;
  assert.deepEqual(
    ['1949-08-24', '1952-02-18', '1955-05-06', '1982-05-30', '1999-03-12', '2004-03-29', '2009-04-01', '2017-06-05', '2020-03-27'].map(count),
    [12, 14, 15, 16, 19, 26, 28, 29, 30],
  );
  assert.equal(count('1949-08-23'), 0);
});

test('BRICS grows with its 2024 and 2025 enlargements', () => {
  assert.equal(memberStandings(knowledge, 'IGOBRC', '2023-12-31').length, 5);
  assert.equal(memberStandings(knowledge, 'IGOBRC', '2024-01-01').length, 9);
  assert.ok(isMemberAt(knowledge, 'IDN', 'IGOBRC', '2025-01-06'));
  assert.ok(!isMemberAt(knowledge, 'SAU', 'IGOBRC', '2025-06-01'));
});

test('withdrawals end memberships: the United Kingdom and the EU, Qatar and OPEC', () => {
  assert.ok(isMemberAt(knowledge, 'GBR', 'IGOEUREEC', '2020-01-31'));
  assert.ok(!isMemberAt(knowledge, 'GBR', 'IGOEUREEC', '2020-02-01'));
  assert.equal(memberStandings(knowledge, 'IGOEUREEC', '2020-02-01').length, 27);
  assert.ok(!isMemberAt(knowledge, 'QAT', 'IGOOPC', '2019-01-01'));
});

test('the UN has 193 members today, each a UN member in world-countries; five permanent Council members', async () => {
  const { createRequire } = await import('node:module');
  const world = createRequire(import.meta.url)('world-countries') as Array<{ cca3: string; unMember: boolean }>;
  const unMembers = new Set(world.filter((country) => country.unMember).map((country) => country.cca3));
  const members = codesOf(memberStandings(knowledge, 'IGOUNO', '2025-01-01'));
  assert.equal(members.length, 193);
  assert.deepEqual(members.filter((code) => !unMembers.has(code)), []);
  const permanent = memberStandings(knowledge, 'IGOUNOUSC', '2023-03-31').filter((standing) => standing.role === 'permanent');
  assert.deepEqual(codesOf(permanent), ['CHN', 'FRA', 'GBR', 'RUS', 'USA']);
  assert.equal(memberStandings(knowledge, 'IGOUNOUSC', '2023-03-31').length, 15);
});

test('observers and participants are not counted among members unless asked for', () => {
  assert.equal(memberStandings(knowledge, 'IGOGOS', '2023-03-31').length, 7);
  assert.equal(memberStandings(knowledge, 'IGOGOS', '2023-03-31', { all: true }).length, 8);
});

test('suspensions are reported on the date, and the member stays a member', () => {
  const syria = memberStandings(knowledge, 'IGOMEAARL', '2020-01-01').find((standing) => standing.code === 'SYR');
  assert.equal(syria?.suspendedOnDate, true);
  const later = memberStandings(knowledge, 'IGOMEAARL', '2023-05-07').find((standing) => standing.code === 'SYR');
  assert.equal(later?.suspendedOnDate, false);
});

test("a country's standings across bodies on a date", () => {
  const japan = standingsOf(knowledge, 'JPN', '2023-03-31').map((standing) => `${standing.list}:${standing.body}`).sort();
  for (const expected of ['members:IGOGOS', 'members:IGOUNO', 'members:IGOASAQUD', 'partners:IGOWSTNAT', 'partners:IGOSEAASN']) {
    assert.ok(japan.includes(expected), expected);
  }
});

test('month- and year-precision dates count from their first day; until is exclusive', () => {
  assert.ok(holdsOn({ from: '1995-02' }, '1995-02-01'));
  assert.ok(!holdsOn({ from: '1995-02' }, '1995-01-31'));
  assert.ok(holdsOn({ from: '1956', until: '2008-02' }, '2008-01-31'));
  assert.ok(!holdsOn({ from: '1956', until: '2008-02' }, '2008-02-01'));
});
