import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

import { useDraftStore } from '@/state/draftStore';

afterEach(() => {
  cleanup();
  useDraftStore.setState(useDraftStore.getInitialState(), true);
});
