/**
 * Babel plugin: NutUI's files (compiled by SWC) import `{ _ }` from `@swc/helpers/_/_name`; this points each such
 * import at `_name` in ./swc-helpers.js, so one helper runtime (@babel/runtime) serves NutUI and our own code.
 */
const { join } = require('node:path');

const SHIM = join(__dirname, 'swc-helpers.js');

module.exports = function swcHelpersToBabel({ types: t }) {
  return {
    name: 'swc-helpers-to-babel-runtime',
    visitor: {
      ImportDeclaration(path) {
        const name = /^@swc\/helpers\/_\/(_\w+)$/.exec(path.node.source.value)?.[1];
        if (!name) return;
        path.node.source = t.stringLiteral(SHIM);
        for (const s of path.node.specifiers) if (t.isImportSpecifier(s)) s.imported = t.identifier(name);
      },
    },
  };
};
