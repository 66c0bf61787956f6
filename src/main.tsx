import '@/vendor/reactRuntime';
import { restoreAutosave, startAutosave } from '@/state/autosave';
import { setStartScreenOpen } from '@/state/noticeStore';
import { onOutputsWanted } from '@/state/outputs';
import { loadSchemaChecker } from '@/state/schemaStore';
import { isDefaultTarget, useTargetStore } from '@/state/targetStore';
import { loadValidator } from '@/state/validatorStore';
import { loadYamlWriter } from '@/state/yamlWriterStore';
import { startUrlSync } from '@/state/urlSync';
import { mountApp } from '@/ui/mountApp';
import { registerServiceWorker } from '@/ui/registerServiceWorker';
import { afterStart } from '@/ui/startPhase';

// Order matters: the saved draft first, so a link opened on top of it is one undo away from it;
// autosave before the link, so a draft opened from a link survives a reload untouched.
const restored = restoreAutosave();
startAutosave();
// A share link is decoded asynchronously; that there is a link is known at once.
const { hadLink } = startUrlSync();
const firstVisit = restored === 'empty' && !hadLink;
if (!firstVisit) setStartScreenOpen(false);

// The prerendered page shows a first visit with the default target; anything else renders afresh.
mountApp(firstVisit && isDefaultTarget(useTargetStore.getState().target), () => {
  // The YAML writer and the checkers load once the app runs (a store changing while the page
  // hydrates would force it all into one blocking pass) and something shows their output; the
  // preview and the findings say so meanwhile. They come before the parts already waiting to load
  // after start.
  onOutputsWanted(
    () =>
      void afterStart(() => Promise.all([loadYamlWriter(), loadValidator(), loadSchemaChecker()]), {
        first: true,
      }),
  );
  // The offline copy is made once the parts loading after start are in.
  registerServiceWorker(afterStart(() => undefined));
});
