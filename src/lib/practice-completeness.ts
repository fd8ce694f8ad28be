/**
 * The completeness of a practice as the site and the exports use it: ./completeness.ts applied to
 * the record and the sections of its body, read once per practice per build (a body takes a few
 * milliseconds to read, and the page, the listings, the search index and the exports all ask).
 */
import { requiredSections } from '../schemas/vocabularies.ts';
import { completeness, describingFields, type Completeness, type Missing } from './completeness.ts';
import { readBody } from './mdx-body.ts';
import type { Practice } from './types.ts';

const cache = new WeakMap<object, Completeness>();

/** How complete the practice is, with what it lacks (fields first, then sections in body order). */
export function practiceCompleteness(practice: Practice): Completeness {
  let result = cache.get(practice);
  if (!result) {
    result = completeness(practice, readBody(practice.body).sections);
    cache.set(practice, result);
  }
  return result;
}

/** One missing thing as the exports write it: the field's name (budget) or the section's heading (Evidence of success). */
export const missingName = (missing: Missing): string => ('field' in missing ? missing.field : missing.section);

/** Every value a missing item can take in the exports: the describing fields, then the practice sections. */
export const missingNames: readonly string[] = [...describingFields, ...requiredSections.practices];
