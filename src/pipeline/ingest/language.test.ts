import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, SEED } from './__fixtures__/temp-project';
import { otherLanguage } from './language';

describe('otherLanguage', () => {
  it('lets English news through', () => {
    expect(otherLanguage(readFileSync(join(REPO, 'data/sources', `${SEED}.txt`), 'utf8'))).toBeUndefined();
    expect(otherLanguage('Russia said on Friday that it would remove the Taliban from its list of terrorist organizations, the envoy said.')).toBeUndefined();
  });

  it('names the language of a French or Russian text', () => {
    expect(
      otherLanguage('La Russie a annoncé vendredi qu’une « décision de principe » avait déjà été prise pour retirer les talibans au pouvoir en Afghanistan de la liste des organisations terroristes.'),
    ).toBe('French');
    expect(otherLanguage('Россия в пятницу сообщила, что принципиальное решение об исключении движения из списка террористических организаций уже принято.')).toBe('Russian');
  });

  it('does not guess on a few words', () => {
    expect(otherLanguage('Le Monde, 5 octobre')).toBeUndefined();
  });
});
