import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/ui/App';
import { AppThemeProvider } from '@/ui/AppThemeProvider';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <AppThemeProvider>
        <App />
      </AppThemeProvider>
    </StrictMode>,
  );
}
