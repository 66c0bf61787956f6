import { describe, expect, it } from 'vitest';

import { DESKTOP_QUERY } from '../../../scripts/prerenderLayout.mjs';

import { DESKTOP_MEDIA_QUERY, desktopMediaQuery } from '@/ui/hooks/useIsDesktop';
import { appTheme } from '@/ui/theme';

describe('desktopMediaQuery', () => {
  it('is the query the prerendered page uses to show one of its two layouts', () => {
    expect(desktopMediaQuery(appTheme('light').breakpoints.up('md'))).toBe(DESKTOP_QUERY);
    expect(desktopMediaQuery(appTheme('dark').breakpoints.up('md'))).toBe(DESKTOP_QUERY);
  });

  it('is the query start-up code picks the layout with, before there is a theme', () => {
    expect(DESKTOP_MEDIA_QUERY).toBe(DESKTOP_QUERY);
  });

  it('strips the @media prefix MUI puts on breakpoints', () => {
    expect(desktopMediaQuery('@media (min-width:600px)')).toBe('(min-width:600px)');
  });
});
