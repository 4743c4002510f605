// Runs inside the benchmarked page (bundled to an IIFE by esbuild and injected before the app's
// scripts). It measures from the page's own clock, so that Playwright's round trips are not
// counted, and works the same on the explorer and on the baseline page: both show a Cytoscape
// canvas, a "Relation types" list of checkboxes, a search combobox and a #details-title heading.
import { framesQuiet, idle, inputPaints, longTasks, nextFrame, paintAfterRelease, pressedAt } from './probe-clock';
import { emptyPoint, type CyLike } from './probe-canvas';

let armed: Promise<{ ms: number; commitMs: number; title: string } | null> | null = null;
let toggled: Promise<number> | null = null;

/** From a click on: when a node was first marked selected, and when Cytoscape drew frames. */
let canvasWatch: { selectedAt: Map<string, number>; renders: number[]; stop(): void } | null = null;

type WatchedNode = { hasClass(c: string): boolean; data(k: string): unknown };

function armCanvasWatch(): void {
  stopCanvasWatch();
  const cy = findCy() as unknown as {
    on(e: string, sel: string, f: (e: { target: WatchedNode }) => void): void;
    on(e: string, f: () => void): void;
    removeListener(e: string, f: unknown): void;
    nodes(): { filter(f: (n: WatchedNode) => boolean): { map<T>(f: (n: WatchedNode) => T): T[] } };
  } | null;
  if (!cy) return;
  // Actors already selected before the click do not count.
  const before = new Set(cy.nodes().filter((n) => n.hasClass('selected')).map((n) => String(n.data('label'))));
  const watch = { selectedAt: new Map<string, number>(), renders: [] as number[], stop: () => {} };
  const onClass = (e: { target: WatchedNode }): void => {
    const label = String(e.target.data('label'));
    if (e.target.hasClass('selected') && !before.has(label) && !watch.selectedAt.has(label)) watch.selectedAt.set(label, performance.now());
  };
  const onRender = (): void => void watch.renders.push(performance.now());
  cy.on('class', 'node', onClass);
  cy.on('render', onRender);
  watch.stop = () => {
    cy.removeListener('class', onClass);
    cy.removeListener('render', onRender);
  };
  canvasWatch = watch;
}

function stopCanvasWatch(): void {
  canvasWatch?.stop();
  canvasWatch = null;
}

function findCy(): CyLike | null {
  for (const el of document.querySelectorAll<HTMLElement>('div')) {
    const reg = (el as unknown as { _cyreg?: { cy?: CyLike } })._cyreg;
    if (reg?.cy) return reg.cy;
  }
  return null;
}

function typeCheckboxes(): HTMLInputElement[] {
  const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent?.trim() === 'Relation types');
  const section = heading?.closest('section');
  return section ? [...section.querySelectorAll<HTMLInputElement>('input[type=checkbox]')] : [];
}

function setInputValue(input: HTMLInputElement, value: string): void {
  // React tracks the value property; the native setter makes it see the change.
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (check()) return resolve(true);
    const deadline = performance.now() + timeoutMs;
    const observer = new MutationObserver(() => {
      if (check()) done(true);
    });
    const timer = setInterval(() => {
      if (check()) done(true);
      else if (performance.now() > deadline) done(false);
    }, 5);
    function done(ok: boolean) {
      observer.disconnect();
      clearInterval(timer);
      resolve(ok);
    }
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const api = {
  nextFrame,
  hasCy: () => findCy() !== null,
  typeCount: () => typeCheckboxes().length,

  /**
   * Before a real click on the i-th relation-type checkbox: brings it into view and says where to
   * click. The click is then timed from its press until the paint that shows the canvas redrawn.
   */
  armToggle(i: number): { x: number; y: number } {
    const box = typeCheckboxes()[i];
    if (!box) throw new Error(`no relation-type checkbox ${i}`);
    box.scrollIntoView({ block: 'nearest' });
    inputPaints.length = 0;
    const cy = findCy() as unknown as { one(e: string, f: () => void): void } | null;
    toggled = new Promise((resolve) => {
      // 'change' follows the click's handlers: the page has taken the new filter by then.
      box.addEventListener(
        'change',
        () => {
          // The canvas's redraw; none within a second (nothing on it changed, or the WebGL
          // renderer, which sends no 'render'): the frame after the change is what counts.
          const drawn = new Promise<number | null>((done) => {
            if (!cy) return done(null);
            const timer = setTimeout(() => done(null), 1000);
            cy.one('render', () => {
              clearTimeout(timer);
              done(performance.now());
            });
          });
          void Promise.all([drawn, nextFrame()])
            .then(([drawnAt, t1]) => (drawnAt === null ? t1 : paintAfterRelease(drawnAt, Math.max(t1, drawnAt))))
            .then((t) => resolve(t - pressedAt()));
        },
        { once: true },
      );
    });
    const r = box.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  },

  /** After that click: ms from the press until the canvas showed the new filter; then waits for the page to go idle. */
  async toggleAfterClick(): Promise<number | null> {
    const ms = await Promise.race([toggled, new Promise<null>((r) => setTimeout(() => r(null), 10_000))]);
    toggled = null;
    await idle();
    return ms;
  },

  /** Clicks the i-th relation-type checkbox from script; ms until the frame after the change is drawn. */
  async toggleType(i: number): Promise<number> {
    const box = typeCheckboxes()[i];
    if (!box) throw new Error(`no relation-type checkbox ${i}`);
    const t0 = performance.now();
    box.click();
    const t1 = await nextFrame();
    // The next toggle once the page is idle: each is timed on its own, as a user's clicks would be.
    await idle();
    return t1 - t0;
  },

  /**
   * The floor under a keystroke: the search box's text changed as by `typeSearch`, but without the
   * input event, so no code of the page runs; ms to the next frame. What the browser alone takes to
   * show the box's new text on this page, which no search can go below.
   */
  async searchBoxFrames(text: string): Promise<number[]> {
    const input = document.querySelector<HTMLInputElement>('input[role=combobox]');
    if (!input) throw new Error('no search box');
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    input.focus();
    await nextFrame();
    await idle();
    const times: number[] = [];
    for (let i = 1; i <= text.length; i += 1) {
      const t0 = performance.now();
      setter.call(input, text.slice(0, i));
      times.push((await nextFrame()) - t0);
      await idle();
    }
    setter.call(input, '');
    input.blur();
    await nextFrame();
    return times;
  },

  /** Types `text` into the search box one character at a time; ms per keystroke until results show. */
  async typeSearch(text: string): Promise<number[]> {
    const input = document.querySelector<HTMLInputElement>('input[role=combobox]');
    if (!input) throw new Error('no search box');
    input.focus();
    setInputValue(input, '');
    await nextFrame();
    const times: number[] = [];
    for (let i = 1; i <= text.length; i += 1) {
      const t0 = performance.now();
      setInputValue(input, text.slice(0, i));
      const ok = await until(() => document.querySelector('[role=listbox] [role=option]') !== null, 10_000);
      if (!ok) throw new Error(`search for "${text.slice(0, i)}" showed no results`);
      times.push((await nextFrame()) - t0);
      // The next key once the page is idle (the canvas may mark matches a frame after the list):
      // a keystroke is timed on its own, as typing at a human pace would be.
      await idle();
    }
    setInputValue(input, '');
    input.blur();
    await nextFrame();
    return times;
  },

  /** Nodes drawn well inside the canvas, far from each other, to click; page coordinates. */
  clickTargets(count: number): Array<{ id: string; label: string; x: number; y: number }> {
    const cy = findCy();
    const container = cy?.container();
    if (!cy || !container) return [];
    const r = container.getBoundingClientRect();
    const w = cy.width();
    const h = cy.height();
    const candidates: Array<{ id: string; label: string; x: number; y: number; deg: number }> = [];
    cy.nodes().forEach((n) => {
      if (!n.visible()) return;
      const p = n.renderedPosition();
      if (p.x < 40 || p.y < 40 || p.x > w - 80 || p.y > h - 40) return;
      candidates.push({ id: n.id(), label: String(n.data('label') ?? ''), x: r.left + p.x, y: r.top + p.y, deg: n.degree(false) });
    });
    // Nodes with few relations are drawn small and may hide under others; prefer mid-degree ones.
    candidates.sort((a, b) => b.deg - a.deg || (a.id < b.id ? -1 : 1));
    const picked: typeof candidates = [];
    for (const c of candidates.slice(Math.floor(candidates.length * 0.02))) {
      if (picked.every((p) => Math.hypot(p.x - c.x, p.y - c.y) > 30)) picked.push(c);
      if (picked.length >= count) break;
    }
    return picked.map(({ id, label, x, y }) => ({ id, label, x, y }));
  },

  detailsTitle: () => document.getElementById('details-title')?.textContent?.trim() ?? '',

  /**
   * Before a real click: watches the details heading, so that the frame that first shows the new
   * details is timed when it happens (asking after Playwright's round trip would time a later frame).
   */
  armDetails(): void {
    armCanvasWatch();
    const previous = api.detailsTitle();
    inputPaints.length = 0;
    armed = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const title = api.detailsTitle();
        if (title === previous || title === '') return;
        done();
        const changedAt = performance.now();
        void nextFrame()
          .then((t1) => paintAfterRelease(changedAt, t1))
          .then((t) => resolve({ ms: t - pressedAt(), commitMs: changedAt - pressedAt(), title }));
      });
      const timer = setTimeout(() => {
        done();
        resolve(null);
      }, 10_000);
      function done() {
        observer.disconnect();
        clearTimeout(timer);
      }
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  },

  /**
   * After a real click: ms from its mousedown until the new details heading was drawn (`ms`), and
   * until it was in the page (`commitMs`, the input's own work on a fine clock: no frame, no 8 ms steps).
   */
  detailsAfterClick(): Promise<{ ms: number; commitMs: number; title: string } | null> {
    return armed ?? Promise.resolve(null);
  },

  /**
   * After a real click that selected the actor labelled `label`: ms from its mousedown until the
   * canvas has drawn it as selected (null where the page marks no selection on the canvas).
   */
  async highlightAfterClick(label: string): Promise<number | null> {
    const cy = findCy() as unknown as {
      nodes(): { filter(f: (n: { data(k: string): unknown; hasClass(c: string): boolean }) => boolean): { length: number } };
      one(e: string, f: () => void): void;
    } | null;
    if (!cy) return null;
    const ok = await until(() => cy.nodes().filter((n) => n.data('label') === label && n.hasClass('selected')).length > 0, 3000);
    if (!ok) return null;
    // The first frame Cytoscape drew after the class was set, recorded as it happened: asking for
    // "the next render" after seeing the class would wait forever (2 s) when that frame had
    // already been drawn and nothing else changes.
    const selectedAt = canvasWatch?.selectedAt.get(label) ?? performance.now();
    let drawnAt = canvasWatch?.renders.find((t) => t >= selectedAt);
    if (drawnAt === undefined) {
      drawnAt = await new Promise<number>((resolve) => {
        const timer = setTimeout(() => resolve(performance.now()), 2000);
        cy.one('render', () => {
          clearTimeout(timer);
          resolve(performance.now());
        });
      });
    }
    stopCanvasWatch();
    return drawnAt - pressedAt();
  },

  /**
   * Frame times (ms) while panning or wheel-zooming the canvas: each step is one input, then the
   * time until Cytoscape has drawn the frame that shows it ('render' event). rAF intervals alone
   * would undercount: with the frame-rate cap off, Cytoscape skips animation frames while a
   * costly redraw is pending, so most rAFs draw nothing.
   */
  async frames(kind: 'pan' | 'zoom', count: number): Promise<number[]> {
    const cy = findCy();
    if (!cy) throw new Error('no Cytoscape canvas');
    const canvas = cy.container()?.querySelector('canvas:last-of-type') ?? cy.container();
    const rect = canvas!.getBoundingClientRect();
    // Cytoscape's WebGL renderer emits no 'render': there, the frame after the one that drew.
    const webgl = (cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl === true;
    const rendered = (): Promise<boolean> =>
      new Promise((resolve) => {
        if (webgl) return requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)));
        const timer = setTimeout(() => resolve(false), 2000);
        (cy as unknown as { one(e: string, f: () => void): void }).one('render', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    await nextFrame();
    // A pan is a drag on the canvas background, through Cytoscape's own mouse handlers (as a
    // user's would be: the renderer may draw a cached texture while dragging), from a point with
    // no actor within 40 px.
    const from = kind === 'pan' ? emptyPoint(cy, rect) : null;
    const mouse = (type: string, x: number, y: number): void => {
      canvas!.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true, view: window }));
    };
    let at = from;
    if (at) mouse('mousedown', at.x, at.y);
    const times: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const dir = Math.floor(i / 10) % 2 === 0 ? 1 : -1;
      const drawn = rendered();
      const t0 = performance.now();
      if (at) {
        at = { x: at.x + 12 * dir, y: at.y + 6 * dir };
        mouse('mousemove', at.x, at.y);
      } else {
        // Through Cytoscape's own wheel handler, as a user's wheel or trackpad would.
        canvas!.dispatchEvent(
          new WheelEvent('wheel', { deltaY: -40 * dir, deltaMode: 0, clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2, bubbles: true, cancelable: true }),
        );
      }
      if (await drawn) times.push(performance.now() - t0);
    }
    if (at) mouse('mouseup', at.x, at.y);
    return times;
  },

  /**
   * Resolves once no long task has run for `quietMs` (or after `timeoutMs`): the work the page
   * does by itself after the first draw (workers' results, deferred panels) is over. Returns the
   * ms waited.
   */
  async settled(quietMs: number, timeoutMs: number): Promise<number> {
    const t0 = performance.now();
    // The explorer says when its metrics worker has delivered (handling that result is page work
    // after the first draw too); the baseline has no such work.
    const explorer = (window as unknown as { __kgExplorer?: { analyticsReady?: boolean } }).__kgExplorer;
    for (;;) {
      const now = performance.now();
      const last = longTasks.reduce((end, l) => Math.max(end, l.start + l.duration), 0);
      const workersDone = explorer?.analyticsReady !== false;
      if ((workersDone && now - Math.max(last, t0) >= quietMs) || now - t0 >= timeoutMs) {
        await framesQuiet();
        return Math.round(performance.now() - t0);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },

  longTasksAfter(t: number): Array<{ start: number; duration: number }> {
    return longTasks.filter((l) => l.start >= t);
  },

  /** Fetch timing of the graph file from the Resource Timing buffer. */
  fetchTiming(fileName: string): { fetchMs: number; bytes: number } | null {
    const entry = performance
      .getEntriesByType('resource')
      .find((e) => e.name.includes(fileName)) as PerformanceResourceTiming | undefined;
    return entry ? { fetchMs: entry.responseEnd - entry.startTime, bytes: entry.encodedBodySize } : null;
  },

  /** Durations of the page's own performance.measure entries (parse, validate, ...). */
  measures(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const m of performance.getEntriesByType('measure')) out[m.name] = m.duration;
    return out;
  },
};

(window as unknown as { __kgBench: typeof api }).__kgBench = api;
export type BenchProbe = typeof api;
