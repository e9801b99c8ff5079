/**
 * Builds the `shelf` CLI ahead of time into plain JavaScript (dist/cli/shelf.js, the
 * package's `paper-shelf` bin), so it starts without a TypeScript runtime. Each command is
 * its own chunk: `--help` loads only the entry, `extract` alone loads the HTML parser.
 */
import { chmod, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const outdir = 'dist/cli';
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { shelf: 'cli/shelf.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
  legalComments: 'none',
});
await chmod(`${outdir}/shelf.js`, 0o755);
