import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

import { useAppStore } from '@/state/store';

afterEach(() => {
  cleanup();
  useAppStore.setState(useAppStore.getInitialState(), true);
});
