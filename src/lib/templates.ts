/** Starting files for `npm run new`: every field in contract order, with a comment saying what goes there. Pure. */
import { folderCollections, type FolderSingular } from '../site-model/collections.ts';

/** What `npm run new` can start: an entry of a collection written one file per entry, by singular. */
export type NewKind = FolderSingular;
export const newKinds: readonly NewKind[] = folderCollections.map((c) => c.singular);

export interface TemplateContext {
  id: string;
  /** YYYY-MM-DD */
  today: string;
  /** Existing ids, so the template references entries that exist and validates at once. */
  firstRegion?: string | undefined;
  firstTheme?: string | undefined;
}

const title = (id: string) => id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

function sections(names: readonly [string, string][]): string {
  return names.map(([heading, hint]) => `## ${heading}\n\n${hint}\n`).join('\n');
}

export function template(kind: NewKind, c: TemplateContext): string {
  const region = c.firstRegion ?? 'your-region-id';
  const theme = c.firstTheme ?? 'participatory-budgeting';
  switch (kind) {
    case 'region':
      return `# A region: see CONTRIBUTING.md#regions. Delete the comments you no longer need.
name: ${title(c.id)}            # the region's usual English name
country: FI                     # ISO 3166-1 alpha-2; Greece is GR
nuts: FI1                       # NUTS 2021 code, starting with the country's NUTS prefix (EL for Greece); required in the EU/EEA
level: nuts2                    # nuts1, nuts2, nuts3, municipality, country or other
# partner:                      # only where a project partner sits here
#   organisation: Example Regional Council
#   url: https://example.org
# population: 200000            # with populationYear
# populationYear: 2024
# coordinates: [62.79, 22.84]   # [latitude, longitude], for the map
`;
    case 'practice':
      return `---
# A good-practice case study: see CONTRIBUTING.md#practices. Every figure needs a source.
title: ${title(c.id)}                 # at most 120 characters
summary: One or two plain sentences saying what the practice is and what it achieved.  # at most 400 characters
region: ${region}                     # id of a file in content/regions/ (add one with npm run new -- region <id>)
# city: Oulu                          # when the practice is local
level: municipal                      # municipal, regional, national or cross-border
themes: [${theme}]                    # ids from content/themes.yaml
tools: []                             # ids of files in content/tools/, e.g. [decidim]
# spectrum: involve                   # inform, consult, involve, collaborate or empower (IAP2)
# channel: hybrid                     # online, hybrid or in-person
institution: Name of the main institution responsible
# stakeholders: [Youth council, Local schools]
start: ${c.today.slice(0, 4)}                           # a year (2016) or a month (2016-02)
# end: 2025                           # leave out while ongoing
status: inspiring                     # demonstrated (evidence of success exists) or inspiring (evidence still partial)
# resources:
#   budget: { amount: 100000, currency: EUR, year: 2024 }   # as the source reports it, no conversions
#   staff: two officers part time
# indicators:
#   - { label: Residents who voted, value: 1200, unit: people, year: 2024, source: "https://example.org/results" }
# transfer:
#   - { region: other-region-id, status: planned, year: 2026 }
sources:
  - { title: Where these facts come from, url: "https://example.org/" }
contributors: [Your organisation]
updated: ${c.today}                   # date of the last review, YYYY-MM-DD
---

${sections([
  ['Description', 'What the practice does, for whom, and how people take part.'],
  ['Resources needed', 'Budget, staff, technology and partners it takes; say so if the sources do not document them.'],
  ['Evidence of success', 'Results with figures and their sources.'],
  ['Difficulties and lessons learned', 'What went wrong or was hard, and what others can learn from it.'],
  ['Potential for transfer', 'What another region would need to take this up.'],
])}`;
    case 'tool':
      return `---
# A Civic Tech tool review: see CONTRIBUTING.md#tools.
name: ${title(c.id)}
summary: One or two plain sentences on what the tool does.   # at most 400 characters
website: https://example.org/
# repository: https://example.org/source
license: AGPL-3.0-or-later            # SPDX id, or proprietary
hosting: [self-hosted]                # self-hosted, saas, or both
stack: []                             # e.g. [Ruby on Rails, PostgreSQL]
maintainer: Organisation that maintains it
firstRelease: ${c.today.slice(0, 4)}
themes: [${theme}]                    # ids from content/themes.yaml
features: {}                          # e.g. { proposals: yes, voting: partial, maps: no }; leave out what was not assessed
accessibility: { claim: none }        # the vendor's claim: none, WCAG 2.0 A, WCAG 2.0 AA, WCAG 2.1 AA or WCAG 2.2 AA
# ratings: { usability: 4 }           # 1-5, each explained in the body by name
sources:
  - { title: Where these facts come from, url: "https://example.org/" }
reviewed: ${c.today}
reviewers: [Your organisation]
---

${sections([
  ['Overview', 'What the tool is and who uses it.'],
  ['Strengths', 'What it does well, with sources.'],
  ['Limitations', 'What it does not do, or does poorly.'],
  ['Deployment notes', 'What it takes to run it: hosting, skills, cost.'],
])}`;
    case 'report':
      return `---
# A peer-learning report: see CONTRIBUTING.md#reports.
title: ${title(c.id)}
summary: One or two plain sentences on the meeting and what came out of it.   # at most 400 characters
kind: study-visit                     # study-visit, peer-review, workshop, stakeholder-meeting, simulation or webinar
date: ${c.today}                      # first day, YYYY-MM-DD
# endDate: ${c.today}
host: ${region}                       # id of a file in content/regions/
participants: [${region}]             # partner regions that took part
practices: []                         # ids of practices presented or visited
# tools: []
# attendees: 30
lessons:
  - A key take-away in at most 200 characters.
# actions:
#   - { region: ${region}, action: What this region will do next, due: 2026-12-31 }
sources: []                           # minutes, agenda: { title, url }
---

${sections([
  ['Context', 'Why the partners met and what was on the programme.'],
  ['What we learned', 'The lessons, with who said what where sources allow.'],
  ['Follow-up', 'What each region will do next.'],
])}`;
  }
}

/** Where `npm run new` writes a kind's file, inside the content folder. */
export function templatePath(kind: NewKind, id: string): string {
  const { folder, extension } = folderCollections.find((c) => c.singular === kind)!;
  return `${folder}/${id}${extension}`;
}
