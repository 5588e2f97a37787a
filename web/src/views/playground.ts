// Playground: paste an article (or give a URL) and see it coded by POST /v1/code; nothing is stored.
import { post, type DocRecord } from '../api.ts';
import { el, message, on } from '../dom.ts';
import { renderRecord } from './record.ts';

const SAMPLE = `date 2024-05-02
Kenya's president visited Ghana on Tuesday. Ghana and Kenya agreed to open a joint trade office in Accra.`;

export async function playgroundView(root: HTMLElement): Promise<void> {
  const text = el('textarea', { id: 'pg-text', rows: 10, placeholder: 'Paste an article here (plain text, "date YYYY-MM-DD" first line optional, or HTML)', spellcheck: false });
  text.value = SAMPLE;
  const url = el('input', { id: 'pg-url', type: 'url', placeholder: 'or a URL: https://…', size: 50 });
  const date = el('input', { id: 'pg-date', type: 'date', title: 'Publication date when the text has none' });
  const html = el('input', { id: 'pg-html', type: 'checkbox' });
  const button = el('button', { id: 'pg-code', type: 'submit' }, 'Code it');
  const output = el('div', { id: 'pg-output', class: 'pg-output' });
  const form = el(
    'form',
    { class: 'playground' },
    text,
    el('div', { class: 'row' }, url, el('label', {}, 'date ', date), el('label', {}, html, ' the text is HTML'), button),
  );
  on(form, 'submit', (event) => {
    event.preventDefault();
    const body: Record<string, string> = {};
    if (url.value.trim()) body.url = url.value.trim();
    else body[html.checked ? 'html' : 'text'] = text.value;
    if (date.value) body.date = date.value;
    button.disabled = true;
    output.replaceChildren(message('coding…'));
    const started = performance.now();
    post<DocRecord>('/v1/code', body)
      .then((record) => output.replaceChildren(el('p', { class: 'muted', 'data-testid': 'pg-status' }, `coded in ${Math.round(performance.now() - started)} ms: ${record.events.length} events`), renderRecord(record, { untitled: body.url ? undefined : 'Pasted article' })))
      .catch((error: Error) => output.replaceChildren(message(error.message, 'error')))
      .finally(() => {
        button.disabled = false;
      });
  });
  root.replaceChildren(el('h2', {}, 'Playground'), form, output);
}
