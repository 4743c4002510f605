// The incremental build on the repository's own inputs: it reads again only what changed, and its
// output is always that of a full build of the same inputs.
import { describe, expect, it } from 'vitest';
import { buildFromInputs, readInputs, type BuildInputs, type BuildResult } from './build';
import { createIncrementalBuild } from './incremental-build';

const clock = (): number => 0;
const inputs = readInputs(process.cwd());
const ids = inputs.sources.map((s) => s.name.replace(/\.txt$/, ''));
const ID = '2024-09-06_kyrgyzstan-removes-taliban';
const full = (i: BuildInputs): BuildResult => buildFromInputs(i, clock);

const withAnnotation = (id: string, edit: (text: string) => string): BuildInputs => ({
  ...inputs,
  annotations: inputs.annotations.map((a) => (a.name === `${id}.yaml` ? { ...a, text: edit(a.text) } : a)),
});

/** The same result as the full build (json, summary, warnings or errors). */
function expectSame(got: BuildResult, i: BuildInputs): void {
  expect(got).toEqual(full(i));
  if (got.ok) expect(got.json).toBe((full(i) as { json: string }).json);
}

function warmed() {
  const inc = createIncrementalBuild(clock);
  inc.build(inputs);
  return inc;
}

describe('createIncrementalBuild', () => {
  it('reads every article on the first build and gives the full build’s bytes', () => {
    expect(ids).toHaveLength(9);
    const { result, reread } = createIncrementalBuild(clock).build(inputs);
    expect(reread).toEqual(ids);
    expect(result.ok).toBe(true);
    expectSame(result, inputs);
  });

  it('reads nothing again when nothing changed', () => {
    const inc = warmed();
    const again = inc.build(inputs);
    expect(again.reread).toEqual([]);
    expectSame(again.result, inputs);
  });

  it('after a comment is added to one annotation, reads only that article', () => {
    const inc = warmed();
    const changed = withAnnotation(ID, (t) => `${t}# reviewed\n`);
    const { result, reread } = inc.build(changed);
    expect(reread).toEqual([ID]);
    expectSame(result, changed);
  });

  it('after one relation’s status changes, reads only that article and the graph shows the change', () => {
    const inc = warmed();
    const changed = withAnnotation(ID, (t) => {
      expect(t).toContain('status: planned');
      return t.replace('status: planned', 'status: decided');
    });
    const { result, reread } = inc.build(changed);
    expect(reread).toEqual([ID]);
    expectSame(result, changed);
    expect(result.ok).toBe(true);
    expect(result.ok && result.json).not.toBe((full(inputs) as { json: string }).json);
    // And back: the original bytes again.
    const back = inc.build(inputs);
    expect(back.reread).toEqual([ID]);
    expectSame(back.result, inputs);
  });

  it('reads every article again when the registry or the relation types change', () => {
    const inc = warmed();
    const actors = { ...inputs, actors: `${inputs.actors}\n# a comment\n` };
    expect(inc.build(actors).reread).toEqual(ids);
    expect(inc.build(actors).reread).toEqual([]);
    const types = { ...actors, relationTypes: `${inputs.relationTypes}\n# a comment\n` };
    const { result, reread } = inc.build(types);
    expect(reread).toEqual(ids);
    expectSame(result, types);
  });

  it('reports the same errors as the full build for a broken annotation, and recovers', () => {
    const inc = warmed();
    for (const broken of [
      withAnnotation(ID, (t) => t.replace('status: planned', 'status: plannd')),
      withAnnotation(ID, (t) => `${t}relations: [\n`),
    ]) {
      const { result, reread } = inc.build(broken);
      expect(reread).toEqual([ID]);
      expect(result.ok).toBe(false);
      expectSame(result, broken);
    }
    const fixed = inc.build(inputs);
    expect(fixed.reread).toEqual([ID]);
    expectSame(fixed.result, inputs);
  });

  it('drops an article that disappeared, and reads it again when it comes back', () => {
    const inc = warmed();
    const without: BuildInputs = {
      ...inputs,
      sources: inputs.sources.filter((s) => s.name !== `${ID}.txt`),
      annotations: inputs.annotations.filter((a) => a.name !== `${ID}.yaml`),
    };
    const { result, reread } = inc.build(without);
    expect(reread).toEqual([]);
    expectSame(result, without);
    expect(result.ok).toBe(true);
    expect(result.ok && result.graph.documents.map((d) => d.id)).not.toContain(ID);
    const back = inc.build(inputs);
    expect(back.reread).toEqual([ID]);
    expectSame(back.result, inputs);
  });

  it('an annotation without its article, or an article without its annotation, builds as the full build does', () => {
    const inc = warmed();
    const orphan = { ...inputs, sources: inputs.sources.filter((s) => s.name !== `${ID}.txt`) };
    expectSame(inc.build(orphan).result, orphan);
    const bare = { ...inputs, annotations: inputs.annotations.filter((a) => a.name !== `${ID}.yaml`) };
    const { result, reread } = inc.build(bare);
    expect(reread).toEqual([ID]);
    expectSame(result, bare);
  });

  it('a caller’s edit of the returned graph cannot leak into later builds', () => {
    const inc = warmed();
    const { result } = inc.build(inputs);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(() => {
      result.graph.edges[0]!.status = 'hoped';
    }).toThrow(TypeError);
    expectSame(inc.build(inputs).result, inputs);
  });
});
