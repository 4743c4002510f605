// The browser checks graphs with zod in jitless mode (src/app/zod-config.ts, for the CSP); the
// pipeline does not. The same graphs give the same verdicts and messages in both.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { DANGLING_PROBLEMS, ORDINARY_IDS, danglingPrototypeReferences, graphWithIds, prototypeNamedGraphs } from './__fixtures__/contract-id-cases';

// Set before the schemas are built: zod reads the setting when a schema is created.
z.config({ jitless: true });
const { validateGraph } = await import('./graph-contract');
const { parseGraphText } = await import('./graph-load');

const problems = (g: unknown): string[] => {
  const r = validateGraph(JSON.parse(JSON.stringify(g)));
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('the contract in jitless mode, as in the browser', () => {
  it('loads prototype-named ids unchanged and reports dangling ones', () => {
    for (const { name, kind, graph } of prototypeNamedGraphs()) {
      const loaded = parseGraphText(JSON.stringify(graph), 'named.json');
      expect(loaded.ok ? loaded.graph : loaded.problems, `${kind} "${name}"`).toEqual(graph);
    }
    expect(problems(danglingPrototypeReferences())).toEqual(DANGLING_PROBLEMS);
  });

  it('keeps a "__proto__" attribute in its place', () => {
    const text = JSON.stringify(graphWithIds(ORDINARY_IDS)).replace('"label":"Russia"', '"label":"Russia","attributes":{"a":0,"__proto__":"p"}');
    const loaded = parseGraphText(text, 'attributes.json');
    expect(loaded.ok ? Object.entries(loaded.graph.nodes[0]!.attributes!) : loaded.problems).toEqual([['a', 0], ['__proto__', 'p']]);
  });

  it('gives the same messages for a clash, a bodyStart, a sentence overlap and a date', () => {
    const g = graphWithIds(ORDINARY_IDS);
    g.edges[1]!.id = 'russia';
    g.documents[1]!.bodyStart = 99;
    g.documents[1]!.published = '2024-02-30';
    expect(problems(g)).toEqual(['documents[1].published: "2024-02-30" is not a calendar day']);
    g.documents[1]!.published = '2024-02-29';
    g.sentences[1]!.start = 19;
    g.sentences[1]!.text = g.documents[0]!.text.slice(19, 44);
    expect(problems(g)).toEqual([
      'documents[1].bodyStart: 99 is beyond the end of the text (length 43)',
      'sentences[1].start: offsets 19..44 overlap sentence "d1#s0" (0..20, sentences[0]): a document\'s sentences are listed in text order without overlap',
      'edges[1].id: edge id "russia" is already the id of a node (nodes[0].id): relation types, nodes and edges need distinct ids',
    ]);
  });
});
