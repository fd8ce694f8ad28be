import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/lib/mdx-body.ts';
import { requiredSections } from '../../src/schemas/vocabularies.ts';
import { repo } from '../helpers.ts';
import { readContent } from '../support/content.ts';

// The real knowledge base, as seeded from ../shared/research: these are floors, so adding entries never breaks them.
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

  it('gives every practice the five sections of the good-practice record, each with text', () => {
    const missing = content.practices.flatMap((p) => {
      const titles = readBody(p.body).sections.filter((s) => s.text.length > 40).map((s) => s.title);
      return requiredSections.practices.filter((name) => !titles.includes(name)).map((name) => `${p.id}: ${name}`);
    });
    expect(missing).toEqual([]);
  });

  it('traces every figure to a source: each indicator has an https source listed in the entry\'s sources', () => {
    const untraced = content.practices.flatMap((p) => {
      const listed = new Set((p.data['sources'] as { url: string }[]).map((s) => s.url));
      return ((p.data['indicators'] ?? []) as { label: string; source?: string }[])
        .filter((i) => !i.source || !i.source.startsWith('https://') || !listed.has(i.source))
        .map((i) => `${p.id}: ${i.label}`);
    });
    expect(untraced).toEqual([]);
  });

  it('gives every practice and tool at least one https source', () => {
    const without = [...content.practices, ...content.tools].filter((e) => !(e.data['sources'] as { url: string }[]).some((s) => s.url.startsWith('https://')));
    expect(without.map((e) => e.id)).toEqual([]);
  });

  it('marks a practice demonstrated only when it reports evidence: at least one dated indicator', () => {
    const unsupported = content.practices.filter((p) => p.data['status'] === 'demonstrated' && !((p.data['indicators'] ?? []) as unknown[]).length);
    expect(unsupported.map((p) => p.id)).toEqual([]);
  });
});
