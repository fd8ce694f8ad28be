/**
 * How complete a practice is, computed from the record itself (docs/content-model.md, "Completeness"):
 * never written by hand, so it cannot drift from what the entry holds. Pure.
 */
import { requiredSections } from '../schemas/vocabularies.ts';

export const completenessLevels = ['complete', 'partial', 'stub'] as const;
export type CompletenessLevel = (typeof completenessLevels)[number];

/** The optional fields of the Interreg good-practice template that describe a practice, in the order a reader is told. */
export const describingFields = ['budget', 'indicators', 'spectrum', 'channel', 'stakeholders'] as const;
export type DescribingField = (typeof describingFields)[number];

/** Something the entry lacks: an optional field left out, or a section with fewer than two sentences. */
export type Missing = { field: DescribingField } | { section: string };

export interface Completeness {
  level: CompletenessLevel;
  /** What is missing, fields first (in describingFields order), then sections in body order. */
  missing: Missing[];
}

/** The part of a practice completeness looks at. */
export interface CompletenessInput {
  resources?: { budget?: unknown } | undefined;
  indicators?: readonly unknown[] | undefined;
  spectrum?: string | undefined;
  channel?: string | undefined;
  stakeholders?: readonly string[] | undefined;
}

/** A section as the body reader gives it: its heading and its plain text. */
export interface SectionText {
  title: string;
  text: string;
}

export const minSentences = 2;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const hasWord = /\p{L}{2}/u;

/** Sentences in plain text: Unicode sentence segmentation, counting only segments with a word in them. */
export function countSentences(text: string): number {
  let n = 0;
  for (const { segment } of segmenter.segment(text)) if (hasWord.test(segment)) n++;
  return n;
}

function filled(practice: CompletenessInput, field: DescribingField): boolean {
  switch (field) {
    case 'budget':
      return practice.resources?.budget !== undefined;
    case 'indicators':
      return (practice.indicators?.length ?? 0) > 0;
    case 'spectrum':
      return Boolean(practice.spectrum);
    case 'channel':
      return Boolean(practice.channel);
    case 'stakeholders':
      return (practice.stakeholders?.length ?? 0) > 0;
  }
}

/**
 * complete: every describing field filled and every required section has at least two sentences;
 * stub: none of the describing fields filled (only the required ones are there); partial otherwise.
 */
export function completeness(practice: CompletenessInput, sections: readonly SectionText[]): Completeness {
  const fields = describingFields.filter((field) => !filled(practice, field));
  const thin = requiredSections.practices.filter((title) => countSentences(sections.find((s) => s.title === title)?.text ?? '') < minSentences);
  const missing: Missing[] = [...fields.map((field) => ({ field })), ...thin.map((section) => ({ section }))];
  const level: CompletenessLevel = missing.length === 0 ? 'complete' : fields.length === describingFields.length ? 'stub' : 'partial';
  return { level, missing };
}
