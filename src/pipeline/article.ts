// Reads one source file into an article: publication date, dateline, where the body starts and its
// citable sentences. The build and ingest both read articles through here, so a draft cites the
// same sentences the build will find.
import { parseArticleMetadata } from '../domain/article-metadata';
import { findArticleNoise } from '../domain/article-noise';
import { splitSentences } from '../domain/sentences';
import type { Article } from './annotations';
import type { ArticleText } from './ingest/extractor';

export type ArticleReadResult = { ok: true; article: Article } | { ok: false; line: number; message: string };

/** `file` is the path relative to the project root (for messages); `sourceFile` the name under data/sources. */
export function readArticle(id: string, file: string, sourceFile: string, text: string): ArticleReadResult {
  const meta = parseArticleMetadata(text);
  if (!meta.ok) return meta;
  // Sentences come from the citable ranges only: tickers, stamps and headings are never cited.
  const { citable } = findArticleNoise(text, meta.bodyStart, text.length, meta.headline);
  const { ok: _ok, ...metadata } = meta;
  return { ok: true, article: { id, file, sourceFile, text, ...metadata, sentences: citable.flatMap((r) => splitSentences(text, r.start, r.end)) } };
}

/** What an extractor sees of an article: its text, date, dateline and sentences (`outlet` may be overridden). */
export function articleText(article: Article, outlet = article.outlet): ArticleText {
  return {
    id: article.id,
    text: article.text,
    published: article.published,
    bodyStart: article.bodyStart,
    sentences: article.sentences,
    ...(article.place !== undefined ? { place: article.place } : {}),
    ...(article.agency !== undefined ? { agency: article.agency } : {}),
    ...(outlet !== undefined ? { outlet } : {}),
  };
}
