import { describe, expect, it } from 'vitest';
import { completeness, countSentences } from '../../src/lib/completeness.ts';
import { requiredSections } from '../../src/schemas/vocabularies.ts';

const full = {
  resources: { budget: { amount: 1000, currency: 'EUR' } },
  indicators: [{ label: 'Votes', value: 10, unit: 'votes' }],
  spectrum: 'involve',
  channel: 'online',
  stakeholders: ['Youth council'],
};
const twoSentences = 'Residents propose projects. The council funds the winners.';
const sections = (text: (title: string) => string) => requiredSections.practices.map((title) => ({ title, text: text(title) }));

describe('completeness of a practice', () => {
  it('is complete when every describing field is filled and every section has two sentences', () => {
    expect(completeness(full, sections(() => twoSentences))).toEqual({ level: 'complete', missing: [] });
  });

  it('is partial and lists what is missing: fields first, then thin sections', () => {
    const { budget: _, ...noBudget } = full.resources;
    const result = completeness({ ...full, resources: noBudget, indicators: [] }, sections((t) => (t === 'Evidence of success' ? 'Not documented.' : twoSentences)));
    expect(result).toEqual({ level: 'partial', missing: [{ field: 'budget' }, { field: 'indicators' }, { section: 'Evidence of success' }] });
  });

  it('is a stub when none of the describing fields is there, however long the body', () => {
    expect(completeness({}, sections(() => twoSentences)).level).toBe('stub');
    expect(completeness({ stakeholders: [] }, sections(() => twoSentences)).missing).toHaveLength(5);
  });

  it('treats a missing section as thin', () => {
    expect(completeness(full, []).missing).toEqual(requiredSections.practices.map((section) => ({ section })));
  });

  it('counts sentences, not full stops in numbers or abbreviations', () => {
    expect(countSentences('The budget was €1.5 million in 2024. It grew.')).toBe(2);
    expect(countSentences('One sentence without a final stop')).toBe(1);
    expect(countSentences('')).toBe(0);
    expect(countSentences('Seinäjoki ran it twice! Did it work? Yes.')).toBe(3);
    expect(countSentences('— 12. 34.')).toBe(0);
  });
});
