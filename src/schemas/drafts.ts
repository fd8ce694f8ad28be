/**
 * What `npm run new` writes for a new entry of each kind, and so what the content check refuses as
 * still the template's: every value a contributor must replace is written here once, as a
 * `TemplateText`. src/lib/templates.ts writes the file from these drafts (fields in the schema's
 * order, each with its description as a comment); src/lib/check/ reports each template text still
 * in a file, on its own line, naming the field.
 *
 * A template text is chosen so the file still parses and says plainly what belongs there; it never
 * names a real region, theme or value a contributor could leave by mistake.
 */
import type { CollectionName, folderCollections } from '../site-model/collections.ts';
import type { requiredSections } from './vocabularies.ts';

/** A value the template writes for the contributor to replace. */
export class TemplateText {
  readonly value: string;
  /** Set when the field holds an id of that collection: the check then names valid ids. */
  readonly collection: CollectionName | undefined;
  constructor(value: string, id?: { collection: CollectionName }) {
    this.value = value;
    this.collection = id?.collection;
  }
}

const text = (value: string, id?: { collection: CollectionName }) => new TemplateText(value, id);

export interface DraftContext {
  /** The new entry's id (its file name). */
  id: string;
  /** YYYY-MM-DD. */
  today: string;
}

export interface Draft {
  /**
   * The front matter the template writes, in any order (the file follows the schema's). Optional
   * fields left out here are written commented out, with the example of their description.
   */
  fields: (context: DraftContext) => Record<string, unknown>;
  /** Optional fields not even written commented out. */
  omit?: readonly string[];
  /** The text under each required section of the body: what to write there. */
  sections: Readonly<Record<string, string>>;
}

/** "viimsi-youth-budget" → "Viimsi Youth Budget": the first title of a new entry. */
export const titleFromId = (id: string) => id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

const sourcesToFill = [{ title: text('Where these facts come from'), url: text('https://example.org/your-source') }];
const yourOrganisation = [text('Your organisation')];

type SectionTexts<Titles extends readonly string[]> = Readonly<Record<Titles[number], string>>;

const practiceSections: SectionTexts<typeof requiredSections.practices> = {
  Description: 'What the practice does, for whom, and how people take part.',
  'Resources needed': 'Budget, staff, technology and partners it takes; say so if the sources do not document them.',
  'Evidence of success': 'Results with figures and their sources.',
  'Difficulties and lessons learned': 'What went wrong or was hard, and what others can learn from it.',
  'Potential for transfer': 'What another region would need to take this up.',
};
const toolSections: SectionTexts<typeof requiredSections.tools> = {
  Overview: 'What the tool is and who uses it.',
  Strengths: 'What it does well, with sources.',
  Limitations: 'What it does not do, or does poorly.',
  'Deployment notes': 'What it takes to run it: hosting, skills, cost.',
};
const reportSections: SectionTexts<typeof requiredSections.reports> = {
  Context: 'Why the partners met and what was on the programme.',
  'What we learned': 'The lessons, with who said what where sources allow.',
  'Follow-up': 'What each region will do next.',
};

/** The drafts of the collections `npm run new` starts, by collection. */
export const drafts = {
  regions: {
    fields: ({ id }) => ({
      name: titleFromId(id),
      country: text('your-country-code'),
      nuts: text('your-nuts-code'),
      level: text('your-level'),
    }),
    sections: {},
  },
  practices: {
    fields: ({ id, today }) => ({
      title: titleFromId(id),
      summary: text('One or two plain sentences saying what the practice is and what it achieved.'),
      region: text('your-region-id', { collection: 'regions' }),
      level: text('your-level'),
      themes: [text('your-theme-id', { collection: 'themes' })],
      tools: [],
      institution: text('Name of the main institution responsible'),
      start: text('YYYY'),
      status: 'inspiring',
      sources: sourcesToFill,
      contributors: yourOrganisation,
      updated: today,
    }),
    // Added by whoever validates the entry, not by its author.
    omit: ['validation'],
    sections: practiceSections,
  },
  tools: {
    fields: ({ id, today }) => ({
      name: titleFromId(id),
      summary: text('One or two plain sentences on what the tool does.'),
      website: text('https://example.org/your-tool-website'),
      license: text('your-spdx-licence-id'),
      hosting: [text('your-hosting')],
      stack: [],
      maintainer: text('Organisation that maintains it'),
      firstRelease: text('YYYY'),
      themes: [text('your-theme-id', { collection: 'themes' })],
      features: {},
      accessibility: { claim: text('your-vendor-claim') },
      sources: sourcesToFill,
      reviewed: today,
      reviewers: yourOrganisation,
    }),
    sections: toolSections,
  },
  reports: {
    fields: ({ id }) => ({
      title: titleFromId(id),
      summary: text('One or two plain sentences on the meeting and what came out of it.'),
      kind: text('your-kind'),
      date: text('YYYY-MM-DD'),
      host: text('your-region-id', { collection: 'regions' }),
      participants: [text('your-region-id', { collection: 'regions' })],
      practices: [],
      lessons: [text('A key take-away in at most 200 characters.')],
      sources: [],
    }),
    sections: reportSections,
  },
} as const satisfies Readonly<Record<(typeof folderCollections)[number]['name'], Draft>>;

/** A template text in a draft: where it is (`*` for any item of a list) and what it says. */
export interface TemplateField {
  path: ReadonlyArray<string | '*'>;
  text: TemplateText;
}

/** Every template text of a draft, with its path. */
export function templateFields(draft: Draft): TemplateField[] {
  const found: TemplateField[] = [];
  const walk = (value: unknown, path: Array<string | '*'>) => {
    if (value instanceof TemplateText) found.push({ path, text: value });
    else if (Array.isArray(value)) value.forEach((item) => walk(item, [...path, '*']));
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
  };
  walk(draft.fields({ id: 'new-entry', today: '2000-01-01' }), []);
  // The same text at the same place (several items of one list) is one rule.
  return found.filter((f, i) => found.findIndex((g) => g.path.join('.') === f.path.join('.') && g.text.value === f.text.value) === i);
}

/** The draft's front matter as the template writes it: template texts replaced by their values. */
export function draftData(draft: Draft, context: DraftContext): Record<string, unknown> {
  const plain = (value: unknown): unknown => {
    if (value instanceof TemplateText) return value.value;
    if (Array.isArray(value)) return value.map(plain);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
    return value;
  };
  return plain(draft.fields(context)) as Record<string, unknown>;
}
