import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/lib/mdx-body.ts';
import { requiredSections } from '../../src/schemas/vocabularies.ts';
import { repo } from '../helpers.ts';
import { readContent } from '../support/content.ts';

// The real knowledge base, as seeded from ../shared/research. Only the atlas's own editorial policy
// lives here: floors (so adding entries never breaks them) and rules stricter than the contract.
// Every rule a contributor must follow is in the contract and reported by npm run check (src/schemas/:
// indicator sources listed among the entry's sources, a source on each indicator when there are
// several, a dated indicator for a demonstrated practice, https sources, the required sections):
// see tests/unit/check.test.ts and tests/unit/contract-rules.test.ts.
const content = readContent(path.join(repo, 'content'));
const partnerRegions = ['nicosia', 'achaia', 'jaen', 'donegal', 'preveza', 'harju', 'pomurje'];

describe('the seeded knowledge base', () => {
  it('holds at least the seeded collections', () => {
    expect(content.practices.length).toBeGreaterThanOrEqual(30);
    expect(content.tools.length).toBeGreaterThanOrEqual(20);
    expect(content.reports.length).toBeGreaterThanOrEqual(3);
    expect(content.themes.length).toBeGreaterThanOrEqual(8);
    const partners = content.regions.filter((r) => r.data['partner']).map((r) => r.id);
    expect(partners.sort()).toEqual(expect.arrayContaining(partnerRegions.sort()));
  });

  // Policy: the contract asks for some text under each section; the atlas's own entries write more than 40 characters.
  it('gives every practice the five sections of the good-practice record, each with more than 40 characters of text', () => {
    const missing = content.practices.flatMap((p) => {
      const titles = readBody(p.body).sections.filter((s) => s.text.length > 40).map((s) => s.title);
      return requiredSections.practices.filter((name) => !titles.includes(name)).map((name) => `${p.id}: ${name}`);
    });
    expect(missing).toEqual([]);
  });

  // Policy: the contract lets an entry with one source leave its indicators' source out; the atlas's own entries always give it.
  it('names the source of every figure: each indicator has a source, even when the entry lists only one', () => {
    const untraced = content.practices.flatMap((p) =>
      ((p.data['indicators'] ?? []) as { label: string; source?: string }[]).filter((i) => !i.source).map((i) => `${p.id}: ${i.label}`),
    );
    expect(untraced).toEqual([]);
  });
});
