// What can be learnt from one file alone: its front matter as data, and the problems of its
// body (safety, sections, unexplained ratings). Nothing here may look at another file: the
// result is cached by file content (cache.ts) and computed in worker threads (pool.ts).
// References and every schema rule are checked afresh on each run, in index.ts.
import { ratingCriteria, ratingCriterionWords } from '../../schemas/vocabularies.ts';
import { readBody, sectionIssues, type BodySection } from '../mdx-body.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';

export interface LocalJob {
  format: 'yaml' | 'mdx';
  /** Required level-2 sections of the body, in order. */
  sections: readonly string[];
  /** Tools: every rating needs a reason in the body. */
  ratings: boolean;
  /** The text `npm run new` writes under each section (title, text): a section that still holds it is refused. */
  templateSections: ReadonlyArray<readonly [string, string]>;
  text: string;
}

/** A problem without its file: index.ts adds the file. */
export interface LocalProblem {
  line?: number;
  field: string;
  message: string;
}

export interface LocalResult {
  /** The parsed front matter (or YAML document). */
  data: unknown;
  /** Set when the file could not be read at all: then it is the only problem and the schema is not run. */
  fatal?: LocalProblem;
  /** Body problems, in the order they are reported. */
  problems: LocalProblem[];
  /** Images the body's Figures show (paths under public/media/): index.ts checks that each exists. */
  figures?: Array<{ src: string; line?: number }>;
  /** Set when the result depends on this run (a file stopped at the deadline): never cached. */
  transient?: true;
}

/** For each criterion, a pattern that finds one of its words as a whole word, in any case and any script. */
const criterionPatterns = new Map(
  ratingCriteria.map((criterion) => [criterion, new RegExp(`(?<![\\p{L}\\p{N}_])(?:${ratingCriterionWords[criterion].join('|')})(?![\\p{L}\\p{N}_])`, 'iu')]),
);

/** Each rating needs a reason in the body: the criterion has to be named there, as a word ("costs" names cost, "cooperative" does not). */
export function ratingProblems(data: unknown, bodyText: string): LocalProblem[] {
  const ratings = (data as { ratings?: unknown }).ratings;
  if (!ratings || typeof ratings !== 'object') return [];
  return ratingCriteria
    .filter((criterion) => criterion in ratings && !criterionPatterns.get(criterion)!.test(bodyText))
    .map((criterion) => ({ field: `ratings.${criterion}`, message: `is rated but the body never mentions ${criterion}; add a sentence saying why it gets ${String((ratings as Record<string, unknown>)[criterion])}` }));
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Sections that still hold the text the template wrote under them. */
function templateSectionProblems(sections: readonly BodySection[], templateSections: LocalJob['templateSections']): LocalProblem[] {
  return templateSections.flatMap(([title, text]) => {
    const section = sections.find((s) => s.title === title);
    if (!section || !squeeze(section.text).includes(squeeze(text))) return [];
    return [{ line: section.line, field: 'body', message: `section "## ${title}" still has the template's text ("${text}"): replace it with what the sources say` }];
  });
}

export function analyseFile(job: LocalJob): LocalResult {
  if (job.format === 'yaml') {
    const parsed = parseYaml(job.text);
    if (parsed.error) return { data: undefined, fatal: { ...(parsed.error.line ? { line: parsed.error.line } : {}), field: 'file', message: parsed.error.message }, problems: [] };
    return { data: parsed.data, problems: [] };
  }
  const split = splitFrontmatter(job.text);
  if (split.error) return { data: undefined, fatal: { ...(split.error.line ? { line: split.error.line } : {}), field: 'file', message: split.error.message }, problems: [] };
  const body = readBody(split.body, split.bodyLine - 1);
  const bodyIssues = [...body.issues, ...(body.unreadable ? [] : sectionIssues(body.sections, job.sections))];
  const problems: LocalProblem[] = bodyIssues.map((i) => ({ ...(i.line ? { line: i.line } : {}), field: 'body', message: i.message }));
  if (!body.unreadable) problems.push(...templateSectionProblems(body.sections, job.templateSections));
  if (job.ratings && split.data && typeof split.data === 'object') problems.push(...ratingProblems(split.data, body.text));
  return { data: split.data, problems, ...(body.figures?.length ? { figures: body.figures } : {}) };
}
