// What the pipeline's fuzz suites assert about one build: a graph that keeps the contract, or
// errors that each name the input file (and line) to fix; never a "pipeline bug".
import { assertGraphInvariants } from '../../domain/__fixtures__/fuzz-graph-checks';
import { validateGraph } from '../../domain/graph-contract';
import { buildFromInputs, type BuildInputs, type BuildResult } from '../build';
import { CURATED } from './fuzz-inputs';

/** `data/annotations/x.yaml:12: message`, `data/sources/x.txt: message`. */
const NAMES_A_FILE = /^data\/(?:sources|annotations|curated)\/[^\n:]+?(?::\d+)?: \S/;

/** The build of these sources and annotations with the committed registry and taxonomy. */
export const build = (sources: BuildInputs['sources'], annotations: BuildInputs['annotations']): BuildResult =>
  buildFromInputs({ sources, annotations, ...CURATED }, () => 0);

export function assertBuiltOrLocated(result: BuildResult): void {
  if (result.ok) {
    const again = validateGraph(JSON.parse(result.json));
    if (!again.ok) throw new Error(`the written graph.json breaks the contract: ${again.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    assertGraphInvariants(again.graph);
    return;
  }
  if (result.errors.length === 0) throw new Error('a failed build without a single error');
  for (const e of result.errors) {
    if (!NAMES_A_FILE.test(e)) throw new Error(`an error that names no input file: ${e}`);
    if (/pipeline bug|\n\s+at /.test(e)) throw new Error(`an error that is the pipeline's, not the input's: ${e}`);
  }
}
