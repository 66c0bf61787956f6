import type { SxProps, Theme } from '@mui/material/styles';

import { MONO_FONT } from '@/ui/theme';

/** The editor's look in both themes: the app's monospace font, token colours with AA contrast. */
export const editorLook: SxProps<Theme> = (t) => ({
  borderRadius: 1,
  overflow: 'hidden',
  bgcolor: 'action.hover',
  '--yaml-key': '#0b5a9c',
  '--yaml-str': '#8a3b00',
  ...t.applyStyles('dark', { '--yaml-key': '#8fc8ff', '--yaml-str': '#ffb77a' }),
  '& .cm-editor': {
    maxHeight: { xs: '75vh', md: '55vh' },
    fontSize: 13,
    color: 'text.primary',
    '&.cm-focused': { outline: `2px solid ${t.palette.primary.main}` },
  },
  '& .cm-scroller': { fontFamily: MONO_FONT, lineHeight: '20px' },
  '& .cm-gutters': {
    bgcolor: 'background.paper',
    color: 'text.secondary',
    borderRight: 1,
    borderColor: 'divider',
  },
  '& .cm-activeLine, & .cm-activeLineGutter': { bgcolor: 'action.selected' },
  '& .cm-content': { caretColor: t.palette.text.primary },
  '& .cm-cursor': { borderLeftColor: t.palette.text.primary },
  '& .cm-selectionBackground, & .cm-focused .cm-selectionBackground': {
    bgcolor: `${t.palette.primary.main}40 !important`,
  },
  '& .cm-field-lines': { bgcolor: `${t.palette.warning.main}2e` },
  '& .y-key': { color: 'var(--yaml-key)' },
  '& .y-str': { color: 'var(--yaml-str)' },
  '& .y-meta, & .y-comment, & .y-punc': { color: 'text.secondary' },
  '& .cm-tooltip': {
    bgcolor: 'background.paper',
    color: 'text.primary',
    border: 1,
    borderColor: 'divider',
    borderRadius: 1,
    maxWidth: 440,
    fontSize: 13,
    boxShadow: 3,
  },
  '& .cm-tooltip a': { color: 'primary.main' },
  '& .cm-explain': { p: 1, '& p': { my: 0.5 } },
  '& .cm-explain-head, & .cm-finding-stage': {
    fontFamily: MONO_FONT,
    fontSize: 12,
    color: 'text.secondary',
  },
  '& .cm-tooltip-autocomplete ul li[aria-selected]': {
    bgcolor: 'primary.main',
    color: 'primary.contrastText',
  },
  '& .cm-panels': { bgcolor: 'background.paper', color: 'text.primary' },
});
