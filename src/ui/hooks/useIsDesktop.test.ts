import { describe, expect, it } from 'vitest';

import { DESKTOP_QUERY } from '../../../scripts/prerenderLayout.mjs';

import { desktopMediaQuery } from '@/ui/hooks/useIsDesktop';
import { theme } from '@/ui/theme';

describe('desktopMediaQuery', () => {
  it('is the query the prerendered page uses to show one of its two layouts', () => {
    expect(desktopMediaQuery(theme.breakpoints.up('md'))).toBe(DESKTOP_QUERY);
  });

  it('strips the @media prefix MUI puts on breakpoints', () => {
    expect(desktopMediaQuery('@media (min-width:600px)')).toBe('(min-width:600px)');
  });
});
