// Line width by reports: while on, a claim's line widens with the number of articles that report
// it (the stylesheet maps the element's `reports` to a width for this class). Bundles and merged
// lines keep the widths of their counts.
import type { Scene } from './scene';

export const BY_REPORTS_CLASS = 'by-reports';

export class ReportWidths {
  private readonly stops: Array<() => void> = [];

  constructor(private readonly scene: Scene) {
    // At scale, claims drawn later take the class with them.
    scene.addClassSource((id, s) => (s.widthByReports && scene.index.edges.has(id) ? BY_REPORTS_CLASS : null));
  }

  follow(): void {
    const { shown } = this.scene;
    // Off is how elements are created: nothing to touch until it is switched on.
    if (shown.getState().widthByReports) this.apply(true);
    this.stops.push(shown.subscribe((s) => s.widthByReports, (on) => this.apply(on)));
  }

  destroy(): void {
    for (const stop of this.stops) stop();
  }

  private apply(on: boolean): void {
    const { cy } = this.scene;
    cy.batch(() => cy.edges('[reports]').toggleClass(BY_REPORTS_CLASS, on));
  }
}
