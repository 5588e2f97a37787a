// One coded article: its text with actors, people, events, quotes, times and places marked, and beside it the
// lists of each and the detail of the chosen event. Used by the Reader and the Playground.
import { cameoTable, get, type DocRecord, type RuleAnswer } from '../api.ts';
import { append, clear, el, on, QUAD_NAMES } from '../dom.ts';

type Event = DocRecord['events'][number];
type Layer = 'actor' | 'person' | 'place' | 'time' | 'quote' | 'evidence' | 'verb';
type Mark = { start: number; end: number; layer: Layer; event?: number; label?: string };

const LAYERS: Array<[Layer, string]> = [
  ['actor', 'actors'],
  ['person', 'people'],
  ['evidence', 'events'],
  ['quote', 'quotes'],
  ['time', 'times'],
  ['place', 'places'],
];

function marksOf(record: DocRecord): Mark[] {
  const marks: Mark[] = [];
  for (const actor of record.actors) for (const m of actor.mentions) marks.push({ start: m.start, end: m.end, layer: 'actor', label: `${actor.code} ${actor.name}` });
  for (const person of record.people) for (const m of person.mentions) marks.push({ start: m.start, end: m.end, layer: 'person', label: person.name });
  for (const place of record.places) for (const m of place.mentions) marks.push({ start: m.start, end: m.end, layer: 'place', label: `${place.name} (${place.country ?? '?'})` });
  for (const time of record.times) marks.push({ start: time.span.start, end: time.span.end, layer: 'time', label: time.start === time.end ? time.start : `${time.start} – ${time.end}` });
  for (const quote of record.quotes) marks.push({ start: quote.start, end: quote.end, layer: 'quote', label: `quote${quote.speaker ? ` by ${quote.speaker.name}` : ''}` });
  record.events.forEach((event, index) => {
    marks.push({ start: event.evidence.start, end: event.evidence.end, layer: 'evidence', event: index });
    marks.push({ start: event.verb.start, end: event.verb.end, layer: 'verb', event: index, label: `${event.source} → ${event.target ?? '—'} ${event.cameo}` });
  });
  return marks.filter((mark) => mark.end > mark.start && mark.start >= 0 && mark.end <= record.text.length);
}

/** The text cut at every mark boundary; each piece is a text node or a span carrying the layers over it. */
function markedText(record: DocRecord, select: (events: number[]) => void): HTMLElement {
  const marks = marksOf(record);
  const cuts = [...new Set([0, record.text.length, ...marks.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b);
  const body = el('div', { class: 'article-text' });
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const piece = record.text.slice(from, to);
    const over = marks.filter((mark) => mark.start <= from && mark.end >= to);
    if (over.length === 0) {
      append(body, piece);
      continue;
    }
    const layers = [...new Set(over.map((mark) => mark.layer))];
    const events = [...new Set(over.filter((mark) => mark.layer === 'verb').map((mark) => mark.event ?? -1))];
    const labels = [...new Set(over.map((mark) => mark.label).filter((label): label is string => Boolean(label)))];
    const span = el('span', { class: layers.map((layer) => `m-${layer}`).join(' '), title: labels.join('\n') || null }, piece);
    if (events.length) {
      span.tabIndex = 0;
      span.setAttribute('role', 'button');
      on(span, 'click', () => select(events));
      on(span, 'keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Enter') select(events);
      });
    }
    body.appendChild(span);
  }
  return body;
}

/** An http(s) link, or plain text: a record's URL is untrusted and may be javascript:. */
export function safeLink(url: string | null, text?: string): HTMLElement | string {
  if (!url) return text ?? '';
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return el('a', { href: parsed.href, target: '_blank', rel: 'noopener noreferrer' }, text ?? url);
  } catch {
    // Not a URL: shown as text below.
  }
  return text ?? url;
}

export function actorLink(code: string, name?: string | null): HTMLElement {
  return el('a', { href: `#/actor/${encodeURIComponent(code)}`, class: 'code' }, code, name ? el('span', { class: 'muted' }, ` ${name}`) : null);
}

async function eventDetail(record: DocRecord, index: number): Promise<HTMLElement> {
  const event: Event = record.events[index];
  const cameo = (await cameoTable().catch(() => new Map())).get(event.cameo);
  const rows: Array<[string, Node | string]> = [
    ['source', actorLink(event.source)],
    ['target', event.target ? actorLink(event.target) : '—'],
    ['CAMEO', `${event.cameo}${cameo ? ` ${cameo.name}` : ''}`],
    ['QuadClass', `${event.quad} ${QUAD_NAMES[event.quad] ?? ''}`],
    ['Goldstein', event.goldstein.toFixed(1)],
    ['PLOVER', [event.plover.event, event.plover.mode].filter(Boolean).join(' / ') || '—'],
    ['negated', event.negated ? 'yes' : 'no'],
    ['mode', event.mode ?? 'asserted'],
    ['date', event.date ?? '—'],
    ['place', event.place ? `${event.place.name} (${event.place.country ?? '?'})` : '—'],
    ['verb', `“${event.verb.text}”`],
    ['rule', event.rule],
  ];
  const entry = el('div', { class: 'rule-entry muted' }, 'looking up the dictionary entry…');
  const box = el(
    'div',
    { class: 'event-detail', 'data-testid': 'event-detail' },
    el('h3', {}, `${event.source} → ${event.target ?? '—'}: ${event.cameo}`),
    el('dl', {}, ...rows.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)])),
    el('h4', {}, 'Evidence'),
    el('blockquote', { class: 'evidence' }, record.text.slice(event.evidence.start, event.evidence.end)),
    el('h4', {}, 'Dictionary entry'),
    entry,
  );
  get<RuleAnswer>('/v1/rule', { id: event.rule })
    .then((rule) => {
      entry.className = 'rule-entry';
      entry.replaceChildren(
        el('dl', {}, el('dt', {}, 'pattern'), el('dd', { class: 'code' }, rule.pattern), el('dt', {}, 'yields'), el('dd', {}, `${rule.code}${rule.name ? ` ${rule.name}` : ''}`), el('dt', {}, 'example'), el('dd', {}, rule.example)),
      );
    })
    .catch((error: Error) => {
      entry.textContent = `not found in the server's dictionaries (${error.message})`;
    });
  return box;
}

function list<T>(title: string, items: T[], render: (item: T) => Node | string): HTMLElement {
  return el('section', { class: 'side-list' }, el('h3', {}, `${title} (${items.length})`), items.length ? el('ul', {}, ...items.map((item) => el('li', {}, render(item)))) : el('p', { class: 'muted' }, 'none'));
}

/** `untitled` heads an article that has no title (a pasted one) instead of its source. */
export function renderRecord(record: DocRecord, options: { untitled?: string } = {}): HTMLElement {
  const detail = el('div', { class: 'detail' }, el('p', { class: 'muted' }, 'Click an event (an underlined verb, or one in the list) to see why it was coded.'));
  const select = (events: number[]): void => {
    clear(detail);
    for (const index of events) eventDetail(record, index).then((box) => detail.appendChild(box));
    detail.scrollIntoView({ block: 'nearest' });
  };
  const toggles = el(
    'div',
    { class: 'toggles' },
    ...LAYERS.map(([layer, label]) => {
      const box = el('input', { type: 'checkbox', checked: true });
      on(box, 'change', () => text.classList.toggle(`hide-${layer}`, !box.checked));
      return el('label', { class: `toggle t-${layer}` }, box, ` ${label}`);
    }),
  );
  const text = markedText(record, select);
  const eventItem = (event: Event): Node => {
    const index = record.events.indexOf(event);
    const button = el('button', { class: `event-item q${event.quad}`, type: 'button' }, `${event.source} → ${event.target ?? '—'} `, el('span', { class: 'code' }, event.cameo), event.negated ? ' (negated)' : '', event.mode ? ` (${event.mode})` : '', el('span', { class: 'muted' }, ` “${event.verb.text}”`));
    return on(button, 'click', () => select([index]));
  };
  const header = el(
    'header',
    { class: 'article-head' },
    el('h2', {}, record.title ?? options.untitled ?? record.source),
    el('p', { class: 'muted' }, record.published ?? 'undated', ' · ', safeLink(record.url, record.url ?? record.source), ' · ', `${record.sentences.length} sentences, ${record.events.length} events, ${record.quotes.length} quotes`),
    record.warnings.length ? el('ul', { class: 'warnings' }, ...record.warnings.map((warning) => el('li', {}, warning))) : null,
  );
  return el(
    'div',
    { class: 'record' },
    el('article', { class: 'article' }, header, toggles, text, record.removed.length ? el('details', { class: 'removed' }, el('summary', {}, `${record.removed.length} lines cut as site cruft`), el('ul', {}, ...record.removed.map((cut) => el('li', {}, el('span', { class: 'muted' }, `${cut.reason}: `), cut.text)))) : null),
    el(
      'aside',
      { class: 'side' },
      detail,
      list('Events', record.events, eventItem),
      list('Actors', record.actors, (actor) => el('span', {}, actorLink(actor.code, actor.name), el('span', { class: 'muted' }, ` ×${actor.mentions.length}`))),
      list('People', record.people, (person) => el('span', {}, person.name, el('span', { class: 'muted' }, ` ${[person.role, person.actor].filter(Boolean).join(', ')}`))),
      list('Quotes', record.quotes, (quote) => el('span', {}, el('q', {}, quote.text), el('span', { class: 'muted' }, ` — ${quote.speaker?.name ?? 'unattributed'} (${quote.kind})`))),
      list('Times', record.times, (time) => `${time.text} → ${time.start === time.end ? time.start : `${time.start} – ${time.end}`}`),
      list('Places', record.places, (place) => `${place.name} (${place.country ?? '?'})`),
    ),
  );
}
