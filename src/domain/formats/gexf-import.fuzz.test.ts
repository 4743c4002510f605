// Fuzzing the GEXF importer: generated well-formed files must open with every node and every
// edge between declared nodes, as a graph that keeps the contract; damaged and hostile files
// (cut short, bad entities, deep nesting, entity bombs, prototype-name ids) open the same way or
// are refused with the file and a line or element path; never a throw, never past the time limit.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { PROTOTYPE_NAMES } from '../__fixtures__/fuzz-arbitraries';
import { damageGexf, gexfArb, gexfArbWith, gexfDamageArb, type GexfSample } from '../__fixtures__/fuzz-gexf';
import { assertGraphInvariants } from '../__fixtures__/fuzz-graph-checks';
import { damageText, textMutationArb } from '../__fixtures__/fuzz-mutations';
import { checkProperty, timeoutFor } from '../__fixtures__/fuzz-run';
import { validateGraph } from '../graph-contract';
import { fromGexf } from './gexf-import';
import { formatImportIssue, type ImportResult } from './issues';

const FILE = 'fuzz.gexf';
const open = (text: string): ImportResult => fromGexf(text, FILE, { today: '2026-01-02' });

/** An opened graph keeps the contract (also after a trip through JSON); a refusal says where. */
function openedOrLocated(result: ImportResult): void {
  if (result.ok) {
    assertGraphInvariants(result.graph);
    const again = validateGraph(JSON.parse(JSON.stringify(result.graph)));
    if (!again.ok) throw new Error(`the imported graph does not survive JSON: ${again.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    return;
  }
  if (result.issues.length === 0) throw new Error('a refusal without a single issue');
  for (const issue of result.issues) {
    if (issue.file !== FILE) throw new Error(`an issue that does not name the file: ${formatImportIssue(issue)}`);
    if (!issue.message.trim() || /\n\s+at /.test(issue.message)) throw new Error(`an issue without a plain message: ${formatImportIssue(issue)}`);
    if (issue.line === undefined && !issue.path) throw new Error(`an issue without a line or a path: ${formatImportIssue(issue)}`);
  }
}

/** A well-formed file opens with its nodes, in order, and every edge whose ends it declares. */
function opensCompletely({ text, nodeIds, keptEdges }: GexfSample): void {
  const result = open(text);
  if (!result.ok) throw new Error(`a well-formed GEXF was refused: ${result.issues.map(formatImportIssue).join('; ')}`);
  openedOrLocated(result);
  const ids = result.graph.nodes.map((n) => n.id);
  if (JSON.stringify(ids) !== JSON.stringify(nodeIds)) throw new Error(`nodes ${JSON.stringify(ids)}, the file declares ${JSON.stringify(nodeIds)}`);
  if (result.graph.edges.length !== keptEdges) throw new Error(`${result.graph.edges.length} edges, the file has ${keptEdges} between declared nodes`);
}

describe('GEXF import fuzzing', () => {
  it('opens every well-formed file with all its nodes and the edges between them, edge ids equal to node ids too', { timeout: timeoutFor(100) }, () => {
    checkProperty(gexfArb, opensCompletely, { runs: 100 });
  });

  it('opens files whose node ids are named after Object.prototype like any other', { timeout: timeoutFor(30) }, () => {
    // Edge ids of their own, so that this property is about prototype names only.
    const prototypeIds = gexfArbWith({ distinctEdgeIds: true }).filter((s) => s.nodeIds.some((id) => (PROTOTYPE_NAMES as readonly string[]).includes(id)));
    checkProperty(prototypeIds, opensCompletely, { runs: 30 });
  });

  it('opens damaged text or refuses it with a line or a path', { timeout: timeoutFor(120) }, () => {
    checkProperty(
      fc.tuple(gexfArb, fc.array(textMutationArb, { minLength: 1, maxLength: 3 })),
      ([sample, damage]) => openedOrLocated(open(damage.reduce(damageText, sample.text))),
      { runs: 120 },
    );
  });

  it('refuses hostile XML (bad entities, deep nesting, entity bombs, external entities) with a line, or opens it', { timeout: timeoutFor(60) }, () => {
    checkProperty(
      fc.tuple(gexfArb, gexfDamageArb),
      ([sample, damage]) => openedOrLocated(open(damageGexf(sample.text, damage))),
      { runs: 60 },
    );
  });
});
