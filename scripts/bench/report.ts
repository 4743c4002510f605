// The benchmark's results as the tables in docs/scale.md and the README's summary line.
import { METRICS, type AppResult, type BenchResult } from './harness';

const LABELS: Record<string, string> = {
  firstDrawMs: 'First draw (ms)',
  fetchMs: 'Fetch (ms)',
  parseMs: 'Parse (ms)',
  validateMs: 'Validate (ms)',
  heapMB: 'JS heap after load (MB)',
  filterToggleMs: 'Filter toggle (ms)',
  searchKeystrokeMs: 'Search keystroke (ms)',
  searchBoxFrameMs: '… its frame alone, no page code (ms)',
  nodeClickMs: 'Node click → details (ms)',
  nodeHighlightMs: 'Node click → canvas highlight (ms)',
  panFrameMs: 'Pan frame (ms)',
  zoomFrameMs: 'Zoom frame (ms)',
  longestTaskAfterDrawMs: 'Longest task after draw (ms)',
};

function show(v: AppResult[keyof AppResult] | undefined): string {
  if (v === undefined) return '—';
  if (typeof v === 'object') return `${v.median} / ${v.p95}`;
  return String(v);
}

function ratio(ours: AppResult[keyof AppResult] | undefined, base: AppResult[keyof AppResult] | undefined): string {
  const pick = (v: typeof ours) => (v === undefined ? undefined : typeof v === 'object' ? v.median : typeof v === 'number' ? v : undefined);
  const a = pick(ours);
  const b = pick(base);
  if (a === undefined || b === undefined || b === 0) return '—';
  const r = a / b;
  // Two decimals, or the first significant one below 0.01 (a 200-fold gain is not 0.00×).
  return `${r >= 0.01 || r === 0 ? r.toFixed(2) : r.toPrecision(1)}×`;
}

/** A Markdown table per size: our figures, the baseline's, and ours ÷ baseline (of the medians). */
export function formatTable(r: BenchResult): string {
  const lines: string[] = [];
  lines.push(
    `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${r.machine.cpus} × ${r.machine.cpuModel}, headless Chromium ${r.machine.chromium} (software rendering), Node ${r.machine.node}; ` +
      `1-minute load average ${r.machine.loadavg.join(' at the start, ')} at the end${Math.max(...r.machine.loadavg) > r.machine.cpus ? ' (the machine was shared: figures are pessimistic)' : ''}. ` +
      `${(r.options.cpuThrottle ?? 1) > 1 ? `**CPU throttled ${r.options.cpuThrottle}×** (CDP Emulation.setCPUThrottlingRate on every page, as DevTools' slowdown). ` : ''}` +
      `Stats are "median / p95"; ratio = ours ÷ baseline (medians; below 1 is better for us).`,
  );
  for (const s of r.sizes) {
    const ours = s.apps.ours;
    const base = s.apps.baseline;
    const webgl = s.apps.webgl;
    lines.push('', `**${s.size}**: ${s.nodes.toLocaleString('en-US')} actors, ${s.edges.toLocaleString('en-US')} relations, ${s.fileMB} MB`, '');
    lines.push(`| Metric | Explorer |${webgl ? ' Explorer (WebGL) |' : ''} Baseline | Ratio |`);
    lines.push(`| --- | --- |${webgl ? ' --- |' : ''} --- | --- |`);
    for (const m of [...METRICS, 'nodeHighlightMs' as const, 'validateMs' as const]) {
      lines.push(`| ${LABELS[m]} | ${show(ours?.[m])} |${webgl ? ` ${show(webgl[m])} |` : ''} ${show(base?.[m])} | ${ratio(ours?.[m], base?.[m])} |`);
    }
    for (const [name, a] of Object.entries(s.apps)) if (a?.error) lines.push('', `${name}: ${a.error}`);
  }
  return lines.join('\n');
}

/** The README's short form: the key figures per size, ours with the ratio against the baseline. */
export function formatSummary(r: BenchResult): string {
  const keys = ['firstDrawMs', 'filterToggleMs', 'searchKeystrokeMs', 'nodeClickMs', 'panFrameMs', 'longestTaskAfterDrawMs'] as const;
  const lines = [
    `${r.machine.cpus} × ${r.machine.cpuModel}, headless Chromium ${r.machine.chromium} with software rendering, ${r.date.slice(0, 16).replace('T', ' ')} UTC. ` +
      'Explorer figures (median / p95), with the ratio to the straightforward Cytoscape.js integration in parentheses (below 1 is better).',
    '',
    `| Metric | ${r.sizes.map((s) => `${s.size} (${s.edges.toLocaleString('en-US')} relations)`).join(' | ')} |`,
    `| --- | ${r.sizes.map(() => '---').join(' | ')} |`,
  ];
  for (const k of keys) {
    lines.push(`| ${LABELS[k]} | ${r.sizes.map((s) => `${show(s.apps.ours?.[k])} (${ratio(s.apps.ours?.[k], s.apps.baseline?.[k])})`).join(' | ')} |`);
  }
  return lines.join('\n');
}

