import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { candidatesFor, normalise } from './actor-candidates';
import { actorsText } from './__fixtures__/review-files';

type Alias = string | { text: string };
const registry = (parse(actorsText()) as Array<{ id: string; label: string; aliases?: Alias[] }>).map((a) => ({
  id: a.id,
  label: a.label,
  aliases: (a.aliases ?? []).map((x) => (typeof x === 'string' ? x : x.text)),
}));
const first = (label: string, aliases?: string[]) => candidatesFor({ id: 'x', label, ...(aliases ? { aliases } : {}) }, registry)[0];

describe('candidatesFor', () => {
  it('finds the same label, ignoring case and accents', () => {
    expect(first('Amir Khan Muttaqi')).toEqual({ id: 'amir-khan-muttaqi', label: 'Amir Khan Muttaqi', why: 'same label' });
    expect(first('AMIR KHAN MUTTAQÎ')).toEqual({ id: 'amir-khan-muttaqi', label: 'Amir Khan Muttaqi', why: 'same label' });
  });

  it('finds a registry alias, from the label or the proposed aliases', () => {
    expect(first('Sergeï Lavrov')).toEqual({ id: 'sergey-lavrov', label: 'Sergey Lavrov', why: 'alias' });
    expect(first('Head of the envoy office', ['Kabulov'])).toEqual({ id: 'zamir-kabulov', label: 'Zamir Kabulov', why: 'alias' });
    expect(first('U.S')?.id).toBe('united-states');
  });

  it('finds near spellings, but not between short names', () => {
    expect(first('Zamir Kaboulov')).toEqual({ id: 'zamir-kabulov', label: 'Zamir Kabulov', why: 'near spelling' });
    expect(first('Badrudin Haqqani')).toEqual({ id: 'badruddin-haqqani', label: 'Badruddin Haqqani', why: 'near spelling' });
    expect(candidatesFor({ id: 'usa', label: 'UAS' }, registry).map((c) => c.why)).not.toContain('near spelling');
  });

  it('finds actors that share a name, the rarer shared name first', () => {
    // "Muttaqi" is in one actor's names, "Amir" in one: Muttaqi's minister comes first.
    expect(first('Mawlawi Amir Muttaqi')).toEqual({ id: 'amir-khan-muttaqi', label: 'Amir Khan Muttaqi', why: 'shares a name' });
    const haqqani = candidatesFor({ id: 'haqqani-network', label: 'Haqqani network' }, registry);
    expect(haqqani.map((c) => c.id)).toEqual(['sirajuddin-haqqani', 'badruddin-haqqani']);
    expect(haqqani.every((c) => c.why === 'shares a name')).toBe(true);
  });

  it('ranks by reason, keeps to the limit and finds nothing for an unrelated name', () => {
    const all = candidatesFor({ id: 'x', label: 'Russian Foreign Ministry', aliases: ['Russia'] }, registry, 3);
    expect(all).toHaveLength(3);
    expect(all[0]).toEqual({ id: 'russian-foreign-ministry', label: expect.any(String), why: 'same label' });
    expect(all[1]).toMatchObject({ id: 'russia', why: 'alias' });
    expect(candidatesFor({ id: 'x', label: 'Quetzalcoatl' }, registry)).toEqual([]);
    expect(candidatesFor({ id: 'x', label: 'Amir Khan Muttaqi' }, registry, 0)).toEqual([]);
  });

  it('compares names without punctuation, accents or case', () => {
    expect(normalise('  U.S.-backed Ḥaqqānī’s  ')).toBe('us backed haqqanis');
  });
});
