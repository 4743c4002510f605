// A draft annotation as YAML text, through the `yaml` library's Document model (so quoting is
// always right), with a header that says what the file is and how to review it.
import { Document, isMap, isScalar } from 'yaml';
import type { AnnotationInput } from '../schemas';

export interface DraftHeader {
  /** The extractor's name, e.g. "rules". */
  extractor: string;
  /** YYYY-MM-DD: when the draft was made. */
  date: string;
  /** The article it annotates, e.g. data/sources/<id>.txt. */
  source: string;
}

export function draftHeader(h: DraftHeader): string {
  return [
    `Machine draft by the "${h.extractor}" extractor on ${h.date}, for ${h.source}.`,
    'Every item stays `review: suggested` (drawn as a suggestion in the explorer) until a person checks',
    'it against the article. To review an item: if it is right, change its line to `review: reviewed`',
    'or delete that line; if it is wrong, correct it or delete the whole item. `confidence` (0..1) and',
    '`rule` say how sure the extractor was and why.',
  ]
    .map((line) => ` ${line}`)
    .join('\n');
}

/** The YAML text of `annotation`, header first, a blank line before each list. */
export function draftYaml(annotation: AnnotationInput, header: DraftHeader): string {
  const doc = new Document(annotation);
  doc.commentBefore = draftHeader(header);
  if (isMap(doc.contents)) {
    // Not on the first key: the header already ends with a blank line.
    for (const pair of doc.contents.items.slice(1)) {
      if (isScalar(pair.key) && ['actors', 'mentions', 'relations'].includes(String(pair.key.value))) pair.key.spaceBefore = true;
    }
  }
  // lineWidth 0: a quote stays on one line, as a reviewer searches for it in the article.
  return doc.toString({ lineWidth: 0 });
}
