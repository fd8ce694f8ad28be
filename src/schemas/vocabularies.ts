/**
 * Closed vocabularies of the content contract (docs/content-model.md), each value with the one
 * description that the JSON Schemas, the templates of `npm run new` and CONTRIBUTING.md show.
 * Themes are open: they and their descriptions live in content/themes.yaml.
 */

/** What each value of a vocabulary means: one short phrase per value, completing "<value>: …". */
export type ValueTexts<V extends string> = Readonly<Record<V, string>>;

export const regionLevels = ['nuts1', 'nuts2', 'nuts3', 'municipality', 'country', 'other'] as const;
export const practiceLevels = ['municipal', 'regional', 'national', 'cross-border'] as const;
export const spectrumLevels = ['inform', 'consult', 'involve', 'collaborate', 'empower'] as const;
export const channels = ['online', 'hybrid', 'in-person'] as const;
export const practiceStatuses = ['demonstrated', 'inspiring'] as const;
export const transferStatuses = ['planned', 'in-progress', 'done'] as const;
/** The Interreg two-level validation: project (level 1, the contributing project's team), expert (level 2, a thematic expert). */
export const validationLevels = ['project', 'expert'] as const;
export const indicatorUnits = [
  'people', 'percent', 'proposals', 'projects', 'votes', 'signatures',
  'reports', 'datasets', 'currency', 'count',
] as const;
export const hostingModes = ['self-hosted', 'saas'] as const;
export const featureIds = [
  'proposals', 'voting', 'budgeting', 'petitions', 'surveys', 'debates', 'comments', 'maps',
  'meetings', 'results-tracking', 'moderation', 'notifications', 'identity-verification',
  'multilingual', 'mobile', 'api', 'data-export', 'open-source',
] as const;
export const featureSupport = ['yes', 'partial', 'no'] as const;
export const accessibilityClaims = ['none', 'WCAG 2.0 A', 'WCAG 2.0 AA', 'WCAG 2.1 AA', 'WCAG 2.2 AA'] as const;
export const ratingCriteria = [
  'usability', 'accessibility', 'transparency', 'interoperability', 'community', 'cost', 'privacy',
] as const;
export const reportKinds = [
  'study-visit', 'peer-review', 'workshop', 'stakeholder-meeting', 'simulation', 'webinar',
] as const;

export const regionLevelText: ValueTexts<(typeof regionLevels)[number]> = {
  nuts1: 'a NUTS 1 region, a group of regions or a small country',
  nuts2: 'a NUTS 2 region, such as a Finnish region or a Greek periphery',
  nuts3: 'a NUTS 3 area, such as a county, province or regional unit',
  municipality: 'a city, town or municipality',
  country: 'a whole country',
  other: 'any other area, such as a metropolitan area or a group of municipalities',
};
export const practiceLevelText: ValueTexts<(typeof practiceLevels)[number]> = {
  municipal: 'run by a city or municipality',
  regional: 'run by a region, county or province',
  national: 'run by a national government or a national body',
  'cross-border': 'run together by authorities of more than one country',
};
export const spectrumLevelText: ValueTexts<(typeof spectrumLevels)[number]> = {
  inform: 'people are told',
  consult: 'people are asked for their views',
  involve: 'their views shape the options throughout',
  collaborate: 'they work out options and solutions with the authority',
  empower: 'they make the final decision, for example by a binding vote',
};
export const channelText: ValueTexts<(typeof channels)[number]> = {
  online: 'online only',
  hybrid: 'online and in person',
  'in-person': 'in person only',
};
export const practiceStatusText: ValueTexts<(typeof practiceStatuses)[number]> = {
  demonstrated: 'evidence of success exists: results are documented, with at least one indicator dated by its year',
  inspiring: 'promising, evidence still partial',
};
export const transferStatusText: ValueTexts<(typeof transferStatuses)[number]> = {
  planned: 'the region plans to take it up',
  'in-progress': 'the region is taking it up',
  done: 'the region has taken it up',
};
export const validationLevelText: ValueTexts<(typeof validationLevels)[number]> = {
  project: "approved by the contributing project's team (Interreg level 1)",
  expert: 'also validated by a thematic expert (Interreg level 2)',
};
export const indicatorUnitText: ValueTexts<(typeof indicatorUnits)[number]> = {
  people: 'persons, such as participants, voters or users',
  percent: 'a percentage: 18 for 18 %',
  proposals: 'ideas or proposals submitted',
  projects: 'projects funded, built or carried out',
  votes: 'votes cast',
  signatures: 'signatures collected',
  reports: 'reports filed, such as reports of problems in public space',
  datasets: 'datasets published',
  currency: 'an amount of money, with its currency',
  count: 'anything else countable',
};
export const hostingModeText: ValueTexts<(typeof hostingModes)[number]> = {
  'self-hosted': 'the organisation that uses it can run it on its own servers',
  saas: 'offered as a hosted service',
};
/** Completes "the tool lets people or staff …". */
export const featureText: ValueTexts<(typeof featureIds)[number]> = {
  proposals: 'submit proposals or ideas',
  voting: 'vote on options or proposals',
  budgeting: 'run a participatory budget (costed projects within an envelope)',
  petitions: 'start and sign petitions',
  surveys: 'answer surveys or questionnaires',
  debates: 'hold structured discussions',
  comments: 'comment on content',
  maps: 'place or see contributions on a map',
  meetings: 'organise meetings and record them',
  'results-tracking': 'follow what happened to proposals or projects',
  moderation: 'moderate contributions',
  notifications: 'receive notifications (email, push)',
  'identity-verification': 'verify who participants are (electronic ID, census check)',
  multilingual: 'use the tool in several languages',
  mobile: 'use it comfortably on a phone',
  api: 'connect other software through an API',
  'data-export': 'export contributions and results as data',
  'open-source': 'see and reuse the source code under an open licence',
};
export const featureSupportText: ValueTexts<(typeof featureSupport)[number]> = {
  yes: 'the tool has it',
  partial: 'it has part of it, or only with extra work',
  no: 'the sources show that the tool lacks it',
};
export const accessibilityClaimText: ValueTexts<(typeof accessibilityClaims)[number]> = {
  none: 'the vendor makes no claim',
  'WCAG 2.0 A': 'the vendor claims conformance with WCAG 2.0 level A',
  'WCAG 2.0 AA': 'the vendor claims conformance with WCAG 2.0 level AA',
  'WCAG 2.1 AA': 'the vendor claims conformance with WCAG 2.1 level AA',
  'WCAG 2.2 AA': 'the vendor claims conformance with WCAG 2.2 level AA',
};
/** What a rating of the criterion judges, from 1 (weak) to 5 (strong): a higher number is always better. */
export const ratingCriterionText: ValueTexts<(typeof ratingCriteria)[number]> = {
  usability: 'ease of use for residents and staff',
  accessibility: "our view of how well disabled people can use it (the vendor's claim goes in accessibility.claim)",
  transparency: 'how visible processes and results are to the public',
  interoperability: 'APIs, open formats, standards',
  community: 'size and activity of the users and developers around it',
  cost: '5 means cheap to obtain and run',
  privacy: 'data protection and data minimisation',
};
/**
 * The words that name a rated criterion in a tool's body: the criterion and its inflections, matched
 * as whole words, in any case. "cost", "costs" and "costly" count for cost; "cooperative" does not.
 */
export const ratingCriterionWords: Readonly<Record<(typeof ratingCriteria)[number], readonly string[]>> = {
  usability: ['usability', 'usable'],
  accessibility: ['accessibility', 'accessible'],
  transparency: ['transparency', 'transparent'],
  interoperability: ['interoperability', 'interoperable'],
  community: ['community', 'communities'],
  cost: ['cost', 'costs', 'costly'],
  privacy: ['privacy', 'private'],
};
export const reportKindText: ValueTexts<(typeof reportKinds)[number]> = {
  'study-visit': 'partners visit a practice where it runs',
  'peer-review': "partners review a host region's policy or practice and advise on it",
  workshop: 'a working session on a topic',
  'stakeholder-meeting': "a meeting with a region's local stakeholders",
  simulation: 'a role play or trial run of a process',
  webinar: 'an online presentation and discussion',
};

/** EU member states and EEA countries: a region there must carry a NUTS code. */
export const nutsRequiredCountries = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT',
  'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO',
] as const;

/** Where Eurostat's NUTS prefix differs from the ISO 3166 code. */
export const nutsPrefixExceptions: Readonly<Record<string, string>> = { GR: 'EL', GB: 'UK' };

export function nutsPrefix(country: string): string {
  return nutsPrefixExceptions[country] ?? country;
}

/** The five body sections of the Interreg Europe good-practice record, per collection, in order. */
export const requiredSections = {
  practices: ['Description', 'Resources needed', 'Evidence of success', 'Difficulties and lessons learned', 'Potential for transfer'],
  tools: ['Overview', 'Strengths', 'Limitations', 'Deployment notes'],
  reports: ['Context', 'What we learned', 'Follow-up'],
} as const;
