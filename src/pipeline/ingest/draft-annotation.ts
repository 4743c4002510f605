// A draft as an annotation file's content: the same fields a person writes, each suggestion marked
// `review: suggested` with its confidence and rule.
import type { AnnotationInput } from '../schemas';
import type { Draft } from './extractor';

const SUGGESTED = 'suggested' as const;
const round = (x: number): number => Math.round(x * 100) / 100;

export function draftToAnnotation(draft: Draft, meta: { title?: string; outlet?: string; url?: string } = {}): AnnotationInput {
  const title = meta.title ?? draft.title;
  return {
    ...(title !== undefined ? { title } : {}),
    ...(meta.outlet !== undefined ? { outlet: meta.outlet } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
    ...(draft.actors.length
      ? {
          actors: draft.actors.map((a) => ({
            id: a.id,
            label: a.label,
            kind: a.kind,
            ...(a.role !== undefined ? { role: a.role } : {}),
            ...(a.affiliation !== undefined ? { affiliation: a.affiliation } : {}),
            ...(a.aliases?.length ? { aliases: a.aliases } : {}),
            review: SUGGESTED,
            confidence: round(a.confidence),
            rule: a.rule,
          })),
        }
      : {}),
    ...(draft.mentions.length
      ? {
          mentions: draft.mentions.map((m) => ({
            actor: m.actor,
            quote: m.quote,
            ...(m.within !== undefined ? { within: m.within } : {}),
            review: SUGGESTED,
            confidence: round(m.confidence),
            rule: m.rule,
          })),
        }
      : {}),
    ...(draft.relations.length
      ? {
          relations: draft.relations.map((r, i) => ({
            id: `d${String(i + 1).padStart(2, '0')}`,
            source: r.source,
            type: r.type,
            target: r.target,
            quote: r.quote,
            ...(r.within !== undefined ? { within: r.within } : {}),
            ...(r.when !== undefined ? { when: r.when } : {}),
            ...(r.date !== undefined ? { date: r.date } : {}),
            ...(r.status !== undefined ? { status: r.status } : {}),
            ...(r.saidBy !== undefined ? { saidBy: r.saidBy } : {}),
            ...(r.reportedBy !== undefined ? { reportedBy: r.reportedBy } : {}),
            review: SUGGESTED,
            confidence: round(r.confidence),
            rule: r.rule,
          })),
        }
      : {}),
  };
}
