/**
 * The Interreg validation of a practice as the site shows and filters it: the level of its
 * `validation` field, or `none` when the entry has not been validated. Pure.
 */
import type { validationLevels } from '../schemas/vocabularies.ts';

type ValidationLevel = (typeof validationLevels)[number];

/** The values of the search filter `validation`, highest first. */
export const validationStates = ['expert', 'project', 'none'] as const satisfies readonly (ValidationLevel | 'none')[];
export type ValidationState = (typeof validationStates)[number];

/** `expert`, `project`, or `none` when the practice carries no validation. */
export const validationState = (practice: { validation?: { level: ValidationLevel } | undefined }): ValidationState => practice.validation?.level ?? 'none';
