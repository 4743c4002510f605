// GEXF files for the fuzz suite of the importer: well-formed ones drawn from arbitraries (nodes,
// edges, declared attributes, ids of any text, prototype names included) and the damage real
// files and hostile ones carry (cut short, bad entities, deep nesting, entity bombs).
import fc from 'fast-check';
import { idArb, isoDayArb, PROTOTYPE_NAMES } from './fuzz-arbitraries';

/** Characters XML 1.0 cannot carry, even escaped. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xmlText = (s: string): string => s.replace(NOT_XML, '');

/** An attribute value: escaped, white space as character references so that it survives normalisation. */
export const attr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

const gexfIdArb = idArb.map(xmlText).filter((s) => s.length > 0);
const ATTRIBUTE_TITLES = ['kind', 'Category', 'type', 'relation', 'label', 'status', 'date', 'saidBy', 'review', 'confidence', 'rule', 'weight', 'note', ...PROTOTYPE_NAMES] as const;
const attributeTitleArb = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ATTRIBUTE_TITLES) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 8 }).map(xmlText).filter((s) => s.length > 0) });

type AttrType = 'string' | 'integer' | 'double' | 'boolean' | 'liststring';
const valueArb = (type: AttrType): fc.Arbitrary<string> => {
  switch (type) {
    case 'integer':
      return fc.integer({ min: -1000, max: 1000 }).map(String);
    case 'double':
      return fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String);
    case 'boolean':
      return fc.boolean().map(String);
    case 'liststring':
      return fc.array(fc.stringMatching(/^[a-z]{1,5}$/), { minLength: 1, maxLength: 3 }).map((l) => l.join('|'));
    case 'string':
      return fc.oneof(fc.string({ maxLength: 12 }).map(xmlText), fc.constantFrom('suggested', 'reviewed', 'decided', 'denied', '2024-10-04', '2003/..', '0.5', 'member of'));
  }
};

interface Declared {
  id: string;
  title: string;
  type: AttrType;
}
const declaredArb = fc.uniqueArray(
  fc.record({ title: attributeTitleArb, type: fc.constantFrom<AttrType>('string', 'string', 'integer', 'double', 'boolean', 'liststring') }),
  { maxLength: 4, selector: (d) => d.title },
).map((list): Declared[] => list.map((d, i) => ({ id: String(i), ...d })));

const valuesFor = (declared: readonly Declared[]) =>
  fc.tuple(...declared.map((d) => fc.option(valueArb(d.type), { nil: undefined }))).map((values) => values.flatMap((v, i) => (v === undefined ? [] : [[declared[i]!.id, v] as const])));

export interface GexfSample {
  text: string;
  nodeIds: string[];
  /** Edges whose ends are both declared nodes (the importer keeps exactly these). */
  keptEdges: number;
}

/**
 * A well-formed GEXF 1.3 file, and what the importer must make of it. GEXF gives nodes and edges
 * separate id spaces, so an edge may share a node's id unless `distinctEdgeIds` (then every edge
 * has an id of its own, "edge:…").
 */
export const gexfArbWith = ({ distinctEdgeIds = false } = {}): fc.Arbitrary<GexfSample> =>
  fc
    .record({
      nodeIds: fc.uniqueArray(gexfIdArb, { minLength: 0, maxLength: 8 }),
      nodeAttrs: declaredArb,
      edgeAttrs: declaredArb,
      directed: fc.boolean(),
      date: fc.option(isoDayArb, { nil: undefined }),
    })
    .chain(({ nodeIds, nodeAttrs, edgeAttrs, directed, date }) => {
      const end = fc.oneof({ weight: 5, arbitrary: nodeIds.length ? fc.constantFrom(...nodeIds) : gexfIdArb }, { weight: 1, arbitrary: gexfIdArb });
      return fc.record({
        nodes: fc.tuple(...nodeIds.map((id) => fc.record({ id: fc.constant(id), label: fc.option(fc.string({ maxLength: 10 }).map(xmlText), { nil: undefined }), values: valuesFor(nodeAttrs) }))),
        edges: fc.array(fc.record({ id: distinctEdgeIds ? gexfIdArb.map((id) => `edge:${id}`) : fc.option(gexfIdArb, { nil: undefined }), source: end, target: end, undirected: fc.boolean(), weight: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }), values: valuesFor(edgeAttrs) }), { maxLength: 10 }),
        nodeAttrs: fc.constant(nodeAttrs),
        edgeAttrs: fc.constant(edgeAttrs),
        directed: fc.constant(directed),
        date: fc.constant(date),
      });
    })
    .map(({ nodes, edges, nodeAttrs, edgeAttrs, directed, date }) => {
      const declare = (cls: string, list: readonly Declared[]) =>
        list.length ? `    <attributes class="${cls}">\n${list.map((d) => `      <attribute id="${d.id}" title="${attr(d.title)}" type="${d.type}"/>\n`).join('')}    </attributes>\n` : '';
      const values = (list: ReadonlyArray<readonly [string, string]>) =>
        list.length ? `<attvalues>${list.map(([k, v]) => `<attvalue for="${k}" value="${attr(v)}"/>`).join('')}</attvalues>` : '';
      const text =
        `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n` +
        (date ? `  <meta lastmodifieddate="${date}"><creator>fuzz</creator></meta>\n` : '') +
        `  <graph defaultedgetype="${directed ? 'directed' : 'undirected'}" mode="static">\n` +
        declare('node', nodeAttrs) +
        declare('edge', edgeAttrs) +
        `    <nodes>\n${nodes.map((n) => `      <node id="${attr(n.id)}"${n.label !== undefined ? ` label="${attr(n.label)}"` : ''}>${values(n.values)}</node>\n`).join('')}    </nodes>\n` +
        `    <edges>\n${edges
          .map(
            (e) =>
              `      <edge${e.id !== undefined ? ` id="${attr(e.id)}"` : ''} source="${attr(e.source)}" target="${attr(e.target)}"${e.undirected ? ' type="undirected"' : ''}${e.weight !== undefined ? ` weight="${e.weight}"` : ''}>${values(e.values)}</edge>\n`,
          )
          .join('')}    </edges>\n  </graph>\n</gexf>\n`;
      const ids = new Set(nodes.map((n) => n.id));
      return { text, nodeIds: nodes.map((n) => n.id), keptEdges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)).length };
    });

export const gexfArb = gexfArbWith();

/** What hostile or broken GEXF carries, put at a place in the text (by number). */
export type GexfDamage =
  | { kind: 'entity'; at: number; entity: string }
  | { kind: 'nest'; depth: number }
  | { kind: 'entity-bomb'; levels: number }
  | { kind: 'external-entity' }
  | { kind: 'duplicate-attribute'; at: number };

export const gexfDamageArb: fc.Arbitrary<GexfDamage> = fc.oneof(
  fc.record({ kind: fc.constant('entity' as const), at: fc.nat(), entity: fc.constantFrom('&bogus;', '&#0;', '&#xD800;', '&#1114112;', '&#x;', '&', '&amp', '&#65', '&lt;&gt;', ']]>', '<!--', '<![CDATA[') }),
  fc.record({ kind: fc.constant('nest' as const), depth: fc.integer({ min: 1, max: 20_000 }) }),
  fc.record({ kind: fc.constant('entity-bomb' as const), levels: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant('external-entity' as const) }),
  fc.record({ kind: fc.constant('duplicate-attribute' as const), at: fc.nat() }),
);

/** Where `text` has a start tag's name end, the `n`-th (wrapping). */
function tagEnds(text: string): number[] {
  return [...text.matchAll(/<[A-Za-z][\w:.-]*/g)].map((m) => m.index + m[0].length);
}

export function damageGexf(text: string, d: GexfDamage): string {
  switch (d.kind) {
    case 'entity': {
      const at = text.length ? d.at % text.length : 0;
      return text.slice(0, at) + d.entity + text.slice(at);
    }
    case 'nest': {
      // Deep elements inside the first node (or the graph when there is none).
      const at = text.includes('</node>') ? text.indexOf('</node>') : text.indexOf('</graph>');
      return text.slice(0, at) + '<x>'.repeat(d.depth) + '</x>'.repeat(d.depth) + text.slice(at);
    }
    case 'entity-bomb': {
      let dtd = '<!ENTITY a0 "lol">';
      for (let i = 1; i <= d.levels; i++) dtd += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
      return text.replace('<gexf', `<!DOCTYPE gexf [${dtd}]>\n<gexf`).replace('<node id="', `<node id="&a${d.levels};`);
    }
    case 'external-entity':
      return text.replace('<gexf', '<!DOCTYPE gexf [<!ENTITY ext SYSTEM "file:///etc/passwd">]>\n<gexf').replace('<node id="', '<node id="&ext;');
    case 'duplicate-attribute': {
      const ends = tagEnds(text);
      const at = ends.length ? ends[d.at % ends.length]! : 0;
      return `${text.slice(0, at)} id="dup" id="dup2"${text.slice(at)}`;
    }
  }
}
