// Hand-made DocRecords for the store and export tests: short invented news items whose annotations are
// written out here (offsets found by searching the text), so the tests do not depend on the coder.
import { RECORD_VERSION, type DocRecord, type Event, type Mention } from '../../src/record.ts';

/** The CAMEO facts the fixtures use: root, quad, Goldstein, PLOVER event. */
const CODES: Record<string, [string, number, number, string]> = {
  '036': ['03', 1, 4.0, 'AGREE'],
  '042': ['04', 1, 1.9, 'CONSULT'],
  '043': ['04', 1, 2.8, 'CONSULT'],
  '130': ['13', 3, -4.4, 'THREATEN'],
  '190': ['19', 4, -10.0, 'FIGHT'],
  '0233': ['02', 1, 3.4, 'REQUEST'],
};

export function mention(text: string, needle: string, from = 0): Mention {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" is not in the text`);
  return { start, end: start + needle.length, text: needle };
}

type EventSpec = {
  source: string;
  target: string | null;
  cameo: string;
  verb: string;
  /** Text of the source and target mentions, searched for in the text. */
  sourceText: string;
  targetText?: string;
  date?: string | null;
  place?: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  negated?: boolean;
  mode?: string | null;
};

type Spec = {
  id: string;
  url?: string | null;
  source?: string;
  title?: string | null;
  published: string | null;
  text: string;
  actors: Array<{ code: string; name: string; kind: DocRecord['actors'][number]['kind']; names: string[] }>;
  events: EventSpec[];
  quotes?: Array<{ speaker: string; actor: string | null; cue: string; quoted: string }>;
  people?: Array<{ name: string; role: string | null; actor: string | null }>;
};

function sentencesOf(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const pattern = /[^.!?]+[.!?]+["”]?/g;
  for (const match of text.matchAll(pattern)) {
    const lead = match[0].length - match[0].trimStart().length;
    spans.push({ start: match.index + lead, end: match.index + match[0].length });
  }
  return spans;
}

export function record(spec: Spec): DocRecord {
  const { text } = spec;
  const sentences = sentencesOf(text);
  const sentenceAt = (offset: number): number => sentences.findIndex((s) => offset >= s.start && offset < s.end);
  const events: Event[] = spec.events.map((e) => {
    const verb = mention(text, e.verb);
    const sentence = sentenceAt(verb.start);
    const [root, quad, goldstein, plover] = CODES[e.cameo];
    return {
      sentence,
      source: e.source,
      target: e.target,
      cameo: e.cameo,
      root,
      quad,
      goldstein,
      plover: { event: plover, mode: null },
      negated: e.negated ?? false,
      mode: e.mode ?? null,
      date: e.date === undefined ? spec.published : e.date,
      place: e.place ?? null,
      evidence: { start: sentences[sentence].start, end: sentences[sentence].end },
      rule: `fixture:${e.cameo}`,
      verb,
      sourceMention: mention(text, e.sourceText),
      targetMention: e.targetText ? mention(text, e.targetText) : null,
    };
  });
  const places = spec.events
    .map((e) => e.place)
    .filter((p): p is NonNullable<EventSpec['place']> => !!p)
    .filter((p, i, all) => all.findIndex((q) => q.name === p.name) === i)
    .map((p) => ({ ...p, mentions: text.includes(p.name) ? [mention(text, p.name)] : [] }));
  return {
    dyad: RECORD_VERSION,
    id: spec.id,
    source: spec.source ?? `fixtures/${spec.id}.txt`,
    url: spec.url ?? null,
    title: spec.title ?? null,
    published: spec.published,
    text,
    removed: [],
    sentences,
    actors: spec.actors.map((a) => ({ code: a.code, name: a.name, kind: a.kind, mentions: a.names.map((n) => mention(text, n)) })),
    people: (spec.people ?? []).map((p) => ({ ...p, mentions: [mention(text, p.name.split(' ').at(-1) ?? p.name)] })),
    events,
    quotes: (spec.quotes ?? []).map((q) => {
      const content = mention(text, q.quoted);
      const cue = mention(text, q.cue, content.end);
      const speaker = mention(text, q.speaker, content.end);
      return {
        kind: 'direct' as const,
        speaker: { name: q.speaker, actor: q.actor, start: speaker.start, end: speaker.end },
        cue,
        start: content.start,
        end: content.end,
        text: content.text,
      };
    }),
    places,
    times: [],
    relations: [],
    warnings: [],
  };
}

const DELHI = { name: 'New Delhi', country: 'IND', lat: 28.61, lon: 77.21 };
const KHARKIV = { name: 'Kharkiv', country: 'UKR', lat: 49.99, lon: 36.23 };

const NATO = { code: 'IGOWSTNAT', name: 'NATO', kind: 'igo' as const };
const INDIA = { code: 'IND', name: 'India', kind: 'country' as const };

const NATO_INDIA =
  'NATO and India agreed to deepen their cooperation on maritime security in New Delhi. ' +
  '"This is a good day for both of us," said Lena Marsh, the alliance spokeswoman. ' +
  'The ministers will meet again in the autumn.';

/** Two outlets carrying the same agreement (one story), a clash, a negated threat, a future visit. */
export const RECORDS: DocRecord[] = [
  record({
    id: 'nato-india-1',
    url: 'https://www.harbourpost.example/world/nato-india',
    title: 'NATO and India deepen maritime ties',
    published: '2023-03-31',
    text: NATO_INDIA,
    actors: [
      { ...NATO, names: ['NATO'] },
      { ...INDIA, names: ['India'] },
    ],
    events: [{ source: 'IGOWSTNAT', target: 'IND', cameo: '036', verb: 'agreed', sourceText: 'NATO', targetText: 'India', place: DELHI }],
    quotes: [{ speaker: 'Lena Marsh', actor: 'IGOWSTNAT', cue: 'said', quoted: 'This is a good day for both of us,' }],
    people: [{ name: 'Lena Marsh', role: 'alliance spokeswoman', actor: 'IGOWSTNAT' }],
  }),
  record({
    id: 'nato-india-2',
    url: 'https://dailyledger.example/2023/03/31/india-nato',
    title: 'India, NATO agree on sea security',
    published: '2023-03-31',
    text:
      'India and NATO agreed on Friday to work together on sea security, officials said in New Delhi. ' +
      'NATO also agreed to share port data with India.',
    actors: [
      { ...INDIA, names: ['India'] },
      { ...NATO, names: ['NATO'] },
    ],
    events: [
      { source: 'IGOWSTNAT', target: 'IND', cameo: '036', verb: 'agreed', sourceText: 'NATO', targetText: 'India', place: DELHI },
      { source: 'IGOWSTNAT', target: 'IND', cameo: '036', verb: 'also agreed', sourceText: 'NATO', targetText: 'India', place: DELHI },
    ],
  }),
  record({
    id: 'kharkiv-clash',
    url: 'https://www.harbourpost.example/world/kharkiv',
    title: 'Shelling near Kharkiv',
    published: '2023-04-05',
    text:
      'Russian troops fired on Ukrainian positions near Kharkiv on Wednesday. ' +
      'Ukraine asked its allies for more air defence. "We need help now," said Oksana Hrytsenko.',
    actors: [
      { code: 'RUSMIL', name: 'Russia', kind: 'country', names: ['Russian troops'] },
      { code: 'UKRMIL', name: 'Ukraine', kind: 'country', names: ['Ukrainian positions'] },
      { code: 'UKR', name: 'Ukraine', kind: 'country', names: ['Ukraine'] },
    ],
    events: [
      { source: 'RUSMIL', target: 'UKRMIL', cameo: '190', verb: 'fired', sourceText: 'Russian troops', targetText: 'Ukrainian positions', place: KHARKIV },
      { source: 'UKR', target: null, cameo: '0233', verb: 'asked', sourceText: 'Ukraine', date: '2023-04-05' },
    ],
    quotes: [{ speaker: 'Oksana Hrytsenko', actor: 'UKRGOV', cue: 'said', quoted: 'We need help now,' }],
  }),
  record({
    id: 'usa-china',
    source: 'fixtures/usa-china.txt',
    published: '2023-04-12',
    text:
      'The United States did not threaten China over the export rules, the State Department said. ' +
      'Japanese diplomats will visit Beijing next month.',
    actors: [
      { code: 'USAGOV', name: 'United States', kind: 'country', names: ['The United States'] },
      { code: 'CHN', name: 'China', kind: 'country', names: ['China'] },
      { code: 'JPNGOV', name: 'Japan', kind: 'country', names: ['Japanese diplomats'] },
      { code: 'CHNGOV', name: 'China', kind: 'country', names: ['Beijing'] },
    ],
    events: [
      { source: 'USAGOV', target: 'CHN', cameo: '130', verb: 'threaten', sourceText: 'The United States', targetText: 'China', negated: true },
      { source: 'JPNGOV', target: 'CHNGOV', cameo: '043', verb: 'visit', sourceText: 'Japanese diplomats', targetText: 'Beijing', mode: 'future', date: '2023-05-01' },
    ],
  }),
];

/** The first article again, syndicated under another id and URL, with different spacing and case. */
export const SYNDICATED: DocRecord = {
  ...RECORDS[0],
  id: 'nato-india-syndicated',
  source: 'https://mirror.example/nato-india',
  url: 'https://mirror.example/nato-india',
  text: RECORDS[0].text.replace(' on ', '  on\n').toUpperCase(),
};
