/** The chunks a built chunk's code imports statically, not on demand. */
export function staticImports(code: string): string[];
/** The entry and every chunk it imports statically, each after the chunks it imports. */
export function evaluationOrder(entryFile: string, importsOf: (file: string) => string[]): string[];
