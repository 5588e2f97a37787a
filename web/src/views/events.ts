// Events: the store's events under the filters of `dyad events`, sortable, paged, and downloadable as CSV.
import { cameoTable, get, type EventRow, type EventsPage } from '../api.ts';
import { download, toCsv } from '../csv.ts';
import { el, message, on } from '../dom.ts';
import { actorLink } from './record.ts';

export const FILTERS: Array<{ name: string; label: string; placeholder: string; type?: string; choices?: string[] }> = [
  { name: 'actor', label: 'actor', placeholder: 'USA' },
  { name: 'source', label: 'source', placeholder: 'RUSGOV' },
  { name: 'target', label: 'target', placeholder: 'UKR' },
  { name: 'cameo', label: 'CAMEO', placeholder: '03 or 036' },
  { name: 'root', label: 'roots', placeholder: '14,18' },
  { name: 'quad', label: 'QuadClass', placeholder: '3,4' },
  { name: 'from', label: 'from', placeholder: '', type: 'date' },
  { name: 'to', label: 'to', placeholder: '', type: 'date' },
  { name: 'country', label: 'country', placeholder: 'IND' },
  { name: 'place', label: 'place', placeholder: 'Kabul' },
  { name: 'text', label: 'words', placeholder: 'border talks' },
  { name: 'negated', label: 'negated', placeholder: '', choices: ['', 'false', 'true'] },
  { name: 'mode', label: 'mode', placeholder: '', choices: ['', 'asserted', 'future', 'hypothetical'] },
];

const PAGE = 100;

type Column = { key: string; label: string; server?: string; value: (row: EventRow) => string | number | null; cell?: (row: EventRow) => Node | string };

const COLUMNS: Column[] = [
  { key: 'date', label: 'date', server: 'date', value: (row) => row.date },
  { key: 'source', label: 'source', value: (row) => row.source, cell: (row) => actorLink(row.source) },
  { key: 'target', label: 'target', value: (row) => row.target, cell: (row) => (row.target ? actorLink(row.target) : '—') },
  { key: 'cameo', label: 'CAMEO', server: 'cameo', value: (row) => row.cameo },
  { key: 'quad', label: 'quad', value: (row) => row.quad, cell: (row) => el('span', { class: `quad q${row.quad}` }, row.quad) },
  { key: 'goldstein', label: 'Goldstein', server: 'goldstein', value: (row) => row.goldstein },
  { key: 'flags', label: 'mode', value: (row) => [row.negated ? 'negated' : '', row.mode ?? ''].filter(Boolean).join(' ') },
  { key: 'place', label: 'place', value: (row) => row.placeName },
  { key: 'evidence', label: 'evidence', value: (row) => row.evidence, cell: (row) => el('span', { class: 'evidence-cell' }, row.evidence) },
  { key: 'document', label: 'document', value: (row) => row.title ?? row.document, cell: (row) => el('a', { href: `#/reader/${encodeURIComponent(row.document)}` }, row.title ?? row.document) },
];

const CSV_COLUMNS: Array<[string, (row: EventRow) => string | number | boolean | null]> = [
  ['id', (r) => r.id],
  ['date', (r) => r.date],
  ['source', (r) => r.source],
  ['source_name', (r) => r.sourceName],
  ['target', (r) => r.target],
  ['target_name', (r) => r.targetName],
  ['cameo', (r) => r.cameo],
  ['root', (r) => r.root],
  ['quad', (r) => r.quad],
  ['goldstein', (r) => r.goldstein],
  ['negated', (r) => r.negated],
  ['mode', (r) => r.mode],
  ['place', (r) => r.placeName],
  ['country', (r) => r.placeCountry],
  ['evidence', (r) => r.evidence],
  ['rule', (r) => r.rule],
  ['document', (r) => r.document],
  ['url', (r) => r.url],
];

export async function eventsView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const sort = params.get('sort') ?? 'date';
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const query: Record<string, string | number> = { sort, limit: PAGE, offset };
  for (const filter of FILTERS) {
    const value = params.get(filter.name);
    if (value) query[filter.name] = value;
  }
  const form = el('form', { class: 'filters', id: 'event-filters' });
  for (const filter of FILTERS) {
    const value = params.get(filter.name) ?? '';
    const input = filter.choices
      ? el('select', { name: filter.name }, ...filter.choices.map((choice) => el('option', { value: choice, selected: choice === value }, choice || 'any')))
      : el('input', { name: filter.name, type: filter.type ?? 'text', placeholder: filter.placeholder, value });
    form.appendChild(el('label', {}, filter.label, input));
  }
  form.appendChild(el('button', { type: 'submit' }, 'Filter'));
  const reset = on(el('button', { type: 'button' }, 'Clear'), 'click', () => {
    location.hash = '#/events';
  });
  form.appendChild(reset);
  on(form, 'submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) next.set(name, value.trim());
    if (sort !== 'date') next.set('sort', sort);
    location.hash = `#/events?${next}`;
  });
  root.replaceChildren(el('h2', {}, 'Events'), form, message('loading…'));

  let page: EventsPage;
  try {
    page = await get<EventsPage>('/v1/events', query);
  } catch (error) {
    root.replaceChildren(el('h2', {}, 'Events'), form, message((error as Error).message, 'error'));
    return;
  }
  const names = await cameoTable().catch(() => new Map());
  let rows = page.events;
  let clientSort: { key: string; down: boolean } | null = null;
  const tbody = el('tbody');
  const fill = (): void => {
    tbody.replaceChildren(
      ...rows.map((row) =>
        el(
          'tr',
          { 'data-event': row.id },
          ...COLUMNS.map((column) => {
            const content = column.key === 'cameo' ? el('span', { title: names.get(row.cameo)?.name ?? '' }, row.cameo) : column.cell ? column.cell(row) : String(column.value(row) ?? '');
            return el('td', { class: column.key === 'goldstein' || column.key === 'quad' ? 'num' : column.key }, content);
          }),
        ),
      ),
    );
  };
  const withParams = (changes: Record<string, string | null>): string => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    return `#/events?${next}`;
  };
  const headRow = el(
    'tr',
    {},
    ...COLUMNS.map((column) => {
      const th = el('th', { scope: 'col' }, column.label);
      if (column.server) {
        const active = sort === column.server || sort === `-${column.server}`;
        const next = sort === column.server ? `-${column.server}` : column.server;
        th.replaceChildren(el('a', { href: withParams({ sort: next, offset: null }), class: active ? 'sorted' : null }, column.label, active ? (sort.startsWith('-') ? ' ▼' : ' ▲') : ''));
      } else if (column.key !== 'evidence') {
        th.classList.add('sortable');
        on(th, 'click', () => {
          clientSort = { key: column.key, down: clientSort?.key === column.key ? !clientSort.down : false };
          const sign = clientSort.down ? -1 : 1;
          rows = [...rows].sort((a, b) => sign * String(column.value(a) ?? '').localeCompare(String(column.value(b) ?? ''), undefined, { numeric: true }));
          fill();
        });
      }
      return th;
    }),
  );
  fill();
  const csv = on(el('button', { type: 'button', id: 'csv' }, `Download CSV (${page.events.length} shown)`), 'click', () =>
    download(`dyad-events-${offset + 1}-${offset + rows.length}.csv`, toCsv(CSV_COLUMNS.map(([name]) => name), rows.map((row) => CSV_COLUMNS.map(([, value]) => value(row))))),
  );
  const pager = el('span', { class: 'pager' });
  if (offset > 0) pager.appendChild(el('a', { href: withParams({ offset: String(Math.max(0, offset - PAGE)) }) }, '← previous'));
  if (offset + page.events.length < page.total) pager.appendChild(el('a', { href: withParams({ offset: String(offset + PAGE) }) }, 'next →'));
  root.replaceChildren(
    el('h2', {}, 'Events'),
    form,
    el('p', { class: 'summary', 'data-testid': 'events-summary' }, page.total ? `${offset + 1}–${offset + page.events.length} of ${page.total} events ` : 'No events match. ', csv, ' ', pager),
    el('div', { class: 'table-wrap' }, el('table', { class: 'grid events' }, el('thead', {}, headRow), tbody)),
  );
}
