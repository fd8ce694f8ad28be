import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collections } from '../../src/schemas/index.ts';
import { repo, runCli } from '../helpers.ts';

const committedDir = path.join(repo, 'content/_schemas');
const schemaFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort();

describe('editor JSON Schemas', () => {
  it('are committed as npm run schemas generates them (a stale one fails here: run npm run schemas)', () => {
    // npm run schemas writes into <content>/_schemas/: pointed at an empty temporary folder, it leaves the committed files alone.
    const content = mkdtempSync(path.join(tmpdir(), 'atlas-schemas-'));
    const run = runCli('schemas.ts', [], { ATLAS_CONTENT: content });
    expect(run.status, run.stderr).toBe(0);
    const freshDir = path.join(content, '_schemas');
    expect(schemaFiles(freshDir)).toEqual(collections.map((c) => `${c.name}.schema.json`).sort());
    expect(schemaFiles(committedDir)).toEqual(schemaFiles(freshDir));
    for (const file of schemaFiles(freshDir)) {
      expect(readFileSync(path.join(committedDir, file), 'utf8'), `content/_schemas/${file} is out of date: run npm run schemas`).toBe(readFileSync(path.join(freshDir, file), 'utf8'));
    }
  });

  it('describe the contract: a practice requires region and five other fields, and knows the level vocabulary', () => {
    const schema = JSON.parse(readFileSync(path.join(committedDir, 'practices.schema.json'), 'utf8'));
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'summary', 'region', 'level', 'themes', 'sources']));
    expect(schema.properties.level.enum).toEqual(['municipal', 'regional', 'national', 'cross-border']);
    expect(schema.additionalProperties).toBe(false);
  });
});
