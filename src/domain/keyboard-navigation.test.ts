import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrowDirection, describeActor, describeStep, nearestActor, shownNeighbours, stepCursor, type ArrowDirection, type PlacedActor } from './keyboard-navigation';
import { fixtureIndex } from './test-fixture';

const at = (id: string, x: number, y: number): PlacedActor => ({ id, x, y });

describe('arrowDirection', () => {
  it('maps the four arrow keys and nothing else', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].map(arrowDirection)).toEqual(['left', 'right', 'up', 'down']);
    expect(arrowDirection('Enter')).toBeNull();
    expect(arrowDirection('Right')).toBeNull();
  });
});

describe('stepCursor', () => {
  const here = at('here', 0, 0);

  it('goes to the related actor whose direction is closest to the arrow, not the nearest one', () => {
    // "near" is 40° off to the right, "far" 5° off: Right picks "far".
    const near = at('near', 30, 25);
    const far = at('far', 200, 17);
    expect(stepCursor(here, [near, far], [here, near, far], 'right')).toEqual({ id: 'far', related: true });
  });

  it('reads screen axes: up is towards smaller y', () => {
    const above = at('above', 5, -50);
    const below = at('below', -5, 50);
    const all = [here, above, below];
    expect(stepCursor(here, [above, below], all, 'up')?.id).toBe('above');
    expect(stepCursor(here, [above, below], all, 'down')?.id).toBe('below');
    expect(stepCursor(here, [above, below], all, 'left')?.id).toBe('below');
    expect(stepCursor(here, [above, below], all, 'right')?.id).toBe('above');
  });

  it('takes a related actor up to a quarter turn off the arrow before any unrelated one', () => {
    const steep = at('steep', 10, -80); // related, 83° off Right
    const straight = at('straight', 40, 0); // unrelated, dead ahead
    expect(stepCursor(here, [steep], [here, steep, straight], 'right')).toEqual({ id: 'steep', related: true });
  });

  it('with no related actor that way, goes to the nearest actor within 45° of the arrow', () => {
    const behind = at('behind', -10, 0); // related, but behind
    const wide = at('wide', 10, 30); // unrelated, 72° off: outside the cone
    const coneFar = at('cone-far', 100, 10);
    const coneNear = at('cone-near', 50, -45); // 42° off, nearer
    expect(stepCursor(here, [behind], [here, behind, wide, coneFar, coneNear], 'right')).toEqual({ id: 'cone-near', related: false });
  });

  it('stays (null) when nothing lies that way', () => {
    const left = at('left', -10, 0);
    const steepUnrelated = at('steep', 10, 60);
    expect(stepCursor(here, [left], [here, left, steepUnrelated], 'right')).toBeNull();
  });

  it('never steps onto the actor it leaves or one drawn at the same spot', () => {
    const twin = at('twin', 0, 0);
    expect(stepCursor(here, [twin, here], [here, twin], 'right')).toBeNull();
  });

  it('breaks exact ties by distance, then by id', () => {
    const a = at('a', 10, 10);
    const b = at('b', 20, 20); // same angle as a, farther
    expect(stepCursor(here, [b, a], [here, a, b], 'right')?.id).toBe('a');
    const c = at('c', 10, -10); // same angle and distance as a
    expect(stepCursor(here, [c, a], [here, a, c], 'right')?.id).toBe('a');
  });

  const arbActor = fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) });
  const arbDirection = fc.constantFrom<ArrowDirection>('left', 'right', 'up', 'down');

  it('always lands on an actor strictly ahead, related only when it was offered as related, and the same for any order of the input', () => {
    fc.assert(
      fc.property(arbActor, fc.uniqueArray(arbActor, { selector: (a) => a.id, maxLength: 12 }), fc.integer({ min: 0, max: 12 }), arbDirection, (from, others, cut, direction) => {
        const all = others.filter((a) => a.id !== from.id);
        const related = all.slice(0, cut);
        const step = stepCursor(from, related, all, direction);
        expect(step).toEqual(stepCursor(from, [...related].reverse(), [...all].reverse(), direction));
        if (!step) return;
        const to = all.find((a) => a.id === step.id)!;
        const along = { left: from.x - to.x, right: to.x - from.x, up: from.y - to.y, down: to.y - from.y }[direction];
        expect(along).toBeGreaterThan(0);
        expect(step.related).toBe(related.some((a) => a.id === step.id));
      }),
    );
  });
});

describe('nearestActor', () => {
  it('picks the actor nearest the point, ties to the smaller id, null for none', () => {
    expect(nearestActor({ x: 0, y: 0 }, [at('b', 3, 4), at('a', -4, 3), at('c', 1, 1)])).toBe('c');
    expect(nearestActor({ x: 0, y: 0 }, [at('b', 3, 4), at('a', -4, 3)])).toBe('a');
    expect(nearestActor({ x: 0, y: 0 }, [])).toBeNull();
  });
});

describe('what the cursor says', () => {
  const index = fixtureIndex();
  const all = new Set(index.edges.keys());
  const talibanEdges = index.edgesByNode.get('taliban')!;

  it('lists the actors joined by a shown relation', () => {
    expect([...shownNeighbours(index, 'taliban', all)].sort()).toEqual(['pakistan', 'russia', 'united-states']);
    const withoutUs = new Set([...all].filter((e) => index.edges.get(e)!.source !== 'united-states'));
    expect([...shownNeighbours(index, 'taliban', withoutUs)].sort()).toEqual(['pakistan', 'russia']);
  });

  it('names the actor, its kind and its relations, and how many filters hide', () => {
    expect(describeActor(index, 'taliban', all)).toBe(`Taliban — armed group, ${talibanEdges.length} relations`);
    const one = new Set([talibanEdges[0]!]);
    expect(describeActor(index, 'taliban', one)).toBe(`Taliban — armed group, 1 of ${talibanEdges.length} relations shown`);
    expect(describeActor(index, 'zamir-kabulov', all)).toBe('Zamir Kabulov — person, 1 relation');
  });

  it('says when the step left the relations, and why the cursor stayed', () => {
    expect(describeStep(index, 'taliban', { id: 'pakistan', related: true }, 'right', all)).toBe(describeActor(index, 'pakistan', all));
    expect(describeStep(index, 'taliban', { id: 'china', related: false }, 'right', all)).toBe('China — state, 0 relations. Not related to Taliban.');
    expect(describeStep(index, 'taliban', null, 'up', all)).toBe('No actor above Taliban.');
    expect(describeStep(index, null, null, 'up', all)).toBe('No actor is shown.');
  });
});
