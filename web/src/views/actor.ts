// An actor's page: how many events, with whom (out and in, mean Goldstein), its latest events and its quotes.
import { get, type ActorAnswer } from '../api.ts';
import { el, message } from '../dom.ts';
import { actorLink } from './record.ts';

export async function actorView(root: HTMLElement, code: string): Promise<void> {
  const actor = await get<ActorAnswer>(`/v1/actors/${encodeURIComponent(code)}`);
  const links = el(
    'p',
    {},
    el('a', { href: `#/events?actor=${encodeURIComponent(actor.code)}` }, 'all its events'),
    ' · ',
    el('a', { href: `#/timeline?source=${encodeURIComponent(actor.code)}` }, 'timeline as source'),
    ' · ',
    el('a', { href: `#/network?actor=${encodeURIComponent(actor.code)}` }, 'its network'),
  );
  root.replaceChildren(
    el('h2', {}, `${actor.code}${actor.name ? ` — ${actor.name}` : ''}`),
    el('p', { class: 'summary', 'data-testid': 'actor-summary' }, `${actor.events} events with ${actor.code} on either side (codes starting ${actor.code}).`),
    links,
    el('h3', {}, 'Partners'),
    actor.partners.length
      ? el(
          'table',
          { class: 'grid' },
          el('thead', {}, el('tr', {}, el('th', {}, 'partner'), el('th', {}, `${actor.code} → partner`), el('th', {}, `partner → ${actor.code}`), el('th', {}, 'mean Goldstein'))),
          el(
            'tbody',
            {},
            ...actor.partners.map((partner) =>
              el(
                'tr',
                {},
                el('td', {}, actorLink(partner.code, partner.name)),
                el('td', { class: 'num' }, partner.out),
                el('td', { class: 'num' }, partner.in),
                el('td', { class: 'num' }, partner.goldstein === null ? '—' : partner.goldstein.toFixed(1)),
              ),
            ),
          ),
        )
      : message('No partners.'),
    el('h3', {}, 'Latest events'),
    actor.recent.length
      ? el(
          'ul',
          { class: 'plain' },
          ...actor.recent.map((event) =>
            el(
              'li',
              {},
              `${event.date ?? 'undated'} `,
              actorLink(event.source),
              ' → ',
              event.target ? actorLink(event.target) : '—',
              ` ${event.cameo} `,
              el('a', { href: `#/reader/${encodeURIComponent(event.document)}`, class: 'evidence-cell' }, event.evidence),
            ),
          ),
        )
      : message('No events.'),
    el('h3', {}, 'Quotes'),
    actor.quotes.length
      ? el('ul', { class: 'plain' }, ...actor.quotes.map((quote) => el('li', {}, el('q', {}, quote.text), el('span', { class: 'muted' }, ` — ${quote.speaker ?? 'unattributed'}, ${quote.published ?? 'undated'}`))))
      : message('No quotes by speakers of this actor.'),
  );
}
