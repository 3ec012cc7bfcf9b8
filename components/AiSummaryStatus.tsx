export type AiSummaryStatusProps =
  | { kind: 'working'; engine: string; progress?: number }
  | { kind: 'needs-download'; onStart: () => void }
  | { kind: 'failed'; message: string };

/** What the optional AI engine is doing; the built-in summary is on screen meanwhile. */
export function AiSummaryStatus(props: AiSummaryStatusProps) {
  switch (props.kind) {
    case 'working':
      return (
        <p className="ai-status muted" role="status">
          {props.progress !== undefined && props.progress < 1
            ? `Downloading Chrome’s AI model… ${Math.round(props.progress * 100)}%`
            : `Asking ${props.engine} for a summary…`}
        </p>
      );
    case 'needs-download':
      return (
        <p className="ai-status">
          <button type="button" className="button button-secondary button-small" onClick={props.onStart}>
            Summarize with Chrome’s built-in AI
          </button>{' '}
          <span className="muted">one-time model download</span>
        </p>
      );
    case 'failed':
      return (
        <p className="ai-status ai-failed" role="status">
          AI summary unavailable: {props.message} The built-in summary is shown.
        </p>
      );
  }
}
