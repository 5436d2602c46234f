// Copies the charting library and its licences from node_modules into the jar's resources.
// Run by pom.xml after `npm ci`; exits non-zero (failing the Maven build) when a file is missing.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dest = process.argv[2];
if (!dest) {
  console.error('usage: node vendor.mjs <destination folder>');
  process.exit(2);
}
const files = [
  ['node_modules/chart.js/dist/chart.umd.js', 'chart.umd.js'],
  ['node_modules/chart.js/LICENSE.md', 'chart.js.LICENSE.md'],
  ['node_modules/@kurkle/color/LICENSE.md', 'kurkle-color.LICENSE.md'],
];
mkdirSync(dest, { recursive: true });
for (const [from, to] of files) {
  const source = join(here, from);
  if (!existsSync(source)) {
    console.error(`vendor.mjs: ${source} is missing; did npm ci fail?`);
    process.exit(1);
  }
  copyFileSync(source, join(dest, to));
}
