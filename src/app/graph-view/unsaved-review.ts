// Review decisions shown on the canvas before the rebuilt graph arrives: an accepted draft loses its
// draft look, a rejected one leaves, the moment the reviewer decides. The rebuilt graph then says
// the same; a decision that fails to save is taken back here.
import { isSuggested } from '../../domain/status';
import type { Scene } from './scene';

export const WITHDRAWN_CLASS = 'kg-withdrawn';

export class UnsavedReview {
  private readonly stops: Array<() => void> = [];
  private shown: ReadonlyMap<string, 'reviewed' | 'rejected'> = new Map();

  constructor(private readonly scene: Scene) {}

  follow(): void {
    this.stops.push(this.scene.shown.subscribe((s) => s.unsavedReview, (d) => this.paint(d), { fireImmediately: true }));
  }

  private paint(decisions: ReadonlyMap<string, 'reviewed' | 'rejected'>): void {
    const { cy, index } = this.scene;
    cy.batch(() => {
      for (const id of this.shown.keys()) {
        if (decisions.has(id)) continue;
        const el = cy.getElementById(id);
        const edge = index.edges.get(id);
        if (el.empty() || !edge) continue;
        el.removeClass(WITHDRAWN_CLASS);
        el.data('suggested', isSuggested(edge));
      }
      for (const [id, decision] of decisions) {
        const el = cy.getElementById(id);
        // At scale an edge may be drawn inside a merged line; the rebuilt graph shows it there.
        if (el.empty() || !el.isEdge()) continue;
        el.data('suggested', false);
        el.toggleClass(WITHDRAWN_CLASS, decision === 'rejected');
      }
    });
    this.shown = decisions;
  }

  destroy(): void {
    for (const stop of this.stops) stop();
  }
}
