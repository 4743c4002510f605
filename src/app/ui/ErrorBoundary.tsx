import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Catches what the load checks did not: a rendering bug shows a message, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Explorer crashed:', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="screen-message">
        <div className="error-card" role="alert">
          <h1>Something went wrong while showing the graph</h1>
          <p>{error.message || 'Unknown error.'}</p>
          <p>
            <a href={location.pathname}>Reload the explorer</a> with the default view.
          </p>
        </div>
      </main>
    );
  }
}
