// Figures for a report (PNG and SVG with title, legend, sources, filters in words and date), and
// the SVG's correctness: well-formed for a strict XML parser, no CSS or foreignObject (Inkscape),
// every actor a closed, non-degenerate shape drawn where the canvas draws it, every label inside
// its box. The SVG is rendered by Chromium and measured there.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { SaxesParser } from 'saxes';
import { test, expect } from './support/fixtures';

const DIR = process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots/docs';
test.beforeAll(() => mkdirSync(DIR, { recursive: true }));

/** Throws on the first error of a strict, namespace-aware XML parser, with its line and column. */
function parseStrictly(text: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
}

/** "#e3a39b" → "rgb(227,163,155)", as svgcanvas writes colours. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

interface NodeShape {
  id: string;
  /** Centre and size of the shape's box on the page (px). */
  cx: number;
  cy: number;
  w: number;
  h: number;
  /** Area enclosed by the outline (px²), from points sampled along it. */
  area: number;
  /** Label texts not inside a label box of their actor. */
  outside: string[];
  labels: number;
}

test.describe('figures for a report', () => {
  test('the SVG figure is well-formed, Inkscape-safe, and draws every actor where the canvas does', async ({ explorer, page, context, pageProblems }) => {
    test.setTimeout(60_000);
    await explorer.open('?node=taliban&hide-type=affiliation');
    // Problems of the page's start are another test's; here only the export's count.
    const cspBefore = pageProblems.csp.length;
    const consoleBefore = pageProblems.console.length;
    const drawn = await explorer.visibleNodeIds();
    const canvas = await page.evaluate((ids) => {
      const api = window.__kgExplorer!;
      return { zoom: api.zoom(), nodes: ids.map((id) => ({ id, at: api.renderedPosition(id)!, size: api.nodeStyle(id)!.size, fill: api.nodeStyle(id)!.fill })) };
    }, drawn);

    const download = await explorer.exportAs('SVG for a report');
    expect(download.suggestedFilename()).toBe('graph-figure.svg');
    const svg = readFileSync(await download.path(), 'utf8');
    writeFileSync(test.info().outputPath('figure.svg'), svg);
    parseStrictly(svg);
    const doc = new DOMParser({ errorHandler: { error: (m: string) => { throw new Error(m); }, fatalError: (m: string) => { throw new Error(m); } } }).parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement!;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`);
    const all = Array.from(root.getElementsByTagName('*')) as Element[];
    // What Inkscape reads: presentation attributes, no CSS, no HTML inside.
    expect(all.filter((el) => ['foreignObject', 'style', 'script'].includes(el.localName!)).map((el) => el.localName)).toEqual([]);
    expect(all.filter((el) => el.hasAttribute('style') || el.hasAttribute('dominant-baseline') || el.hasAttribute('class'))).toHaveLength(0);
    // Title, legend and caption are text.
    expect(root.getElementsByTagName('title')[0]!.textContent).toBe('Knowledge graph: graph.json');
    const words = (Array.from(root.getElementsByTagName('text')) as Element[]).map((t) => t.textContent ?? '');
    for (const heading of ['Knowledge graph: graph.json', 'Relation types', 'Claim status', 'Actors']) expect(words).toContain(heading);
    const prose = words.join(' ');
    expect(prose).toContain('Relation types hidden: Affiliation.');
    expect(prose).toContain('Selected: Taliban.');
    expect(prose).toMatch(/Sources: \d+ articles from \d+ outlets: /);
    expect(prose).toMatch(/Exported \d{1,2} [A-Z][a-z]{2} \d{4} from \/data\/graph\.json/);
    expect(words.filter((w) => /^Affiliation \(\d+\)$/.test(w))).toEqual([]);

    // Each actor: one group, its shape (the path in its fill colour) one closed outline; a streak
    // or a halo joined to it was a second subpath.
    const fills = Object.fromEntries(canvas.nodes.map((n) => [n.id, rgb(n.fill)]));
    const groups = (Array.from(root.getElementsByTagName('g')) as Element[]).filter((g) => g.getAttribute('data-kind') === 'node');
    expect(groups.map((g) => g.getAttribute('data-id')).sort()).toEqual([...drawn].sort());
    for (const g of groups) {
      const id = g.getAttribute('data-id')!;
      const shapes = (Array.from(g.getElementsByTagName('path')) as Element[]).filter((p) => p.getAttribute('fill') === fills[id]);
      expect(shapes, `${id}: one shape in ${fills[id]}`).toHaveLength(1);
      const d = shapes[0]!.getAttribute('d')!;
      expect(d.match(/M/g), `${id}: one subpath`).toHaveLength(1);
      expect(d.match(/Z/g), `${id}: closed once`).toHaveLength(1);
      expect(d.trim().endsWith('Z'), `${id}: closed at the end`).toBe(true);
    }

    // Rendered by Chromium: measure every actor and label.
    const viewer = await context.newPage();
    await viewer.route((u) => u.pathname === '/figure-check.html', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><html><body style="margin:0"></body></html>' }));
    await viewer.goto('/figure-check.html');
    const image = await viewer.evaluate(async (text) => {
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    }, svg);
    expect(image).toEqual({ width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')) });
    const shapes: NodeShape[] = await viewer.evaluate(([text, fillOf]) => {
      const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
      document.body.append(document.adoptNode(parsed.documentElement));
      const box = (el: Element) => el.getBoundingClientRect();
      return [...document.querySelectorAll<SVGGElement>('g[data-kind="node"]')].map((g) => {
        const shape = [...g.querySelectorAll('path')].find((p) => p.getAttribute('fill') === fillOf[g.dataset.id!])!;
        const b = box(shape);
        const length = shape.getTotalLength();
        const m = shape.getScreenCTM()!;
        const pts = Array.from({ length: 128 }, (_, i) => shape.getPointAtLength((length * i) / 128)).map((p) => p.matrixTransform(m));
        let area = 0;
        for (let i = 0; i < pts.length; i += 1) {
          const [a, c] = [pts[i]!, pts[(i + 1) % pts.length]!];
          area += a.x * c.y - c.x * a.y;
        }
        const labelBoxes = [...g.querySelectorAll('path')].filter((p) => p !== shape && p.getAttribute('fill') === 'rgb(255,255,255)').map(box);
        const texts = [...g.querySelectorAll('text')];
        const outside = texts
          .filter((t) => {
            const r = box(t);
            return !labelBoxes.some((l) => r.left >= l.left - 1 && r.right <= l.right + 1 && r.top >= l.top - 1 && r.bottom <= l.bottom + 1);
          })
          .map((t) => t.textContent ?? '');
        return { id: g.dataset.id!, cx: b.x + b.width / 2, cy: b.y + b.height / 2, w: b.width, h: b.height, area: Math.abs(area) / 2, outside, labels: texts.length };
      });
    }, [svg, fills] as const);
    await viewer.screenshot({ path: test.info().outputPath('figure.png'), fullPage: true });

    const size = new Map(canvas.nodes.map((n) => [n.id, n.size]));
    for (const s of shapes) {
      const d = size.get(s.id)!;
      expect(s.w, `${s.id} width`).toBeGreaterThan(0.55 * d);
      expect(s.w, `${s.id} width`).toBeLessThan(1.3 * d + 3);
      expect(s.h, `${s.id} height`).toBeGreaterThan(0.55 * d);
      expect(s.h, `${s.id} height`).toBeLessThan(1.3 * d + 3);
      expect(s.area, `${s.id} area`).toBeGreaterThan(0.2 * d * d);
      expect(s.outside, `${s.id}: labels inside their boxes`).toEqual([]);
    }
    expect(shapes.reduce((n, s) => n + s.labels, 0)).toBeGreaterThan(shapes.length / 2);

    // The figure is the canvas moved and scaled: one scale and offset map every actor's centre.
    const pairs = canvas.nodes.map((n) => ({ p: n.at, q: shapes.find((s) => s.id === n.id)! }));
    const mean = (f: (v: (typeof pairs)[number]) => number) => pairs.reduce((t, v) => t + f(v), 0) / pairs.length;
    const [px, py, qx, qy] = [mean((v) => v.p.x), mean((v) => v.p.y), mean((v) => v.q.cx), mean((v) => v.q.cy)];
    const scale = mean((v) => (v.p.x - px) * (v.q.cx - qx) + (v.p.y - py) * (v.q.cy - qy)) / mean((v) => (v.p.x - px) ** 2 + (v.p.y - py) ** 2);
    expect(scale * canvas.zoom).toBeCloseTo(1, 2);
    const worst = Math.max(...pairs.map((v) => Math.hypot(scale * (v.p.x - px) + qx - v.q.cx, scale * (v.p.y - py) + qy - v.q.cy)));
    test.info().annotations.push({ type: 'worst centre offset (px)', description: worst.toFixed(2) });
    expect(worst).toBeLessThan(3);
    expect(pageProblems.csp.slice(cspBefore)).toEqual([]);
    expect(pageProblems.console.slice(consoleBefore)).toEqual([]);
  });

  test('the PNG figure carries the title the user wrote, and is the docs picture', async ({ explorer, pageProblems }) => {
    await explorer.open('?hide-type=affiliation&hide-type=participation');
    const cspBefore = pageProblems.csp.length;
    const consoleBefore = pageProblems.console.length;
    await explorer.toolbar.getByRole('button', { name: 'Export', exact: true }).click();
    await explorer.toolbar.getByRole('textbox', { name: 'Title of the figure' }).fill('Who deals with the Taliban, as reported 2003–2025');
    await explorer.toolbar.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await explorer.exportAs('PNG for a report');
    expect(download.suggestedFilename()).toBe('graph-figure.png');
    const png = readFileSync(await download.path());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    // Twice the figure's size: at least the 760 px text block and its margins.
    expect(width).toBeGreaterThanOrEqual(2 * (760 + 56));
    expect(height).toBeGreaterThan(width / 2);
    writeFileSync(`${DIR}/published-export.png`, png);

    // The same title goes into the SVG (the field keeps it while the page is open).
    const svg = readFileSync(await (await explorer.exportAs('SVG for a report')).path(), 'utf8');
    expect(svg).toContain('<title>Who deals with the Taliban, as reported 2003–2025</title>');
    expect(svg).toMatch(/<text [^>]*font-weight="700"[^>]*>Who deals with the Taliban, as reported 2003–2025<\/text>/);
    await expect(explorer.toolbar.getByRole('status')).toHaveText('Saved graph-figure.svg');
    expect(pageProblems.csp.slice(cspBefore)).toEqual([]);
    expect(pageProblems.console.slice(consoleBefore)).toEqual([]);
  });
});
