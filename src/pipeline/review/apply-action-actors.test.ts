import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyReviewAction } from './apply-action';
import { actorsText, applyOk, buildWith, builtOk, comments, draftText, lineDiff, registryIds, registryWithout, SEED } from './__fixtures__/review-files';

type Item = Record<string, unknown>;
interface Annotation {
  actors?: Item[];
  mentions: Item[];
  relations: Item[];
}

const actors = actorsText();
const draft = draftText();
const data = (text: string): Annotation => parse(text) as Annotation;
const registry = (text: string): Item[] => parse(text) as Item[];
const PEOPLE = ['zamir-kabulov', 'amir-khan-muttaqi', 'karen-decker'];
/** Every actor id an annotation's mentions and relations name, with how often. */
const references = (a: Annotation): Record<string, number> => {
  const count: Record<string, number> = {};
  const add = (v: unknown): void => {
    if (typeof v === 'string') count[v] = (count[v] ?? 0) + 1;
  };
  for (const m of a.mentions) add(m.actor);
  for (const r of a.relations) for (const k of ['source', 'target', 'saidBy', 'reportedBy']) add(r[k]);
  return count;
};

describe('merge-actor', () => {
  // As if the draft had proposed Muttaqi under another id than the registry's.
  const renamed = draft.replaceAll('amir-khan-muttaqi', 'muttaqi');

  it('drops the proposal, moves every reference to the registry actor, and leaves the registry alone when it knows the name', () => {
    const out = applyOk({ annotation: renamed, actors }, { kind: 'merge-actor', proposed: 'muttaqi', into: 'amir-khan-muttaqi' });
    expect(out.changed).toEqual(['annotation']);
    expect(out.annotation).toBe(draft.replace(/ {2}- id: amir-khan-muttaqi\n(?: {4}.*\n)+/, ''));
    const before = references(data(renamed));
    const after = references(data(out.annotation));
    expect(after['muttaqi']).toBeUndefined();
    expect(after['amir-khan-muttaqi']).toBe(before['muttaqi']);
    expect(data(out.annotation).actors?.map((a) => a.id)).toEqual(['zamir-kabulov', 'karen-decker']);
  });

  it('adds the proposed label and aliases to the registry actor, except those it has (in any case) or another actor has', () => {
    const variant = draft
      .replaceAll('zamir-kabulov', 'z-kabulov')
      .replace('    label: Zamir Kabulov\n', '    label: Zamir Kaboulov\n    aliases: [Kaboulov, kabulov, Lavrov, Zamir Kaboulov]\n');
    const out = applyOk({ annotation: variant, actors }, { kind: 'merge-actor', proposed: 'z-kabulov', into: 'zamir-kabulov' });
    expect(out.changed).toEqual(['annotation', 'actors']);
    // "kabulov" is Kabulov in another case; "Lavrov" names Sergey Lavrov.
    // Right below the actor's last alias (lines counted from 1, so its index is the next line's number).
    const lines = actors.split('\n');
    const last = lines.findIndex((l, i) => l === '    - Kabulov' && lines.slice(0, i).some((x) => x === '- id: zamir-kabulov')) + 1;
    expect(lineDiff(actors, out.actors)).toEqual({ removed: [], added: [[last + 1, '    - Zamir Kaboulov'], [last + 2, '    - Kaboulov']] });
    expect(registry(out.actors).find((a) => a.id === 'zamir-kabulov')?.aliases).toEqual(['Zamir Kabulov', 'Kabulov', 'Zamir Kaboulov', 'Kaboulov']);
    expect(out.annotation).toBe(draft.replace(/ {2}- id: zamir-kabulov\n(?: {4}.*\n)+/, ''));
    expect(comments(out.actors)).toEqual(comments(actors));
  });

  it('merges a proposal into the registry actor of the same id, and the draft then builds against the real registry', () => {
    let text = draft;
    for (const id of PEOPLE) text = applyOk({ annotation: text, actors }, { kind: 'merge-actor', proposed: id, into: id }).annotation;
    // The last proposal takes `actors:` and its blank line along.
    expect(text).toBe(draft.replace(/\nactors:\n(?: {2}.*\n)+/, ''));
    expect(comments(text)).toEqual(comments(draft));
    const built = builtOk(buildWith({ annotations: { [SEED]: text }, only: [SEED] }));
    expect(built.graph.nodes.filter((n) => n.review === 'suggested')).toEqual([]);
  });

  it('starts an `aliases` list where the registry actor has none, and appends to a flow list', () => {
    const small = '# Registry.\n- id: kremlin\n  label: Kremlin\n  kind: government\n\n- { id: duma, label: State Duma, kind: parliament, aliases: [Duma] }\n';
    const annotation = 'actors:\n  - { id: the-kremlin, label: The Kremlin, kind: government }\n  - { id: lower-house, label: Lower house, kind: body, aliases: ["lower house, Russia"] }\n';
    const ids = new Set(['kremlin', 'duma']);
    const one = applyReviewAction({ annotation, actors: small }, { kind: 'merge-actor', proposed: 'the-kremlin', into: 'kremlin' }, { registryIds: ids });
    expect(one.ok && one.actors).toBe('# Registry.\n- id: kremlin\n  label: Kremlin\n  kind: government\n  aliases:\n    - The Kremlin\n\n- { id: duma, label: State Duma, kind: parliament, aliases: [Duma] }\n');
    expect(one.ok && one.annotation).toBe('actors:\n  - { id: lower-house, label: Lower house, kind: body, aliases: ["lower house, Russia"] }\n');
    const two = applyReviewAction({ annotation, actors: small }, { kind: 'merge-actor', proposed: 'lower-house', into: 'duma' }, { registryIds: ids });
    expect(two.ok && registry(two.actors)[1]).toEqual({ id: 'duma', label: 'State Duma', kind: 'parliament', aliases: ['Duma', 'Lower house', 'lower house, Russia'] });
    expect(two.ok && two.actors.split('\n')[5]).toBe('- { id: duma, label: State Duma, kind: parliament, aliases: [Duma, Lower house, "lower house, Russia"] }');
  });

  it('refuses an unknown proposal and a target outside the registry', () => {
    const ids = registryIds(actors);
    expect(applyReviewAction({ annotation: draft, actors }, { kind: 'merge-actor', proposed: 'zamir-kabulow', into: 'zamir-kabulov' }, { registryIds: ids })).toEqual({
      ok: false,
      message: 'no proposed actor "zamir-kabulow" in this annotation; did you mean "zamir-kabulov"?',
    });
    expect(applyReviewAction({ annotation: draft, actors }, { kind: 'merge-actor', proposed: 'zamir-kabulov', into: 'nobody' }, { registryIds: ids })).toEqual({
      ok: false,
      message: '"nobody" is not in the registry: merge into an actor of data/curated/actors.yaml',
    });
  });
});

describe('create-actor', () => {
  const stripped = registryWithout(actors, [...PEOPLE, 'tass']);
  const ids = registryIds(stripped);

  it('moves the proposal to the end of the registry (label among the aliases) and keeps the references', () => {
    const out = applyOk({ annotation: draft, actors: stripped }, { kind: 'create-actor', proposed: 'zamir-kabulov' }, ids);
    expect(out.changed).toEqual(['annotation', 'actors']);
    expect(out.actors).toBe(
      `${stripped}\n- id: zamir-kabulov\n  label: Zamir Kabulov\n  kind: person\n  affiliation: russia\n` +
        '  role: Russian presidential envoy for the South Asian nation\n  aliases:\n    - Zamir Kabulov\n',
    );
    expect(out.annotation).toBe(draft.replace(/ {2}- id: zamir-kabulov\n(?: {4}.*\n)+/, ''));
    expect(references(data(out.annotation))).toEqual(references(data(draft)));
  });

  it('takes the reviewer’s kind and label, and leaves out an affiliation the registry does not know', () => {
    const variant = draft.replace('    affiliation: us-mission-doha\n', '    affiliation: us-embassy-doha\n');
    const out = applyOk({ annotation: variant, actors: stripped }, { kind: 'create-actor', proposed: 'karen-decker', actorKind: 'diplomat', label: 'Karen B. Decker' }, ids);
    expect(registry(out.actors).at(-1)).toEqual({
      id: 'karen-decker',
      label: 'Karen B. Decker',
      kind: 'diplomat',
      role: 'head of the Doha-based U.S. diplomatic mission for Afghanistan',
      aliases: ['Karen B. Decker', 'Karen Decker'],
    });
  });

  it('builds once every proposal is in the registry, the people no longer drafts', () => {
    let files = { annotation: draft, actors: stripped };
    for (const id of PEOPLE) files = applyOk(files, { kind: 'create-actor', proposed: id }, registryIds(files.actors));
    expect(data(files.annotation).actors).toBeUndefined();
    expect(files.annotation).toBe(draft.replace(/\nactors:\n(?: {2}.*\n)+/, ''));
    expect(lineDiff(stripped, files.actors).removed).toEqual([]);
    const built = builtOk(buildWith({ annotations: { [SEED]: files.annotation }, actors: files.actors, only: [SEED] }));
    for (const id of PEOPLE) expect(built.graph.nodes.find((n) => n.id === id)?.review).toBeUndefined();
  });

  it('refuses an id the registry already has', () => {
    const result = applyReviewAction({ annotation: draft, actors }, { kind: 'create-actor', proposed: 'karen-decker' }, { registryIds: registryIds(actors) });
    expect(result).toEqual({ ok: false, message: '"karen-decker" is already in the registry: merge the proposed actor into it instead' });
  });
});

describe('new-actor', () => {
  it('appends an actor nobody proposed to the registry, its label as an alias, and touches nothing else', () => {
    const out = applyOk({ annotation: draft, actors }, { kind: 'new-actor', id: 'kyrgyz-parliament', label: 'Jogorku Kenesh', actorKind: 'legislature' });
    expect(out.changed).toEqual(['actors']);
    expect(out.annotation).toBe(draft);
    expect(registry(out.actors).at(-1)).toEqual({ id: 'kyrgyz-parliament', label: 'Jogorku Kenesh', kind: 'legislature', aliases: ['Jogorku Kenesh'] });
    expect(lineDiff(actors, out.actors).removed).toEqual([]);
  });

  it('refuses an id the registry has', () => {
    const out = applyReviewAction({ annotation: draft, actors }, { kind: 'new-actor', id: 'taliban', label: 'Taliban', actorKind: 'armed-group' }, { registryIds: registryIds(actors) });
    expect(out).toEqual({ ok: false, message: expect.stringContaining('"taliban" is already in the registry') });
  });
});
