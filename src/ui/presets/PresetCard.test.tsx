import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { PRESETS } from '@/core/presets';
import { PresetCard } from '@/ui/presets/PresetCard';
import { accountLabel } from '@/core/view/presetFacts';

describe('PresetCard', () => {
  it.each(PRESETS.map((preset) => [preset.id, preset] as const))(
    '%s: a link to its preset with its title, kind, account, summary and companion',
    (id, preset) => {
      render(<PresetCard preset={preset} />);
      const link = screen.getByRole('link', {
        name: new RegExp(`^${preset.title.replace(/[()]/g, '.')}`),
      });
      expect(link.getAttribute('href')).toBe(`#/preset/${id}`);
      expect(within(link).getByRole('heading', { level: 3 }).textContent).toBe(preset.title);
      expect(within(link).getByText(preset.draft.workload.kind)).toBeTruthy();
      expect(within(link).getByText(accountLabel(preset.draft))).toBeTruthy();
      expect(within(link).getByText(preset.summary)).toBeTruthy();
      expect(within(link).getByText(preset.companionOf)).toBeTruthy();
      const upstream = screen.getByRole('link', { name: /^Upstream:/ });
      expect(upstream.getAttribute('href')).toBe(preset.docUrl);
    },
  );
});
