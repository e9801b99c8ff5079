/**
 * `layers/one-way`: imports run one way, entrypoints → components → lib, with the
 * extension-context code (extension/) beside components, and the CLI beside entrypoints.
 * A relative import is resolved against the importing file and judged by the top-level
 * folder it lands in; packages and files outside these folders are not judged.
 */
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** What each layer may import (besides itself and packages). */
const MAY_IMPORT = {
  lib: [],
  extension: ['lib'],
  components: ['lib'],
  entrypoints: ['components', 'extension', 'lib'],
  cli: ['lib'],
};

/**
 * Inside lib/: the Markdown engine and the sites' code sit below the collection's rules
 * and the store, which use them; they may not reach back up.
 */
const LIB_BELOW = {
  'lib/markdown': ['lib/collection', 'lib/store'],
  'lib/collection': ['lib/store'],
};

function libPart(file) {
  const [top, part] = path.relative(ROOT, file).split(path.sep);
  return top === 'lib' && part ? `lib/${part}` : undefined;
}

function layerOf(file) {
  const [top] = path.relative(ROOT, file).split(path.sep);
  return top in MAY_IMPORT ? top : undefined;
}

export default {
  rules: {
    'one-way': {
      meta: {
        type: 'problem',
        docs: { description: 'Imports run one way: entrypoints → components → lib' },
        schema: [],
      },
      create(context) {
        const from = layerOf(context.filename);
        if (!from) return {};
        const check = (node) => {
          const source = node.source?.value;
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const target = path.resolve(path.dirname(context.filename), source);
          const below = LIB_BELOW[libPart(context.filename)] ?? [];
          const above = below.find((part) => libPart(target) === part);
          if (above) {
            context.report({
              node: node.source,
              message: `${libPart(context.filename)}/ may not import from ${above}/, which builds on it`,
            });
            return;
          }
          const to = layerOf(target);
          if (!to || to === from || MAY_IMPORT[from].includes(to)) return;
          context.report({
            node: node.source,
            message: `${from}/ may not import from ${to}/ (imports run entrypoints → components → lib; ${from}/ may use ${[from, ...MAY_IMPORT[from]].join(', ')})`,
          });
        };
        return {
          ImportDeclaration: check,
          ImportExpression: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
        };
      },
    },
  },
};
