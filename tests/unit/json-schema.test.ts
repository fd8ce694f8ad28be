import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collections } from '../../src/schemas/index.ts';
import { repo, runCli } from '../helpers.ts';

describe('editor JSON Schemas', () => {
  it('are committed as npm run schemas generates them', () => {
    const committed = collections.map((c) => readFileSync(path.join(repo, 'content/_schemas', `${c.name}.schema.json`), 'utf8'));
    const run = runCli('schemas.ts', [], { ATLAS_CONTENT: path.join(repo, 'content') });
    expect(run.status).toBe(0);
    const fresh = collections.map((c) => readFileSync(path.join(repo, 'content/_schemas', `${c.name}.schema.json`), 'utf8'));
    expect(fresh).toEqual(committed);
  });

  it('describe the contract: a practice requires region and five other fields, and knows the level vocabulary', () => {
    const schema = JSON.parse(readFileSync(path.join(repo, 'content/_schemas/practices.schema.json'), 'utf8'));
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'summary', 'region', 'level', 'themes', 'sources']));
    expect(schema.properties.level.enum).toEqual(['municipal', 'regional', 'national', 'cross-border']);
    expect(schema.additionalProperties).toBe(false);
  });
});
