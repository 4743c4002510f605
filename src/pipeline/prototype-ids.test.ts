// Any id is data (issue 15), in the pipeline: the build's story step and the eval's scoring take
// actors, relation types and documents named after Object.prototype's members like any others.
import { describe, expect, it } from 'vitest';
import { PROTOTYPE_NAMES, prototypeIdGraph, prototypeIds, type NamedPart } from '../domain/__fixtures__/prototype-ids';
import { validateGraph } from '../domain/graph-contract';
import { scoreArticle } from './eval/metrics';
import { docViews } from './eval/views';
import { storyOf } from './story';

describe.each<NamedPart>(['nodes', 'edges', 'types'])('a graph whose %s are named after Object.prototype', (named) => {
  const graph = prototypeIdGraph(named);
  const ids = prototypeIds(named);

  it('groups the two reports of one claim into it, and the result validates', () => {
    const story = storyOf(graph);
    expect(story.edges).toHaveLength(graph.edges.length - 1);
    const claim = story.edges.find((e) => e.id === ids.reports[0])!;
    expect(claim.reports!.map((r) => r.id)).toEqual(ids.reports);
    expect(validateGraph(structuredClone(story)).ok).toBe(true);
  });

  it('scores each document against itself with every relation type counted under its own id', () => {
    const views = docViews(graph);
    expect([...views.keys()]).toEqual([...PROTOTYPE_NAMES]);
    const undirected = new Set(graph.relationTypes.filter((t) => t.directed === false).map((t) => t.id));
    for (const [doc, view] of views) {
      const score = scoreArticle(view, view, undirected);
      const types = [...new Set(view.claims.map((c) => c.type))];
      expect(Object.keys(score.byType).sort()).toEqual(types.sort());
      for (const t of types) expect([doc, t, Object.hasOwn(score.byType, t) && score.byType[t]!.fp]).toEqual([doc, t, 0]);
      expect(score.relations).toMatchObject({ fp: 0, fn: 0 });
      expect(score.actors).toMatchObject({ fp: 0, fn: 0, tp: view.actors.size });
    }
  });
});
