// Right column: the details of the selection, the article reader, the story and the analyst tools, as tabs.
import { useRef, type KeyboardEvent } from 'react';
import type { Panel } from '../../domain/view-state-url';
import { useActions, useExplorer } from '../store/store-context';
import { AnalysePanel } from './AnalysePanel';
import { ArticleReader } from './ArticleReader';
import { DetailsPanel } from '../details/DetailsPanel';
import { useReview } from '../review/review-context';
import { ReviewPanel } from '../review/ReviewPanel';
import { StoryPanel } from '../story/StoryPanel';
import './Inspector.css';

const BASE_TABS: Array<{ id: Panel; label: string }> = [
  { id: 'details', label: 'Details' },
  { id: 'reader', label: 'Article' },
  { id: 'story', label: 'Story' },
  { id: 'analyse', label: 'Analyse' },
];
// Only a page served by the workspace server (npm start) can review; dist/ on a static host cannot.
const REVIEW_TAB = { id: 'review' as const, label: 'Review' };

export function Inspector() {
  const withReview = useReview((s) => s.status.kind !== 'none');
  const TABS = withReview ? [...BASE_TABS, REVIEW_TAB] : BASE_TABS;
  const chosen = useExplorer((s) => s.panel);
  const panel = chosen === 'review' && !withReview ? 'details' : chosen;
  const { showPanel } = useActions();
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const at = TABS.findIndex((t) => t.id === panel);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : (at + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    showPanel(TABS[next]!.id);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="inspector-inner">
      <div className="tabs" role="tablist" aria-label="Inspector" onKeyDown={onKeyDown}>
        {TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={panel === t.id}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={panel === t.id ? 0 : -1}
            className="tab"
            onClick={() => showPanel(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="tabpanel" role="tabpanel" id="tabpanel-details" aria-labelledby="tab-details" hidden={panel !== 'details'}>
        <DetailsPanel />
      </div>
      <div className="tabpanel" role="tabpanel" id="tabpanel-reader" aria-labelledby="tab-reader" hidden={panel !== 'reader'}>
        <ArticleReader active={panel === 'reader'} />
      </div>
      <div className="tabpanel" role="tabpanel" id="tabpanel-story" aria-labelledby="tab-story" hidden={panel !== 'story'}>
        <StoryPanel active={panel === 'story'} />
      </div>
      <div className="tabpanel" role="tabpanel" id="tabpanel-analyse" aria-labelledby="tab-analyse" hidden={panel !== 'analyse'}>
        <AnalysePanel />
      </div>
      {withReview && (
        <div className="tabpanel" role="tabpanel" id="tabpanel-review" aria-labelledby="tab-review" hidden={panel !== 'review'}>
          <ReviewPanel active={panel === 'review'} />
        </div>
      )}
    </div>
  );
}
