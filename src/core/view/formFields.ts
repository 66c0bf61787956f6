import { applyFix } from '@/core/fixes/applyFix';
import { valueAtPath } from '@/core/fixes/fieldPath';

/** A choice of a select: its value, shown as is, or a value with its own label. */
export type FormOption<V extends string = string> = V | { value: V; label: string };

/**
 * One input of a form part described by data: where its value sits in the object the part edits,
 * how a person enters it, and what is said under it.
 */
export interface FormField<T> {
  label: string;
  /** Path of the value inside the edited object (`hostPath.path`); also names its findings. */
  at: string;
  /** Free text unless given: a whole number, on/off, or one of the options. */
  input?: 'number' | 'switch' | readonly FormOption[];
  help?: string;
  /** An emptied value leaves the key out instead of writing ''. */
  optional?: boolean;
  /** A risk the form sees at once in the object (a host path no container can mount). */
  warning?: (object: T) => string | undefined;
}

/** A form field's value as its input shows it: text, a number or null, or on/off. */
export type FormValue = string | number | boolean | null;

/** The value `field` shows for `object`. */
export function formValue<T>(object: T, field: FormField<T>): FormValue {
  const value = valueAtPath(object, field.at);
  if (field.input === 'number') return typeof value === 'number' ? value : null;
  if (field.input === 'switch') return value === true;
  return typeof value === 'string' ? value : '';
}

/**
 * A copy of `object` with `field` set to `value`, every other key kept in place. Empty numbers,
 * an off switch and emptied optional text leave the key out, as Kubernetes defaults them.
 */
export function withFormValue<T>(object: T, field: FormField<T>, value: FormValue): T {
  const empty = value === null || value === false || (value === '' && field.optional === true);
  const next = applyFix(
    object,
    empty
      ? { kind: 'remove', label: field.label, path: field.at }
      : { kind: 'set', label: field.label, path: field.at, value },
  );
  // Removing a key that is not there leaves nothing to change.
  return next === undefined ? object : (next as T);
}
