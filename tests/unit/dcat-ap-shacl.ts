// The official DCAT-AP 3.0.1 SHACL shapes (tests/fixtures/dcat-ap/) run over a JSON-LD catalogue, as a
// data portal's validator does: JSON-LD to RDF (jsonld, the W3C reference processor), then
// rdf-validate-shacl. Used by tests/unit/dcat-ap.test.ts and tests/site/open-data.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { repo } from '../helpers.ts';

/** The shape files, by what they check: the profile itself (violations), its recommendations (warnings), the EU vocabularies. */
export const shapeFiles = {
  profile: 'dcat-ap-SHACL.ttl',
  recommended: 'shapes_recommended.ttl',
  vocabularies: 'mdr-vocabularies.shape.ttl',
} as const;
export type ShapeSet = keyof typeof shapeFiles;

// A validator reads its shapes once (the slow part: about two seconds for the profile); each can then validate any number of graphs.
const validators = new Map<ShapeSet, SHACLValidator>();
function validator(set: ShapeSet): SHACLValidator {
  let made = validators.get(set);
  if (!made) {
    const file = path.join(repo, 'tests/fixtures/dcat-ap', shapeFiles[set]);
    validators.set(set, (made = new SHACLValidator(new Store(new Parser({ format: 'text/turtle' }).parse(readFileSync(file, 'utf8'))))));
  }
  return made;
}

/** The RDF of a JSON-LD document read from `base` (relative addresses resolve against it, as for a harvester that fetched it there). */
export async function toGraph(document: unknown, base: string): Promise<Store> {
  // safe: a term the context cannot map (an undefined prefix, a relative IRI that does not resolve) is an error, not a dropped triple.
  // (@types/jsonld predates the safe option of jsonld 6 and later.)
  const options = { format: 'application/n-quads', base, safe: true } as unknown as jsonld.Options.ToRdf;
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, options)) as unknown as string;
  return new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
}

export interface ShaclResult {
  severity: string;
  /** The property's short name: "spatial", "byteSize". */
  path: string;
  constraint: string;
  focus: string;
  value: string;
  message: string;
}

/** Every result of one shape set on a graph. */
export async function validate(graph: Store, set: ShapeSet): Promise<ShaclResult[]> {
  // rdf-validate-shacl's own dataset: matching on it is several times faster than on an n3 Store.
  const v = validator(set);
  const report = await v.validate(v.factory.dataset([...graph]));
  const short = (iri: string | undefined) => (iri ?? '').replace(/^.*[#/]/, '');
  return report.results.map((r) => ({
    severity: short(r.severity?.value),
    path: short(r.path?.value),
    constraint: short(r.sourceConstraintComponent?.value).replace(/ConstraintComponent$/, ''),
    focus: r.focusNode?.value ?? '',
    value: r.value?.value ?? '',
    message: r.message.map((m) => m.value).join(' '),
  }));
}

/** Results counted by severity, property and constraint: { "Violation spatial Class": 66 }. */
export function countResults(results: readonly ShaclResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) {
    const key = `${r.severity} ${r.path} ${r.constraint}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** The results of every shape set on a JSON-LD catalogue, and its size in triples. */
export async function validateCatalog(document: unknown, base: string): Promise<{ triples: number } & Record<ShapeSet, ShaclResult[]>> {
  const graph = await toGraph(document, base);
  return {
    triples: graph.size,
    profile: await validate(graph, 'profile'),
    recommended: await validate(graph, 'recommended'),
    vocabularies: await validate(graph, 'vocabularies'),
  };
}
