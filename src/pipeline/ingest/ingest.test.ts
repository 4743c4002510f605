import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../build';
import { annotationFileSchema } from '../schemas';
import { REPO, SEED, removeTempProjects, tempProject } from './__fixtures__/temp-project';
import type { Draft, Extractor } from './extractor';
import { ingestOne, openProject, type Project } from './ingest';
import type { ArticleFlags } from './read-input';

const ARTICLE =
  ' date 2024-10-05 MOSCOW — Russia said on Friday it would remove the Taliban from its list of terrorist organizations.\n\n' +
  'Pakistan accused the Taliban of sheltering militants on Afghan soil. The group denied it.\n';

/** A hand-made draft: two good relations and a good mention, plus four suggestions that break the build. */
const DRAFT: Draft = {
  actors: [
    { id: 'moscow-city-council', label: 'Moscow City Council', kind: 'agency', confidence: 0.4, rule: 'ner: ORG' },
    { id: 'russia', label: 'Russia', kind: 'state', confidence: 0.5, rule: 'ner: GPE' },
  ],
  mentions: [
    { actor: 'taliban', quote: 'The group', confidence: 0.7, rule: 'coreference: the group' },
    { actor: 'taliban', quote: 'words that are not there', confidence: 0.7, rule: 'buggy rule' },
  ],
  relations: [
    { source: 'russia', type: 'delisting', target: 'taliban', quote: 'remove the Taliban from its list of terrorist organizations', status: 'announced', confidence: 0.9, rule: 'delisting' },
    { source: 'pakistan', type: 'accusation', target: 'taliban', quote: 'accused the Taliban of sheltering militants', status: 'alleged', confidence: 0.8, rule: 'accusation' },
    { source: 'russia', type: 'delisting', target: 'taliban', quote: 'a quote the article never had', confidence: 0.6, rule: 'buggy rule' },
    { source: 'russia', type: 'delist', target: 'taliban', quote: 'Russia said on Friday', confidence: 0.6, rule: 'buggy type' },
  ],
};

const extractor = (draft: Draft): Extractor => ({ name: 'hand-made', extract: () => structuredClone(draft) });
const EMPTY: Extractor = { name: 'stub', extract: () => ({ actors: [], mentions: [], relations: [] }) };

function open(draft?: Draft): Project {
  const opened = openProject(tempProject(), draft ? extractor(draft) : EMPTY, '2026-01-02', () => 0);
  if (!opened.ok) throw new Error(opened.errors.join('\n'));
  expect(opened.warnings).toEqual([]);
  return opened.project;
}
const input = (text: string, name = 'in.txt') => ({ name, bytes: new TextEncoder().encode(text), html: name.endsWith('.html') });
const files = (p: Project): string[] => ['sources', 'annotations'].flatMap((d) => readdirSync(join(p.root, 'data', d)).map((n) => `${d}/${n}`)).sort();
function ingest(p: Project, text: string, flags: ArticleFlags = {}, name?: string) {
  const r = ingestOne(input(text, name), flags, p);
  if (!r.ok) throw new Error(r.message);
  return r.ingested;
}

afterAll(removeTempProjects);

describe('ingestOne with a draft that partly breaks the build', () => {
  const project = open(DRAFT);
  const done = ingest(project, ARTICLE, { outlet: 'Test Wire' });
  const yamlText = readFileSync(done.annotationPath, 'utf8');

  it('names the article <date>_<slug of the first sentence> and writes the source byte for byte', () => {
    expect(done.id).toBe('2024-10-05_russia-said-on-friday-it-would-remove-the-taliban-from-its');
    expect(readFileSync(join(project.root, 'data/sources', `${done.id}.txt`), 'utf8')).toBe(ARTICLE);
  });

  it('drops exactly the suggestions that break the build, one warning each', () => {
    expect(done.warnings.filter((w) => w.startsWith('warning: dropped'))).toEqual([
      expect.stringMatching(/^warning: dropped the suggested actor russia: actors\[1\]\.id: actor id "russia" is already in the registry/),
      expect.stringMatching(/^warning: dropped the suggested mention "words that are not there" → taliban: mentions\[1\]\.quote: /),
      expect.stringMatching(/^warning: dropped the suggested relation d03 \(russia delisting taliban\): relations\[2\]\.quote: /),
      expect.stringMatching(/^warning: dropped the suggested relation d04 \(russia delist taliban\): relations\[3\]\.type: unknown relation type id "delist"/),
    ]);
    const kept = done.annotation;
    expect(kept.actors?.map((a) => a.id)).toEqual(['moscow-city-council']);
    expect(kept.mentions?.map((m) => m.quote)).toEqual(['The group']);
    expect(kept.relations?.map((r) => r.id)).toEqual(['d01', 'd02']);
  });

  it('writes YAML that parses back through the annotation schema, every item review: suggested', () => {
    const checked = annotationFileSchema.parse(parse(yamlText));
    expect(checked.outlet).toBe('Test Wire');
    const items = [...(checked.actors ?? []), ...(checked.mentions ?? []), ...(checked.relations ?? [])];
    expect(items).toHaveLength(4);
    for (const item of items) expect(item.review).toBe('suggested');
    expect(yamlText.startsWith('# Machine draft by the "hand-made" extractor on 2026-01-02')).toBe(true);
  });

  it('leaves a project that builds, with the draft as suggestions', () => {
    const built = buildGraph(project.root);
    if (!built.ok) throw new Error(built.errors.join('\n'));
    const edges = built.graph.edges.filter((e) => e.id.startsWith(`${done.id}#`));
    expect(edges.map((e) => [e.type, e.review])).toEqual([
      ['delisting', 'suggested'],
      ['accusation', 'suggested'],
    ]);
    expect(files(project).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('summarises the article on one line', () => {
    expect(done.summary).toMatch(
      /^2024-10-05_russia-said-on-friday-it-would-remove-the-taliban-from-its: 3 sentences; \d+ known actors: [a-z, -]*\brussia\b[a-z, -]*; 1 new actor proposed: moscow-city-council; 2 suggested relations \(delisting 1, accusation 1\); 0 ms$/,
    );
  });
});

describe('ids and duplicates', () => {
  it('gives a different article with the same title the next free id', () => {
    const p = open();
    expect(ingest(p, ARTICLE, { title: 'Russia to delist the Taliban' }).id).toBe('2024-10-05_russia-to-delist-the-taliban');
    expect(ingest(p, `${ARTICLE}It said more.\n`, { title: 'Russia to delist the Taliban' }).id).toBe('2024-10-05_russia-to-delist-the-taliban-2');
    expect(ingest(p, `${ARTICLE}And more.\n`, { title: 'Russia to delist the Taliban' }).id).toBe('2024-10-05_russia-to-delist-the-taliban-3');
  });

  it('refuses the same text twice, naming the id it already has, and writes nothing', () => {
    const p = open();
    const seed = readFileSync(join(REPO, 'data/sources', `${SEED}.txt`));
    const before = files(p);
    expect(ingestOne({ name: 'copy.txt', bytes: seed, html: false }, {}, p)).toEqual({
      ok: false,
      message: `the same text as data/sources/${SEED}.txt is already ingested (id ${SEED})`,
    });
    const first = ingest(p, ARTICLE);
    // Same body with other whitespace and another date: still the same article.
    const again = ingestOne(input(ARTICLE.replace(' date 2024-10-05', 'date 2024-11-01\n').replace(/\n\n/g, '\n   \n')), {}, p);
    expect(again).toEqual({ ok: false, message: `the same text as data/sources/${first.id}.txt is already ingested (id ${first.id})` });
    expect(files(p)).toEqual([...before, `annotations/${first.id}.yaml`, `sources/${first.id}.txt`].sort());
  });
});

describe('refused inputs write nothing', () => {
  const p = open();
  const before = files(p);
  it.each([
    ['binary', new Uint8Array([0x20, 0x64, 0x00, 0x01]), {}, 'line 1: binary data, not text: NUL byte at byte offset 2'],
    ['empty', new Uint8Array(), {}, 'empty file'],
    ['no date', new TextEncoder().encode('Russia said so on Friday.'), {}, 'no date line (` date YYYY-MM-DD` at its start) and no --date YYYY-MM-DD'],
    ['date line only', new TextEncoder().encode(' date 2024-10-05 \n'), {}, 'no text after the date line'],
    [
      'French',
      new TextEncoder().encode('La Russie a annoncé vendredi qu’une décision de principe avait déjà été prise pour retirer les talibans de la liste des organisations terroristes.'),
      { date: '2024-10-05' },
      'the text is in French, not English (franc-min); only English articles can be drafted',
    ],
  ] as const)('%s', (_what, bytes, flags, message) => {
    expect(ingestOne({ name: 'x.txt', bytes, html: false }, flags, p)).toEqual({ ok: false, message });
    expect(files(p)).toEqual(before);
  });

  it('an extractor that throws', () => {
    const broken = { ...p, extractor: { name: 'broken', extract: () => { throw new Error('boom'); } } };
    expect(ingestOne(input(ARTICLE), {}, broken)).toEqual({ ok: false, message: 'the "broken" extractor failed: boom' });
    expect(files(p)).toEqual(before);
  });
});
