// Network: actors as nodes, directed dyads as edges coloured by their mean QuadClass and sized by event count.
// A checkbox adds standing relations between the actors shown (memberships, partnerships: stored ones and the
// knowledge on the last date of the filter) as dashed grey lines. Clicking an actor opens its page.
import type { ElementDefinition, LayoutOptions } from 'cytoscape';
import { get, type ListedRelation, type NetworkAnswer, type RelationsAnswer } from '../api.ts';
import { el, message, on, QUAD_COLOURS, quadLegend } from '../dom.ts';

export async function networkView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const filter: Record<string, string> = {};
  const showRelations = params.get('relations') === '1';
  for (const name of ['from', 'to', 'root', 'actor']) {
    const value = params.get(name);
    if (value) filter[name] = value;
  }
  const form = el(
    'form',
    { class: 'filters' },
    el('label', {}, 'from', el('input', { name: 'from', type: 'date', value: filter.from ?? '' })),
    el('label', {}, 'to', el('input', { name: 'to', type: 'date', value: filter.to ?? '' })),
    el('label', {}, 'CAMEO roots', el('input', { name: 'root', placeholder: '14,18', value: filter.root ?? '' })),
    el('label', {}, 'actor', el('input', { name: 'actor', placeholder: 'any', value: filter.actor ?? '' })),
    el(
      'label',
      { class: 'check' },
      el('input', { name: 'relations', type: 'checkbox', value: '1', checked: showRelations, 'data-testid': 'show-relations' }),
      'memberships and partnerships',
    ),
    el('button', { type: 'submit' }, 'Show'),
  );
  const toggle = form.querySelector<HTMLInputElement>('input[name="relations"]');
  on(form, 'submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) next.set(name, value.trim());
    location.hash = `#/network?${next}`;
  });
  root.replaceChildren(el('h2', {}, 'Network'), form, message('loading…'));
  const [graph, { default: cytoscape }] = await Promise.all([get<NetworkAnswer>('/v1/network', { ...filter, limit: 300 }), import('cytoscape')]);
  const box = el('div', { class: 'network', id: 'network', 'data-testid': 'network' });
  const relationNote = el('p', { class: 'summary relation-summary', 'data-testid': 'relations-summary', hidden: !showRelations });
  root.replaceChildren(
    el('h2', {}, 'Network'),
    form,
    el('p', { class: 'summary', 'data-testid': 'network-summary' }, `${graph.nodes.length} actors, ${graph.edges.length} dyads from ${graph.events} events. Edge colour: mean QuadClass; width: events. Click an actor for its page.`),
    quadLegend(),
    relationNote,
    graph.nodes.length ? box : message('No events with a target match.'),
    ...(graph.nodes.length
      ? [el(
          'p',
          { class: 'node-list' },
          'Actors: ',
          ...[...graph.nodes].sort((a, b) => b.count - a.count).flatMap((node) => [el('a', { href: `#/actor/${encodeURIComponent(node.code)}`, title: node.name ?? '' }, node.code), ' ']),
        )]
      : []),
  );
  if (!graph.nodes.length) return;
  const maxNode = Math.max(...graph.nodes.map((node) => node.count));
  const maxEdge = Math.max(...graph.edges.map((edge) => edge.count));
  const cy = cytoscape({
    container: box,
    elements: [
      ...graph.nodes.map((node) => ({ data: { id: node.code, label: node.code, title: node.name ?? node.code, size: 18 + 42 * Math.sqrt(node.count / maxNode) } })),
      ...graph.edges.map((edge) => ({
        data: {
          id: `${edge.source}>${edge.target}`,
          source: edge.source,
          target: edge.target,
          width: 1 + 7 * (edge.count / maxEdge),
          colour: QUAD_COLOURS[Math.min(4, Math.max(1, Math.round(edge.quad)))],
          label: `${edge.count}`,
        },
      })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#5c6b7a', color: '#1d232a', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85 } },
      { selector: 'node:selected', style: { 'background-color': '#1d3557' } },
      {
        selector: 'edge.relation',
        style: { width: 1.5, 'line-color': '#8d949e', 'line-style': 'dashed', 'target-arrow-shape': 'none', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#6b7280', opacity: 0.9 },
      },
    ],
    layout: { name: graph.nodes.length > 150 ? 'grid' : 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 } as LayoutOptions,
    wheelSensitivity: 0.3,
    // Fitting a handful of actors would otherwise blow them up to fill the box.
    maxZoom: 1.4,
    minZoom: 0.1,
  });
  cy.on('tap', 'node', (event) => {
    location.hash = `#/actor/${encodeURIComponent(String(event.target.id()))}`;
  });

  let relations: RelationsAnswer | null = null;
  const showOrHide = async (): Promise<void> => {
    cy.remove('edge.relation');
    relationNote.hidden = !toggle?.checked;
    if (!toggle?.checked) {
      box.dataset.relationEdges = '0';
      return;
    }
    relationNote.textContent = 'loading relations…';
    try {
      // The busiest actors first: the route takes up to 500 codes.
      const codes = [...graph.nodes].sort((a, b) => b.count - a.count).slice(0, 500).map((node) => node.code);
      relations ??= await get<RelationsAnswer>('/v1/relations', { actors: codes.join(','), at: filter.to });
    } catch (error) {
      relationNote.textContent = `relations: ${(error as Error).message}`;
      return;
    }
    const edges = relationEdges(relations.relations, graph.nodes.map((node) => node.code));
    cy.add(edges);
    box.dataset.relationEdges = String(cy.edges('.relation').length);
    relationNote.textContent = `${edges.length} membership and partnership lines (dashed grey) between the actors shown, stored and known on ${relations.at}.`;
  };
  if (toggle) on(toggle, 'change', () => void showOrHide());
  await showOrHide();
}

const DRAWN = new Set(['member_of', 'partner_of', 'ally_of', 'applicant_to', 'observer_of']);
const LABELS: Record<string, string> = { member_of: 'member', partner_of: 'partner', ally_of: 'ally', applicant_to: 'applicant', observer_of: 'observer' };

/** One dashed edge per subject, predicate and object, each end drawn at its own node or the first one of its country (USA → USAGOV). */
function relationEdges(relations: ListedRelation[], nodes: string[]): ElementDefinition[] {
  const nodeOf = (code: string): string | undefined => (nodes.includes(code) ? code : nodes.find((node) => node.startsWith(code)));
  const edges = new Map<string, ElementDefinition>();
  for (const relation of relations) {
    if (!DRAWN.has(relation.predicate)) continue;
    const source = nodeOf(relation.subject);
    const target = nodeOf(relation.object);
    if (source === undefined || target === undefined || source === target) continue;
    const id = `rel:${source}|${relation.predicate}|${target}`;
    if (edges.has(id)) continue;
    edges.set(id, { group: 'edges', classes: 'relation', data: { id, source, target, label: LABELS[relation.predicate] ?? relation.predicate } });
  }
  return [...edges.values()];
}
