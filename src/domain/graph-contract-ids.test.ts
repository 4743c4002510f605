// Any id is data: ids named like Object.prototype's members validate and load like any other, in
// the contract (objects) and in the loader (JSON text, where "__proto__" is an own key).
import { describe, expect, it } from 'vitest';
import { DANGLING_PROBLEMS, ORDINARY_IDS, PROTOTYPE_NAMES, danglingPrototypeReferences, graphWithIds, prototypeNamedGraphs } from './__fixtures__/contract-id-cases';
import { validateGraph } from './graph-contract';
import { parseGraphText } from './graph-load';

const problems = (g: unknown): string[] => {
  const r = validateGraph(g);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('ids named like Object.prototype members', () => {
  it('covers every own member of Object.prototype', () => {
    expect(PROTOTYPE_NAMES).toEqual(expect.arrayContaining(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__lookupSetter__']));
    expect(PROTOTYPE_NAMES).toHaveLength(12);
  });

  it('validate and load unchanged as node, edge, relation type, document, sentence and report ids', () => {
    for (const { name, kind, graph } of prototypeNamedGraphs()) {
      const text = JSON.stringify(graph);
      const checked = validateGraph(JSON.parse(text));
      expect(checked.ok ? checked.graph : checked.issues, `${kind} "${name}"`).toEqual(graph);
      const loaded = parseGraphText(text, 'named.json');
      expect(loaded.ok ? loaded.graph : loaded.problems, `${kind} "${name}" through the loader`).toEqual(graph);
    }
  });

  it('are reported when nothing has them: no lookup finds them on a prototype', () => {
    expect(problems(JSON.parse(JSON.stringify(danglingPrototypeReferences())))).toEqual(DANGLING_PROBLEMS);
  });

  it('are reported when repeated, within a part and across nodes and edges', () => {
    const g = graphWithIds({ ...ORDINARY_IDS, node: '__proto__', type: 'constructor' });
    g.nodes.push({ ...g.nodes[1]! });
    g.edges[1]!.id = '__proto__';
    g.relationTypes.push({ ...g.relationTypes[0]! });
    expect(problems(JSON.parse(JSON.stringify(g)))).toEqual([
      `relationTypes[1].id: duplicate relation type id "constructor" (first at relationTypes[0].id)`,
      `nodes[2].id: duplicate node id "__proto__" (first at nodes[1].id)`,
      `edges[1].id: edge id "__proto__" is already the id of a node (nodes[1].id): relation types, nodes and edges need distinct ids`,
    ]);
  });

  it('keep attributes named like them, "__proto__" included, as own entries of an ordinary object', () => {
    const g = graphWithIds(ORDINARY_IDS);
    const text = JSON.stringify(g).replace('"label":"Russia"', '"label":"Russia","attributes":{"__proto__":"p","constructor":1,"toString":true}');
    const loaded = parseGraphText(text, 'attributes.json');
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const attributes = loaded.graph.nodes[0]!.attributes!;
    expect(Object.entries(attributes)).toEqual([
      ['__proto__', 'p'],
      ['constructor', 1],
      ['toString', true],
    ]);
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(attributes))).toEqual(JSON.parse('{"__proto__":"p","constructor":1,"toString":true}'));
  });

  it('refuses a "__proto__" attribute that is not a text, number or boolean, with its path', () => {
    const text = JSON.stringify(graphWithIds(ORDINARY_IDS)).replace('"label":"Russia"', '"label":"Russia","attributes":{"__proto__":{"polluted":true}}');
    const loaded = parseGraphText(text, 'attributes.json');
    expect(loaded.ok ? [] : loaded.problems).toEqual(['nodes[0].attributes.__proto__: expected a text, number or boolean']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
