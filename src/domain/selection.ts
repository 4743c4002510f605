// What a selection brings into focus: the elements to highlight in the graph, the sentences
// that support it, and the words to mark inside those sentences.
import { pairRelations } from './bundles';
import type { GraphIndex } from './graph-index';

export type Selection =
  | { readonly kind: 'node'; readonly id: string }
  | { readonly kind: 'edge'; readonly id: string }
  | { readonly kind: 'sentence'; readonly id: string }
  /** The relations between two actors, drawn as one line (a bundle or a merged line): id from bundleIdOf. */
  | { readonly kind: 'bundle'; readonly id: string };

export type MarkKind = 'mention' | 'quote';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
}

export interface SelectionFocus {
  /** Elements the user picked (one node, one edge, the relations of a pair, or those a sentence supports). */
  readonly selectedNodes: ReadonlySet<string>;
  readonly selectedEdges: ReadonlySet<string>;
  /** Elements around them: a node's relations and neighbours, an edge's ends. */
  readonly relatedNodes: ReadonlySet<string>;
  readonly relatedEdges: ReadonlySet<string>;
  /** Sentences that support the selection, in no particular order. */
  readonly sentences: ReadonlySet<string>;
  /** Words to mark, per sentence id (document offsets). */
  readonly marks: ReadonlyMap<string, readonly Mark[]>;
}

export const EMPTY_FOCUS: SelectionFocus = {
  selectedNodes: new Set(),
  selectedEdges: new Set(),
  relatedNodes: new Set(),
  relatedEdges: new Set(),
  sentences: new Set(),
  marks: new Map(),
};

function addMark(marks: Map<string, Mark[]>, sentenceId: string, mark: Mark): void {
  const list = marks.get(sentenceId);
  if (!list) marks.set(sentenceId, [mark]);
  else if (!list.some((m) => m.start === mark.start && m.end === mark.end && m.kind === mark.kind)) list.push(mark);
}

/** Whether the selection still points at something in this graph. */
export function selectionExists(index: GraphIndex, selection: Selection | null): boolean {
  if (!selection) return true;
  if (selection.kind === 'node') return index.nodes.has(selection.id);
  if (selection.kind === 'edge') return index.edges.has(selection.id);
  if (selection.kind === 'bundle') return pairRelations(index, selection.id) !== undefined;
  return index.sentences.has(selection.id);
}

export function selectionFocus(index: GraphIndex, selection: Selection | null): SelectionFocus {
  if (!selection || !selectionExists(index, selection)) return EMPTY_FOCUS;
  const selectedNodes = new Set<string>();
  const selectedEdges = new Set<string>();
  const relatedNodes = new Set<string>();
  const relatedEdges = new Set<string>();
  const sentences = new Set<string>();
  const marks = new Map<string, Mark[]>();

  const addEvidence = (edgeId: string, onlySentence?: string): void => {
    const edge = index.edges.get(edgeId);
    if (!edge) return;
    for (const ev of edge.evidence) {
      if (onlySentence && ev.sentenceId !== onlySentence) continue;
      sentences.add(ev.sentenceId);
      addMark(marks, ev.sentenceId, { start: ev.start, end: ev.end, kind: 'quote' });
    }
  };

  if (selection.kind === 'node') {
    const node = index.nodes.get(selection.id)!;
    selectedNodes.add(node.id);
    for (const edgeId of index.edgesByNode.get(node.id) ?? []) {
      const edge = index.edges.get(edgeId)!;
      relatedEdges.add(edgeId);
      relatedNodes.add(edge.source === node.id ? edge.target : edge.source);
    }
    relatedNodes.delete(node.id);
    for (const m of node.mentions) {
      sentences.add(m.sentenceId);
      addMark(marks, m.sentenceId, { start: m.start, end: m.end, kind: 'mention' });
    }
  } else if (selection.kind === 'edge') {
    const edge = index.edges.get(selection.id)!;
    selectedEdges.add(edge.id);
    relatedNodes.add(edge.source);
    relatedNodes.add(edge.target);
    addEvidence(edge.id);
  } else if (selection.kind === 'bundle') {
    // Every relation of the pair, as one selection: the canvas marks the line, the table its rows.
    for (const edgeId of pairRelations(index, selection.id)!) {
      const edge = index.edges.get(edgeId)!;
      selectedEdges.add(edgeId);
      relatedNodes.add(edge.source).add(edge.target);
      addEvidence(edgeId);
    }
  } else {
    const sentenceId = selection.id;
    sentences.add(sentenceId);
    for (const edgeId of index.edgesBySentence.get(sentenceId) ?? []) {
      const edge = index.edges.get(edgeId)!;
      selectedEdges.add(edgeId);
      relatedNodes.add(edge.source);
      relatedNodes.add(edge.target);
      addEvidence(edgeId, sentenceId);
    }
    for (const m of index.mentionsBySentence.get(sentenceId) ?? []) {
      relatedNodes.add(m.nodeId);
      addMark(marks, sentenceId, { start: m.start, end: m.end, kind: 'mention' });
    }
  }
  for (const list of marks.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return { selectedNodes, selectedEdges, relatedNodes, relatedEdges, sentences, marks };
}
