// The whole eval on the seed article (its real source, annotation and the curated files), with fake
// extractors: one that returns the gold itself must score perfectly; broken drafts count as failures.
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildFromInputs, readInputs, type BuildInputs } from '../build';
import type { Draft, DraftMention, DraftRelation, Extractor } from '../ingest/extractor';
import type { AnnotationInput } from '../schemas';
import { f1, recall } from './metrics';
import { formatReport, formatVerbose } from './report';
import { evaluate, type EvalResult } from './run';

const SEED = '000_13209300025090b4';
const all = readInputs(join(import.meta.dirname, '../../..'));
const inputs: BuildInputs = {
  ...all,
  sources: all.sources.filter((s) => s.name === `${SEED}.txt`),
  annotations: all.annotations.filter((a) => a.name === `${SEED}.yaml`),
};
const annotation = parse(inputs.annotations[0]!.text) as AnnotationInput;
const goldBuild = buildFromInputs(inputs);
if (!goldBuild.ok) throw new Error(goldBuild.errors.join('\n'));
const goldEdges = new Map(goldBuild.graph.edges.map((e) => [e.id, e]));

/** The gold annotation as a draft; dates as the build resolved them (a draft has no `relativeTo`). */
function goldDraft(rename: (id: string) => string = (id) => id): Draft {
  const relations = (annotation.relations ?? []).map((r, i): DraftRelation => {
    const date = goldEdges.get(`${SEED}#${r.id ?? `r${String(i + 1).padStart(2, '0')}`}`)?.date;
    return {
      source: rename(r.source),
      type: r.type,
      target: rename(r.target),
      quote: r.quote,
      ...(r.within !== undefined ? { within: r.within } : {}),
      ...(date !== undefined ? { date } : {}),
      ...(r.status !== undefined ? { status: r.status } : {}),
      ...(r.saidBy !== undefined ? { saidBy: rename(r.saidBy) } : {}),
      ...(r.reportedBy !== undefined ? { reportedBy: rename(r.reportedBy) } : {}),
      confidence: 1,
      rule: 'gold',
    };
  });
  const mentions = (annotation.mentions ?? []).flatMap((m): DraftMention[] =>
    m.actor === null ? [] : [{ actor: rename(m.actor), quote: m.quote, ...(m.within !== undefined ? { within: m.within } : {}), confidence: 1, rule: 'gold' }],
  );
  return { actors: [], mentions, relations };
}

const extractor = (extract: Extractor['extract']): Extractor => ({ name: 'fake', extract });
function run(x: Extractor, heldOut = false): EvalResult {
  const outcome = evaluate(inputs, x, { heldOut });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

describe('evaluate on the seed article', () => {
  it('scores a draft that is the gold itself as perfect', () => {
    const r = run(extractor(() => goldDraft()));
    expect(r.articles.map((a) => [a.id, a.errors])).toEqual([[SEED, []]]);
    expect(r.totals.relations.tp).toBeGreaterThan(50);
    expect(r.totals.relations).toEqual({ tp: r.totals.relations.tp, fp: 0, fn: 0 });
    expect(f1(r.totals.relations)).toBe(1);
    expect(r.totals.actors).toEqual({ tp: r.totals.actors.tp, fp: 0, fn: 0 });
    expect(r.totals.actors.tp).toBeGreaterThan(20);
    expect(r.totals.status.correct).toBe(r.totals.status.total);
    expect(r.totals.date.correct).toBe(r.totals.date.total);
    expect(r.totals.date.total).toBeGreaterThan(10);
    expect(r.totals.saidBy.correct).toBe(r.totals.saidBy.total);
    expect(r.targets.every((t) => t.met)).toBe(true);
    expect(formatVerbose(r)).not.toMatch(/ FN | FP |missed actors/);
  });

  it('maps actors the draft proposes under new ids to the gold ones by name (held-out mode)', () => {
    const r0 = run(extractor(() => goldDraft()), true);
    // One reviewed article: no other article uses any actor, so the whole registry is held out.
    expect(r0.articles[0]!.heldOut.length).toBeGreaterThan(20);
    expect(r0.totals.failedDrafts).toBe(1);

    const registrySizes: number[] = [];
    const r = run(
      extractor((_article, knowledge) => {
        registrySizes.push(knowledge.actors.length);
        const draft = goldDraft((id) => `new-${id}`);
        const ids = new Set(draft.relations.flatMap((x) => [x.source, x.target, x.saidBy, x.reportedBy]).concat(draft.mentions.map((m) => m.actor)));
        const labels = new Map(goldBuild.graph.nodes.map((n) => [`new-${n.id}`, n.label]));
        draft.actors = [...ids]
          .filter((id): id is string => id !== undefined)
          .map((id) => ({ id, label: ` ${labels.get(id)!.toUpperCase()} `, kind: 'person', confidence: 0.5, rule: 'test' }));
        return draft;
      }),
      true,
    );
    expect(registrySizes.at(-1)).toBe(0);
    expect(r.articles[0]!.errors).toEqual([]);
    expect(f1(r.totals.relations)).toBe(1);
    expect(r.totals.actors.fp).toBe(0);
    expect(r.totals.saidBy.correct).toBe(r.totals.saidBy.total);
  });

  it('counts a draft that does not build as a failure with its messages, and scores it as empty', () => {
    const r = run(
      extractor(() => ({
        actors: [],
        mentions: [],
        relations: [{ source: 'russia', type: 'no-such-type', target: 'taliban', quote: 'not in the article', confidence: 1, rule: 'test' }],
      })),
    );
    expect(r.totals.failedDrafts).toBe(1);
    expect(r.articles[0]!.errors.join('\n')).toMatch(/unknown relation type id "no-such-type"/);
    expect(r.articles[0]!.errors.join('\n')).toMatch(/quote not found/);
    expect(recall(r.totals.relations)).toBe(0);
    expect(recall(r.totals.actors)).toBe(0);
    expect(formatReport(r)).toMatch(/Drafts that failed\s+1/);
  });

  it('survives an extractor that throws', () => {
    const r = run(
      extractor(() => {
        throw new Error('boom');
      }),
    );
    expect(r.articles[0]!.errors).toEqual(['extractor "fake" failed: boom']);
    expect(r.targets.map((t) => t.met)).toEqual([false, false, false, false]);
  });

  it('says so when no article has a reviewed annotation', () => {
    const drafted = { ...inputs, annotations: [{ name: `${SEED}.yaml`, text: 'relations:\n  - {source: russia, type: talks, target: taliban, quote: x, review: suggested}\n' }] };
    const outcome = evaluate(drafted, extractor(() => goldDraft()));
    expect(outcome.ok).toBe(false);
  });
});
