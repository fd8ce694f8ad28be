/**
 * Descriptions of fields, given once in the schema (zod's `.meta({ description, examples })`). From
 * there they reach the JSON Schemas for editors (content/_schemas/), the open-data schemas
 * (/data/schema/), the comments of `npm run new`'s templates and the field tables of CONTRIBUTING.md.
 *
 * Descriptions are plain text (no Markdown: the open-data page shows them as they are). Their first
 * sentence stands alone: it is the comment a template writes beside the field, and "write …" in the
 * check's message for a value still left from the template. Write "for example", not "e.g.", so the
 * first full stop ends the first sentence.
 */
import type { z } from 'astro/zod';
import type { ValueTexts } from './vocabularies.ts';

/** "a, b or c". */
export function orList(values: readonly string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** A description for a value from a vocabulary: "<text>: a, b or c. a: …; b: …; c: …." Its first sentence lists the values, the rest says what each means. */
export function withValues<V extends string>(text: string, values: readonly V[], texts: ValueTexts<V>): string {
  return `${text}: ${orList(values)}. ${values.map((v) => `${v}: ${texts[v]}`).join('; ')}.`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The schema with its description and, when given, one example value (JSON Schema `examples`). */
export function describe<T extends z.ZodType>(schema: T, description: string, example?: unknown): T {
  return schema.meta({ description, ...(example === undefined ? {} : { examples: [example] }) });
}

/**
 * A reference field: the field's own text, then what the reference factory says an id is
 * ("the id of a region: …" for editors, "the id of a region (/data/regions.json)" in the open data).
 */
export function describeRef<T extends z.ZodType>(ref: T, text: string, example?: string): T {
  const id = ref.meta()?.description;
  return describe(ref, id ? `${text}: ${lowerFirst(id.replace(/\.$/, ''))}.` : `${text}.`, example);
}

/** The first sentence of a description: what a template writes beside the field. */
export function firstSentence(description: string): string {
  const end = /\.(?:\s|$)/.exec(description);
  return end ? description.slice(0, end.index + 1) : description;
}
