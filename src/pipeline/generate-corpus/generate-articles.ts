// Articles mode: writes the synthetic corpus as pipeline *input* — source texts, the curated actor
// registry and relation taxonomy, and one annotation file per article — so that the real build can
// be measured on 100, 1,000 or 5,000 articles.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { CorpusPlan } from './plan';
import { renderDocument, type RenderedDoc } from './render';

const YAML_OPTIONS = { lineWidth: 0 } as const;

/** One annotation file in the format of data/annotations/<documentId>.yaml. */
export function annotationYaml(plan: CorpusPlan, doc: RenderedDoc): string {
  const actorId = (i: number): string => plan.actors[i]!.id;
  const relations = doc.relations.map((r) => {
    const [main, ...also] = r.evidence;
    return {
      id: r.localId,
      source: actorId(r.source),
      type: plan.types[r.type]!.id,
      target: actorId(r.target),
      quote: main!.quote,
      ...(also.length ? { also: also.map((e) => e.quote) } : {}),
      ...(r.when ? { when: r.when.text } : {}),
      // Phrases a date parser may not know carry an explicit EDTF date as well.
      ...(r.when?.explicit ? { date: r.when.date } : {}),
      // "asserted" is the default, so it is left out as an annotator would.
      ...(r.status !== 'asserted' ? { status: r.status } : {}),
      ...(r.saidBy !== undefined ? { saidBy: actorId(r.saidBy) } : {}),
      ...(r.reportedBy !== undefined ? { reportedBy: actorId(r.reportedBy) } : {}),
      ...(r.note ? { note: r.note } : {}),
    };
  });
  return `# Synthetic annotation written by generate-corpus.\n${stringify({ title: doc.title, relations }, YAML_OPTIONS)}`;
}

export function actorsYaml(plan: CorpusPlan): string {
  const items = plan.actors.map((a) => ({
    id: a.id,
    label: a.label,
    kind: a.kind,
    description: a.description,
    ...(a.role ? { role: `${a.role.title} of ${plan.actors[a.role.of]!.label}` } : {}),
    aliases: a.aliases,
  }));
  return `# Synthetic actor registry written by generate-corpus (made-up names).\n${stringify(items, YAML_OPTIONS)}`;
}

export function relationTypesYaml(plan: CorpusPlan): string {
  return `# Relation taxonomy of the synthetic corpus.\n${stringify(plan.types, YAML_OPTIONS)}`;
}

export interface ArticlesStats {
  articles: number;
  relations: number;
  dropped: number;
  bytes: number;
}

/** Writes DIR/sources/<id>.txt, DIR/annotations/<id>.yaml and DIR/curated/{actors,relation-types}.yaml. */
export function writeArticles(plan: CorpusPlan, dir: string): ArticlesStats {
  const sources = join(dir, 'sources');
  const annotations = join(dir, 'annotations');
  const curated = join(dir, 'curated');
  for (const d of [sources, annotations, curated]) mkdirSync(d, { recursive: true });
  const stats: ArticlesStats = { articles: 0, relations: 0, dropped: 0, bytes: 0 };
  const write = (path: string, text: string): void => {
    writeFileSync(path, text);
    stats.bytes += Buffer.byteLength(text);
  };
  write(join(curated, 'actors.yaml'), actorsYaml(plan));
  write(join(curated, 'relation-types.yaml'), relationTypesYaml(plan));
  for (let d = 0; d < plan.docStart.length - 1; d += 1) {
    const doc = renderDocument(plan, d);
    write(join(sources, `${doc.id}.txt`), doc.text);
    write(join(annotations, `${doc.id}.yaml`), annotationYaml(plan, doc));
    stats.articles += 1;
    stats.relations += doc.relations.length;
    stats.dropped += doc.dropped;
  }
  return stats;
}
