// Network: actors as nodes, directed dyads as edges coloured by their mean QuadClass and sized by event count.
// Clicking an actor opens its page.
import type { LayoutOptions } from 'cytoscape';
import { get, type NetworkAnswer } from '../api.ts';
import { el, message, on, QUAD_COLOURS, quadLegend } from '../dom.ts';

export async function networkView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const filter: Record<string, string> = {};
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
    el('button', { type: 'submit' }, 'Show'),
  );
  on(form, 'submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) next.set(name, value.trim());
    location.hash = `#/network?${next}`;
  });
  root.replaceChildren(el('h2', {}, 'Network'), form, message('loading…'));
  const [graph, { default: cytoscape }] = await Promise.all([get<NetworkAnswer>('/v1/network', { ...filter, limit: 300 }), import('cytoscape')]);
  const box = el('div', { class: 'network', id: 'network', 'data-testid': 'network' });
  root.replaceChildren(
    el('h2', {}, 'Network'),
    form,
    el('p', { class: 'summary', 'data-testid': 'network-summary' }, `${graph.nodes.length} actors, ${graph.edges.length} dyads from ${graph.events} events. Edge colour: mean QuadClass; width: events. Click an actor for its page.`),
    quadLegend(),
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
}
