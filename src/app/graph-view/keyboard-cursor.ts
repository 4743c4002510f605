// The keyboard cursor on the canvas: with the canvas focused, the arrows move it between actors
// (the rule is in domain/keyboard-navigation.ts), Enter or Space selects its actor and opens the
// details, Escape clears. The cursor's actor wears a ring and lights up its neighbourhood while
// the canvas has focus; what it lands on is said through `announce` (a polite live region).
import type cytoscape from 'cytoscape';
import { arrowDirection, describeActor, describeStep, nearestActor, shownNeighbours, stepCursor, type PlacedActor } from '../../domain/keyboard-navigation';
import type { ExplorerStore } from '../store/explorer-store';
import type { Camera } from './camera';
import type { Emphasis } from './emphasis';
import type { Scene } from './scene';
import { CURSOR_CLASS } from './cy-style';
import { WITHDRAWN_CLASS } from './unsaved-review';

export { CURSOR_CLASS } from './cy-style';

/** The canvas parts the cursor uses. */
export interface CursorParts {
  readonly scene: Scene;
  readonly camera: Camera;
  readonly emphasis: Emphasis;
}

export class KeyboardCursor {
  private cursor: string | null = null;
  private focused = false;
  /** The actor whose neighbourhood the cursor lit (hover emphasis), so that a mouse's is left alone. */
  private pointed: string | null = null;
  private readonly stops: Array<() => void> = [];

  constructor(
    private readonly parts: CursorParts,
    private readonly store: ExplorerStore,
    private readonly announce: (text: string) => void,
  ) {
    const { scene } = parts;
    // At scale an actor drawn later (level of detail) takes the ring too.
    scene.addClassSource((id) => (this.focused && id === this.cursor ? CURSOR_CLASS : null));
    // A selection made while the cursor is out (a click, a search) moves it: the arrows go on from there.
    this.stops.push(
      store.subscribe((s, before) => {
        if (this.cursor !== null && s.selection !== before.selection && s.selection?.kind === 'node') this.moveTo(s.selection.id, false);
      }),
    );
  }

  /** The actor under the cursor, if any. */
  get current(): string | null {
    return this.cursor;
  }

  /** The canvas gained or lost keyboard focus: the ring shows only while it has it. */
  setFocused(focused: boolean): void {
    if (this.focused === focused) return;
    this.focused = focused;
    this.paint(this.cursor);
  }

  /** Handles a key pressed on the focused canvas; true when the key was used (the page should not scroll). */
  key(key: string): boolean {
    const direction = arrowDirection(key);
    if (direction) {
      this.step(direction);
      return true;
    }
    if (key === 'Enter' || key === ' ') {
      this.open();
      return true;
    }
    if (key === 'Escape') return this.clear();
    return false;
  }

  destroy(): void {
    for (const stop of this.stops) stop();
    this.stops.length = 0;
  }

  private step(direction: NonNullable<ReturnType<typeof arrowDirection>>): void {
    const state = this.store.getState();
    const placed = this.placedActors();
    const selected = state.selection?.kind === 'node' ? state.selection.id : null;
    const from = this.cursor !== null && placed.has(this.cursor) ? this.cursor : selected !== null && placed.has(selected) ? selected : null;
    const { index } = this.parts.scene;
    const shownEdges = state.visibility.edges;
    if (from === null) {
      // The first arrow lands in the middle of the view.
      const start = nearestActor(this.parts.camera.centre(), placed.values());
      if (start === null) return this.announce('No actor is shown.');
      this.moveTo(start, true);
      return this.announce(describeActor(index, start, shownEdges));
    }
    const related: PlacedActor[] = [];
    for (const id of shownNeighbours(index, from, shownEdges)) {
      const p = placed.get(id);
      if (p) related.push(p);
    }
    const next = stepCursor(placed.get(from)!, related, placed.values(), direction);
    this.moveTo(next?.id ?? from, true);
    this.announce(describeStep(index, from, next, direction, shownEdges));
  }

  private open(): void {
    const id = this.cursor ?? null;
    if (id === null || !this.placedActors().has(id)) return this.announce('Use the arrow keys to move to an actor first.');
    const actions = this.store.getState();
    actions.selectNode(id);
    // Enter asks for the details even from the Analyse or Story tab, and even when already selected.
    actions.openDetails();
  }

  private clear(): boolean {
    const hadCursor = this.cursor !== null;
    const hadSelection = this.store.getState().selection !== null;
    if (!hadCursor && !hadSelection) return false;
    this.moveTo(null, false);
    if (hadSelection) this.store.getState().clearSelection();
    this.announce(hadSelection ? 'Selection cleared.' : 'Cursor cleared.');
    return true;
  }

  private moveTo(id: string | null, reveal: boolean): void {
    const before = this.cursor;
    this.cursor = id;
    this.paint(before);
    if (id !== null && reveal) this.parts.camera.revealSelection({ kind: 'node', id });
  }

  /** Moves the ring from `before` to the cursor (shown only while focused) and its neighbourhood's emphasis with it. */
  private paint(before: string | null): void {
    const { scene, emphasis } = this.parts;
    const { cy } = scene;
    const shownAt = this.focused ? this.cursor : null;
    cy.batch(() => {
      if (before !== null && before !== shownAt && scene.isDrawn(before)) cy.getElementById(before).removeClass(CURSOR_CLASS);
      if (shownAt !== null && scene.isDrawn(shownAt)) cy.getElementById(shownAt).addClass(CURSOR_CLASS);
    });
    if (shownAt !== this.pointed) {
      this.pointed = shownAt;
      emphasis.pointAt(shownAt);
    }
  }

  /** The actors drawn and shown, where they are (model coordinates: y grows downwards, as on screen). */
  private placedActors(): Map<string, PlacedActor> {
    const out = new Map<string, PlacedActor>();
    this.parts.scene.cy.nodes().forEach((n: cytoscape.NodeSingular) => {
      if (n.hasClass('hidden') || n.hasClass(WITHDRAWN_CLASS)) return;
      const p = n.position();
      out.set(n.id(), { id: n.id(), x: p.x, y: p.y });
    });
    return out;
  }

}
