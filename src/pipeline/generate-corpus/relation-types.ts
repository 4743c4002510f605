// The relation taxonomy of the synthetic corpus: the curated data/curated/relation-types.yaml
// when it exists and is valid, otherwise a built-in list, so that the generator never depends on
// another helper's work being finished.
import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { relationTypeSchema, type RelationType } from '../../domain/graph-contract';

/** Okabe–Ito and Paul Tol (muted) colours: distinguishable, colour-blind safe. */
export const BUILTIN_RELATION_TYPES: RelationType[] = [
  { id: 'delisting', label: 'Removal from list', color: '#0072B2', plover: 'CONCEDE', polarity: 'cooperation', mode: 'verbal', description: 'Takes an actor off a terrorist or sanctions list.', directed: true },
  { id: 'designation', label: 'Terrorist designation', color: '#882255', plover: 'SANCTION', polarity: 'conflict', mode: 'material', description: 'Puts an actor on a terrorist or sanctions list.', directed: true },
  { id: 'consultation', label: 'Talks', color: '#56B4E9', plover: 'CONSULT', polarity: 'cooperation', mode: 'verbal', description: 'Meets or holds talks with another actor.', directed: false, cameo: '04' },
  { id: 'hosting', label: 'Hosts', color: '#44AA99', plover: 'CONSULT', polarity: 'cooperation', mode: 'verbal', description: 'Hosts a meeting, conference or forum.', directed: true, cameo: '043' },
  { id: 'agreement', label: 'Agreement', color: '#009E73', plover: 'AGREE', polarity: 'cooperation', mode: 'verbal', description: 'Signs or reaches an agreement with another actor.', directed: false, cameo: '057' },
  { id: 'support', label: 'Support', color: '#117733', plover: 'SUPPORT', polarity: 'cooperation', mode: 'verbal', description: 'Praises, endorses or backs another actor.', directed: true, cameo: '051' },
  { id: 'cooperation', label: 'Cooperation', color: '#999933', plover: 'COOPERATE', polarity: 'cooperation', mode: 'material', description: 'Trade, security or intelligence cooperation.', directed: false, cameo: '06' },
  { id: 'aid', label: 'Aid', color: '#88CCEE', plover: 'AID', polarity: 'cooperation', mode: 'material', description: 'Provides humanitarian, economic or military aid.', directed: true, cameo: '07' },
  { id: 'membership', label: 'Member of', color: '#332288', plover: '', polarity: 'neutral', mode: 'material', description: 'Belongs to or joins an organization or forum.', directed: true },
  { id: 'request', label: 'Request', color: '#DDCC77', plover: 'REQUEST', polarity: 'conflict', mode: 'verbal', description: 'Calls on or demands that another actor act.', directed: true, cameo: '10' },
  { id: 'accusation', label: 'Accusation', color: '#E69F00', plover: 'ACCUSE', polarity: 'conflict', mode: 'verbal', description: 'Accuses or blames another actor.', directed: true, cameo: '112' },
  { id: 'threat', label: 'Threat', color: '#CC79A7', plover: 'THREATEN', polarity: 'conflict', mode: 'verbal', description: 'Threatens another actor.', directed: true, cameo: '13' },
  { id: 'sanction', label: 'Sanctions', color: '#AA4499', plover: 'SANCTION', polarity: 'conflict', mode: 'material', description: 'Imposes sanctions, embargoes or asset freezes.', directed: true, cameo: '163' },
  { id: 'attack', label: 'Attack', color: '#D55E00', plover: 'ASSAULT', polarity: 'conflict', mode: 'material', description: 'Attacks, shells or raids another actor.', directed: true, cameo: '18' },
];

export class RelationTypesError extends Error {}

export interface LoadedTypes {
  types: RelationType[];
  /** Where they came from: a file path or "built-in". */
  origin: string;
  /** Set when a default file existed but could not be used. */
  warning?: string;
}

/**
 * Reads a relation-type taxonomy file in the curated format. Extra fields beyond the graph
 * contract are ignored; problems are reported as `file:line: message`.
 */
export function readRelationTypesFile(file: string): RelationType[] {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    throw new RelationTypesError(`${file}: cannot read the relation types (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const lineOf = (node: YamlNode | null | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  const firstError = doc.errors[0];
  if (firstError) {
    const line = firstError.linePos?.[0]?.line ?? 1;
    throw new RelationTypesError(`${file}:${line}: YAML syntax error: ${firstError.message.split('\n')[0]}`);
  }
  if (!isSeq(doc.contents)) throw new RelationTypesError(`${file}:1: expected a list of relation types`);
  const types: RelationType[] = [];
  const seen = new Set<string>();
  for (const [i, item] of doc.contents.items.entries()) {
    const itemNode = item as YamlNode;
    if (!isMap(item)) throw new RelationTypesError(`${file}:${lineOf(itemNode)}: item [${i}] should be a mapping of fields`);
    const parsed = relationTypeSchema.safeParse(item.toJSON());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path[0];
      const fieldNode = typeof field === 'string' ? (item.get(field, true) as YamlNode | undefined) : undefined;
      const where = typeof field === 'string' ? `field "${field}"` : 'item';
      throw new RelationTypesError(
        `${file}:${lineOf(fieldNode ?? itemNode)}: relation type [${i}] ${where}: ${issue?.message ?? 'invalid'}`,
      );
    }
    if (seen.has(parsed.data.id)) {
      throw new RelationTypesError(`${file}:${lineOf(itemNode)}: duplicate relation type id "${parsed.data.id}"`);
    }
    seen.add(parsed.data.id);
    types.push(parsed.data);
  }
  if (types.length === 0) throw new RelationTypesError(`${file}:1: the list of relation types is empty`);
  return types;
}

/**
 * An explicitly requested file must be valid; the default curated file is used when valid and
 * otherwise replaced by the built-in list with a warning (it may be mid-edit by its curator).
 */
export function loadRelationTypes(opts: { explicitFile?: string; defaultFile?: string }): LoadedTypes {
  if (opts.explicitFile) return { types: readRelationTypesFile(opts.explicitFile), origin: opts.explicitFile };
  if (opts.defaultFile && existsSync(opts.defaultFile)) {
    try {
      return { types: readRelationTypesFile(opts.defaultFile), origin: opts.defaultFile };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return { types: BUILTIN_RELATION_TYPES, origin: 'built-in', warning: `${message} (using the built-in relation types)` };
    }
  }
  return { types: BUILTIN_RELATION_TYPES, origin: 'built-in' };
}
