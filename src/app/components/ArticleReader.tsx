// The full text of a source document, sentence by sentence. Sentences that support the
// selection are highlighted (with the mention or quote marked) and scrolled into view;
// clicking a sentence selects it, which shows and highlights the relations it supports.
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { formatCount } from '../../domain/count-format';
import { formatEdtf } from '../../domain/edtf-format';
import { documentParagraphs } from '../../domain/text-segments';
import { useActions, useExplorer } from '../store/store-context';
import { isDirected, nodeLabel } from '../../domain/graph-index';
import { edgeStatus, isSuggested, statusStyle } from '../../domain/status';
import { MarkedText, StatusBadge, TypeSwatch } from '../ui/bits';
import { ReviewChip } from '../details/ReviewBadge';
import { QuoteActions } from '../review/QuoteActions';
import './ArticleReader.css';

function smooth(): ScrollBehavior {
  return navigator.webdriver || window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

const DOC_PICKER_MAX = 60;

export function ArticleReader({ active }: { active: boolean }) {
  const index = useExplorer((s) => s.index);
  const focus = useExplorer((s) => s.focus);
  const selection = useExplorer((s) => s.selection);
  const readRequest = useExplorer((s) => s.readRequest);
  const docId = useExplorer((s) => s.readerDocument);
  const { selectSentence, showDocument } = useActions();
  const bodyRef = useRef<HTMLDivElement>(null);
  const doc = docId ? index.documents.get(docId) : undefined;
  const paragraphs = useMemo(() => (doc ? documentParagraphs(doc, index.sentencesByDocument.get(doc.id) ?? []) : []), [doc, index]);
  const selectedSentence = selection?.kind === 'sentence' ? selection.id : null;
  // A corpus has thousands of articles; a list that long is no help and costs a layout of every
  // option at each change. Then the picker offers the articles behind the selection (else the
  // most recent ones), and the current one.
  const pickable = useMemo(() => {
    const all = index.file.documents;
    if (all.length <= DOC_PICKER_MAX) return { docs: all, relevant: false };
    const withFocus = new Set<string>();
    for (const id of focus.sentences) {
      const d = index.sentences.get(id)?.documentId;
      if (d) withFocus.add(d);
    }
    const relevant = withFocus.size > 0;
    let docs = relevant
      ? all.filter((d) => withFocus.has(d.id)).slice(0, DOC_PICKER_MAX)
      : [...all].sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : 0)).slice(0, DOC_PICKER_MAX);
    if (doc && !docs.includes(doc)) docs = [doc, ...docs];
    return { docs, relevant };
  }, [index, focus, doc]);
  const supportCount = useMemo(() => (doc ? (index.sentencesByDocument.get(doc.id) ?? []).filter((s) => focus.sentences.has(s.id)).length : 0), [doc, index, focus]);

  // Bring the asked-for sentence, else the first supporting one, into view.
  const handledRead = useRef<number>(0);
  useEffect(() => {
    if (!active || !bodyRef.current || !doc) return;
    let target: string | undefined;
    if (readRequest && readRequest.seq !== handledRead.current && index.sentences.get(readRequest.target)?.documentId === doc.id) {
      handledRead.current = readRequest.seq;
      target = readRequest.target;
    } else {
      target = (index.sentencesByDocument.get(doc.id) ?? []).find((s) => focus.sentences.has(s.id))?.id;
    }
    if (!target) return;
    const el = bodyRef.current.querySelector<HTMLElement>(`[data-sentence="${CSS.escape(target)}"]`);
    el?.scrollIntoView({ block: 'center', behavior: smooth() });
  }, [active, doc, focus, readRequest, index]);

  if (!doc) return <p className="muted details">This graph has no source documents.</p>;
  const onKey = (e: KeyboardEvent<HTMLElement>, id: string): void => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      selectSentence(id);
    }
  };

  return (
    <article className="reader" aria-labelledby="reader-title">
      <header className="reader-head">
        {index.file.documents.length > 1 && (
          <label className="doc-picker">
            <span>Document</span>
            <select value={doc.id} onChange={(e) => showDocument(e.target.value)}>
              {pickable.docs.map((d) => (
                <option key={d.id} value={d.id}>
                  {formatEdtf(d.published)} — {d.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {pickable.docs.length < index.file.documents.length && (
          <p className="doc-picker-note">
            The list offers {pickable.relevant ? 'the articles behind the selection' : 'the most recent articles'}: {formatCount(pickable.docs.length)} of{' '}
            {formatCount(index.file.documents.length)}.
          </p>
        )}
        <h2 id="reader-title">{doc.title}</h2>
        <p className="doc-meta">
          {formatEdtf(doc.published)}
          {doc.place ? ` · ${doc.place}` : ''}
          {doc.sourceFile ? ` · ${doc.sourceFile}` : ''}
        </p>
        <p className="reader-hint" aria-live="polite">
          {supportCount > 0
            ? `${supportCount} highlighted sentence${supportCount === 1 ? '' : 's'} support${supportCount === 1 ? 's' : ''} the selection.`
            : 'Click a sentence to see the relations it supports.'}
        </p>
      </header>
      <div className="reader-body" ref={bodyRef}>
        {paragraphs.map((p) => (
          <p key={p.start}>
            {p.segments.map((seg) =>
              seg.kind === 'text' ? (
                <span key={seg.start} data-start={seg.start}>
                  {seg.text}
                </span>
              ) : (
                <span
                  key={seg.sentence.id}
                  data-sentence={seg.sentence.id}
                  data-start={seg.sentence.start}
                  role="button"
                  tabIndex={0}
                  aria-pressed={selectedSentence === seg.sentence.id}
                  className={`sentence${focus.sentences.has(seg.sentence.id) ? ' is-support' : ''}${selectedSentence === seg.sentence.id ? ' is-selected' : ''}${index.edgesBySentence.has(seg.sentence.id) ? ' has-relations' : ''}`}
                  onClick={() => selectSentence(seg.sentence.id)}
                  onKeyDown={(e) => onKey(e, seg.sentence.id)}
                >
                  <MarkedText sentence={seg.sentence} marks={focus.marks.get(seg.sentence.id)} />
                </span>
              ),
            )}
          </p>
        ))}
      </div>
      <QuoteActions bodyRef={bodyRef} doc={doc} />
      {selectedSentence && <SentenceRelations sentenceId={selectedSentence} />}
    </article>
  );
}

/** The relations the selected sentence supports, pinned under the text. */
function SentenceRelations({ sentenceId }: { sentenceId: string }) {
  const index = useExplorer((s) => s.index);
  const { selectEdge } = useActions();
  const sentence = index.sentences.get(sentenceId);
  const edgeIds = index.edgesBySentence.get(sentenceId) ?? [];
  if (!sentence) return null;
  return (
    <section className="sentence-relations" aria-labelledby="sentence-relations-title">
      <h3 id="sentence-relations-title">
        Sentence {sentence.index + 1} supports {edgeIds.length} relation{edgeIds.length === 1 ? '' : 's'}
      </h3>
      {edgeIds.length > 0 && (
        <ul className="plain-list">
          {edgeIds.map((id) => {
            const e = index.edges.get(id)!;
            const type = index.types.get(e.type);
            const directed = isDirected(index, e.type);
            return (
              <li key={id}>
                <button type="button" className="sentence-relation" onClick={() => selectEdge(id)}>
                  <TypeSwatch color={type?.color ?? '#888'} line={statusStyle(edgeStatus(e)).line} arrow={directed} suggested={isSuggested(e)} />
                  <span>
                    {nodeLabel(index, e.source)} <span className="muted">{type?.label ?? e.type}</span> {nodeLabel(index, e.target)}
                  </span>
                  <ReviewChip edge={e} />
                  <StatusBadge status={edgeStatus(e)} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
