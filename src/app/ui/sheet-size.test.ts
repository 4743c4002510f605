import { describe, expect, it } from 'vitest';
import { collapsedOnce, DRAG_STEP, sizeAfterDrag, TAP_SLOP, toggledHeight } from './sheet-size';

describe('sheet sizes', () => {
  it('Escape steps a bottom sheet down one height at a time, and closes a side drawer at once', () => {
    expect(collapsedOnce('full', 'bottom')).toBe('peek');
    expect(collapsedOnce('peek', 'bottom')).toBe('closed');
    expect(collapsedOnce('full', 'side')).toBe('closed');
  });

  it('the expand button goes between peek and full', () => {
    expect(toggledHeight('peek')).toBe('full');
    expect(toggledHeight('full')).toBe('peek');
  });

  it('a drag of the bar settles one step up or down; a short one is a tap, a middling one changes nothing', () => {
    expect(sizeAfterDrag('peek', TAP_SLOP - 1)).toBeNull();
    expect(sizeAfterDrag('peek', -(TAP_SLOP - 1))).toBeNull();
    expect(sizeAfterDrag('peek', -DRAG_STEP)).toBe('full');
    expect(sizeAfterDrag('full', -300)).toBe('full');
    expect(sizeAfterDrag('full', DRAG_STEP)).toBe('peek');
    expect(sizeAfterDrag('peek', DRAG_STEP + 100)).toBe('closed');
    expect(sizeAfterDrag('peek', DRAG_STEP - 1)).toBe('peek');
    expect(sizeAfterDrag('full', -(DRAG_STEP - 1))).toBe('full');
  });
});
