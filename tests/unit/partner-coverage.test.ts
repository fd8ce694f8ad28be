// Editorial policy for the atlas's own content (issue 17): every CIVITEC partner region shows at
// least one practice of its own, in the region itself or in a place inside it (same NUTS prefix).
import { describe, expect, it } from 'vitest';
import { repo } from '../helpers.ts';
import { readContent, type RawEntry } from '../support/content.ts';
import path from 'node:path';

type Content = { regions: RawEntry[]; practices: RawEntry[] };

/** Partner regions without a practice in them or in a region their NUTS code contains. */
function partnersWithoutPractice({ regions, practices }: Content): string[] {
  const nuts = new Map(regions.map((r) => [r.id, String(r.data['nuts'] ?? '')]));
  return regions
    .filter((r) => r.data['partner'])
    .filter((partner) => {
      const code = nuts.get(partner.id) ?? '';
      return !practices.some((p) => {
        const region = String(p.data['region']);
        return region === partner.id || (code !== '' && (nuts.get(region) ?? '').startsWith(code));
      });
    })
    .map((r) => r.id)
    .sort();
}

describe('partner regions in the atlas', () => {
  it('each partner region has a practice in it or in a place inside it', () => {
    const content = readContent(path.join(repo, 'content'));
    expect(content.regions.filter((r) => r.data['partner']).length).toBeGreaterThanOrEqual(7);
    expect(partnersWithoutPractice(content)).toEqual([]);
  });

  it('notices a partner region with none (a municipality in another NUTS area does not count)', () => {
    const region = (id: string, nuts: string, partner = false): RawEntry => ({ id, body: '', data: { nuts, ...(partner ? { partner: { organisation: 'P' } } : {}) } });
    const practice = (id: string, at: string): RawEntry => ({ id, body: '', data: { region: at } });
    const regions = [region('harju', 'EE001', true), region('viimsi', 'EE001'), region('pomurje', 'SI031', true), region('elsewhere', 'SI041')];
    expect(partnersWithoutPractice({ regions, practices: [practice('a', 'viimsi'), practice('b', 'elsewhere')] })).toEqual(['pomurje']);
  });
});
