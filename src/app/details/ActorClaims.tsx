// How an actor's details open: who it is in plain words, and the claims that matter most about
// it, each in plain words with the exact words it rests on and where they were published.
import { useMemo } from 'react';
import { actorSummary, keyClaims } from '../../domain/claims/actor-summary';
import { reportViews } from '../../domain/claims/claim-view';
import { formatEdtf } from '../../domain/edtf-format';
import { useExplorer } from '../store/store-context';
import { ClaimLinkButton } from './ClaimSections';
import './ActorClaims.css';

/** "Zamir Kabulov is a person, Russian presidential envoy for Afghanistan, affiliated with Russia." */
export function ActorSummary({ id }: { id: string }) {
  const index = useExplorer((s) => s.index);
  const summary = useMemo(() => actorSummary(index, id), [index, id]);
  return summary ? <p className="actor-summary">{summary}</p> : null;
}

const KEY_CLAIMS = 3;

export function KeyClaims({ id }: { id: string }) {
  const index = useExplorer((s) => s.index);
  const claims = useMemo(() => keyClaims(index, id, KEY_CLAIMS), [index, id]);
  if (claims.length === 0) return null;
  return (
    <section className="details-section key-claims" aria-labelledby="node-key-claims">
      <h3 id="node-key-claims">Key claims</h3>
      <ol className="plain-list key-claim-list">
        {claims.map((edge) => {
          const first = reportViews(index, edge)[0];
          const quote = first?.report.evidence[0]?.quote;
          return (
            <li key={edge.id} className="key-claim">
              <ClaimLinkButton edge={edge} />
              {quote && first && (
                <figure className="key-claim-quote">
                  <blockquote>“{quote}”</blockquote>
                  <figcaption>
                    {first.outlet}
                    {first.document ? ` · ${formatEdtf(first.document.published)}` : ''}
                  </figcaption>
                </figure>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
