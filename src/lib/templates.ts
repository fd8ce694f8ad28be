/**
 * Starting files for `npm run new`: every field in the schema's order, each with the first sentence
 * of its description as a comment. The values come from the kind's draft (src/schemas/drafts.ts):
 * what the contributor must replace is a template text the check refuses until it is replaced;
 * optional fields are written commented out with the example of their description. Pure.
 */
import { folderCollections, type FolderSingular } from '../site-model/collections.ts';
import { firstSentence } from '../schemas/describe.ts';
import { draftData, type DraftContext } from '../schemas/drafts.ts';
import { collectionSpec } from '../schemas/index.ts';
import { fieldDocs, yamlValue } from './json-schema.ts';

/** What `npm run new` can start: an entry of a collection written one file per entry, by singular. */
export type NewKind = FolderSingular;
export const newKinds: readonly NewKind[] = folderCollections.map((c) => c.singular);

export type TemplateContext = DraftContext;

const collectionOf = (kind: NewKind) => folderCollections.find((c) => c.singular === kind)!.name;

/** The first lines of each kind's file: what it is and where its fields are explained. */
const headers: Record<NewKind, string> = {
  region: '# A region: see CONTRIBUTING.md#regions.',
  practice: '# A good-practice case study: see CONTRIBUTING.md#practices. Every figure needs a source.',
  tool: '# A Civic Tech tool review: see CONTRIBUTING.md#tools.',
  report: '# A peer-learning report: see CONTRIBUTING.md#reports.',
};
const howTo = '# Replace every value npm run check reports as the template\'s text; delete the comments you no longer need.';

/** Column where the comments beside the fields start. */
const commentColumn = 40;

const withComment = (line: string, comment: string) => (comment ? `${line.padEnd(commentColumn - 2)}  # ${comment}` : line);

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** One field as YAML lines: on one line, or as a block when it holds a list of groups or a group of groups. */
function fieldLines(name: string, value: unknown, comment: string, commented: boolean): string[] {
  const mark = commented ? '# ' : '';
  let lines: string[];
  if (Array.isArray(value) && value.some(isObject)) {
    lines = [withComment(`${mark}${name}:`, comment), ...value.map((item) => `${mark}  - ${yamlValue(item)}`)];
  } else if (isObject(value) && Object.values(value).some(isObject)) {
    lines = [withComment(`${mark}${name}:`, comment), ...Object.entries(value).map(([key, inner]) => `${mark}  ${key}: ${yamlValue(inner)}`)];
  } else {
    lines = [withComment(`${mark}${name}: ${yamlValue(value)}`, comment)];
  }
  return lines;
}

function sections(texts: Readonly<Record<string, string>>, names: readonly string[]): string {
  return names.map((heading) => `## ${heading}\n\n${texts[heading] ?? ''}\n`).join('\n');
}

export function template(kind: NewKind, c: TemplateContext): string {
  const spec = collectionSpec(collectionOf(kind));
  const draft = spec.draft;
  if (!draft) throw new Error(`no draft for ${spec.name}`);
  const data = draftData(draft, c);
  const omit = new Set<string>(draft.omit ?? []);
  const lines = [headers[kind], howTo];
  for (const doc of fieldDocs(spec)) {
    if (!doc.topLevel || omit.has(doc.name)) continue;
    const comment = firstSentence(doc.description);
    if (doc.name in data) lines.push(...fieldLines(doc.name, data[doc.name], comment, false));
    else if (doc.example !== undefined) lines.push(...fieldLines(doc.name, doc.example, comment, true));
  }
  const frontMatter = `${lines.join('\n')}\n`;
  if (spec.extension === '.yaml') return frontMatter;
  return `---\n${frontMatter}---\n\n${sections(draft.sections, spec.sections)}`;
}

/** Where `npm run new` writes a kind's file, inside the content folder. */
export function templatePath(kind: NewKind, id: string): string {
  const { folder, extension } = folderCollections.find((c) => c.singular === kind)!;
  return `${folder}/${id}${extension}`;
}
