import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useRef, useState } from 'react';

import { createLineSplitter } from '@/core/ui/lineSplitter';
import { yamlLinesForPath } from '@/core/view/yamlLinesForPath';
import { useOutput } from '@/state/derivedContext';
import { useAppStore } from '@/state/store';
import { MONO_FONT } from '@/ui/theme';

import type { YamlSegment } from './highlightYaml';
import { useChunksInView } from './useChunksInView';
import { YamlChunk } from './YamlChunk';

const LINE_HEIGHT = 20;
/** Lines per independently laid-out block of the preview. */
const CHUNK_LINES = 50;
/** The blocks a preview shows before it is scrolled (about 40 lines fit). */
const FIRST_CHUNKS: ReadonlySet<number> = new Set([0, 1]);
const PAD_Y = 12;
const LINE_STYLE = { fontFamily: MONO_FONT, fontSize: 13, lineHeight: `${LINE_HEIGHT}px` } as const;

type Highlighter = (yaml: string) => YamlSegment[][];

/** Loads the highlighter after the first paint; plain text is shown until it is in. */
function useHighlighter(): Highlighter | null {
  const [highlighter, setHighlighter] = useState<{ run: Highlighter } | null>(null);
  useEffect(() => {
    let live = true;
    import('./highlightYaml')
      .then((module) => {
        // One incremental highlighter per preview: it remembers the last document.
        if (live) setHighlighter({ run: module.createLineHighlighter() });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return highlighter?.run ?? null;
}

const TOKEN_COLOURS = {
  '& .y-key': { color: 'var(--yaml-key)' },
  '& .y-str': { color: 'var(--yaml-str)' },
  '& .y-meta, & .y-comment': { color: 'text.secondary' },
  '& .y-punc': { color: 'text.secondary' },
} as const;

/**
 * The read-only YAML preview. Line numbers sit in a separate gutter and the highlight of the
 * selected finding is a layer behind the text, so the `<pre>` holds exactly the YAML: selecting,
 * copying or reading its text gives the downloaded file.
 */
export function YamlPreview() {
  const { yaml, ready, failed } = useOutput();
  const selectedPath = useAppStore((s) => s.selectedPath);
  const highlight = useHighlighter();
  // Incremental too: unchanged lines keep their strings, so unchanged chunks compare equal fast.
  const [splitLines] = useState(createLineSplitter);
  const lines = useMemo(() => splitLines(yaml), [splitLines, yaml]);
  // Incremental: a keystroke re-parses and re-colours only the lines it changed.
  const colours = useMemo(() => (highlight ? highlight(yaml) : null), [highlight, yaml]);
  // A final line break ends the last line; it does not start another.
  const lineCount = lines.length - (lines.at(-1) === '' && lines.length > 1 ? 1 : 0);
  const gutter = useMemo(
    () => Array.from({ length: lineCount }, (_, i) => i + 1).join('\n'),
    [lineCount],
  );
  const range = useMemo(
    () => (selectedPath ? yamlLinesForPath(yaml, selectedPath) : undefined),
    [yaml, selectedPath],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const codeRef = useRef<HTMLElement>(null);
  const chunkCount = Math.ceil(lines.length / CHUNK_LINES);
  const inView = useChunksInView(codeRef, chunkCount, FIRST_CHUNKS);
  useEffect(() => {
    // Bring the highlighted lines into the preview's own viewport, vertically only.
    const box = scrollRef.current;
    if (!box || !range) return;
    const top = PAD_Y + (range.start - 1) * LINE_HEIGHT;
    const bottom = PAD_Y + range.end * LINE_HEIGHT;
    if (top < box.scrollTop || bottom > box.scrollTop + box.clientHeight) {
      box.scrollTop = Math.max(0, top - 2 * LINE_HEIGHT);
    }
  }, [range, selectedPath]);

  if (!ready) {
    return (
      <Typography variant="body2" color="text.secondary" role="status" sx={{ minHeight: 200 }}>
        {failed
          ? 'The YAML writer could not be loaded (offline?): reload the page to retry.'
          : 'Writing the YAML…'}
      </Typography>
    );
  }

  return (
    <Box
      ref={scrollRef}
      sx={(t) => ({
        display: 'flex',
        bgcolor: 'action.hover',
        borderRadius: 1,
        overflow: 'auto',
        maxHeight: { xs: 'none', md: '55vh' },
        '--yaml-key': '#0b5a9c',
        '--yaml-str': '#8a3b00',
        ...t.applyStyles('dark', { '--yaml-key': '#8fc8ff', '--yaml-str': '#ffb77a' }),
      })}
    >
      <Box
        aria-hidden="true"
        sx={{
          ...LINE_STYLE,
          py: `${PAD_Y}px`,
          px: 1,
          textAlign: 'right',
          color: 'text.secondary',
          userSelect: 'none',
          whiteSpace: 'pre',
          borderRight: 1,
          borderColor: 'divider',
          position: 'sticky',
          left: 0,
          zIndex: 1,
          bgcolor: 'background.paper',
          backgroundImage: (t) =>
            `linear-gradient(${t.palette.action.hover}, ${t.palette.action.hover})`,
        }}
      >
        {gutter}
      </Box>
      <Box sx={{ position: 'relative', flex: 1 }}>
        {range && (
          <Box
            data-testid="yaml-highlight"
            data-lines={`${range.start}-${range.end}`}
            aria-hidden="true"
            sx={{
              position: 'absolute',
              left: 0,
              right: 0,
              top: PAD_Y + (range.start - 1) * LINE_HEIGHT,
              height: (range.end - range.start + 1) * LINE_HEIGHT,
              bgcolor: 'warning.main',
              opacity: 0.18,
              borderLeft: 3,
              borderColor: 'warning.main',
              pointerEvents: 'none',
            }}
          />
        )}
        <Box
          component="pre"
          aria-label="YAML preview"
          tabIndex={0}
          data-testid="yaml-preview"
          sx={{
            ...LINE_STYLE,
            ...TOKEN_COLOURS,
            position: 'relative',
            // The UA stylesheet gives <code> its own monospace size; equal line boxes keep the
            // gutter and the highlight aligned with the text.
            '& code': { font: 'inherit' },
            m: 0,
            py: `${PAD_Y}px`,
            px: 1.5,
            whiteSpace: 'pre',
          }}
        >
          <code ref={codeRef}>
            {Array.from({ length: chunkCount }, (_, chunk) => {
              const start = chunk * CHUNK_LINES;
              const count = Math.min(CHUNK_LINES, lines.length - start);
              return (
                <YamlChunk
                  key={chunk}
                  index={chunk}
                  lines={lines}
                  colours={colours}
                  inView={inView === null || inView.has(chunk)}
                  start={start}
                  count={count}
                  endsDocument={start + count === lines.length}
                  lineHeight={LINE_HEIGHT}
                />
              );
            })}
          </code>
        </Box>
      </Box>
    </Box>
  );
}
