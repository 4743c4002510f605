import { describe, expect, it } from 'vitest';
import { FIGURE_MARGIN, layoutFigure, MAX_GRAPH_SIDE, MIN_CONTENT_WIDTH, wrapText, type Measure } from './figure';

/** Every character 6 px wide at 12 px: lines break where a test can count. */
const measure: Measure = (text, font) => text.length * font.size * 0.5;
const body = { size: 12, weight: 400 } as const;

describe('published figure layout', () => {
  it('wraps at spaces within the width, and cuts a word longer than a line', () => {
    expect(wrapText('aaa bbb ccc', 42, body, measure)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('x'.repeat(25), 60, body, measure)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    expect(wrapText('  ', 60, body, measure)).toEqual([]);
  });

  it('wraps a megabyte word in a few hundred measurements, not millions', () => {
    let calls = 0;
    const counting: Measure = (t, f) => {
      calls += 1;
      return measure(t, f);
    };
    const lines = wrapText('y'.repeat(20_000), 600, body, counting);
    expect(lines).toHaveLength(200);
    expect(calls).toBeLessThan(200 * 20);
  });

  it('puts the title above the drawing, the legend and the caption below, all inside the page', () => {
    const f = layoutFigure(
      {
        graph: { width: 500, height: 300 },
        title: 'Knowledge graph: graph.json',
        subtitle: '57 of 140 relations between 68 actors.',
        legend: [
          { title: 'Relation types', entries: [{ swatch: { kind: 'line', colour: '#0077BB', line: 'solid', arrow: 'triangle' }, label: 'Talks (6)' }] },
          { title: 'Actors', entries: [{ swatch: { kind: 'glyph', glyph: 'circle', fill: '#8fb3d9', stroke: '#2f5d8c' }, label: 'State (20)' }] },
        ],
        caption: ['View: Nothing is filtered out.', 'Sources: 9 articles from 5 outlets.', 'Exported 3 Dec 2026.'],
      },
      measure,
    );
    expect(f.width).toBe(MIN_CONTENT_WIDTH + 2 * FIGURE_MARGIN);
    // A small drawing is centred, at its size.
    expect(f.graph).toMatchObject({ width: 500, height: 300, scale: 1, x: FIGURE_MARGIN + (MIN_CONTENT_WIDTH - 500) / 2 });
    const texts = f.items.filter((i) => i.kind === 'text');
    const at = (t: string) => texts.find((i) => i.text === t)!;
    expect(at('Knowledge graph: graph.json').y).toBeLessThan(f.graph.y);
    expect(at('Relation types').y).toBeGreaterThan(f.graph.y + f.graph.height);
    expect(at('Sources: 9 articles from 5 outlets.').y).toBeGreaterThan(at('Talks (6)').y);
    // Sections side by side: each in its own column.
    expect(at('Actors').x).toBeGreaterThan(at('Relation types').x);
    for (const t of texts) {
      expect(t.x + measure(t.text, t.font)).toBeLessThanOrEqual(f.width - FIGURE_MARGIN + 0.01);
      expect(t.y).toBeLessThan(f.height - FIGURE_MARGIN + 1);
    }
    expect(f.items.filter((i) => i.kind === 'swatch')).toHaveLength(2);
  });

  it('scales a huge drawing down to the largest side, keeping its proportions', () => {
    const f = layoutFigure({ graph: { width: 8000, height: 4000 }, title: 't', subtitle: 's', legend: [], caption: [] }, measure);
    expect(f.graph.scale).toBe(MAX_GRAPH_SIDE / 8000);
    expect(f.graph.width).toBe(MAX_GRAPH_SIDE);
    expect(f.graph.height).toBe(MAX_GRAPH_SIDE / 2);
  });
});
