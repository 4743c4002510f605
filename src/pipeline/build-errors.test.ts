// Every build error of the formats brief, each from a small inline fixture, reported as
// `file:line: path: message`.
import { describe, expect, it } from 'vitest';
import { ACTORS } from './__fixtures__/inline-actors';
import { assembleGraph, buildFromInputs, type BuildInputs } from './build';
import { buildArticle } from './build-article';

const ARTICLE = [
  'date 2024-10-05 ISLAMABAD — Russia reported Friday that a “principal decision” had been made to remove the Taliban from its list.',
  '',
  'Lavrov met Muttaqi. Lavrov met Muttaqi again in Moscow.',
  '',
].join('\n');

const TYPES = `- id: delisting
  label: Removal from list
  description: Takes an actor off a list.
  color: "#0072B2"
  directed: true
  plover: CONCEDE
  polarity: cooperation
  mode: verbal
- id: meeting
  label: Meeting
  description: Actors meet.
  color: "#009E73"
  directed: false
  plover: CONSULT
  polarity: cooperation
  mode: verbal
`;

const ANN = 'data/annotations/a.yaml';

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

function errorsOf(over: Parameters<typeof build>[0]): string[] {
  const result = build(over);
  if (result.ok) throw new Error('expected the build to fail');
  return result.errors;
}

const relation = (fields: string): string => `relations:\n  - source: russia\n    type: delisting\n    target: taliban\n${fields}`;

describe('build errors', () => {
  it('builds the inline fixture without errors', () => {
    const result = build({ annotation: relation('    quote: had been made to remove the Taliban\n    when: Friday\n') });
    expect(result.ok && result.graph.edges.map((e) => [e.id, e.date])).toEqual([['a#r01', '2024-10-04']]);
  });

  it('quote not found, with a near match that differs in quotation marks', () => {
    expect(errorsOf({ annotation: relation('    quote: a "principal decision" had been made\n') })).toEqual([
      `${ANN}:5: relations[0].quote: quote not found verbatim: “a "principal decision" had been made”; near match on line 1 (differs in case, quotation marks, dashes or spaces): “a “principal decision” had been made”`,
    ]);
  });

  it('quote not found, showing where it departs from the article', () => {
    const [error] = errorsOf({ annotation: relation('    quote: had been made to delist the Taliban\n') });
    expect(error).toMatch(/^data\/annotations\/a\.yaml:5: relations\[0\]\.quote: quote not found verbatim: “had been made to delist the Taliban”; it matches line 1 up to “had been made to ”, then the article has “remove/);
  });

  it('quote in the dateline, not the body', () => {
    expect(errorsOf({ annotation: relation('    quote: ISLAMABAD\n') })[0]).toMatch(/:5: relations\[0\]\.quote: quote not found verbatim: “ISLAMABAD” — it is in the date line or dateline/);
  });

  it('quote ambiguous', () => {
    expect(errorsOf({ annotation: relation('    quote: Lavrov met Muttaqi\n') })).toEqual([
      `${ANN}:5: relations[0].quote: quote is ambiguous: found 2 times (lines 3, 3); add \`within\` with a longer exact passage around the one you mean`,
    ]);
  });

  it('`within` picks one occurrence', () => {
    const result = build({ annotation: relation('    quote: Lavrov met Muttaqi\n    within: Lavrov met Muttaqi again\n') });
    expect(result.ok && result.graph.edges[0]?.evidence[0]?.start).toBe(ARTICLE.indexOf('Lavrov met Muttaqi again'));
  });

  it('`within` not found, and quote not inside `within`', () => {
    expect(
      errorsOf({
        annotation: `mentions:\n  - actor: russia\n    quote: Moscow\n    within: met Muttaqi in Moscow\n  - actor: russia\n    quote: Kremlin\n    within: again in Moscow\n`,
      }),
    ).toEqual([
      `${ANN}:4: mentions[0].within: \`within\` passage not found verbatim: “met Muttaqi in Moscow”; it matches line 3 up to “met Muttaqi ”, then the article has “again in Moscow. ” where the quote has “in Moscow”`,
      `${ANN}:6: mentions[1].quote: quote “Kremlin” is not inside its \`within\` passage “again in Moscow”`,
    ]);
  });

  it('unknown actor id, relation type and status, with suggestions', () => {
    const annotation = `relations:\n  - source: Russia\n    type: delist\n    target: talibn\n    quote: Lavrov met Muttaqi again\n    status: decide\n    saidBy: nobody-known\n`;
    expect(errorsOf({ annotation })).toEqual([
      `${ANN}:6: relations[0].status: unknown status "decide"; expected one of: asserted, decided, announced, planned, hoped, alleged, denied (did you mean decided?)`,
    ]);
    const withStatus = annotation.replace('    status: decide\n', '');
    expect(errorsOf({ annotation: withStatus })).toEqual([
      `${ANN}:2: relations[0].source: unknown actor id "Russia"; did you mean "russia"?`,
      `${ANN}:4: relations[0].target: unknown actor id "talibn"; did you mean "taliban"?`,
      `${ANN}:6: relations[0].saidBy: unknown actor id "nobody-known" (add it to data/curated/actors.yaml)`,
      `${ANN}:3: relations[0].type: unknown relation type id "delist"; did you mean "delisting"?`,
    ]);
  });

  it('unknown field (typo guard) and missing required field', () => {
    expect(errorsOf({ annotation: relation('    qoute: Lavrov met Muttaqi again\n') })).toEqual([
      `${ANN}:2: relations[0].quote: missing required field \`quote\``,
      `${ANN}:5: relations[0].qoute: unknown field \`qoute\`; did you mean \`quote\`?`,
    ]);
    expect(errorsOf({ annotation: 'mentions:\n  - quote: Moscow\n' })).toEqual([
      `${ANN}:2: mentions[0].actor: missing required field \`actor\` (an actor id, or null to drop an alias match)`,
    ]);
  });

  it('duplicate relation id, explicit or by default position', () => {
    const annotation = `relations:
  - id: r02
    source: russia
    type: delisting
    target: taliban
    quote: Lavrov met Muttaqi again
  - source: sergey-lavrov
    type: meeting
    target: amir-khan-muttaqi
    quote: Lavrov met Muttaqi again in Moscow
`;
    expect(errorsOf({ annotation })).toEqual([`${ANN}:7: relations[1]: duplicate relation id "r02" (the default id of relation 2), first used on line 2`]);
  });

  it('duplicate actor id, duplicate alias, and bad fields in the registry', () => {
    const actors = `${ACTORS}- id: russia
  label: Russia again
  kind: state
- id: kremlin
  label: Kremlin
  kind: Government
  aliases: [Moscow]
  colour: red
`;
    expect(errorsOf({ actors })).toEqual([
      'data/curated/actors.yaml:22: [5].kind: must be kebab-case: lower-case letters and digits joined by "-" (e.g. zamir-kabulov)',
      'data/curated/actors.yaml:24: [5].colour: unknown field `colour` (known fields: id, label, kind, description, role, affiliation, from, aliases)',
    ]);
    expect(errorsOf({ actors: actors.replace('Government', 'government').replace('  colour: red\n', '') })).toEqual([
      'data/curated/actors.yaml:17: [4].id: duplicate actor id "russia" (first defined on line 1)',
      'data/curated/actors.yaml:23: [5].aliases[0]: alias "Moscow" is already an alias of "russia" (line 4); one text can name only one actor — use `except` or an annotation mention to tell them apart',
    ]);
  });

  it('relation type fields: colour, PLOVER, CAMEO written as a number', () => {
    const types = TYPES.replace('"#0072B2"', 'blue').replace('plover: CONSULT', 'plover: DISCUSS').replace('  plover: CONCEDE\n', '  plover: CONCEDE\n  cameo: 0874\n');
    const errors = errorsOf({ relationTypes: types });
    expect(errors).toEqual([
      'data/curated/relation-types.yaml:4: [0].color: expected a colour as "#rrggbb" (quote it: "#0072B2")',
      'data/curated/relation-types.yaml:7: [0].cameo: write the CAMEO code as a quoted string, e.g. "0874"',
      expect.stringMatching(/^data\/curated\/relation-types\.yaml:15: \[1\]\.plover: unknown value "DISCUSS"; expected one of: AGREE, CONSULT/),
    ]);
  });

  it('YAML syntax errors, with their line', () => {
    expect(errorsOf({ annotation: 'relations:\n  - source: russia\n    quote: [unclosed\n' })).toEqual([
      expect.stringMatching(/^data\/annotations\/a\.yaml:[34]: YAML syntax error: /),
    ]);
    expect(errorsOf({ annotation: 'title: A\ntitle: B\n' })).toEqual([`${ANN}:2: YAML syntax error: Map keys must be unique`]);
  });

  it('YAML aliases: one that expands too much ("billion laughs") and one with no anchor, with their line', () => {
    const levels = 'abcdefghi'.split('');
    const bomb = levels.map((c, i) => `${c}: &${c} [${Array(9).fill(i ? `*${levels[i - 1]}` : '"lol"').join(', ')}]`).join('\n');
    expect(errorsOf({ actors: bomb })).toEqual([
      'data/curated/actors.yaml:2: YAML aliases expand to more than 100 copies of their anchors (the first alias is on this line): refused, as a file built to exhaust memory ("billion laughs")',
    ]);
    expect(errorsOf({ annotation: 'title: A\nrelations: *nope\n' })).toEqual([`${ANN}:2: YAML alias *nope has no anchor &nope before it`]);
  });

  it('an exception in one article\'s step is that article\'s error, with its file; the other articles still build', () => {
    const inputs: BuildInputs = {
      sources: [{ name: 'a.txt', text: ARTICLE }, { name: 'b.txt', text: ARTICLE }],
      annotations: [{ name: 'b.yaml', text: 'title: B\n' }],
      actors: ACTORS,
      relationTypes: TYPES,
    };
    let built = 0;
    const result = assembleGraph(
      inputs,
      (source, annotation, ctx) => {
        if (source.name === 'b.txt') throw new RangeError('Maximum call stack size exceeded\n    at deep (x.ts:1:1)');
        built++;
        return buildArticle(source, annotation, ctx);
      },
      () => 0,
    );
    expect(result.ok ? [] : result.errors).toEqual(['data/sources/b.txt: could not be built (with data/annotations/b.yaml): Maximum call stack size exceeded']);
    expect(built).toBe(1);
  });

  it('dates: not a date, bad EDTF, relativeTo without when', () => {
    expect(errorsOf({ annotation: relation('    quote: Lavrov met Muttaqi again\n    when: soon\n') })).toEqual([
      `${ANN}:6: relations[0].when: "soon" is not a date: leave \`when\` out, or give an explicit \`date\` if the article implies one`,
    ]);
    expect(errorsOf({ annotation: relation('    quote: Lavrov met Muttaqi again\n    date: 2024-13-01\n') })).toEqual([
      `${ANN}:6: relations[0].date: "2024-13-01" is not an EDTF date such as 2024-10-04, 2024-07, 2021, 2003/.. or 1979/1989`,
    ]);
    expect(errorsOf({ annotation: relation('    quote: Lavrov met Muttaqi again\n    relativeTo: 1979\n') })).toEqual([
      `${ANN}:6: relations[0].relativeTo: \`relativeTo\` needs \`when\` (the words to resolve against it)`,
    ]);
  });

  it('an article without a date line, and an annotation without an article', () => {
    expect(
      errorsOf({
        sources: [{ name: 'a.txt', text: ARTICLE }, { name: 'b.txt', text: '\nISLAMABAD — No date here.\n' }],
        annotations: [{ name: 'c.yaml', text: 'title: Orphan\n' }],
      }),
    ).toEqual(['data/sources/b.txt:2: missing `date YYYY-MM-DD` line', 'data/annotations/c.yaml:1: no article data/sources/c.txt for this annotation']);
  });

  it('missing curated files', () => {
    expect(errorsOf({ actors: undefined, relationTypes: undefined })).toEqual([
      'data/curated/actors.yaml: missing file (the actor registry)',
      'data/curated/relation-types.yaml: missing file (the relation-type taxonomy)',
    ]);
  });

  it('collects the errors of all files in one build', () => {
    const errors = errorsOf({
      actors: `${ACTORS}- id: taliban\n  label: T\n  kind: x\n`,
      annotation: relation('    quote: nowhere in the text\n    when: recent\n'),
    });
    expect(errors.map((e) => e.split(':').slice(0, 2).join(':'))).toEqual([
      'data/curated/actors.yaml:17',
      `${ANN}:5`,
      `${ANN}:6`,
    ]);
  });

  it('a mention quote must lie in one sentence', () => {
    expect(errorsOf({ annotation: 'mentions:\n  - actor: russia\n    quote: Muttaqi. Lavrov\n' })).toEqual([
      `${ANN}:3: mentions[0].quote: a mention must lie inside one sentence, but this quote spans a sentence break`,
    ]);
  });
});

describe('build warnings', () => {
  it('warns about an `actor: null` mention that removes nothing and an except context that never applied', () => {
    const actors = ACTORS.replace('aliases: [Taliban]', 'aliases:\n    - text: Taliban\n      except: [the Taliban regime]');
    const result = build({ actors, annotation: 'mentions:\n  - actor: null\n    quote: reported\n' });
    expect(result.warnings).toEqual([
      `${ANN}:2: warning: this \`actor: null\` mention removes no alias match`,
      'data/curated/actors.yaml:10: warning: except context "the Taliban regime" of alias "Taliban" applied nowhere',
    ]);
    expect(result.ok).toBe(true);
  });

  it('a quote from a line that is not a sentence (a section heading) is refused with its line', () => {
    const source = ['date 2024-08-23 DUBAI: Russia met the Taliban on Friday.', '', 'Russia Meets Taliban Envoy in Dubai', '', 'The Taliban thanked Russia.', ''].join('\n');
    const result = buildFromInputs({
      sources: [{ name: 'a.txt', text: source }],
      annotations: [{ name: 'a.yaml', text: 'relations:\n  - source: russia\n    type: meeting\n    target: taliban\n    quote: Russia Meets Taliban Envoy\n' }],
      actors: ACTORS,
      relationTypes: TYPES,
    });
    expect(result.ok ? [] : result.errors).toEqual([
      'data/annotations/a.yaml:5: relations[0].quote: the quote lies outside the article’s sentences (a headline, ticker, dateline or heading line): quote the body',
    ]);
  });
});
