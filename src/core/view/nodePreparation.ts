import { createContainer, type ContainerDraft, type Draft } from '@/core/model/draft';
import { BUILT_IN_ACCOUNTS, HOSTPROCESS_BASE_IMAGE } from '@/core/model/windows';

/** The name of the init container that creates the local usergroup. */
export const PREPARER_NAME = 'prepare-usergroup';

/** The account that may create local groups: LocalSystem (LocalService and NetworkService cannot). */
export const PREPARER_ACCOUNT = BUILT_IN_ACCOUNTS[2].runAsUserName;

function quoted(group: string): string {
  return /[\s&|<>^"]/.test(group) ? `"${group.replace(/"/g, '')}"` : group;
}

/**
 * The command an administrator runs on the node to create the group
 * (https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/#local-accounts).
 */
export function netLocalgroupCommand(group: string): string {
  return `net localgroup ${quoted(group)} /add`;
}

/** An `icacls` example that lets the group modify one folder and everything under it. */
export function icaclsGrantExample(group: string, folder = 'C:\\ProgramData\\my-agent'): string {
  return `icacls "${folder}" /grant "${group.replace(/"/g, '')}:(OI)(CI)M"`;
}

/**
 * The preparer's command: create the group unless it exists, so a restarted pod does not fail.
 * `net localgroup NAME` exits 0 when the group exists. The arguments are separate so that the
 * runtime quotes a name with spaces as one argument and cmd reads it back intact.
 */
export function preparerCommand(group: string): string[] {
  return [
    'cmd',
    '/c',
    'net',
    'localgroup',
    group,
    '>nul',
    '2>&1',
    '||',
    'net',
    'localgroup',
    group,
    '/add',
  ];
}

/** An init HostProcess container, running as LocalSystem, that creates the local usergroup. */
export function toPreparerContainer(group: string): ContainerDraft {
  return {
    ...createContainer(PREPARER_NAME, HOSTPROCESS_BASE_IMAGE),
    command: preparerCommand(group),
    runAsUserName: PREPARER_ACCOUNT,
  };
}

/** The Draft with the preparer as its first init container (replacing an earlier preparer). */
export function withPreparer(draft: Draft, group: string): Draft {
  const others = draft.initContainers.filter((c) => c.name !== PREPARER_NAME);
  return { ...draft, initContainers: [toPreparerContainer(group), ...others] };
}

/** True when the Draft already has a preparer init container for this group. */
export function hasPreparer(draft: Draft, group: string): boolean {
  return draft.initContainers.some((c) => c.name === PREPARER_NAME && c.command.includes(group));
}
