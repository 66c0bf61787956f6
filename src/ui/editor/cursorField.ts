/** The attribute that outlines, in the form, the field the YAML editor's cursor is in. */
export const CURSOR_FIELD_ATTRIBUTE = 'data-yaml-cursor';
