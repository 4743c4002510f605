// Is an article English? franc-min (trigram language identification) on the body. The registry's
// aliases and the extractor's rules are English, so a text in another language would draft nothing
// useful, or worse, wrong matches.
import { francAll } from 'franc-min';

/** Below this many letters franc guesses; the text is let through rather than refused on a guess. */
const MIN_LETTERS = 60;
/** English's score relative to the best language (1): English news scores 1, French 0.76 (measured on the corpus). */
const ENGLISH_CLOSE = 0.9;

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** The language of `body` when it is confidently not English, e.g. "French"; undefined otherwise. */
export function otherLanguage(body: string): string | undefined {
  if ((body.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return undefined;
  const scores = francAll(body);
  const [best, bestScore = 0] = scores[0] ?? [];
  if (!best || best === 'und' || best === 'eng') return undefined;
  const english = scores.find(([code]) => code === 'eng')?.[1] ?? 0;
  if (english >= ENGLISH_CLOSE * bestScore) return undefined;
  try {
    return names.of(best) ?? best;
  } catch {
    return best;
  }
}
