// Fuzzing the graph contract: generated graph files, valid and then broken, through
// validateGraph, parseGraphText and buildGraphIndex. Each is either loaded with its invariants
// intact or refused with every problem at a field path (or a line for JSON syntax); never a throw
// and never slower than the per-case limit. See __fixtures__/fuzz-run.ts for seeds and campaigns.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { graphTextArb, PROTOTYPE_NAMES, validGraphArb } from './__fixtures__/fuzz-arbitraries';
import { assertGraphInvariants, assertLocatedIssues } from './__fixtures__/fuzz-graph-checks';
import { damageText, mutate, mutationArb, textMutationArb } from './__fixtures__/fuzz-mutations';
import { checkProperty, timeoutFor } from './__fixtures__/fuzz-run';
import { validateGraph, type GraphFile } from './graph-contract';
import { parseGraphText } from './graph-load';

/** Key order and own `__proto__` keys aside, the same JSON value. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const SOURCE = 'fuzz.json';
/** A message a person reads in a list: it may quote the input, not carry it whole. */
const MAX_MESSAGE = 1000;
const AT_LINE = / at line \d+, column \d+$/;
const AT_PATH = /^(?:\(root\)|[^\s:][^:]*): \S/;

/** The graph loads unchanged with its invariants, or is refused with every problem at a path. */
function loadedAsIsOrRefused(graph: GraphFile): void {
  const result = validateGraph(graph);
  if (!result.ok) return assertLocatedIssues(graph, result.issues);
  if (canonical(result.graph) !== canonical(graph)) throw new Error(`the loaded graph differs from the file: ${canonical(result.graph)}`);
  assertGraphInvariants(result.graph);
}

describe('graph contract fuzzing', () => {
  it('accepts every generated valid graph as it is, ids named after Object.prototype too, and its index agrees', { timeout: timeoutFor(150) }, () => {
    checkProperty(
      validGraphArb(),
      (graph) => {
        const result = validateGraph(graph);
        if (!result.ok) throw new Error(`a valid graph was refused: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
        loadedAsIsOrRefused(graph);
      },
      { runs: 150 },
    );
  });

  it('keeps free attributes named after Object.prototype (__proto__, constructor…), or refuses them at their path', { timeout: timeoutFor(60) }, () => {
    checkProperty(validGraphArb({ attributeKeys: fc.constantFrom(...PROTOTYPE_NAMES) }), loadedAsIsOrRefused, { runs: 60 });
  });

  it('loads a mutated graph with its invariants, or refuses it with a path for every problem', { timeout: timeoutFor(400) }, () => {
    checkProperty(
      fc.tuple(validGraphArb(), fc.array(mutationArb, { minLength: 1, maxLength: 3 })),
      ([graph, mutations]) => {
        const { data } = mutate(graph, mutations);
        const result = validateGraph(data);
        if (result.ok) assertGraphInvariants(result.graph);
        else assertLocatedIssues(data, result.issues);
      },
      { runs: 400 },
    );
  });

  it('quotes a huge string (200 000 characters) only in part: every message of the refusal stays under 1000 characters', { timeout: timeoutFor(60) }, () => {
    checkProperty(
      fc.tuple(validGraphArb(), fc.nat()),
      ([graph, at]) => {
        const result = validateGraph(mutate(graph, [{ kind: 'huge-string', at }]).data);
        for (const issue of result.ok ? [] : result.issues) {
          if (issue.message.length >= MAX_MESSAGE) throw new Error(`a message of ${issue.message.length} characters at ${issue.path}: ${issue.message.slice(0, 80)}…`);
        }
      },
      { runs: 60 },
    );
  });

  it('names the line and column of every JSON syntax error in damaged graph text', { timeout: timeoutFor(200) }, () => {
    checkProperty(
      fc.tuple(graphTextArb(), fc.array(textMutationArb, { minLength: 1, maxLength: 3 })),
      ([text, damage]) => {
        const result = parseGraphText(damage.reduce(damageText, text), SOURCE);
        if (result.ok) return assertGraphInvariants(result.graph);
        if (!result.summary.startsWith(SOURCE)) throw new Error(`the summary does not name the file: ${result.summary}`);
        for (const p of result.problems) {
          if (!(result.summary.endsWith('is not valid JSON.') ? AT_LINE : AT_PATH).test(p)) throw new Error(`a problem without a place: ${p}`);
        }
      },
      { runs: 200 },
    );
  });
});
