// A saved web page reduced to its article with Mozilla's Readability (the Firefox reader view) on
// jsdom: title, publication date, outlet, canonical URL and the paragraphs, one per block.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { JSDOM } from 'jsdom';

export interface HtmlArticle {
  /** Paragraphs of the article body, whitespace collapsed. */
  paragraphs: string[];
  title?: string;
  /** YYYY-MM-DD, as the page itself dates the article. */
  published?: string;
  outlet?: string;
  url?: string;
}

export type HtmlResult = { ok: true; article: HtmlArticle } | { ok: false; message: string };

/** Elements whose start and end break a paragraph. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FOOTER', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
/** Kept by Readability but not article prose: captions and media would become false sentences. */
const SKIPPED = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE', 'IMG', 'VIDEO', 'AUDIO', 'SVG', 'IFRAME', 'SCRIPT', 'STYLE', 'NOSCRIPT']);

const clean = (s: string | null | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};

/** YYYY-MM-DD from an ISO-like timestamp; the page's own calendar day, not converted to UTC. */
export function dayOf(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(v);
  if (iso) return iso[1];
  const parsed = new Date(v);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

/** Dates Readability does not read (it knows JSON-LD, article:published_time and parsely-pub-date). */
function fallbackDate(doc: Document): string | undefined {
  const selectors = [
    'meta[property="og:article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[name="dc.date.issued" i]',
    'meta[name="dc.date" i]',
  ];
  for (const s of selectors) {
    const day = dayOf(doc.querySelector(s)?.getAttribute('content'));
    if (day) return day;
  }
  const time = doc.querySelector('article time[datetime], time[pubdate][datetime], time[itemprop="datePublished"][datetime], time[datetime]');
  return dayOf(time?.getAttribute('datetime'));
}

/** The text of `root` as paragraphs: one per block element, inline markup flattened. */
export function paragraphsOf(root: Node): string[] {
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = clean(current);
    if (t) out.push(t);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

export function readHtml(html: string, pageUrl?: string): HtmlResult {
  const dom = new JSDOM(html, pageUrl ? { url: pageUrl } : {});
  const doc = dom.window.document;
  // Read before Readability, which rewrites the document it parses.
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const fallbackPublished = fallbackDate(doc);
  const none = { ok: false, message: 'no article found in the page (Readability found no readable text)' } as const;
  // Readability's own pre-check, loosened so that a short report of two paragraphs still passes;
  // without it a login form or a list of links comes back as an "article".
  if (!isProbablyReaderable(doc, { minContentLength: 80, minScore: 8 })) return none;
  const parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  const paragraphs = parsed?.content ? paragraphsOf(parsed.content) : [];
  if (!parsed || paragraphs.length === 0) return none;
  const title = clean(parsed.title);
  const published = dayOf(parsed.publishedTime) ?? fallbackPublished;
  const outlet = clean(parsed.siteName);
  const url = clean(canonical);
  dom.window.close();
  return {
    ok: true,
    article: {
      paragraphs,
      ...(title ? { title } : {}),
      ...(published ? { published } : {}),
      ...(outlet ? { outlet } : {}),
      ...(url ? { url } : {}),
    },
  };
}
