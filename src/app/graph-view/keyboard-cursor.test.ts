import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../../domain/test-fixture';
import { headlessCanvas } from './__fixtures__/headless-canvas';
import { CURSOR_CLASS, KeyboardCursor } from './keyboard-cursor';

/**
 * The fixture's actors placed by hand around Taliban at (0, 0): Russia to the right, Pakistan
 * below, the United States to the left (all three related to it), China unrelated just to the
 * right and nearer than Russia; the rest far away above.
 */
const PLACES: Record<string, [number, number]> = {
  taliban: [0, 0],
  russia: [200, 10],
  pakistan: [0, 150],
  'united-states': [-180, 0],
  china: [80, -20],
  'zamir-kabulov': [260, -600],
  'sergey-lavrov': [-300, -700],
  'amir-khan-muttaqi': [-100, -800],
  tass: [0, -900],
  afghanistan: [300, -900],
  'is-k': [-300, -900],
};

function setUp() {
  const c = headlessCanvas(fixtureGraph());
  // Every relation shown, undated ones too: the walks below follow them.
  c.store.getState().setKeepUndated(true);
  expect(c.store.getState().visibility.edges.size).toBe(c.store.getState().index.edges.size);
  const { cy } = c.parts.scene;
  for (const [id, [x, y]] of Object.entries(PLACES)) cy.getElementById(id).position({ x, y });
  // The view (800 × 600) centred on (10, 40): Taliban is the actor nearest its middle.
  cy.viewport({ zoom: 1, pan: { x: 400 - 10, y: 300 - 40 } });
  const said: string[] = [];
  const cursor = new KeyboardCursor(c.parts, c.store, (t) => said.push(t));
  cursor.setFocused(true);
  return { ...c, cursor, said, ringed: () => cy.$(`.${CURSOR_CLASS}`).map((n) => n.id()) };
}

describe('keyboard cursor on the canvas', () => {
  it('the first arrow lands on the actor in the middle of the view and says what it is', () => {
    const c = setUp();
    expect(c.cursor.key('ArrowDown')).toBe(true);
    expect(c.cursor.current).toBe('taliban');
    expect(c.ringed()).toEqual(['taliban']);
    expect(c.said).toEqual([`Taliban — armed group, ${c.store.getState().index.edgesByNode.get('taliban')!.length} relations`]);
    // Its neighbourhood lights up as under the pointer.
    expect(c.classesOf('china')).toContain('dimmed');
    expect(c.classesOf('russia')).not.toContain('dimmed');
  });

  it('arrows follow relations: the related actor that way, before a nearer unrelated one', () => {
    const c = setUp();
    c.cursor.key('ArrowUp');
    c.cursor.key('ArrowRight');
    expect(c.cursor.current).toBe('russia');
    c.cursor.key('ArrowLeft');
    expect(c.cursor.current).toBe('taliban');
    c.cursor.key('ArrowDown');
    expect(c.cursor.current).toBe('pakistan');
    expect(c.said.at(-1)).toMatch(/^Pakistan — state, \d+ relations?$/);
    expect(c.ringed()).toEqual(['pakistan']);
  });

  it('with no related actor that way it goes to the nearest one, says so, and stays where nothing lies', () => {
    const c = setUp();
    c.cursor.key('ArrowUp');
    c.cursor.key('ArrowLeft');
    expect(c.cursor.current).toBe('united-states');
    // The United States' only relation leads right, to Taliban; nothing at all lies to its left.
    c.cursor.key('ArrowLeft');
    expect(c.cursor.current).toBe('united-states');
    expect(c.said.at(-1)).toBe('No actor to the left of United States.');
    // Right to Taliban, down to Pakistan: below Pakistan lies nobody, related or not.
    c.cursor.key('ArrowRight');
    c.cursor.key('ArrowDown');
    expect(c.cursor.current).toBe('pakistan');
    c.cursor.key('ArrowDown');
    expect(c.cursor.current).toBe('pakistan');
    expect(c.said.at(-1)).toBe('No actor below Pakistan.');
    c.cursor.key('ArrowUp');
    expect(c.cursor.current).toBe('taliban');
    // With the relations to Russia hidden by filters, Right from Taliban reaches the nearest actor that way: China, not related.
    for (const type of ['delisting', 'praise', 'listing']) c.store.getState().toggleRelationType(type);
    expect(c.classesOf('russia')).not.toContain('hidden');
    c.cursor.key('ArrowRight');
    expect(c.cursor.current).toBe('china');
    expect(c.said.at(-1)).toMatch(/^China — state, 0 relations\. Not related to Taliban\.$/);
  });

  it('starts from the selected actor when there is no cursor yet', () => {
    const c = setUp();
    c.store.getState().selectNode('pakistan');
    c.cursor.key('ArrowUp');
    expect(c.cursor.current).toBe('taliban');
  });

  it('skips actors hidden by filters', () => {
    const c = setUp();
    c.store.getState().selectNode('taliban');
    c.store.getState().toggleKind('state');
    expect(c.classesOf('russia')).toContain('hidden');
    // Every related actor is a state; nothing else lies within the cone to the right.
    c.cursor.key('ArrowRight');
    expect(c.cursor.current).toBe('taliban');
    expect(c.said.at(-1)).toBe('No actor to the right of Taliban.');
  });

  it('Enter selects the actor and asks for its details, even from the Analyse tab or when already selected', () => {
    const c = setUp();
    c.store.getState().showPanel('analyse');
    expect(c.cursor.key('Enter')).toBe(true);
    expect(c.store.getState().selection).toBeNull();
    expect(c.said.at(-1)).toBe('Use the arrow keys to move to an actor first.');
    c.cursor.key('ArrowUp');
    c.cursor.key('Enter');
    expect(c.store.getState().selection).toEqual({ kind: 'node', id: 'taliban' });
    expect(c.store.getState().panel).toBe('details');
    const first = c.store.getState().detailsFocusRequest;
    expect(first).not.toBeNull();
    c.cursor.key(' ');
    expect(c.store.getState().detailsFocusRequest!.seq).toBeGreaterThan(first!.seq);
  });

  it('a selection made elsewhere moves a cursor that is out; Escape clears cursor and selection, then lets the key go', () => {
    const c = setUp();
    c.cursor.key('ArrowUp');
    c.store.getState().selectNode('pakistan');
    expect(c.cursor.current).toBe('pakistan');
    expect(c.ringed()).toEqual(['pakistan']);
    expect(c.cursor.key('Escape')).toBe(true);
    expect(c.cursor.current).toBeNull();
    expect(c.store.getState().selection).toBeNull();
    expect(c.ringed()).toEqual([]);
    expect(c.said.at(-1)).toBe('Selection cleared.');
    expect(c.cursor.key('Escape')).toBe(false);
    expect(c.cursor.key('a')).toBe(false);
  });

  it('wears its ring only while the canvas has focus, and leaves the pointer’s hover alone', () => {
    const c = setUp();
    c.cursor.key('ArrowUp');
    c.cursor.setFocused(false);
    expect(c.ringed()).toEqual([]);
    expect(c.classesOf('china')).not.toContain('dimmed');
    c.cursor.setFocused(true);
    expect(c.ringed()).toEqual(['taliban']);

    const d = setUp();
    d.cursor.setFocused(false);
    d.parts.emphasis.pointAt('china');
    // A click focuses the canvas: with no cursor, what the pointer lights stays lit.
    d.cursor.setFocused(true);
    expect(d.classesOf('china')).toContain('hovered');
  });
});
