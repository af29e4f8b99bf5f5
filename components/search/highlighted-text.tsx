import type { TextSegment } from '@/lib/search/highlight';

/** Text with the matched words in <mark>; every segment is React text, never HTML. */
export function HighlightedText({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : segment.text))}
    </>
  );
}
