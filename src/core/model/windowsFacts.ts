import { ACCOUNT_FACTS } from './windowsAccounts';
import type { WindowsFact } from './windowsFact';
import { IMAGE_FACTS } from './windowsImages';
import { LIFECYCLE_FACTS } from './windowsLifecycle';
import { MOUNT_FACTS } from './windowsMounts';

export { ACCOUNT_FACTS } from './windowsAccounts';
export { IMAGE_FACTS } from './windowsImages';
export { LIFECYCLE_FACTS } from './windowsLifecycle';
export { MOUNT_FACTS } from './windowsMounts';

/** Every Windows fact of this module, by topic: what the rules, hints and presets rely on. */
export const WINDOWS_FACTS: readonly WindowsFact[] = [
  ...Object.values(ACCOUNT_FACTS),
  ...Object.values(MOUNT_FACTS),
  ...Object.values(IMAGE_FACTS),
  ...Object.values(LIFECYCLE_FACTS),
];
