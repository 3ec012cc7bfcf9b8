import { highlightParts, highlightRanges } from '@/utils/search/highlight';

export interface HighlightedProps {
  text: string;
  /** Matched search terms; none: the text as it is. */
  terms: readonly string[] | undefined;
}

/** Text with the search's matches wrapped in <mark>. */
export function Highlighted({ text, terms }: HighlightedProps) {
  if (!terms || terms.length === 0) return <>{text}</>;
  const parts = highlightParts(text, highlightRanges(text, terms));
  return <>{parts.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}
