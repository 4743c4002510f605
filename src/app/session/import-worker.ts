// Reads an imported file off the main thread, so that the page stays responsive and the import
// can be cancelled (the page terminates this worker). One file per worker.
import '../zod-config';
import { splitGraph, type ImportReply, type ImportRequest } from './import-protocol';
import { runImport } from './import-runner';

const reply = (message: ImportReply): void => (self as unknown as { postMessage(m: ImportReply): void }).postMessage(message);

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const outcome = await runImport(event.data.file, (progress) => reply({ kind: 'progress', progress }));
  if (!outcome.ok) return reply({ kind: 'done', outcome });
  const { parts, rest } = splitGraph(outcome.graph);
  for (const part of parts) reply({ kind: 'part', part });
  reply({ kind: 'done', outcome: { ...outcome, graph: rest } });
};
