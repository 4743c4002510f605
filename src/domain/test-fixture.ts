// The hand-written fixture graph of the unit and browser tests, loaded for unit tests.
import fixture from './__fixtures__/small-graph.json';
import { validateGraph, type GraphFile } from './graph-contract';
import { buildGraphIndex, type GraphIndex } from './graph-index';

export function fixtureGraph(): GraphFile {
  const result = validateGraph(structuredClone(fixture));
  if (!result.ok) throw new Error(`fixture is broken: ${JSON.stringify(result.issues)}`);
  return result.graph;
}

export function fixtureIndex(): GraphIndex {
  return buildGraphIndex(fixtureGraph());
}
