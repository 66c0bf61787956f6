import { memo } from 'react';

import type { YamlSegment } from './highlightYaml';
import { sameChunk, showsColours, type YamlChunkProps } from './sameChunk';

const Line = memo(function Line({
  text,
  segments,
  last,
}: {
  text: string;
  segments: YamlSegment[] | undefined;
  last: boolean;
}) {
  const end = last ? '' : '\n';
  if (!segments) return text + end;
  return (
    <>
      {segments.map((s, i) =>
        s.className ? (
          <span key={i} className={s.className}>
            {s.text}
          </span>
        ) : (
          s.text
        ),
      )}
      {end}
    </>
  );
});

/**
 * A block of lines laid out on its own. A keystroke in a 6,000-line document re-renders only the
 * blocks whose lines changed, and the browser lays out and paints only the blocks in view. A block
 * away from the viewport is one plain text node: colouring all of a large document would make
 * tens of thousands of elements that nobody sees (and that every garbage collection walks).
 */
export const YamlChunk = memo(function YamlChunk(props: YamlChunkProps) {
  const { lines, colours, index, start, count, endsDocument, lineHeight } = props;
  return (
    <span
      data-chunk={index}
      style={{
        display: 'block',
        // Lines have a fixed height, so the placeholder size of a skipped block is exact.
        contentVisibility: 'auto',
        containIntrinsicSize: `auto ${count * lineHeight}px`,
      }}
    >
      {showsColours(props)
        ? lines
            .slice(start, start + count)
            .map((line, j) => (
              <Line
                key={j}
                text={line}
                segments={colours?.[start + j]}
                last={endsDocument && j === count - 1}
              />
            ))
        : lines.slice(start, start + count).join('\n') + (endsDocument ? '' : '\n')}
    </span>
  );
}, sameChunk);
