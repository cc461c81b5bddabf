import { highlight, type HighlightWord } from '@/lib/search/highlight';

/** Text with the query's words marked, as React elements in the text's own spelling. */
export function Highlighted({ text, words }: { text: string; words: HighlightWord[] }) {
  return (
    <>
      {highlight(text, words).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))}
    </>
  );
}
