import { z } from 'astro/zod';
import type { KnownNames } from '../../schemas/common.ts';
import { didYouMean } from '../suggest.ts';

type Issue = z.core.$ZodIssue;

/** `indicators[0].source` from ['indicators', 0, 'source']. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

type JsonNode = Record<string, unknown>;
const asNode = (value: unknown): JsonNode | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonNode) : undefined);

const jsonSchemas = new WeakMap<z.ZodType, JsonNode>();
/** The schema as JSON Schema (zod's own, public conversion), as a contributor writes the data: made once per schema. */
function jsonSchemaOf(schema: z.ZodType): JsonNode {
  let json = jsonSchemas.get(schema);
  if (!json) jsonSchemas.set(schema, (json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode));
  return json;
}

/** The schemas a node stands for: itself, or each branch of a union or intersection, with local $refs followed. */
function alternatives(node: JsonNode, root: JsonNode, seen = new Set<JsonNode>()): JsonNode[] {
  if (seen.has(node)) return [];
  seen.add(node);
  const ref = node['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#')) {
    const target = ref.slice(1).split('/').filter(Boolean).reduce<JsonNode | undefined>((at, key) => asNode(at?.[key.replaceAll('~1', '/').replaceAll('~0', '~')]), root);
    return target ? alternatives(target, root, seen) : [];
  }
  const branches = ['anyOf', 'oneOf', 'allOf'].flatMap((key) => (Array.isArray(node[key]) ? (node[key] as unknown[]) : [])).map(asNode).filter((n): n is JsonNode => n !== undefined);
  return branches.length ? branches.flatMap((branch) => alternatives(branch, root, seen)) : [node];
}

/** The field names an object schema accepts at a path (its properties, or a record's allowed keys), for "did you mean" on unknown fields. */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const root = jsonSchemaOf(schema);
  let nodes = alternatives(root, root);
  for (const key of path) {
    nodes = nodes.flatMap((node) => {
      const next = typeof key === 'number'
        ? asNode(node['items']) ?? asNode((node['prefixItems'] as unknown[] | undefined)?.[key])
        : asNode(asNode(node['properties'])?.[String(key)]);
      return next ? alternatives(next, root) : [];
    });
  }
  const names = nodes.flatMap((node) => {
    const properties = asNode(node['properties']);
    if (properties) return Object.keys(properties);
    const keys = asNode(node['propertyNames'])?.['enum'];
    return Array.isArray(keys) ? keys.map(String) : [];
  });
  return [...new Set(names)];
}

const kinds: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', array: 'a list, e.g. [a, b]',
  object: 'a group of fields', boolean: 'true or false', date: 'a date',
};

function describeInput(input: unknown): string {
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date';
  return typeof input === 'object' ? 'a group of fields' : `${typeof input} ${shown(JSON.stringify(input) ?? String(input))}`;
}

/** A value as a message quotes it: never more than a line of it, whatever a file holds. */
const shown = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

const list = (values: readonly unknown[]) => values.map(String).join(', ');

/** Contributor-facing lines for one zod issue: [field path, message]. */
export function describeIssue(issue: Issue, schema: z.ZodType): Array<[string, string]> {
  const field = fieldPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return [[field, 'is required but missing']];
      return [[field, `must be ${kinds[issue.expected] ?? issue.expected}, got ${describeInput(issue.input)}`]];
    case 'invalid_value': {
      const input = typeof issue.input === 'object' && issue.input !== null ? describeInput(issue.input) : shown(String(issue.input));
      const suggestion = didYouMean(input, issue.values.map(String));
      return [[field, `"${input}" is not valid${suggestion ? `; did you mean "${suggestion}"?` : ';'} valid: ${list(issue.values)}`]];
    }
    case 'unrecognized_keys': {
      const known = fieldsAt(schema, issue.path);
      return issue.keys.map((key) => {
        const suggestion = didYouMean(key, known);
        return [shown(fieldPath([...issue.path, key])), `unknown field${suggestion ? `; did you mean "${suggestion}"?` : known.length ? `; valid here: ${list(known)}` : ''}`];
      });
    }
    case 'invalid_key': {
      const inner = issue.issues[0];
      const key = shown(String(issue.path.at(-1) ?? ''));
      if (inner?.code === 'invalid_value') {
        const suggestion = didYouMean(key, inner.values.map(String));
        return [[field, `"${key}" is not a valid key${suggestion ? `; did you mean "${suggestion}"?` : ';'} valid: ${list(inner.values)}`]];
      }
      return [[field, inner?.message ?? issue.message]];
    }
    case 'too_big':
      if (issue.origin === 'string') return [[field, `is ${String((issue.input as string).length)} characters long; at most ${String(issue.maximum)} allowed`]];
      if (issue.origin === 'array') return [[field, `has ${String((issue.input as unknown[]).length)} items; at most ${String(issue.maximum)} allowed`]];
      return [[field, `must be at most ${String(issue.maximum)}`]];
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return [[field, 'must not be empty']];
      if (issue.origin === 'array') return [[field, issue.message.startsWith('needs') ? issue.message : `needs at least ${String(issue.minimum)} item(s)`]];
      return [[field, issue.origin === 'string' ? `must be at least ${String(issue.minimum)} characters` : `must be at least ${String(issue.minimum)}`]];
    case 'custom': {
      // A value that should be one of many known names (knownNamesError in the schema): the schema's words, with a suggestion.
      const names = issue.params?.['knownNames'] as KnownNames | undefined;
      if (!names) return [[field, issue.message]];
      const input = String(issue.input);
      const suggestion = didYouMean(input, names.candidates);
      return [[field, `"${input}" ${names.problem}${suggestion ? `; did you mean "${suggestion}"?` : ''} (${names.help})`]];
    }
    case 'invalid_union':
      return [[field, issue.message === 'Invalid input' ? 'does not match any allowed form' : issue.message]];
    default:
      return [[field, issue.message]];
  }
}
