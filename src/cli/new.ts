#!/usr/bin/env node
// npm run new -- <practice|tool|report|region> <id>: writes a template to fill in. npm run check lists,
// one line each, every value still left from the template, until the file is filled in.
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { idPattern } from '../schemas/common.ts';
import { collectionInfo } from '../site-model/collections.ts';
import { contentDir } from '../schemas/index.ts';
import { newKinds as kinds, template, templatePath, type NewKind } from '../lib/templates.ts';

const [kind, id] = process.argv.slice(2) as [NewKind | undefined, string | undefined];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!kind || !kinds.includes(kind) || !id) fail(`usage: npm run new -- <${kinds.join('|')}> <id>\n  e.g. npm run new -- practice oulu-youth-budget`);
if (!idPattern.test(id)) fail(`"${id}" is not a valid id: use lowercase ASCII letters, digits and single hyphens, e.g. oulu-youth-budget`);

const root = contentDir();
const target = path.join(root, templatePath(kind, id));
if (existsSync(target)) fail(`${path.relative(process.cwd(), target)} already exists: choose another id, or edit that file`);

const hasRegion = (await readdir(path.join(root, collectionInfo('regions').folder)).catch(() => [] as string[])).some((f) => f.endsWith('.yaml') && !f.startsWith('_'));
const today = new Date().toISOString().slice(0, 10);

await mkdir(path.dirname(target), { recursive: true });
await writeFile(target, template(kind, { id, today }));
console.log(`Wrote ${path.relative(process.cwd(), target)}. Fill it in: npm run check lists every value still left from the template.`);
if (kind !== 'region' && !hasRegion) console.log('There is no region yet: add one first with npm run new -- region <id>.');
