#!/usr/bin/env node
// npm run schemas: writes content/_schemas/<collection>.schema.json for editors (YAML language server,
// VS Code), and the generated tables of CONTRIBUTING.md (between its <!-- fields:… --> and
// <!-- values:… --> markers) from the same schemas and <content>/themes.yaml.
//   --contributing <file>  the guide to update (default: CONTRIBUTING.md of the repository, only
//                          when the content is the repository's own, not ATLAS_CONTENT's)
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYaml } from '../lib/check/frontmatter.ts';
import { jsonSchemaFor, updateContributing, type ThemeText } from '../lib/json-schema.ts';
import { collectionInfo } from '../site-model/collections.ts';
import { collections, contentDir } from '../schemas/index.ts';

const root = contentDir();
const dir = path.join(root, '_schemas');
await mkdir(dir, { recursive: true });
for (const spec of collections) {
  const entry = jsonSchemaFor(spec);
  // themes.yaml is one list of entries; the other collections are one entry per file.
  const schema = spec.layout === 'list' ? { $schema: entry['$schema'], title: entry['title'], type: 'array', items: { ...entry, $schema: undefined } } : entry;
  await writeFile(path.join(dir, `${spec.name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`Wrote ${collections.length} JSON Schemas to ${path.relative(process.cwd(), dir)}/`);

const args = process.argv.slice(2);
const at = args.indexOf('--contributing');
const guide = at !== -1 ? args[at + 1] : process.env['ATLAS_CONTENT'] ? undefined : fileURLToPath(new URL('../../CONTRIBUTING.md', import.meta.url));
if (at !== -1 && !guide) {
  console.error('--contributing needs the path of the guide to update, e.g. --contributing CONTRIBUTING.md');
  process.exit(2);
}
if (guide) {
  const themes = parseYaml(await readFile(path.join(root, collectionInfo('themes').folder), 'utf8').catch(() => '[]')).data;
  const before = await readFile(guide, 'utf8');
  const after = updateContributing(before, Array.isArray(themes) ? (themes as ThemeText[]) : []);
  if (after !== before) await writeFile(guide, after);
  console.log(after === before ? `${path.relative(process.cwd(), guide)}: tables already up to date` : `Updated the tables of ${path.relative(process.cwd(), guide)}`);
}
