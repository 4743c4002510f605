import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { unfoldClaims } from '../../domain/claims/reports';
import { applyReviewAction } from './apply-action';
import { actorsText, annotationText, applyOk, buildWith, builtOk, comments, draftText, lineDiff, miniText, registryIds, SEED } from './__fixtures__/review-files';

type Relation = Record<string, unknown>;
interface Annotation {
  relations: Relation[];
  mentions: Array<Record<string, unknown>>;
  actors?: Array<Record<string, unknown>>;
}

const actors = actorsText();
const ids = registryIds(actors);
const seed = annotationText(SEED);
const draft = draftText();
const data = (text: string): Annotation => parse(text) as Annotation;
/** The parsed `before`, changed by `change`: what the edited text must parse to, exactly. */
const expected = (before: string, change: (a: Annotation) => void): Annotation => {
  const a = data(before);
  change(a);
  return a;
};
const rel = (a: Annotation, id: string): Relation => a.relations.find((r) => r.id === id)!;
const seedBuild = builtOk(buildWith({}));
// The article's relations, whether or not the build grouped some of them into one claim.
const edgeIds = (g: typeof seedBuild.graph): string[] => unfoldClaims(g).edges.map((e) => e.id).sort();

describe('accept-relation', () => {
  it('turns a suggested relation reviewed on its one line, keeping confidence and rule', () => {
    const out = applyOk({ annotation: draft, actors }, { kind: 'accept-relation', id: 'd01' });
    expect(out.changed).toEqual(['annotation']);
    expect(out.actors).toBe(actors);
    expect(data(out.annotation)).toEqual(expected(draft, (a) => (rel(a, 'd01').review = 'reviewed')));
    expect(rel(data(out.annotation), 'd01')).toMatchObject({ confidence: 0.7, rule: 'delisting: remove {target} from … list' });
    expect(lineDiff(draft, out.annotation)).toEqual({ removed: [[121, '    review: suggested']], added: [[121, '    review: reviewed']] });
  });

  it('writes nothing for a relation a person wrote (no `review` already means reviewed)', () => {
    const out = applyOk({ annotation: seed, actors }, { kind: 'accept-relation', id: 'r01' });
    expect(out).toEqual({ ok: true, annotation: seed, actors, changed: [] });
  });

  it('finds a relation without an id by its default id, as the build does', () => {
    const mini = miniText();
    const out = applyOk({ annotation: mini, actors }, { kind: 'accept-relation', id: 'r03' });
    expect(lineDiff(mini, out.annotation)).toEqual({ removed: [[37, '    review: suggested']], added: [[37, '    review: reviewed']] });
  });

  it('names an unknown id, with the closest one', () => {
    expect(applyReviewAction({ annotation: seed, actors }, { kind: 'accept-relation', id: 'r99' }, { registryIds: ids })).toEqual({
      ok: false,
      message: 'no relation "r99" in this annotation; did you mean "r09"?',
    });
    const none = applyReviewAction({ annotation: 'title: x\n', actors }, { kind: 'reject-relation', id: 'r01' }, { registryIds: ids });
    expect(none).toEqual({ ok: false, message: 'no relation "r01" in this annotation' });
  });

  it('refuses an action that breaks the action schema and a text that is not YAML', () => {
    const bad = applyReviewAction({ annotation: seed, actors }, { kind: 'accept-relation', id: 'r 1' }, { registryIds: ids });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/^invalid action: id: expected a relation id/);
    const broken = applyReviewAction({ annotation: 'relations: [', actors }, { kind: 'accept-relation', id: 'r01' }, { registryIds: ids });
    expect(!broken.ok && broken.message).toMatch(/^the annotation does not parse: YAML syntax error/);
  });
});

describe('reject-relation', () => {
  it('adds `review: rejected` after the last field a person wrote (a folded note) and nothing else', () => {
    const out = applyOk({ annotation: seed, actors }, { kind: 'reject-relation', id: 'r01' });
    expect(data(out.annotation)).toEqual(expected(seed, (a) => (rel(a, 'r01').review = 'rejected')));
    // r01's folded note ends on line 141; the new line comes right after it.
    expect(lineDiff(seed, out.annotation)).toEqual({ removed: [], added: [[143, '    review: rejected']] });
    expect(comments(out.annotation)).toEqual(comments(seed));
  });

  it('replaces `review: suggested` of a draft, and the relation leaves the graph while the rest builds as before', () => {
    const out = applyOk({ annotation: seed, actors }, { kind: 'reject-relation', id: 'r05' });
    const built = builtOk(buildWith({ annotations: { [SEED]: out.annotation } }));
    expect(edgeIds(built.graph)).toEqual(edgeIds(seedBuild.graph).filter((id) => id !== `${SEED}#r05`));
    const drafted = applyOk({ annotation: draft, actors }, { kind: 'reject-relation', id: 'd02' });
    expect(lineDiff(draft, drafted.annotation)).toEqual({ removed: [[130, '    review: suggested']], added: [[130, '    review: rejected']] });
  });

  it('keeps a rejected relation out of the build even when its actor is gone from the registry', () => {
    const out = applyOk({ annotation: seed, actors }, { kind: 'reject-relation', id: 'r06' });
    const broken = out.annotation.replace('    source: tass\n    type: reports', '    source: no-such-actor\n    type: reports');
    expect(broken).not.toBe(out.annotation);
    builtOk(buildWith({ annotations: { [SEED]: broken } }));
  });
});

describe('edit-relation', () => {
  it('replaces, removes and adds fields in schema order; the relation becomes reviewed', () => {
    const action = { kind: 'edit-relation', id: 'r06', set: { date: null, saidBy: 'zamir-kabulov', note: 'The report’s day: Friday.', status: 'asserted' } } as const;
    const out = applyOk({ annotation: seed, actors }, action);
    const want = expected(seed, (a) => {
      const r = rel(a, 'r06');
      delete r.date;
      Object.assign(r, { status: 'asserted', saidBy: 'zamir-kabulov', note: 'The report’s day: Friday.' });
    });
    expect(data(out.annotation)).toEqual(want);
    expect(Object.keys(rel(data(out.annotation), 'r06'))).toEqual(['id', 'source', 'type', 'target', 'quote', 'status', 'saidBy', 'note']);
    expect(lineDiff(seed, out.annotation)).toEqual({
      removed: [
        [186, '    date: "2024-10-04"'],
        [187, '    note: >-'],
        [188, '      The report itself is the event, so the report\'s day is its date: "Russia reported Friday"'],
        [189, '      (first sentence), and "The remarks were reported on the same day that Moscow hosted a'],
        [190, '      conference", which was Friday\'s event.'],
      ],
      added: [
        [186, '    status: asserted'],
        [187, '    saidBy: zamir-kabulov'],
        [188, '    note: "The report’s day: Friday."'],
      ],
    });
    const built = builtOk(buildWith({ annotations: { [SEED]: out.annotation } }));
    const edge = built.graph.edges.find((e) => e.id === `${SEED}#r06`);
    expect(edge).toMatchObject({ status: 'asserted', saidBy: 'zamir-kabulov', note: 'The report’s day: Friday.', review: 'reviewed' });
    expect(edge?.date).toBeUndefined();
  });

  it('marks a draft reviewed, keeps its provenance, quotes what needs quoting, and leaves an unchanged value as written', () => {
    const set = { saidBy: 'zamir-kabulov', status: 'decided', date: '2024-10-04', note: 'Kabulov: "a principal decision" # via TASS' } as const;
    const out = applyOk({ annotation: draft, actors }, { kind: 'edit-relation', id: 'd01', set });
    expect(data(out.annotation)).toEqual(expected(draft, (a) => Object.assign(rel(a, 'd01'), { ...set, review: 'reviewed' })));
    expect(lineDiff(draft, out.annotation)).toEqual({
      removed: [
        [120, '    saidBy: russia'],
        [121, '    review: suggested'],
      ],
      added: [
        [119, '    date: "2024-10-04"'],
        [121, '    saidBy: zamir-kabulov'],
        [122, '    note: \'Kabulov: "a principal decision" # via TASS\''],
        [123, '    review: reviewed'],
      ],
    });
  });

  it('changes nothing when every value is already so', () => {
    const out = applyOk({ annotation: seed, actors }, { kind: 'edit-relation', id: 'r06', set: { date: '2024-10-04', source: 'tass' } });
    expect(out.changed).toEqual([]);
  });

  it('still builds after accepting, rejecting and editing together', () => {
    let text = seed;
    text = applyOk({ annotation: text, actors }, { kind: 'reject-relation', id: 'r02' }).annotation;
    text = applyOk({ annotation: text, actors }, { kind: 'accept-relation', id: 'r03' }).annotation;
    text = applyOk({ annotation: text, actors }, { kind: 'edit-relation', id: 'r24', set: { when: null, date: '2024-10-04' } }).annotation;
    expect(comments(text)).toEqual(comments(seed));
    const built = builtOk(buildWith({ annotations: { [SEED]: text } }));
    expect(built.graph.edges.find((e) => e.id === `${SEED}#r24`)).toMatchObject({ date: '2024-10-04' });
    expect(built.graph.edges.find((e) => e.id === `${SEED}#r24`)?.dateInfo).toBeUndefined();
    expect(built.graph.edges.some((e) => e.id === `${SEED}#r02`)).toBe(false);
  });
});

describe('add-relation', () => {
  const relation = { source: 'russia', type: 'support', target: 'taliban', quote: 'Moscow has developed close informal ties with the Taliban', when: 'three years ago', saidBy: 'russia' };

  it('appends a reviewed relation with the next free id, only adding lines', () => {
    const out = applyOk({ annotation: seed, actors }, { kind: 'add-relation', relation });
    expect(data(out.annotation)).toEqual(expected(seed, (a) => a.relations.push({ id: 'r68', ...relation, review: 'reviewed' })));
    const diff = lineDiff(seed, out.annotation);
    expect(diff.removed).toEqual([]);
    expect(diff.added.map(([, line]) => line)).toEqual([
      '  - id: r68',
      '    source: russia',
      '    type: support',
      '    target: taliban',
      '    quote: Moscow has developed close informal ties with the Taliban',
      '    when: three years ago',
      '    saidBy: russia',
      '    review: reviewed',
    ]);
    expect(unfoldClaims(builtOk(buildWith({ annotations: { [SEED]: out.annotation } })).graph).edges.find((e) => e.id === `${SEED}#r68`)?.review).toBe('reviewed');
  });

  it('takes r01 in a draft whose ids are d01…, and creates the list when the file has none', () => {
    expect(rel(data(applyOk({ annotation: draft, actors }, { kind: 'add-relation', relation }).annotation), 'r01')).toMatchObject(relation);
    const bare = draft.slice(0, draft.indexOf('\nrelations:'));
    const out = applyOk({ annotation: bare, actors }, { kind: 'add-relation', relation });
    expect(out.annotation.startsWith(bare)).toBe(true);
    expect(out.annotation.slice(bare.length)).toBe(
      '\nrelations:\n  - id: r01\n    source: russia\n    type: support\n    target: taliban\n' +
        '    quote: Moscow has developed close informal ties with the Taliban\n    when: three years ago\n    saidBy: russia\n    review: reviewed\n',
    );
  });

  it('starts a list in a file with only a header comment, or `relations:` with nothing after it', () => {
    const header = '# A header.\n';
    expect(applyOk({ annotation: header, actors }, { kind: 'add-relation', relation }).annotation).toMatch(/^# A header\.\n\nrelations:\n {2}- id: r01\n/);
    const empty = 'title: T\nrelations:\nmentions: []\n';
    const out = applyOk({ annotation: empty, actors }, { kind: 'add-relation', relation }).annotation;
    expect(out).toMatch(/^title: T\nrelations:\n {2}- id: r01\n[^]*review: reviewed\nmentions: \[\]\n$/);
    expect(data(out).relations).toHaveLength(1);
  });
});

describe('add-mention', () => {
  it('appends a reviewed mention at the end of the mentions, before the blank line and relations', () => {
    const mention = { actor: 'russia', quote: 'Moscow', within: 'Moscow has developed close informal ties' };
    const out = applyOk({ annotation: seed, actors }, { kind: 'add-mention', mention });
    expect(data(out.annotation)).toEqual(expected(seed, (a) => a.mentions.push({ ...mention, review: 'reviewed' })));
    expect(lineDiff(seed, out.annotation)).toEqual({
      removed: [],
      added: [
        [126, '  - actor: russia'],
        [127, '    quote: Moscow'],
        [128, '    within: Moscow has developed close informal ties'],
        [129, '    review: reviewed'],
      ],
    });
    expect(comments(out.annotation)).toEqual(comments(seed));
    builtOk(buildWith({ annotations: { [SEED]: out.annotation } }));
  });

  it('creates `mentions:` before `relations:` when a file has none', () => {
    const text = 'title: T\n\nrelations:\n  - id: r01\n    source: a\n    type: b\n    target: c\n    quote: q\n';
    const out = applyOk({ annotation: text, actors }, { kind: 'add-mention', mention: { actor: 'russia', quote: 'Moscow' } }).annotation;
    expect(out).toBe('title: T\n\nmentions:\n  - actor: russia\n    quote: Moscow\n    review: reviewed\n\nrelations:\n  - id: r01\n    source: a\n    type: b\n    target: c\n    quote: q\n');
  });
});
