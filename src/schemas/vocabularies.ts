/** Closed vocabularies of the content contract (docs/content-model.md). Themes are open: they live in content/themes.yaml. */

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
