import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Notice } from './Notice';

export interface ErrorBoundaryProps {
  /** What failed to show, in the user's words: "this view", "the notes". */
  what: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * One part of a page that fails to render (a damaged record, a bug) shows a readable message in
 * its place; the rest of the page keeps working. Without it, React blanks the whole page.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Jobshelf: ${this.props.what} could not be shown`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-boundary" data-testid="error-boundary">
        <Notice tone="bad" title={`Jobshelf could not show ${this.props.what}`}>
          <p>
            Something in the saved data could not be displayed ({error.message}). Your other jobs and this page’s other
            parts still work; exporting a backup and importing it again refuses damaged records by name.
          </p>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => this.setState({ error: null })}
          >
            Try again
          </button>
        </Notice>
      </div>
    );
  }
}
