import Stack from '@mui/material/Stack';
import { useState } from 'react';

import { joinCommandLine, splitCommandLine } from '@/core/model/commandLine';
import type { ContainerDraft } from '@/core/model/draft';
import { podFieldPath } from '@/core/model/fieldPaths';
import { useDraft, useDraftActions } from '@/state/draftStore';
import { FieldText } from '@/ui/fields/FieldText';
import { SectionCard } from '@/ui/fields/SectionCard';

/** Edits the containers. */
export function ContainersSection() {
  const containers = useDraft((d) => d.containers);
  const kind = useDraft((d) => d.workload.kind);
  const { apply } = useDraftActions();
  const patchContainer = (index: number, value: Partial<ContainerDraft>) =>
    apply((draft) => ({
      ...draft,
      containers: draft.containers.map((c, i) => (i === index ? { ...c, ...value } : c)),
    }));

  return (
    <SectionCard
      id="containers"
      title="Containers"
      subtitle="Every container runs as a HostProcess."
    >
      {containers.map((container, index) => (
        <Stack key={index} spacing={2}>
          <FieldText
            label="Container name"
            path={podFieldPath(kind, `spec.containers[${index}].name`)}
            value={container.name}
            onValueChange={(name) => patchContainer(index, { name })}
          />
          <FieldText
            label="Image"
            path={podFieldPath(kind, `spec.containers[${index}].image`)}
            value={container.image}
            onValueChange={(image) => patchContainer(index, { image })}
          />
          <CommandField
            path={podFieldPath(kind, `spec.containers[${index}].command`)}
            args={container.command}
            onChange={(command) => patchContainer(index, { command })}
          />
        </Stack>
      ))}
    </SectionCard>
  );
}

interface CommandFieldProps {
  path: string;
  args: string[];
  onChange: (args: string[]) => void;
}

function CommandField({ path, args, onChange }: CommandFieldProps) {
  // Keep the typed text (trailing spaces, open quotes) while it still means the same arguments.
  const [text, setText] = useState(() => joinCommandLine(args));
  const shown = sameArgs(splitCommandLine(text), args) ? text : joinCommandLine(args);
  return (
    <FieldText
      label="Command"
      path={path}
      value={shown}
      onValueChange={(line) => {
        setText(line);
        onChange(splitCommandLine(line));
      }}
      helperText='Arguments separated by spaces; quote an argument that has spaces ("C:\Program Files\x.exe").'
    />
  );
}

function sameArgs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((arg, i) => arg === b[i]);
}
