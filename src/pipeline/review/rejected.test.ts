// `review: rejected` in annotation files: the build leaves such items out before checking them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildFromInputs, readInputs } from '../build';
import { actorsText, annotationText, applyOk, buildWith, builtOk, draftText, lineDiff, miniText, registryIds, REPO, SEED } from './__fixtures__/review-files';

const seed = annotationText(SEED);

describe('rejected annotation items', () => {
  it('are skipped with no error even where they would be wrong, and change nothing in the graph', () => {
    const rejected = [
      'actors:',
      '  - { id: russia, label: Russia, kind: state, review: rejected }', // an id the registry has
      '',
      '',
    ].join('\n');
    const text = seed
      .replace('\nmentions:\n', `\n${rejected}mentions:\n  - { actor: nobody, quote: not in the article, review: rejected }\n`)
      .concat('  - { id: r90, source: nobody, type: no-such-type, target: nobody-else, quote: not there, when: on no day, review: rejected }\n');
    const built = builtOk(buildWith({ annotations: { [SEED]: text } }));
    expect(built.json).toBe(builtOk(buildWith({})).json);
  });

  it('still count for the default ids of relations without one, so rejecting renumbers nothing', () => {
    const root = join(REPO, 'src/pipeline/__fixtures__/mini');
    const inputs = readInputs(root);
    const mini = miniText();
    const before = builtOk(buildFromInputs(inputs)).graph.edges.map((e) => e.id);
    const text = applyOk({ annotation: mini, actors: actorsText() }, { kind: 'reject-relation', id: 'r02' }).annotation;
    inputs.annotations = inputs.annotations.map((a) => (a.name === `${SEED}.yaml` ? { ...a, text } : a));
    const after = builtOk(buildFromInputs(inputs)).graph.edges.map((e) => e.id);
    expect(after).toEqual(before.filter((id) => id !== `${SEED}#r02`));
    expect(after).toContain(`${SEED}#r03`);
  });

  it('leave a reviewed relation reviewed and a suggested one suggested', () => {
    const text = applyOk({ annotation: seed, actors: actorsText() }, { kind: 'edit-relation', id: 'r07', set: { note: 'Envoy of Russia.' } }).annotation;
    const edges = builtOk(buildWith({ annotations: { [SEED]: text.replace('  - id: r08\n', '  - id: r08\n    review: suggested\n') } })).graph.edges;
    expect(edges.find((e) => e.id === `${SEED}#r07`)?.review).toBe('reviewed');
    expect(edges.find((e) => e.id === `${SEED}#r08`)?.review).toBe('suggested');
  });
});

describe('relations of every annotation file', () => {
  const files = readdirSync(join(REPO, 'data/annotations')).map((name) => ({ name, text: readFileSync(join(REPO, 'data/annotations', name), 'utf8') }));
  files.push({ name: 'draft-seed.yaml', text: draftText() });
  const actors = actorsText();
  const ids = registryIds(actors);

  it('is rejected by one added or replaced line, the rest of the file byte for byte as it was', () => {
    for (const { name, text } of files) {
      const before = parse(text) as { relations: Array<Record<string, unknown>> };
      for (const [i, r] of before.relations.entries()) {
        // A sample keeps the test quick: the first, the last and every third relation.
        if (i % 3 !== 0 && i !== before.relations.length - 1) continue;
        const out = applyOk({ annotation: text, actors }, { kind: 'reject-relation', id: String(r.id) }, ids).annotation;
        const diff = lineDiff(text, out);
        expect(diff.added.map(([, line]) => line), `${name} ${String(r.id)}`).toEqual(['    review: rejected']);
        expect(diff.removed.map(([, line]) => line)).toEqual(r.review === undefined ? [] : [`    review: ${String(r.review)}`]);
        const want = structuredClone(before);
        want.relations[i]!.review = 'rejected';
        expect(parse(out)).toEqual(want);
      }
    }
  }, 20_000);
});
