import { describe, expect, it } from 'vitest';
import { spdxLicenseIds } from '../../src/schemas/common.ts';
import { didYouMean, editDistance } from '../../src/lib/suggest.ts';

describe('didYouMean', () => {
  it('finds a close spelling', () => {
    expect(didYouMean('west-romnia', ['west-romania', 'achaia'])).toBe('west-romania');
  });
  it('ignores case and spaces', () => {
    expect(didYouMean('Apache 2.0', spdxLicenseIds)).toBe('Apache-2.0');
  });
  it('completes a licence family to its latest -only id', () => {
    expect(didYouMean('GPL', spdxLicenseIds)).toBe('GPL-3.0-only');
    expect(didYouMean('AGPL', spdxLicenseIds)).toBe('AGPL-3.0-only');
  });
  it('stays silent when nothing is close', () => {
    expect(didYouMean('zzzzzz', ['west-romania', 'achaia'])).toBeUndefined();
  });
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
