import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fits, loadGold, scorePassage } from '../../src/eval/events.ts';
import type { Event } from '../../src/record.ts';

const GOLD = fileURLToPath(new URL('./gold.yaml', import.meta.url));

const event = (source: string, target: string | null, cameo: string, negated = false): Event => ({
  sentence: 0,
  source,
  target,
  cameo,
  root: cameo.slice(0, 2),
  quad: 1,
  goldstein: 0,
  plover: { event: null, mode: null },
  negated,
  mode: null,
  date: null,
  place: null,
  evidence: { start: 0, end: 1 },
  rule: 'test:rule',
  verb: { start: 0, end: 1, text: 'x' },
  sourceMention: null,
  targetMention: null,
});

test('the gold set: every passage parses, most roots are covered, and some passages hold negations', () => {
  const passages = loadGold(GOLD);
  assert.ok(passages.length >= 60, `${passages.length} passages`);
  const roots = new Set(passages.flatMap((p) => p.events.flatMap((e) => [e.root].flat())));
  assert.ok(roots.size >= 18, `${roots.size} roots`);
  assert.ok(passages.filter((p) => (p.absent ?? []).length > 0).length >= 3);
});

test('a gold event fits when the root is allowed and the codes start with the gold ones', () => {
  const gold = { source: 'RUS', target: 'UKR', root: ['19', '18'] };
  assert.ok(fits(gold, event('RUSMIL', 'UKR', '190')));
  assert.ok(!fits(gold, event('UKR', 'RUS', '190')));
  assert.ok(!fits(gold, event('RUSMIL', 'UKR', '173')));
  assert.ok(fits({ source: 'RUS', target: null, root: '19' }, event('RUS', null, '193')));
  assert.ok(fits({ source: 'RUS', target: null }, event('RUS', 'GEO', '042')));
});

test('scoring counts found gold events, matching predictions, statements aside, and broken absences', () => {
  const passage = {
    id: 'p',
    split: 'heldout' as const,
    text: 'x',
    events: [
      { source: 'FRA', target: 'DEU', root: '04' },
      { source: 'FRA', target: 'ITA', root: '04' },
    ],
    absent: [{ source: 'DEU', target: 'FRA', root: '12' }],
  };
  const misses: string[] = [];
  const tally = scorePassage(
    passage,
    [event('FRAGOV', 'DEU', '042'), event('FRA', 'ITA', '042', true), event('FRA', null, '010'), event('DEU', 'FRA', '120')],
    misses,
  );
  assert.deepEqual(tally, { gold: 2, found: 1, predicted: 2, matching: 1, absent: 1, violations: 1 });
  assert.equal(misses.length, 3);
});
