/** npm run docs:sites: writes the README's supported-sites table from the site rules. */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderSupportedSites } from '../utils/extract/site-rules';

export function writeSupportedSites(readmePath: string): void {
  const readme = readFileSync(readmePath, 'utf8');
  const next = readme.replace(
    /(<!-- supported-sites:start -->\n)[\s\S]*?(\n<!-- supported-sites:end -->)/,
    (_, start: string, end: string) => `${start}${renderSupportedSites()}${end}`,
  );
  writeFileSync(readmePath, next);
}
