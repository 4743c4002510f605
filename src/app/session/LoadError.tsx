import type { LoadFailure } from './load-graph';

/** The graph file could not be used: say which file, what is wrong and where. */
export function LoadError({ outcome }: { outcome: LoadFailure }) {
  const hasGraphParam = new URLSearchParams(location.search).has('graph');
  return (
    <main className="screen-message">
      <div className="error-card" role="alert" aria-labelledby="load-error-title">
        <h1 id="load-error-title">The graph could not be loaded</h1>
        <p className="error-summary">{outcome.summary}</p>
        {outcome.problems.length > 0 && (
          <ul className="error-problems" aria-label="Problems">
            {outcome.problems.map((p, i) => (
              <li key={i}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        )}
        {outcome.hint && <p className="error-hint">{outcome.hint}</p>}
        {hasGraphParam && (
          <p>
            <a href={location.pathname}>Open the default graph instead</a>
          </p>
        )}
      </div>
    </main>
  );
}
