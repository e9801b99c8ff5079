/** Built sizes: the largest content script (what every matching page loads) and the zip. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Metrics } from './stats';

export async function benchSizes(outputDir: string): Promise<Metrics> {
  const scripts = path.join(outputDir, 'chrome-mv3/content-scripts');
  const sizes = readdirSync(scripts)
    .filter((name) => name.endsWith('.js'))
    .map((name) => statSync(path.join(scripts, name)).size);
  return {
    content_script_bytes: { median: Math.max(...sizes), unit: 'bytes', runs: 1 },
    zip_bytes: { median: await zipSize(outputDir), unit: 'bytes', runs: 1 },
  };
}

/** The zip `npm run zip` made, or the same folder compressed here when there is none. */
async function zipSize(outputDir: string): Promise<number> {
  const made = readdirSync(outputDir).find((name) => name.endsWith('-chrome.zip'));
  if (made) return statSync(path.join(outputDir, made)).size;
  const zip = new JSZip();
  const add = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) add(full, `${prefix}${name}/`);
      else zip.file(`${prefix}${name}`, readFileSync(full));
    }
  };
  const dir = path.join(outputDir, 'chrome-mv3');
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`npm run build\` first`);
  add(dir, '');
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return bytes.length;
}
