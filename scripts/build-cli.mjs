/**
 * Builds the `shelf` CLI ahead of time into plain JavaScript (dist/cli/shelf.js, the
 * package's `paper-shelf` bin), so it starts without a TypeScript runtime. Each command is
 * its own chunk: `--help` loads only the entry, `extract` alone loads the HTML parser.
 * Everything is bundled but jsdom, which `extract` loads at run time: it is one of the
 * package's `dependencies`, so the bin runs where only those are installed (`npx` in a
 * workflow). `node scripts/build-cli.mjs <dir>` builds elsewhere (the bin's test).
 */
import { chmod, rm } from 'node:fs/promises';
import process from 'node:process';
import { build } from 'esbuild';

const outdir = process.argv[2] ?? 'dist/cli';
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
