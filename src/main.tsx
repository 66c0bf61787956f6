import { restoreAutosave, startAutosave } from '@/state/autosave';
import { setStartScreenOpen } from '@/state/noticeStore';
import { loadSchemaChecker } from '@/state/schemaStore';
import { isDefaultTarget, useTargetStore } from '@/state/targetStore';
import { loadValidator } from '@/state/validatorStore';
import { loadYamlWriter } from '@/state/yamlWriterStore';
import { startUrlSync } from '@/state/urlSync';
import { mountApp } from '@/ui/mountApp';
import { registerServiceWorker } from '@/ui/registerServiceWorker';

// Order matters: the saved draft first, so a link opened on top of it is one undo away from it;
// autosave before the link, so a draft opened from a link survives a reload untouched.
const restored = restoreAutosave();
startAutosave();
const { outcome } = startUrlSync();
const firstVisit = restored === 'empty' && outcome === 'none';
if (!firstVisit) setStartScreenOpen(false);

// The YAML writer and the checkers load in parallel with the first render: the preview and the
// findings say so until they are in.
const outputs = Promise.all([loadYamlWriter(), loadValidator(), loadSchemaChecker()]);

// The prerendered page shows a first visit with the default target; anything else renders afresh.
mountApp(firstVisit && isDefaultTarget(useTargetStore.getState().target), outputs);
registerServiceWorker();
