import { z } from 'astro/zod';
import { idRef } from '../schemas/common.ts';
import type { CollectionSpec } from '../schemas/index.ts';

/**
 * JSON Schema of one entry of a collection, from the same zod schema the check uses.
 * References are plain ids here; dates are YYYY-MM-DD strings.
 */
export function jsonSchemaFor(spec: CollectionSpec, baseUrl = ''): Record<string, unknown> {
  const schema = spec.schema(idRef);
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...json,
    ...(baseUrl ? { $id: `${baseUrl}${spec.name}.schema.json` } : {}),
    title: `${spec.singular} (content/${spec.path})`,
  };
}
