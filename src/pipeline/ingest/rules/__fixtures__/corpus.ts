// The project's own reviewed corpus and curated knowledge, as the extractor's tests read them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../annotations';
import { readArticle } from '../../../article';
import { loadKnowledge } from '../../knowledge';

export const ROOT = join(import.meta.dirname, '../../../../..');
export const SEED = '000_13209300025090b4';
/** Every reviewed article in data/sources, the seed first. */
/** The articles by a short name, for tests that quote one of them. */
export const KAZAKHSTAN = '2023-12-29_kazakhstan-removes-taliban';
export const CHINA = '2024-01-30_china-accepts-taliban-envoy';
export const PUTIN = '2024-07-04_putin-taliban-allies';
export const ENVOY_UAE = '2024-08-22_taliban-ambassador-uae';
export const UAE = '2024-08-23_uae-accepts-taliban-ambassador';
export const KYRGYZSTAN = '2024-09-06_kyrgyzstan-removes-taliban';
export const DUMA = '2024-12-17_duma-bill-taliban';
export const LAWMAKERS = '2024-12-17_lawmakers-pass-bill-taliban';

export const CORPUS_IDS = [SEED, KAZAKHSTAN, CHINA, PUTIN, ENVOY_UAE, UAE, KYRGYZSTAN, DUMA, LAWMAKERS];

const loaded = loadKnowledge(ROOT);
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
export const KNOWLEDGE = loaded.knowledge;

export const sourceText = (id: string): string => readFileSync(join(ROOT, 'data/sources', `${id}.txt`), 'utf8');

/** An article read as the build reads it: the source file's text, or `text` for a made-up one. */
export function readSource(id: string, text = sourceText(id)): Article {
  const r = readArticle(id, id, `${id}.txt`, text);
  if (!r.ok) throw new Error(`${id}: ${r.message}`);
  return r.article;
}
