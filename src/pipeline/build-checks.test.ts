// The checks the build runs on the graph it assembled: provenance findings at their annotation line
// (errors on reviewed claims, warnings on suggested ones) and the warnings about suspicious inputs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTORS as REGISTRY } from './__fixtures__/inline-actors';
import { buildFromInputs, readInputs, type BuildInputs } from './build';
import { lineAt } from './build-checks';

/** Russia came into being in 1991 (the registry's `from`), for the anachronism warning. */
const ACTORS = REGISTRY.replace('kind: state\n', 'kind: state\n  from: 1991\n');

const ARTICLE = [
  'date 2024-10-05 ISLAMABAD — Russia reported Friday that a “principal decision” had been made to remove the Taliban from its list.',
  '',
  'Lavrov met Muttaqi in Islamabad. Lavrov hopes to meet Muttaqi again in Moscow.',
  '',
  'Moscow backed a government in Kabul in 1979.',
  '',
].join('\n');

const TYPES = `- id: delisting
  label: Removal from list
  description: Takes an actor off a list.
  directed: true
  color: "#0072B2"
  plover: CONCEDE
  polarity: cooperation
  mode: verbal
- id: meeting
  label: Meeting
  description: Actors meet.
  directed: false
  color: "#009E73"
  plover: CONSULT
  polarity: cooperation
  mode: material
`;

const ANN = 'data/annotations/a.yaml';
/** A clean relation: Russia's delisting decision as the article states it. */
const DELISTING = '  - source: russia\n    type: delisting\n    target: taliban\n    quote: had been made to remove the Taliban\n    when: Friday\n';
/** Lavrov's hope to meet Muttaqi, shown as a fact: at line 11 after SOVIET and DELISTING. */
const HOPE = (extra = ''): string => `  - source: sergey-lavrov\n    type: meeting\n    target: amir-khan-muttaqi\n    quote: hopes to meet Muttaqi again\n${extra}`;
/** The article's 1979 sentence, read as Russia by its alias "Moscow", is answered for by the annotation. */
const SOVIET = 'mentions:\n  - actor: null\n    quote: Moscow\n    within: Moscow backed\n';

function build(over: Partial<BuildInputs> & { annotation?: string }): ReturnType<typeof buildFromInputs> {
  const { annotation, ...rest } = over;
  return buildFromInputs({
    sources: [{ name: 'a.txt', text: ARTICLE }],
    annotations: annotation === undefined ? [] : [{ name: 'a.yaml', text: annotation }],
    actors: ACTORS,
    relationTypes: TYPES,
    ...rest,
  });
}

describe('provenance rules in the build', () => {
  it('builds the clean fixture without errors or warnings', () => {
    const result = build({ annotation: `${SOVIET}relations:\n${DELISTING}` });
    expect(result.ok ? result.warnings : result.errors).toEqual([]);
  });

  it('fails on a reviewed claim, at the line and field of the relation', () => {
    const result = build({ annotation: `${SOVIET}relations:\n${DELISTING}${HOPE()}` });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      `${ANN}:11: relations[1].status: the evidence speaks of hope but the status is asserted: use \`status: hoped\``,
    ]);
  });

  it('only warns about the same claim when it is a suggestion, so a draft still builds', () => {
    const result = build({ annotation: `${SOVIET}relations:\n${DELISTING}${HOPE('    review: suggested\n')}` });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      `${ANN}:11: warning (suggested): relations[1].status: the evidence speaks of hope but the status is asserted: use \`status: hoped\``,
    ]);
  });

  it('points at the written field: `status`, and the `also` quote that is about someone else', () => {
    const hoped = HOPE('    status: announced\n    saidBy: sergey-lavrov\n    also:\n      - Russia reported Friday\n');
    const result = build({ annotation: `${SOVIET}relations:\n${DELISTING}${hoped}` });
    expect(!result.ok && result.errors).toEqual([
      `${ANN}:15: relations[1].status: the evidence speaks of hope but the status is announced: use \`status: hoped\``,
      `${ANN}:18: relations[1].also[0]: the evidence sentence names neither sergey-lavrov nor amir-khan-muttaqi nor the speaker sergey-lavrov: quote a sentence about them, or add a mention for the words that refer to them`,
    ]);
  });

  it('warns about an anachronism at the source line when an alias made it, at the annotation when the annotation did', () => {
    const fromAlias = build({ annotation: `relations:\n${DELISTING}` });
    expect(fromAlias.ok).toBe(true);
    expect(fromAlias.warnings).toEqual([
      'data/sources/a.txt:5: warning: "Moscow" is read as russia, which did not exist before 1991, in a sentence about 1979: add an `except` to the alias in data/curated/actors.yaml or a mention in the annotation',
    ]);
    const fromAnnotation = build({ annotation: `mentions:\n  - actor: russia\n    quote: a government in Kabul\n${SOVIET.slice('mentions:\n'.length)}relations:\n${DELISTING}` });
    expect(fromAnnotation.warnings).toEqual([expect.stringMatching(/^data\/annotations\/a\.yaml:2: warning: mentions\[0\]: "a government in Kabul" is read as russia/)]);
  });

  it('treats the alias matches of a draft article (only suggested claims) as suggestions', () => {
    const result = build({ annotation: `relations:\n${DELISTING}    review: suggested\n` });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([expect.stringMatching(/^data\/sources\/a\.txt:5: warning \(suggested\): "Moscow" is read as russia/)]);
  });
});

describe('build warnings about the inputs', () => {
  it('a relation repeated under another id in the same article', () => {
    const again = DELISTING.replace('  - source', '  - id: again\n    source');
    const result = build({ annotation: `${SOVIET}relations:\n${DELISTING}${again}` });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      `${ANN}:11: warning: relations[1]: repeats relations[0] (line 6) under another id (same source, type, target, evidence, status and date): remove one`,
    ]);
    // Another status is another claim.
    const decided = again.replace('    when: Friday\n', '    when: Friday\n    status: decided\n    saidBy: russia\n');
    expect(build({ annotation: `${SOVIET}relations:\n${DELISTING}${decided}` }).warnings).toEqual([]);
  });

  it('files the build ignores, passed in by readInputs', () => {
    const result = build({ annotation: SOVIET, ignored: ['data/sources/notes.md', 'data/annotations/b.yml'] });
    expect(result.warnings).toEqual([
      'data/sources/notes.md: warning: ignored: the build reads only .txt sources',
      'data/annotations/b.yml: warning: ignored: the build reads only .yaml annotations; rename to b.yaml',
    ]);
  });

  it('an article with no sentences', () => {
    const empty = { name: 'b.txt', text: 'date 2024-10-05\nISLAMABAD —\n' };
    const result = build({ annotation: SOVIET, sources: [{ name: 'a.txt', text: ARTICLE }, empty] });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([expect.stringMatching(/^data\/sources\/b\.txt(:\d+)?: warning: the article has no sentences/)]);
  });

  it('a fact dated after its article (a plan may be)', () => {
    const later = DELISTING.replace('    when: Friday\n', '    date: 2024-11\n');
    const result = build({ annotation: `${SOVIET}relations:\n${later}` });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      `${ANN}:10: warning: relations[0].date: shown as fact but dated 2024-11, after the article was published (2024-10-05): a plan or a hope needs its status, else check the date`,
    ]);
    const planned = later.replace('    date: 2024-11\n', '    date: 2024-11\n    status: planned\n    saidBy: russia\n');
    expect(build({ annotation: `${SOVIET}relations:\n${planned}` }).warnings).toEqual([]);
    // The same month as the article is not after it.
    expect(build({ annotation: `${SOVIET}relations:\n${later.replace('2024-11', '2024-10')}` }).warnings).toEqual([]);
  });
});

describe('readInputs', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('lists the files the build ignores, but not hidden ones', () => {
    const root = mkdtempSync(join(tmpdir(), 'kg-inputs-'));
    dirs.push(root);
    mkdirSync(join(root, 'data/sources'), { recursive: true });
    mkdirSync(join(root, 'data/annotations'), { recursive: true });
    for (const name of ['data/sources/a.txt', 'data/sources/a.md', 'data/sources/.DS_Store', 'data/annotations/a.yml']) writeFileSync(join(root, name), '');
    const inputs = readInputs(root);
    expect(inputs.sources.map((s) => s.name)).toEqual(['a.txt']);
    expect(inputs.annotations).toEqual([]);
    expect(inputs.ignored).toEqual(['data/sources/a.md', 'data/annotations/a.yml']);
  });
});

describe('lineAt', () => {
  it('counts lines from 1', () => {
    expect([0, 2, 3, 5].map((o) => lineAt('ab\ncd\n', o))).toEqual([1, 1, 2, 2]);
  });
});
