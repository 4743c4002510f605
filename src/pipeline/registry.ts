// Loads the actor registry and the relation-type taxonomy from their YAML files.
import type { RelationType } from '../domain/graph-contract';
import { AliasMatcher, type AliasSpec } from '../domain/mentions';
import { actorsFileSchema, checkShape, relationTypesFileSchema } from './schemas';
import type { BuildIssue, YamlFile } from './yaml-file';

export interface Actor {
  id: string;
  label: string;
  kind: string;
  description?: string;
  role?: string;
  /** The year it came into being (the Russian Federation 1991), for the anachronism warning. */
  from?: number;
  aliases: AliasSpec[];
}

export interface Registry {
  /** In file order. */
  actors: Map<string, Actor>;
  matcher: AliasMatcher;
  /** Where each except context is written, to point at contexts that never applied. */
  exceptLines: Array<{ alias: AliasSpec; context: string; line: number }>;
}

export function loadRegistry(yaml: YamlFile): { registry?: Registry; issues: BuildIssue[] } {
  const shaped = checkShape(yaml, actorsFileSchema, yaml.data ?? []);
  if (!shaped.value) return { issues: shaped.issues };
  const issues: BuildIssue[] = [];
  const actors = new Map<string, Actor>();
  const firstLine = new Map<string, number>();
  const aliasOwner = new Map<string, { actorId: string; line: number; during: string | undefined; dated: string[] }>();
  const exceptLines: Registry['exceptLines'] = [];
  for (const [i, a] of shaped.value.entries()) {
    const idLine = yaml.lineOf([i, 'id']);
    const seen = firstLine.get(a.id);
    if (seen !== undefined) {
      issues.push(yaml.issue([i, 'id'], `duplicate actor id "${a.id}" (first defined on line ${seen})`));
      continue;
    }
    firstLine.set(a.id, idLine);
    const aliases: AliasSpec[] = [];
    for (const [j, raw] of (a.aliases ?? []).entries()) {
      const spec: AliasSpec =
        typeof raw === 'string'
          ? { actorId: a.id, text: raw }
          : { actorId: a.id, text: raw.text, ...(raw.except ? { except: raw.except } : {}), ...(raw.during ? { during: raw.during } : {}) };
      const line = yaml.lineOf([i, 'aliases', j]);
      const owner = aliasOwner.get(spec.text);
      if (owner && owner.during !== undefined && spec.during !== undefined) {
        const clash = owner.dated.find((d) => overlaps(d, spec.during!));
        if (clash) {
          issues.push(yaml.issue([i, 'aliases', j, 'during'], `alias "${spec.text}" is dated ${spec.during}, which overlaps ${clash} of "${owner.actorId}" (line ${owner.line}); dated owners of one text must not overlap`));
          continue;
        }
        owner.dated.push(spec.during);
      } else if (owner) {
        const why = owner.actorId === a.id ? 'is listed twice' : `is already an alias of "${owner.actorId}"`;
        issues.push(
          yaml.issue([i, 'aliases', j], `alias "${spec.text}" ${why} (line ${owner.line}); one text can name only one actor — use \`except\` or an annotation mention to tell them apart`),
        );
        continue;
      }
      if (!owner) aliasOwner.set(spec.text, { actorId: a.id, line, during: spec.during, dated: spec.during !== undefined ? [spec.during] : [] });
      for (const [k, context] of (spec.except ?? []).entries()) {
        if (!context.includes(spec.text)) {
          issues.push(yaml.issue([i, 'aliases', j, 'except', k], `except context "${context}" does not contain the alias "${spec.text}"`));
        }
        exceptLines.push({ alias: spec, context, line: yaml.lineOf([i, 'aliases', j, 'except', k]) });
      }
      aliases.push(spec);
    }
    actors.set(a.id, {
      id: a.id,
      label: a.label,
      kind: a.kind,
      ...(a.description !== undefined ? { description: a.description } : {}),
      ...(a.role !== undefined ? { role: a.role } : {}),
      ...(a.from !== undefined ? { from: a.from } : {}),
      aliases,
    });
  }
  for (const [i, a] of shaped.value.entries()) {
    if (a.affiliation !== undefined && !actors.has(a.affiliation)) {
      issues.push(yaml.issue([i, 'affiliation'], `unknown actor id "${a.affiliation}"`));
    }
  }
  // Returned even with issues (duplicates skipped) so annotations are still checked against it.
  const matcher = new AliasMatcher([...actors.values()].flatMap((a) => a.aliases));
  return { registry: { actors, matcher, exceptLines }, issues };
}

/** Whether two EDTF intervals share a day (open ends unbounded; years and months cover their days). */
function overlaps(a: string, b: string): boolean {
  const span = (edtf: string): [string, string] => {
    const [from = '..', to = '..'] = edtf.split('/');
    return [from === '..' ? '0000' : from, to === '..' ? '9999' : `${to}\uffff`];
  };
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return a0 <= b1 && b0 <= a1;
}

/**
 * `actorIds`: the registry's ids, when it loaded. Relation types, actors and relations share the
 * graph's id space, so a type may not take an actor's id.
 */
export function loadRelationTypes(yaml: YamlFile, actorIds?: ReadonlySet<string> | ReadonlyMap<string, unknown>): { types?: RelationType[]; issues: BuildIssue[] } {
  const shaped = checkShape(yaml, relationTypesFileSchema, yaml.data ?? []);
  if (!shaped.value) return { issues: shaped.issues };
  const issues: BuildIssue[] = [];
  const firstLine = new Map<string, number>();
  const types: RelationType[] = [];
  for (const [i, t] of shaped.value.entries()) {
    const seen = firstLine.get(t.id);
    if (seen !== undefined) {
      issues.push(yaml.issue([i, 'id'], `duplicate relation type id "${t.id}" (first defined on line ${seen})`));
      continue;
    }
    firstLine.set(t.id, yaml.lineOf([i, 'id']));
    if (actorIds?.has(t.id)) {
      issues.push(yaml.issue([i, 'id'], `relation type id "${t.id}" is also an actor id (data/curated/actors.yaml): relation types, actors and relations need distinct ids`));
    }
    // Field order here is the order written to graph.json.
    types.push({
      id: t.id,
      label: t.label,
      color: t.color,
      plover: t.plover,
      polarity: t.polarity,
      ...(t.family !== undefined ? { family: t.family } : {}),
      mode: t.mode,
      description: t.description,
      directed: t.directed,
      ...(t.cameo !== undefined ? { cameo: t.cameo } : {}),
      ...(t.ends !== undefined ? { ends: t.ends } : {}),
      ...(t.answers !== undefined ? { answers: t.answers } : {}),
      ...(t.partOf !== undefined ? { partOf: t.partOf } : {}),
    });
  }
  const known = new Set(types.map((t) => t.id));
  for (const [i, t] of shaped.value.entries()) {
    for (const field of ['ends', 'answers'] as const) {
      for (const [j, id] of (t[field] ?? []).entries()) {
        if (!known.has(id)) issues.push(yaml.issue([i, field, j], `unknown relation type "${id}"`));
      }
    }
  }
  return { types, issues };
}
