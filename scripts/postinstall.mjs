/**
 * `wxt prepare` after an install, for development (it writes .wxt/, which the types and
 * tests read). Where only the package's dependencies are installed (the `paper-shelf` bin in
 * a workflow) there is no wxt and nothing to prepare: the install must not fail there.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import process from 'node:process';

try {
  createRequire(import.meta.url).resolve('wxt/package.json');
} catch {
  process.exit(0);
}
const result = spawnSync('wxt', ['prepare'], { stdio: 'inherit', shell: true });
process.exit(result.status ?? 1);
