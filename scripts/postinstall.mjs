/**
 * `wxt prepare` after an install, for development (it writes .wxt/, which the types and
 * tests read). Where only the package's dependencies are installed (the `paper-shelf` bin in
 * a workflow) there is no wxt and nothing to prepare: the install must not fail there.
 *
 * wxt is looked for as its bin in this package's node_modules (npm runs this script in the
 * package's folder), not with `require.resolve('wxt/package.json')`: wxt's `exports` do not
 * list its package.json, so that lookup fails even where wxt is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const bin = path.join(process.cwd(), 'node_modules', '.bin', 'wxt');
if (!existsSync(bin)) process.exit(0);
const result = spawnSync(bin, ['prepare'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
