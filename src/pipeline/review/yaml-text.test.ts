import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { actorsText, annotationText, applyOk, buildWith, builtOk, lineDiff, miniText, PUTIN } from './__fixtures__/review-files';
import { scalarText, YamlText } from './yaml-text';

const actors = actorsText();
const putin = annotationText(PUTIN);
// The same article with two relations written in flow style, as a person may write them.
const R04 = '  - id: r04\n    source: russia\n    type: support\n    target: taliban\n    quote: Moscow has for years fostered relations with the Taliban\n    note: Relations fostered "for years" (no date given).\n';
const R04_FLOW = '  - { id: r04, source: russia, type: support, target: taliban, quote: Moscow has for years fostered relations with the Taliban, note: Relations fostered "for years" (no date given). }   # flow\n';
const R08_FLOW =
  '  - { id: r08, source: is-k, type: intervention, target: russia,\n' +
  '      quote: "In March, Daesh-K killed more than 140 people in an assault on a Moscow concert hall, the deadliest terror attack in Russia for almost two decades",\n' +
  '      when: In March }\n';
const withR04 = putin.replace(R04, R04_FLOW);
const flowPutin = withR04.slice(0, withR04.indexOf('  - id: r08\n')) + R08_FLOW;
type Rel = Record<string, unknown>;
const relations = (text: string): Rel[] => (parse(text) as { relations: Rel[] }).relations;

describe('flow-style items', () => {
  it('the fixture reads as the block original does, but for r08’s note', () => {
    const want = relations(putin);
    delete want[7]!.note;
    expect(relations(flowPutin)).toEqual(want);
    builtOk(buildWith({ annotations: { [PUTIN]: flowPutin } }));
  });

  it('rejects, edits and accepts inside { }, leaving the line’s comment and the other items alone', () => {
    const rejected = applyOk({ annotation: flowPutin, actors }, { kind: 'reject-relation', id: 'r04' }).annotation;
    expect(rejected).toBe(flowPutin.replace('(no date given). }', '(no date given)., review: rejected }'));
    const set = { note: null, when: 'for years', saidBy: 'vladimir-putin', status: 'asserted' } as const;
    const edited = applyOk({ annotation: rejected, actors }, { kind: 'edit-relation', id: 'r04', set }).annotation;
    expect(edited.split('\n')[57]).toBe(
      '  - { id: r04, source: russia, type: support, target: taliban, quote: Moscow has for years fostered relations with the Taliban, when: for years, status: asserted, saidBy: vladimir-putin, review: reviewed }   # flow',
    );
    expect(lineDiff(flowPutin, edited).removed.map(([n]) => n)).toEqual([58]);
    const r04 = relations(edited)[3]!;
    expect(r04).toEqual({ id: 'r04', source: 'russia', type: 'support', target: 'taliban', quote: 'Moscow has for years fostered relations with the Taliban', when: 'for years', status: 'asserted', saidBy: 'vladimir-putin', review: 'reviewed' });
  });

  it('edits a flow map that spans lines and quotes a text with commas inside it', () => {
    const out = applyOk({ annotation: flowPutin, actors }, { kind: 'edit-relation', id: 'r08', set: { when: null, note: 'Moscow, March 2024', date: '2024-03' } }).annotation;
    expect(out.endsWith('      quote: "In March, Daesh-K killed more than 140 people in an assault on a Moscow concert hall, the deadliest terror attack in Russia for almost two decades", date: "2024-03", note: "Moscow, March 2024" }\n')).toBe(true);
    expect(relations(out)[7]).toMatchObject({ date: '2024-03', note: 'Moscow, March 2024' });
    expect(relations(out)[7]!.when).toBeUndefined();
    builtOk(buildWith({ annotations: { [PUTIN]: out } }));
  });

  it('appends a new relation in flow style after a flow item', () => {
    const relation = { source: 'russia', type: 'listing', target: 'taliban', quote: 'a banned group in Russia' };
    const out = applyOk({ annotation: flowPutin, actors }, { kind: 'add-relation', relation }).annotation;
    expect(out).toBe(`${flowPutin}  - { id: r09, source: russia, type: listing, target: taliban, quote: a banned group in Russia, review: reviewed }\n`);
    builtOk(buildWith({ annotations: { [PUTIN]: out } }));
  });

  it('reads flow mentions and relations without ids in the build tests’ mini annotation', () => {
    const mini = miniText();
    const out = applyOk({ annotation: mini, actors }, { kind: 'edit-relation', id: 'r02', set: { type: 'consultation', when: 'later' } }).annotation;
    expect(lineDiff(mini, out)).toEqual({ removed: [[27, '    type: meeting']], added: [[27, '    type: consultation'], [30, '    when: later']] });
  });
});

describe('YamlText', () => {
  it('keeps Windows line breaks', () => {
    const crlf = 'relations:\r\n  - id: r01\r\n    source: a\r\n    review: suggested\r\n';
    const out = applyOk({ annotation: crlf, actors }, { kind: 'reject-relation', id: 'r01' }).annotation;
    expect(out).toBe(crlf.replace('suggested', 'rejected'));
    const added = applyOk({ annotation: crlf, actors }, { kind: 'add-mention', mention: { actor: 'a', quote: 'q' } }).annotation;
    expect(added).toBe(`mentions:\r\n  - actor: a\r\n    quote: q\r\n    review: reviewed\r\n\r\n${crlf}`);
  });

  it('appends to a file without a final line break', () => {
    const out = applyOk({ annotation: 'relations:\n  - id: r01\n    source: a', actors }, { kind: 'reject-relation', id: 'r01' }).annotation;
    expect(out).toBe('relations:\n  - id: r01\n    source: a\n    review: rejected\n');
  });

  it('adds a field before the first one of a seq item', () => {
    const parsed = YamlText.parse('list:\n  - b: 2\n    c: 3\n');
    if ('error' in parsed) throw new Error(parsed.error);
    const item = (parsed.root!.get('list') as { items: unknown[] }).items[0] as Parameters<YamlText['insertPair']>[0];
    parsed.insertPair(item, 'a', '1', ['a', 'b', 'c']);
    expect(parsed.result()).toBe('list:\n  - a: "1"\n    b: 2\n    c: 3\n');
  });

  it('writes texts plain where YAML reads them back the same, quoted otherwise, on one line', () => {
    expect(scalarText('Moscow', 'quote', false)).toBe('Moscow');
    expect(scalarText('Moscow, Russia', 'quote', false)).toBe('Moscow, Russia');
    expect(scalarText('Moscow, Russia', 'quote', true)).toBe('"Moscow, Russia"');
    expect(scalarText('2024-10-04', 'date', false)).toBe('"2024-10-04"');
    expect(scalarText('1979', 'when', false)).toBe('"1979"');
    expect(scalarText('a: b # c', 'note', false)).toBe('"a: b # c"');
    expect(scalarText('one\ntwo', 'note', false)).toBe('"one\\ntwo"');
    for (const s of ['null', 'true', '- x', '"q"', "it's", '“We', '[x]', 'a\tb']) expect(parse(`k: ${scalarText(s, 'k', false)}`)).toEqual({ k: s });
  });
});
