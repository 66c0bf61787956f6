import type { Advice } from '@/core/advisor/adviseAccount';
import type { Draft } from '@/core/model/draft';
import { setPodUser } from '@/core/model/draftOps';

import { withPreparer } from './nodePreparation';

/**
 * The Draft running as the advised account; for a usergroup, with the init container that creates
 * the group first when `addPreparer` is set.
 */
export function applyAdvice(draft: Draft, advice: Advice, addPreparer = false): Draft {
  const withAccount = setPodUser(draft, advice.runAsUserName);
  return advice.preparation && addPreparer
    ? withPreparer(withAccount, advice.preparation.group)
    : withAccount;
}
