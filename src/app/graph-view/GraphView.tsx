// The canvas, its toolbar and controls. The controller is created once per store and destroyed
// on unmount; React never re-renders the canvas, the controller follows the store itself.
import { useEffect, useRef, useState } from 'react';
import { formatCount } from '../../domain/count-format';
import { attachGraph, markReady } from '../test-api';
import { useActions, useExplorer, useExplorerStore } from '../store/store-context';
import { CanvasController, type DrawnSummary } from './canvas-controller';
import { GraphToolbar } from './GraphToolbar';
import { KeyboardCursor } from './keyboard-cursor';
import { ViewBanner } from './ViewBanner';
import './graph-view.css';

/** The canvas's element id: the "Skip to graph" link brings focus here. */
export const GRAPH_CANVAS_ID = 'graph-canvas';

export function GraphView({ onFirstDraw }: { onFirstDraw?: () => void }) {
  const store = useExplorerStore();
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<CanvasController | null>(null);
  const onFirstDrawRef = useRef(onFirstDraw);
  useEffect(() => {
    onFirstDrawRef.current = onFirstDraw;
  });
  const nodes = useExplorer((s) => s.visibility.nodes.size);
  const edges = useExplorer((s) => s.visibility.edges.size);
  const { resetLayout } = useActions();
  const [drawn, setDrawn] = useState<DrawnSummary | null>(null);
  const cursorRef = useRef<KeyboardCursor | null>(null);
  // What the keyboard cursor landed on; the count makes a repeated message new to screen readers.
  const [said, setSaid] = useState({ text: '', n: 0 });

  useEffect(() => {
    performance.mark('kg:graph-effect');
    const controller = new CanvasController(containerRef.current!, store, {
      onReady: () => {
        markReady();
        onFirstDrawRef.current?.();
      },
      // The controller reports only changes.
      onProjection: setDrawn,
    });
    controllerRef.current = controller;
    const cursor = new KeyboardCursor(controller.parts, store, (text) => setSaid((s) => ({ text, n: s.n + 1 })));
    cursorRef.current = cursor;
    const container = containerRef.current!;
    if (container === document.activeElement) cursor.setFocused(true);
    // Cytoscape blurs whatever has focus when a press starts on the canvas: the canvas takes focus
    // as the press ends (before the tap selects), so that Escape in the details can bring it back.
    const takeFocus = (): void => container.focus({ preventScroll: true });
    container.addEventListener('pointerup', takeFocus, { capture: true });
    attachGraph(controller.probes);
    return () => {
      attachGraph(null);
      container.removeEventListener('pointerup', takeFocus, { capture: true });
      cursorRef.current = null;
      cursor.destroy();
      controllerRef.current = null;
      controller.destroy();
    };
  }, [store]);

  return (
    <section className="graph-pane" aria-labelledby="graph-title">
      <h2 id="graph-title" className="visually-hidden">
        Graph
      </h2>
      <GraphToolbar images={controllerRef} />
      <div className="graph-stage">
        <div
          ref={containerRef}
          id={GRAPH_CANVAS_ID}
          className="graph-canvas"
          role="application"
          aria-roledescription="graph"
          aria-label={`Graph of ${nodes} actors and ${edges} relations shown${drawn ? `, ${drawn.actors} actors drawn` : ''}`}
          aria-describedby="graph-keys"
          tabIndex={0}
          onKeyDown={(e) => {
            if (e.altKey || e.ctrlKey || e.metaKey) return;
            if (cursorRef.current?.key(e.key)) e.preventDefault();
          }}
          onFocus={() => cursorRef.current?.setFocused(true)}
          onBlur={() => cursorRef.current?.setFocused(false)}
        />
        <p id="graph-keys" className="visually-hidden">
          Arrow keys move between related actors; Enter opens the details of the one under the cursor; Escape clears. The relations table lists the same relations.
        </p>
        <p id="graph-cursor-status" className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {said.text}
          {said.n % 2 ? '\u00a0' : ''}
        </p>
        {drawn && (
          <p className="lod-note" title="The canvas draws the most connected actors and what you select; a thick line stands for several relations between two actors. Every tool works on the whole graph.">
            <strong>Level of detail:</strong> {formatCount(drawn.actors)} of {formatCount(nodes)} actors drawn
            {drawn.neighbours
              ? `, with the selection's ${drawn.neighbours.drawn} most connected neighbours of ${formatCount(drawn.neighbours.of)} (the details list all).`
              : '.'}{' '}
            Zoom in, search or select to draw more.
          </p>
        )}
        <ViewBanner />
        <div className="graph-controls" role="toolbar" aria-label="Graph view controls">
          <button type="button" onClick={() => controllerRef.current?.zoomBy(1.25)} aria-label="Zoom in" title="Zoom in">
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M8 3v10M3 8h10" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
          </button>
          <button type="button" onClick={() => controllerRef.current?.zoomBy(0.8)} aria-label="Zoom out" title="Zoom out">
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M3 8h10" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
          </button>
          <button type="button" onClick={() => controllerRef.current?.fit()} aria-label="Fit to view" title="Fit the visible graph to the view">
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </button>
          <button type="button" onClick={resetLayout} aria-label="Reset layout" title="Back to the default layout and view, forgetting dragged positions">
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M3.5 8a4.5 4.5 0 1 0 1.4-3.3M3 2.5v3h3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </button>
        </div>
      </div>
    </section>
  );
}
