// What every canvas part shares: Cytoscape, the graph, the environment, whether the canvas draws
// a projection (level of detail), and which bundle or merged line draws a relation now.
import type cytoscape from 'cytoscape';
import type { GraphIndex } from '../../domain/graph-index';
import type { Projection } from '../../domain/level-of-detail';
import type { ExplorerState } from '../store/explorer-store';
import type { CanvasStore } from './canvas-state';
import type { CanvasEnvironment } from './environment';

/**
 * Above this many actors or relations the canvas draws a bounded projection (level of detail),
 * laid out in a worker: the default layout packs label boxes, which is quadratic and already
 * takes seconds at a few hundred actors.
 */
export const LOD_MIN_NODES = 250;
export const LOD_MIN_EDGES = 800;

export function needsLevelOfDetail(index: GraphIndex): boolean {
  return index.file.nodes.length > LOD_MIN_NODES || index.file.edges.length > LOD_MIN_EDGES;
}

export class Scene {
  /** Set by the controller once the first projection is known (parts never touch it before). */
  cy!: cytoscape.Core;
  readonly lod: boolean;
  /** Bundle edge id → member relation ids (without level of detail). */
  readonly bundleMembers = new Map<string, readonly string[]>();
  /** Relation id → the bundle edge or merged line that stands in for it. */
  readonly bundleOf = new Map<string, string>();
  /** What the canvas draws at scale; null draws everything. */
  projection: Projection | null = null;
  /** Merged line id → its member relations (at scale). */
  private aggregateMembers = new Map<string, readonly string[]>();
  /** Actor ids by number of relations, most first (the projection's ranking, sorted once). */
  readonly byImportance: string[] = [];
  destroyed = false;
  /** Classes a newly drawn element takes from the state shown (each part adds its own). */
  private readonly classSources: Array<(id: string, state: ExplorerState) => string | null> = [];

  constructor(
    readonly index: GraphIndex,
    readonly shown: CanvasStore,
    readonly env: CanvasEnvironment,
  ) {
    this.lod = needsLevelOfDetail(index);
    for (const b of shown.getState().bundles) {
      this.bundleMembers.set(b.id, b.members);
      for (const m of b.members) this.bundleOf.set(m, b.id);
    }
    if (this.lod) {
      const degree = index.degree;
      this.byImportance = index.file.nodes.map((n) => n.id).sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
    }
  }

  /**
   * Whether an actor or relation has an element on the canvas. With level of detail most do not,
   * and looking them up one by one (each lookup builds a Cytoscape collection) costs more than
   * the update itself.
   */
  isDrawn(id: string): boolean {
    const p = this.projection;
    return p === null || p.nodes.has(id) || p.edges.has(id) || this.aggregateMembers.has(id);
  }

  /** A new projection: its merged lines stand in for their members (emphasis, path). */
  setProjection(p: Projection): void {
    this.projection = p;
    this.aggregateMembers = new Map(p.aggregates.map((a) => [a.id, a.members]));
    this.bundleOf.clear();
    for (const a of p.aggregates) for (const m of a.members) this.bundleOf.set(m, a.id);
  }

  addClassSource(source: (id: string, state: ExplorerState) => string | null): void {
    this.classSources.push(source);
  }

  classesFor(id: string, state: ExplorerState): string[] {
    const out: string[] = [];
    for (const source of this.classSources) {
      const c = source(id, state);
      if (c) out.push(c);
    }
    return out;
  }

  /** Whether `id` is a bundle or merged line standing in for one of the relations `ids`. */
  standsFor(id: string, ids: ReadonlySet<string>): boolean {
    const members = this.bundleMembers.get(id) ?? this.aggregateMembers.get(id);
    return members !== undefined && ids.size > 0 && members.some((m) => ids.has(m));
  }

  /** Adds to `ids` the bundle or merged line that stands in for each relation among them. */
  withStandIns(ids: Set<string>): Set<string> {
    for (const id of [...ids]) {
      const standIn = this.bundleOf.get(id);
      if (standIn) ids.add(standIn);
    }
    return ids;
  }

  /** Patches class `cls` from the `before` ids to the `after` ids, touching only drawn elements that change. */
  swapClass(before: Iterable<string>, after: ReadonlySet<string>, cls: string, keep?: ReadonlySet<string>): void {
    const cy = this.cy;
    for (const id of before) if (!after.has(id) && this.isDrawn(id)) cy.getElementById(id).removeClass(cls);
    for (const id of after) if (!keep?.has(id) && this.isDrawn(id)) cy.getElementById(id).addClass(cls);
  }
}

export function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
