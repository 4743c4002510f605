// A new article for review: pasted text, or a saved .txt or .html page (reduced to its article by
// Readability on the server), with its date, outlet and title when the text does not say them.
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useReview, useReviewActions } from './review-context';

const MAX_FILE_BYTES = 2 * 1024 * 1024;

export function PasteArticle() {
  const { paste } = useReviewActions();
  const busy = useReview((s) => s.busy);
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState<{ name: string; text: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const choose = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0];
    setProblem(null);
    setPage(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setProblem(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB; an article file is at most 2 MB.`);
    const text = await file.text();
    if (/\.html?$/i.test(file.name)) setPage({ name: file.name, text });
    else if (textRef.current) textRef.current.value = text;
  };

  const submit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const value = (k: string): string | undefined => {
      const v = String(form.get(k) ?? '').trim();
      return v || undefined;
    };
    const text = page?.text ?? value('text');
    if (!text) return setProblem('Paste the article text or choose a file.');
    const date = value('date');
    const outlet = value('outlet');
    const title = value('title');
    const ok = await paste({ text, ...(page ? { html: true } : {}), ...(date ? { date } : {}), ...(outlet ? { outlet } : {}), ...(title ? { title } : {}) });
    if (ok) {
      setOpen(false);
      setPage(null);
    }
  };

  return (
    <div className="paste">
      <button type="button" className="secondary-button" aria-expanded={open} aria-controls="paste-form" onClick={() => setOpen(!open)}>
        Paste an article…
      </button>
      {open && (
        <form id="paste-form" className="paste-form" aria-label="Paste an article" onSubmit={(e) => void submit(e)}>
          <label>
            <span>Article text</span>
            <textarea
              ref={textRef}
              name="text"
              rows={8}
              disabled={page !== null}
              placeholder={page ? `Using the page ${page.name}` : 'Paste the article as published; a first line ` date 2024-10-05` or the date below.'}
            />
          </label>
          <label>
            <span>Or a saved article (.txt, .html)</span>
            <input type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => void choose(e)} />
          </label>
          <div className="editor-row">
            <label>
              <span>Published</span>
              <input name="date" type="date" />
            </label>
            <label>
              <span>Outlet</span>
              <input name="outlet" placeholder="AP" />
            </label>
          </div>
          <label>
            <span>Title</span>
            <input name="title" placeholder="Taken from the text when left empty" />
          </label>
          {problem && (
            <p className="editor-problem" role="alert">
              {problem}
            </p>
          )}
          <button type="submit" className="primary-button" disabled={busy}>
            Draft its claims
          </button>
        </form>
      )}
    </div>
  );
}
