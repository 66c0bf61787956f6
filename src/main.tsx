import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { restoreAutosave, startAutosave } from '@/state/autosave';
import { setStartScreenOpen } from '@/state/noticeStore';
import { loadSchemaChecker } from '@/state/schemaStore';
import { loadValidator } from '@/state/validatorStore';
import { loadYamlWriter } from '@/state/yamlWriterStore';
import { startUrlSync } from '@/state/urlSync';
import { App } from '@/ui/App';
import { AppThemeProvider } from '@/ui/AppThemeProvider';
import { registerServiceWorker } from '@/ui/registerServiceWorker';

// Order matters: the saved draft first, so a link opened on top of it is one undo away from it;
// autosave before the link, so a draft opened from a link survives a reload untouched.
const restored = restoreAutosave();
startAutosave();
const { outcome } = startUrlSync();
if (restored === 'empty' && outcome === 'none') setStartScreenOpen(true);

// The YAML writer is fetched while the form renders; the preview fills in when it arrives.
void loadYamlWriter();

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

// The validator and schema chunks load after the first render; findings say so until then.
void loadValidator();
loadSchemaChecker();
registerServiceWorker();
