import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, type ReactNode } from 'react';

import { LIST_PAGE_SIZE, pageCount, pageRange } from '@/core/view/listPages';
import { useActions, useListPage } from '@/state/store';

// Only lists longer than a page show controls, and hardly any draft has one: MUI's Pagination
// loads then, keeping it out of the code a first visit fetches (the 200 KB start-up budget).
const Pagination = lazy(() => import('@mui/material/Pagination'));

export interface PagedListProps {
  /** Which list: its page is kept in the UI store (`containers`, `containers[2].env`). */
  listKey: string;
  count: number;
  /** "containers", "variables": names the page controls. */
  noun: string;
  renderItem: (index: number) => ReactNode;
  /** Puts the page controls in a container of the list's own kind (an `li` inside a list). */
  wrapControls?: (controls: ReactNode) => ReactNode;
}

/**
 * A list's items, one page of `LIST_PAGE_SIZE` at a time once it is longer than that: thousands
 * of containers render as fast as fifty. Shorter lists render whole, with no controls.
 */
export function PagedList({ listKey, count, noun, renderItem, wrapControls }: PagedListProps) {
  const { page, start, end } = pageRange(useListPage(listKey), count);
  const { setPage } = useActions();
  const items = Array.from({ length: end - start }, (_, i) => renderItem(start + i));
  if (count <= LIST_PAGE_SIZE) return <>{items}</>;
  const controls = (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
      <Typography variant="body2" color="text.secondary" role="status">
        Showing {noun} {(start + 1).toLocaleString('en')}–{end.toLocaleString('en')} of{' '}
        {count.toLocaleString('en')}
      </Typography>
      <Suspense fallback={null}>
        <Pagination
          count={pageCount(count)}
          page={page + 1}
          onChange={(_, next) => setPage(listKey, next - 1)}
          size="small"
          aria-label={`Pages of ${noun}`}
          siblingCount={1}
          getItemAriaLabel={(type, number) =>
            type === 'page' ? `${noun} page ${number}` : `${type} page of ${noun}`
          }
        />
      </Suspense>
    </Box>
  );
  return (
    <>
      {wrapControls ? wrapControls(controls) : controls}
      {items}
    </>
  );
}
