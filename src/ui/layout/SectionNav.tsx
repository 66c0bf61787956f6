import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import { useEffect, useMemo, useState } from 'react';

import { countLabel } from '@/core/view/findingGroups';
import { countFindingsBySection, SECTIONS, type SectionId } from '@/core/view/sectionForPath';
import { useChecks } from '@/state/derivedContext';
import { focusSection } from '@/ui/layout/focusField';

/** The section in view, by the heading nearest the top of the viewport. */
function useSectionInView(): SectionId {
  const [current, setCurrent] = useState<SectionId>('workload');
  useEffect(() => {
    const update = () => {
      let best: SectionId = 'workload';
      for (const section of SECTIONS) {
        const element = document.getElementById(section.id);
        if (element && element.getBoundingClientRect().top < window.innerHeight * 0.35)
          best = section.id;
      }
      setCurrent(best);
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    return () => window.removeEventListener('scroll', update);
  }, []);
  return current;
}

/** Links to the form sections, each with its error and warning count. */
export function SectionNav() {
  const { findings } = useChecks();
  const counts = useMemo(() => countFindingsBySection(findings), [findings]);
  const current = useSectionInView();
  return (
    <Box component="nav" aria-label="Sections" sx={{ position: 'sticky', top: 16 }}>
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 0.5 }}>
        {SECTIONS.map((section) => {
          const { error, warning } = counts[section.id];
          const isCurrent = section.id === current;
          const counted = [
            error > 0 && countLabel(error, 'error'),
            warning > 0 && countLabel(warning, 'warning'),
          ].filter(Boolean);
          return (
            <li key={section.id}>
              <Link
                href={`#${section.id}`}
                underline="none"
                aria-current={isCurrent ? 'location' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  focusSection(section.id);
                }}
                sx={{
                  display: 'flex',
                  alignItems: 'center',
                  gap: 1,
                  px: 1.5,
                  py: 0.75,
                  borderRadius: 1,
                  color: isCurrent ? 'primary.main' : 'text.primary',
                  bgcolor: isCurrent ? 'action.selected' : 'transparent',
                  fontWeight: isCurrent ? 600 : 400,
                  '&:hover': { bgcolor: 'action.hover' },
                }}
              >
                <Box component="span" sx={{ flex: 1 }}>
                  {section.title}
                </Box>
                {error > 0 && <Chip size="small" color="error" label={error} aria-hidden />}
                {warning > 0 && <Chip size="small" color="warning" label={warning} aria-hidden />}
                {counted.length > 0 && (
                  <Box component="span" sx={visuallyHidden}>
                    {`(${counted.join(', ')})`}
                  </Box>
                )}
              </Link>
            </li>
          );
        })}
      </Box>
    </Box>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
