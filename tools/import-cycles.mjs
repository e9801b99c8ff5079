/**
 * Fails when a source file imports, directly or through others, a file that imports it
 * (run by `npm run lint`). Type-only imports count too: a circle of types is still two
 * files that cannot be understood, moved or tested one without the other.
 *
 * The import lists come from TypeScript's own pre-processor (static, `export … from` and
 * dynamic `import()`), so comments and strings are never mistaken for imports.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '..');
const FOLDERS = ['lib', 'extension', 'components', 'entrypoints', 'cli'];

function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolve(from, spec) {
  const base = path.resolve(path.dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((file) => /\.tsx?$/.test(file) && existsSync(file));
}

export function importGraph(files) {
  const graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolve(file, spec))
      .filter(Boolean);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every circle, once each, as the list of files around it (Tarjan's strongly connected parts). */
export function circles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (file) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file), low.get(target)));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file), index.get(target)));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const part = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      part.push(member);
    } while (member !== file);
    if (part.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(part.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

const files = FOLDERS.flatMap((folder) => sourceFiles(path.join(ROOT, folder)));
const found = circles(importGraph(files));
if (found.length) {
  for (const part of found) {
    const names = part.map((file) => path.relative(ROOT, file));
    process.stderr.write(`import circle: ${names.join(' ↔ ')}\n`);
  }
  process.stderr.write(
    `${found.length} import circle(s): break each by moving what both need into a file of its own.\n`,
  );
  process.exitCode = 1;
} else {
  process.stdout.write(`no import circles in ${files.length} files\n`);
}
