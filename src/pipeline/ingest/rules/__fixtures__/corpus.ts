// The project's own reviewed corpus and curated knowledge, as the extractor's tests read them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../annotations';
import { readArticle } from '../../../article';
import { loadKnowledge } from '../../knowledge';

export const ROOT = join(import.meta.dirname, '../../../../..');
export const SEED = '000_13209300025090b4';
/** Every reviewed article in data/sources, the seed first. */
export const CORPUS_IDS = [
  SEED,
  '2023-12-29_kazakhstan-removes-taliban',
  '2024-01-30_china-accepts-taliban-envoy',
  '2024-07-04_putin-taliban-allies',
  '2024-08-22_taliban-ambassador-uae',
  '2024-08-23_uae-accepts-taliban-ambassador',
  '2024-09-06_kyrgyzstan-removes-taliban',
  '2024-12-17_duma-bill-taliban',
  '2024-12-17_lawmakers-pass-bill-taliban',
];

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
