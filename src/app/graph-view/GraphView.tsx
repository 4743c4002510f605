// The canvas, its toolbar and controls. The controller is created once per store and destroyed
// on unmount; React never re-renders the canvas, the controller follows the store itself.
import { useEffect, useRef, useState } from 'react';
import { attachGraph, markReady } from '../test-api';
import { useActions, useExplorer, useExplorerStore } from '../store/store-context';
import { CanvasController, type DrawnSummary } from './canvas-controller';
import { GraphToolbar } from './GraphToolbar';
import { ViewBanner } from './ViewBanner';
import './graph-view.css';

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
    attachGraph(controller.probes);
    return () => {
      attachGraph(null);
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
          className="graph-canvas"
          role="img"
          aria-label={`Network of ${nodes} actors and ${edges} relations${drawn ? `, drawn in part: ${drawn.actors} actors` : ''}. The relations table below lists the same relations for keyboard and screen readers.`}
        />
        {drawn && (
          <p className="lod-note" title="The canvas draws the most connected actors and what you select; a thick line stands for several relations between two actors. Every tool works on the whole graph.">
            <strong>Level of detail:</strong> {drawn.actors.toLocaleString('en')} of {nodes.toLocaleString('en')} actors drawn
            {drawn.neighbours
              ? `, with the selection's ${drawn.neighbours.drawn} most connected neighbours of ${drawn.neighbours.of.toLocaleString('en')} (the details list all).`
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
