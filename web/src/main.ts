// The web UI: one page, views chosen by the URL hash (#/reader/ID, #/events?…, #/network, #/timeline,
// #/playground, #/actor/CODE), so every view can be linked to and reloaded.
import { get, type StatsAnswer } from './api.ts';
import { message } from './dom.ts';
import './style.css';
import { actorView } from './views/actor.ts';
import { eventsView } from './views/events.ts';
import { networkView } from './views/network.ts';
import { playgroundView } from './views/playground.ts';
import { readerView } from './views/reader.ts';
import { timelineView } from './views/timeline.ts';

const view = document.getElementById('view') as HTMLElement;
let shown = 0;

async function show(): Promise<void> {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, search = ''] = hash.split('?');
  const [name = '', ...rest] = path.split('/');
  const arg = rest.length ? decodeURIComponent(rest.join('/')) : undefined;
  const params = new URLSearchParams(search);
  const current = name || 'reader';
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#nav a')) link.classList.toggle('active', link.dataset.view === current);
  const ticket = ++shown;
  view.dataset.view = current;
  view.setAttribute('aria-busy', 'true');
  // Each visit renders into its own box, so a slow earlier view that finishes late writes into a detached one.
  const box = document.createElement('div');
  view.replaceChildren(box);
  try {
    if (current === 'reader') await readerView(box, arg, params);
    else if (current === 'events') await eventsView(box, params);
    else if (current === 'network') await networkView(box, params);
    else if (current === 'timeline') await timelineView(box, params);
    else if (current === 'playground') await playgroundView(box);
    else if (current === 'actor' && arg) await actorView(box, arg);
    else box.replaceChildren(message(`There is no page "${hash}".`, 'error'));
  } catch (error) {
    box.replaceChildren(message((error as Error).message, 'error'));
  } finally {
    if (ticket === shown) view.setAttribute('aria-busy', 'false');
  }
}

async function corpus(): Promise<void> {
  const stats = await get<StatsAnswer>('/v1/stats');
  const label = document.getElementById('corpus');
  if (label) label.textContent = `${stats.tables.documents ?? 0} documents · ${stats.events} events · ${stats.tables.quotes ?? 0} quotes`;
}

window.addEventListener('hashchange', () => void show());
void show();
corpus().catch(() => undefined);
