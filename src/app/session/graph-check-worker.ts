// Checks a large graph file against the contract off the main thread, while the main thread
// parses its own copy and builds on it: only the verdict comes back (a structured clone of the
// parsed graph would cost the main thread about a parse again).
import '../zod-config';
import { validateGraph } from '../../domain/graph-contract';
import { parseGraphText } from '../../domain/graph-load';
import type { CheckReply, CheckRequest } from './load-graph';

const reply = (message: CheckReply): void => (self as unknown as { postMessage(m: CheckReply): void }).postMessage(message);

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { text, source } = event.data;
  const failed = (): void => {
    const parsed = parseGraphText(text, source);
    reply(parsed.ok ? { kind: 'failed', source, summary: `${source} could not be read.`, problems: [] } : { kind: 'failed', source, summary: parsed.summary, problems: parsed.problems });
  };
  const parseStart = performance.now();
  let data: unknown;
  try {
    data = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    return failed();
  }
  if (data === undefined) return failed();
  const validateStart = performance.now();
  reply({ kind: 'phase', phase: 'validating' });
  const checked = validateGraph(data, 20);
  const end = performance.now();
  if (!checked.ok) return failed();
  const origin = performance.timeOrigin;
  reply({ kind: 'valid', parse: [origin + parseStart, validateStart - parseStart], validate: [origin + validateStart, end - validateStart] });
};
