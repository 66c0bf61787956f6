// The order the page's loader runs the start-up chunks in (see scripts/prerender.mjs).

/**
 * The chunks a built chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), not
 * the ones it imports on demand (`import("./x.js")`).
 * @param {string} code a chunk's code
 * @returns {string[]}
 */
export function staticImports(code) {
  const imports = /\bimport\s*(?:[\w$*{][^;()"']*?\bfrom\s*)?["']\.\/([\w.-]+\.js)["']/g;
  return [...code.matchAll(imports)].map((match) => match[1]);
}

/**
 * The entry and every chunk it imports statically, each after the chunks it imports, so running
 * them in this order runs each chunk's own code only (except chunks that import each other,
 * which run together).
 * @param {string} entryFile
 * @param {(file: string) => string[]} importsOf
 * @returns {string[]}
 */
export function evaluationOrder(entryFile, importsOf) {
  /** @type {string[]} */
  const order = [];
  /** @param {string} file @param {string[]} path */
  const visit = (file, path) => {
    // Chunks that import each other run together whatever the order: each is listed once.
    if (order.includes(file) || path.includes(file)) return;
    for (const dependency of importsOf(file)) visit(dependency, [...path, file]);
    order.push(file);
  };
  visit(entryFile, []);
  return order;
}
