// The baseline the benchmark compares the explorer with: a straightforward Cytoscape.js
// integration. Every node and relation is an element, labels are always on, styles are
// per-element data mappings, and a filter change re-creates the elements. It is given the
// same file, preset positions (seeded random, so it pays for no layout) and the same
// measurement hooks as the explorer (window.__kgExplorer.ready / readyAt).
import cytoscape from 'cytoscape';
import { mulberry32 } from '../../../src/domain/random';

interface FileNode {
  id: string;
  label: string;
  kind: string;
  aliases?: string[];
}
interface FileEdge {
  id: string;
  source: string;
  target: string;
  type: string;
}
interface FileType {
  id: string;
  label: string;
  color?: string;
}
interface FileGraph {
  nodes: FileNode[];
  edges: FileEdge[];
  relationTypes: FileType[];
}

const api = { ready: false, readyAt: null as number | null };
(window as unknown as { __kgExplorer: typeof api }).__kgExplorer = api;

async function main(): Promise<void> {
  const url = new URLSearchParams(location.search).get('graph') ?? '/data/graph.json';
  const response = await fetch(url);
  const text = await response.text();
  performance.mark('kg:fetched');
  const graph = JSON.parse(text) as FileGraph;
  performance.measure('kg:parse', 'kg:fetched');

  const rnd = mulberry32(7);
  const side = Math.sqrt(graph.nodes.length) * 60;
  const positions = new Map(graph.nodes.map((n) => [n.id, { x: rnd() * side, y: rnd() * side }]));
  const typeById = new Map(graph.relationTypes.map((t) => [t.id, t]));
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const hidden = new Set<string>();

  const elements = (): cytoscape.ElementDefinition[] => [
    ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.label }, position: { ...positions.get(n.id)! } })),
    ...graph.edges
      .filter((e) => !hidden.has(e.type))
      .map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, color: typeById.get(e.type)?.color ?? '#888' } })),
  ];

  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements: elements(),
    layout: { name: 'preset', fit: true },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, width: 14, height: 14, 'background-color': '#2f5d8c' } },
      { selector: 'edge', style: { width: 1.2, 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } },
    ],
  });
  cy.one('render', () => {
    api.ready = true;
    api.readyAt = performance.now();
  });

  // Filters: one checkbox per relation type; a change re-creates every element.
  const types = document.getElementById('types')!;
  for (const t of graph.relationTypes) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(t.id);
      else hidden.add(t.id);
      cy.nodes().forEach((n) => void positions.set(n.id(), { ...n.position() }));
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements());
      });
    });
    label.append(box, ` ${t.label}`);
    types.append(label);
  }

  // Search: a linear scan of labels and aliases, first eight hits.
  const input = document.getElementById('q') as HTMLInputElement;
  const hits = document.getElementById('hits')!;
  input.addEventListener('input', () => {
    const q = input.value.trim().toLowerCase();
    hits.replaceChildren();
    if (!q) return;
    const found = graph.nodes.filter((n) => n.label.toLowerCase().includes(q) || (n.aliases ?? []).some((a) => a.toLowerCase().includes(q))).slice(0, 8);
    for (const n of found) {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.textContent = n.label;
      hits.append(li);
    }
    if (found.length === 0) {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.textContent = 'No match';
      hits.append(li);
    }
  });

  // Details: the clicked actor and its relations.
  const title = document.getElementById('details-title')!;
  const list = document.getElementById('details')!;
  cy.on('tap', 'node', (e) => {
    const id = (e.target as cytoscape.NodeSingular).id();
    title.textContent = nodeById.get(id)?.label ?? id;
    list.replaceChildren();
    for (const edge of graph.edges) {
      if (edge.source !== id && edge.target !== id) continue;
      const li = document.createElement('li');
      li.textContent = `${nodeById.get(edge.source)?.label} — ${typeById.get(edge.type)?.label ?? edge.type} — ${nodeById.get(edge.target)?.label}`;
      list.append(li);
    }
  });
}

void main();
