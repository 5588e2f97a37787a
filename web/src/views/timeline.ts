// Timeline: events per day or week, stacked by QuadClass, with the mean Goldstein value as a line; for the whole
// corpus or one dyad.
import { get, type StatsAnswer } from '../api.ts';
import { el, message, on, QUAD_COLOURS, QUAD_NAMES, quadLegend, svg } from '../dom.ts';

const DAY = 86_400_000;
const MAX_PERIODS = 1500;

type Period = { key: string; counts: number[]; goldstein: number | null };

/** Every period from the first to the last, so that quiet days show as gaps rather than vanish. */
function periods(by: 'day' | 'week', byQuad: StatsAnswer[], overall: StatsAnswer): Period[] {
  const table = new Map<string, Period>();
  const at = (key: string): Period => {
    let period = table.get(key);
    if (!period) {
      period = { key, counts: [0, 0, 0, 0], goldstein: null };
      table.set(key, period);
    }
    return period;
  };
  byQuad.forEach((answer, quad) => {
    for (const row of answer.rows) at(row.key).counts[quad] = row.count;
  });
  for (const row of overall.rows) at(row.key).goldstein = row.goldstein;
  const keys = [...table.keys()].sort();
  if (keys.length < 2) return keys.map(at);
  const step = by === 'day' ? DAY : 7 * DAY;
  const first = Date.parse(`${keys[0]}T00:00:00Z`);
  const last = Date.parse(`${keys[keys.length - 1]}T00:00:00Z`);
  if ((last - first) / step > MAX_PERIODS) return keys.map(at);
  const filled: Period[] = [];
  for (let time = first; time <= last; time += step) filled.push(at(new Date(time).toISOString().slice(0, 10)));
  return filled;
}

function chart(data: Period[]): SVGSVGElement {
  const width = Math.max(640, Math.min(1400, data.length * 14 + 80));
  const height = 320;
  const pad = { left: 44, right: 44, top: 12, bottom: 48 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const max = Math.max(1, ...data.map((period) => period.counts.reduce((a, b) => a + b, 0)));
  const band = plotW / data.length;
  const y = (count: number): number => pad.top + plotH - (count / max) * plotH;
  const gy = (goldstein: number): number => pad.top + ((10 - goldstein) / 20) * plotH;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'timeline-chart', role: 'img', 'aria-label': 'events per period by QuadClass' });
  for (const tick of [0, Math.round(max / 2), max]) {
    root.appendChild(svg('line', { x1: pad.left, x2: width - pad.right, y1: y(tick), y2: y(tick), class: 'grid-line' }));
    root.appendChild(svg('text', { x: pad.left - 6, y: y(tick) + 4, 'text-anchor': 'end', class: 'axis' }, tick));
  }
  for (const tick of [-10, 0, 10]) root.appendChild(svg('text', { x: width - pad.right + 6, y: gy(tick) + 4, class: 'axis goldstein-axis' }, tick));
  const labelEvery = Math.ceil(data.length / 12);
  data.forEach((period, i) => {
    let base = 0;
    const x = pad.left + i * band;
    period.counts.forEach((count, quad) => {
      if (count === 0) return;
      const bar = svg('rect', { x: x + band * 0.1, width: Math.max(1, band * 0.8), y: y(base + count), height: y(base) - y(base + count), fill: QUAD_COLOURS[quad + 1], class: 'bar' });
      bar.appendChild(svg('title', {}, `${period.key}: ${count} ${QUAD_NAMES[quad + 1]}`));
      root.appendChild(bar);
      base += count;
    });
    if (i % labelEvery === 0) root.appendChild(svg('text', { x: x + band / 2, y: height - pad.bottom + 16, 'text-anchor': 'middle', class: 'axis' }, period.key.slice(5)));
  });
  const points = data
    .map((period, i) => (period.goldstein === null ? null : `${(pad.left + (i + 0.5) * band).toFixed(1)},${gy(period.goldstein).toFixed(1)}`))
    .filter((point): point is string => point !== null);
  if (points.length > 1) root.appendChild(svg('polyline', { points: points.join(' '), class: 'goldstein-line' }));
  for (const point of points) {
    const [cx, cy] = point.split(',');
    root.appendChild(svg('circle', { cx, cy, r: 3, class: 'goldstein-dot' }));
  }
  if (data.length) root.appendChild(svg('text', { x: pad.left, y: height - 8, class: 'axis' }, `${data[0].key} … ${data[data.length - 1].key}`));
  return root;
}

export async function timelineView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const by = params.get('by') === 'week' ? 'week' : 'day';
  const filter: Record<string, string> = {};
  for (const name of ['source', 'target', 'from', 'to']) {
    const value = params.get(name);
    if (value) filter[name] = value;
  }
  const form = el(
    'form',
    { class: 'filters' },
    el('label', {}, 'per ', el('select', { name: 'by' }, el('option', { value: 'day', selected: by === 'day' }, 'day'), el('option', { value: 'week', selected: by === 'week' }, 'week'))),
    el('label', {}, 'source', el('input', { name: 'source', placeholder: 'any', value: filter.source ?? '' })),
    el('label', {}, 'target', el('input', { name: 'target', placeholder: 'any', value: filter.target ?? '' })),
    el('label', {}, 'from', el('input', { name: 'from', type: 'date', value: filter.from ?? '' })),
    el('label', {}, 'to', el('input', { name: 'to', type: 'date', value: filter.to ?? '' })),
    el('button', { type: 'submit' }, 'Show'),
  );
  on(form, 'submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) next.set(name, value.trim());
    location.hash = `#/timeline?${next}`;
  });
  const title = filter.source || filter.target ? `${filter.source ?? 'any'} → ${filter.target ?? 'any'}` : 'the whole corpus';
  root.replaceChildren(el('h2', {}, `Timeline: ${title}`), form, message('loading…'));
  const [overall, ...byQuad] = await Promise.all([get<StatsAnswer>('/v1/stats', { ...filter, by }), ...[1, 2, 3, 4].map((quad) => get<StatsAnswer>('/v1/stats', { ...filter, by, quad }))]);
  const data = periods(by, byQuad, overall);
  root.replaceChildren(
    el('h2', {}, `Timeline: ${title}`),
    form,
    el('p', { class: 'summary', 'data-testid': 'timeline-summary' }, `${overall.events} dated events in ${data.length} ${by === 'day' ? 'days' : 'weeks'}; the line is the mean Goldstein value (right axis, −10 to +10).`),
    quadLegend(),
    data.length ? el('div', { class: 'chart-wrap' }, chart(data)) : message('No dated events match.'),
  );
}
