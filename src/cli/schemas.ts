#!/usr/bin/env node
// npm run schemas: writes content/_schemas/<collection>.schema.json for editors (YAML language server, VS Code).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { jsonSchemaFor } from '../lib/json-schema.ts';
import { collections, contentDir } from '../schemas/index.ts';

const dir = path.join(contentDir(), '_schemas');
await mkdir(dir, { recursive: true });
for (const spec of collections) {
  const entry = jsonSchemaFor(spec);
  // themes.yaml is one list of entries; the other collections are one entry per file.
  const schema = spec.layout === 'list' ? { $schema: entry['$schema'], title: entry['title'], type: 'array', items: { ...entry, $schema: undefined } } : entry;
  await writeFile(path.join(dir, `${spec.name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`Wrote ${collections.length} JSON Schemas to ${path.relative(process.cwd(), dir)}/`);
