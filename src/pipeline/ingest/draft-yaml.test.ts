import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { annotationFileSchema } from '../schemas';
import { draftToAnnotation } from './draft-annotation';
import { draftYaml } from './draft-yaml';
import type { Draft } from './extractor';

const draft: Draft = {
  actors: [{ id: 'zamir-kabulov-office', label: 'Office of Zamir Kabulov', kind: 'agency', affiliation: 'russia', aliases: ['the envoy’s office'], confidence: 0.456, rule: 'ner: ORG' }],
  mentions: [{ actor: 'taliban', quote: 'the group', within: 'the group: "we welcome it"', confidence: 0.7, rule: 'coreference: the group' }],
  relations: [
    {
      source: 'russia',
      type: 'delisting',
      target: 'taliban',
      quote: 'a “principal decision” had been made: remove # the Taliban',
      when: '2024',
      status: 'decided',
      saidBy: 'zamir-kabulov',
      confidence: 0.9,
      rule: 'delisting: remove … from … list',
    },
    { source: 'pakistan', type: 'accusation', target: 'taliban', quote: '- yes, true, null', confidence: 0.35, rule: "accusation: 'accused'" },
  ],
};
const header = { extractor: 'rules', date: '2026-01-02', source: 'data/sources/2024-10-05_x.txt' };

describe('draftYaml', () => {
  const annotation = draftToAnnotation(draft, { title: 'Title: with a colon', outlet: 'VOA', url: 'https://example.org/a?b=1#c' });
  const text = draftYaml(annotation, header);

  it('round-trips through the annotation schema, every item review: suggested with confidence and rule', () => {
    const checked = annotationFileSchema.safeParse(parse(text));
    expect(checked.success).toBe(true);
    expect(checked.data).toEqual(annotation);
    const items = [...(checked.data?.actors ?? []), ...(checked.data?.mentions ?? []), ...(checked.data?.relations ?? [])];
    expect(items).toHaveLength(4);
    for (const item of items) {
      expect(item.review).toBe('suggested');
      expect(item.confidence).toBeGreaterThan(0);
      expect(item.rule).toBeTruthy();
    }
    expect(checked.data?.relations?.[0]?.when).toBe('2024');
  });

  it('starts with a header naming the extractor, the date and how to review', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Machine draft by the "rules" extractor on 2026-01-02, for data/sources/2024-10-05_x.txt.');
    const head = lines.slice(0, lines.findIndex((l) => !l.startsWith('#'))).join('\n');
    expect(head).toContain('`review: suggested`');
    expect(head).toContain('change its line to `review: reviewed`');
    expect(head).toContain('or delete that line');
  });

  it('keeps each quote on one line and separates the lists by a blank line', () => {
    expect(text).toMatch(/\n {4}quote: "a “principal decision” had been made: remove # the Taliban"\n/);
    expect(text).toContain('\n\nactors:\n');
    expect(text).toContain('\n\nmentions:\n');
    expect(text).toContain('\n\nrelations:\n');
  });

  it('leaves one blank line after the header when the draft has no title', () => {
    const bare = draftYaml(draftToAnnotation(draft), header);
    expect(bare).toContain('say how sure the extractor was and why.\n\nactors:\n');
  });

  it('writes an empty draft as a header and an empty map', () => {
    const empty = draftYaml(draftToAnnotation({ actors: [], mentions: [], relations: [] }), header);
    expect(annotationFileSchema.parse(parse(empty))).toEqual({});
    expect(empty.startsWith('# Machine draft')).toBe(true);
  });
});
