// Reads one source file into an article: publication date, dateline, where the body starts and its
// citable sentences. The build and ingest both read articles through here, so a draft cites the
// same sentences the build will find.
import { parseArticleMetadata } from '../domain/article-metadata';
import { findArticleNoise } from '../domain/article-noise';
import { splitSentences } from '../domain/sentences';
import type { Article } from './annotations';

export type ArticleReadResult = { ok: true; article: Article } | { ok: false; line: number; message: string };

/** `file` is the path relative to the project root (for messages); `sourceFile` the name under data/sources. */
export function readArticle(id: string, file: string, sourceFile: string, text: string): ArticleReadResult {
  const meta = parseArticleMetadata(text);
  if (!meta.ok) return meta;
  // Sentences come from the citable ranges only: tickers, stamps and headings are never cited.
  const { citable } = findArticleNoise(text, meta.bodyStart, text.length, meta.headline);
  return {
    ok: true,
    article: {
      id,
      file,
      sourceFile,
      text,
      published: meta.published,
      ...(meta.place !== undefined ? { place: meta.place } : {}),
      ...(meta.agency !== undefined ? { agency: meta.agency } : {}),
      ...(meta.outlet !== undefined ? { outlet: meta.outlet } : {}),
      ...(meta.headline !== undefined ? { headline: meta.headline } : {}),
      bodyStart: meta.bodyStart,
      sentences: citable.flatMap((r) => splitSentences(text, r.start, r.end)),
    },
  };
}
