// Reader: the stored documents, and one of them with every annotation marked in its text.
import { get, type DocRecord, type DocumentSummary } from '../api.ts';
import { el, message, on } from '../dom.ts';
import { renderRecord } from './record.ts';

const PAGE = 50;

export async function readerView(root: HTMLElement, id: string | undefined, params: URLSearchParams): Promise<void> {
  if (id) {
    const record = await get<DocRecord>(`/v1/documents/${encodeURIComponent(id)}`);
    root.replaceChildren(el('p', {}, el('a', { href: '#/reader' }, '← all documents')), renderRecord(record));
    return;
  }
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const { documents } = await get<{ documents: DocumentSummary[] }>('/v1/documents', { limit: PAGE, offset });
  const rows = documents.map((doc) =>
    el(
      'tr',
      {},
      el('td', {}, doc.published ?? '—'),
      el('td', {}, el('a', { href: `#/reader/${encodeURIComponent(doc.id)}` }, doc.title ?? doc.id)),
      el('td', { class: 'num' }, doc.events),
      el('td', { class: 'num' }, doc.quotes),
    ),
  );
  const pager = el('p', { class: 'pager' });
  if (offset > 0) pager.appendChild(el('a', { href: `#/reader?offset=${Math.max(0, offset - PAGE)}` }, '← previous'));
  if (documents.length === PAGE) pager.appendChild(el('a', { href: `#/reader?offset=${offset + PAGE}` }, 'next →'));
  root.replaceChildren(
    el('h2', {}, 'Documents'),
    documents.length
      ? el('table', { class: 'grid' }, el('thead', {}, el('tr', {}, el('th', {}, 'published'), el('th', {}, 'title'), el('th', {}, 'events'), el('th', {}, 'quotes'))), el('tbody', {}, ...rows))
      : message('The store holds no documents yet. Ingest some with `dyad ingest`, or try the Playground.'),
    pager,
  );
  on(pager, 'click', () => window.scrollTo(0, 0));
}
