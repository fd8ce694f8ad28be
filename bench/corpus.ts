// A synthetic content folder that follows docs/content-model.md: realistic sizes and vocabulary,
// deterministic for a given number of practices (same N, same files), so runs can be compared.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { dirBytes } from './measure.ts';

/** mulberry32: small, fast, seeded. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  next: () => number;
  constructor(seed: number) {
    this.next = rng(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  some<T>(items: readonly T[], min: number, max: number): T[] {
    const pool = [...items];
    const count = Math.min(pool.length, this.int(min, max));
    const out: T[] = [];
    for (let i = 0; i < count; i++) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** A copy of content/themes.yaml (the theme vocabulary), kept here so the corpus does not change when the real file does. */
export const themes = [
  { id: 'participatory-budgeting', name: 'Participatory budgeting', description: 'Residents propose, discuss and vote on how part of a public budget is spent, usually on local investment projects, and the authority commits to carrying out the winning proposals. Civic Tech supports each stage: online platforms collect and map proposals, show the technical and cost review, run secure and verifiable votes, and let residents follow the delivery of the projects they chose.' },
  { id: 'e-petitions', name: 'E-petitions', description: 'People write a petition online and gather signatures to ask a public body to act on an issue, often with a signature threshold that obliges the body to reply or to debate it. Petition platforms handle drafting, signature collection and identity or residence checks, forward the petition to the right recipient and publish the response.' },
  { id: 'citizen-initiatives', name: 'Citizen initiatives', description: 'Formal, legally defined routes by which citizens can put a proposal, such as a draft law or a motion, on the agenda of a parliament or council once enough eligible people support it. Civic Tech provides the official collection service, strong electronic identification to verify supporters, and public tracking of each initiative through the decision-making process.' },
  { id: 'open-data', name: 'Open data', description: 'Public bodies publish the data they hold in open, machine-readable formats under an open licence so that anyone can reuse it, from journalists and researchers to companies and other authorities. Data portals and catalogue software make datasets findable, documented and available through downloads and APIs, and let users give feedback or ask for new data.' },
  { id: 'monitoring-and-reporting', name: 'Monitoring and reporting', description: 'Residents report problems in public space, such as potholes, broken street lights or fly-tipping, and follow how the authority deals with them; the same tools can be used to monitor public services more widely. Reporting apps and websites place each report on a map, route it to the responsible department and show its status publicly, so that response times become visible.' },
  { id: 'consultation-and-deliberation', name: 'Consultation and deliberation', description: 'Authorities ask people for their views on plans, policies or draft rules, and in more deliberative formats give a group time and information to weigh options and reach shared recommendations. Civic Tech supports surveys, map-based questionnaires, structured online debates, tools that show where opinions agree or divide, and records of how the input was used.' },
  { id: 'transparency-and-accountability', name: 'Transparency and accountability', description: 'Making public decisions, spending and performance visible so that citizens can follow what their government does and hold it to account. Civic Tech supports this by publishing budgets, contracts and meeting records, tracking commitments and their delivery, and explaining to participants what happened to their proposals or reports.' },
  { id: 'co-creation', name: 'Co-creation', description: 'Residents, civil society, experts and officials design policies, services or public spaces together, rather than commenting on finished proposals. Civic Tech supports co-creation with shared workspaces for developing ideas, collaborative drafting and mapping tools, and channels that connect online work with workshops held in person.' },
] as const;

/** Real NUTS 2021 level-2 regions (code, English name, main city, country, coordinates, currency), plus a few outside the EU/EEA. */
const baseRegions: ReadonlyArray<{ nuts?: string; name: string; city: string; country: string; lat: number; lon: number; currency: string }> = [
  { nuts: 'FI1B', name: 'Helsinki-Uusimaa', city: 'Helsinki', country: 'FI', lat: 60.17, lon: 24.94, currency: 'EUR' },
  { nuts: 'FI19', name: 'West Finland', city: 'Seinäjoki', country: 'FI', lat: 62.79, lon: 22.84, currency: 'EUR' },
  { nuts: 'FI1D', name: 'North and East Finland', city: 'Oulu', country: 'FI', lat: 65.01, lon: 25.47, currency: 'EUR' },
  { nuts: 'EE00', name: 'Estonia', city: 'Tallinn', country: 'EE', lat: 59.44, lon: 24.75, currency: 'EUR' },
  { nuts: 'LV00', name: 'Latvia', city: 'Riga', country: 'LV', lat: 56.95, lon: 24.11, currency: 'EUR' },
  { nuts: 'LT01', name: 'Capital region of Lithuania', city: 'Vilnius', country: 'LT', lat: 54.69, lon: 25.28, currency: 'EUR' },
  { nuts: 'PL91', name: 'Warsaw capital region', city: 'Warsaw', country: 'PL', lat: 52.23, lon: 21.01, currency: 'PLN' },
  { nuts: 'PL21', name: 'Lesser Poland', city: 'Kraków', country: 'PL', lat: 50.06, lon: 19.94, currency: 'PLN' },
  { nuts: 'DE30', name: 'Berlin', city: 'Berlin', country: 'DE', lat: 52.52, lon: 13.4, currency: 'EUR' },
  { nuts: 'DE60', name: 'Hamburg', city: 'Hamburg', country: 'DE', lat: 53.55, lon: 9.99, currency: 'EUR' },
  { nuts: 'DE21', name: 'Upper Bavaria', city: 'Munich', country: 'DE', lat: 48.14, lon: 11.58, currency: 'EUR' },
  { nuts: 'DE24', name: 'Upper Franconia', city: 'Bamberg', country: 'DE', lat: 49.89, lon: 10.89, currency: 'EUR' },
  { nuts: 'DEA2', name: 'Cologne', city: 'Cologne', country: 'DE', lat: 50.94, lon: 6.96, currency: 'EUR' },
  { nuts: 'NL32', name: 'North Holland', city: 'Amsterdam', country: 'NL', lat: 52.37, lon: 4.9, currency: 'EUR' },
  { nuts: 'NL33', name: 'South Holland', city: 'The Hague', country: 'NL', lat: 52.08, lon: 4.3, currency: 'EUR' },
  { nuts: 'BE10', name: 'Brussels-Capital Region', city: 'Brussels', country: 'BE', lat: 50.85, lon: 4.35, currency: 'EUR' },
  { nuts: 'BE21', name: 'Province of Antwerp', city: 'Antwerp', country: 'BE', lat: 51.22, lon: 4.4, currency: 'EUR' },
  { nuts: 'BE33', name: 'Province of Liège', city: 'Liège', country: 'BE', lat: 50.63, lon: 5.57, currency: 'EUR' },
  { nuts: 'FR10', name: 'Île-de-France', city: 'Paris', country: 'FR', lat: 48.86, lon: 2.35, currency: 'EUR' },
  { nuts: 'FRK2', name: 'Rhône-Alpes', city: 'Lyon', country: 'FR', lat: 45.76, lon: 4.84, currency: 'EUR' },
  { nuts: 'FRI1', name: 'Aquitaine', city: 'Bordeaux', country: 'FR', lat: 44.84, lon: -0.58, currency: 'EUR' },
  { nuts: 'ES30', name: 'Community of Madrid', city: 'Madrid', country: 'ES', lat: 40.42, lon: -3.7, currency: 'EUR' },
  { nuts: 'ES51', name: 'Catalonia', city: 'Barcelona', country: 'ES', lat: 41.39, lon: 2.17, currency: 'EUR' },
  { nuts: 'ES61', name: 'Andalusia', city: 'Jaén', country: 'ES', lat: 37.77, lon: -3.79, currency: 'EUR' },
  { nuts: 'ES21', name: 'Basque Country', city: 'Bilbao', country: 'ES', lat: 43.26, lon: -2.93, currency: 'EUR' },
  { nuts: 'PT17', name: 'Lisbon Metropolitan Area', city: 'Lisbon', country: 'PT', lat: 38.72, lon: -9.14, currency: 'EUR' },
  { nuts: 'PT11', name: 'North Portugal', city: 'Porto', country: 'PT', lat: 41.15, lon: -8.61, currency: 'EUR' },
  { nuts: 'ITC4', name: 'Lombardy', city: 'Milan', country: 'IT', lat: 45.46, lon: 9.19, currency: 'EUR' },
  { nuts: 'ITI4', name: 'Lazio', city: 'Rome', country: 'IT', lat: 41.9, lon: 12.5, currency: 'EUR' },
  { nuts: 'ITH5', name: 'Emilia-Romagna', city: 'Bologna', country: 'IT', lat: 44.49, lon: 11.34, currency: 'EUR' },
  { nuts: 'ITC1', name: 'Piedmont', city: 'Turin', country: 'IT', lat: 45.07, lon: 7.69, currency: 'EUR' },
  { nuts: 'AT13', name: 'Vienna', city: 'Vienna', country: 'AT', lat: 48.21, lon: 16.37, currency: 'EUR' },
  { nuts: 'AT22', name: 'Styria', city: 'Graz', country: 'AT', lat: 47.07, lon: 15.44, currency: 'EUR' },
  { nuts: 'CZ01', name: 'Prague', city: 'Prague', country: 'CZ', lat: 50.08, lon: 14.44, currency: 'CZK' },
  { nuts: 'SK01', name: 'Bratislava Region', city: 'Bratislava', country: 'SK', lat: 48.15, lon: 17.11, currency: 'EUR' },
  { nuts: 'HU11', name: 'Budapest', city: 'Budapest', country: 'HU', lat: 47.5, lon: 19.04, currency: 'HUF' },
  { nuts: 'SI04', name: 'Western Slovenia', city: 'Ljubljana', country: 'SI', lat: 46.05, lon: 14.51, currency: 'EUR' },
  { nuts: 'SI03', name: 'Eastern Slovenia', city: 'Murska Sobota', country: 'SI', lat: 46.66, lon: 16.17, currency: 'EUR' },
  { nuts: 'HR05', name: 'City of Zagreb', city: 'Zagreb', country: 'HR', lat: 45.81, lon: 15.98, currency: 'EUR' },
  { nuts: 'RO42', name: 'West Romania', city: 'Timișoara', country: 'RO', lat: 45.75, lon: 21.23, currency: 'RON' },
  { nuts: 'RO11', name: 'North-West Romania', city: 'Cluj-Napoca', country: 'RO', lat: 46.77, lon: 23.59, currency: 'RON' },
  { nuts: 'RO32', name: 'Bucharest-Ilfov', city: 'Bucharest', country: 'RO', lat: 44.43, lon: 26.1, currency: 'RON' },
  { nuts: 'BG41', name: 'South-West Bulgaria', city: 'Sofia', country: 'BG', lat: 42.7, lon: 23.32, currency: 'BGN' },
  { nuts: 'EL30', name: 'Attica', city: 'Athens', country: 'GR', lat: 37.98, lon: 23.73, currency: 'EUR' },
  { nuts: 'EL63', name: 'Western Greece', city: 'Patras', country: 'GR', lat: 38.25, lon: 21.73, currency: 'EUR' },
  { nuts: 'EL52', name: 'Central Macedonia', city: 'Thessaloniki', country: 'GR', lat: 40.64, lon: 22.94, currency: 'EUR' },
  { nuts: 'EL54', name: 'Epirus', city: 'Preveza', country: 'GR', lat: 38.96, lon: 20.75, currency: 'EUR' },
  { nuts: 'CY00', name: 'Cyprus', city: 'Nicosia', country: 'CY', lat: 35.17, lon: 33.36, currency: 'EUR' },
  { nuts: 'MT00', name: 'Malta', city: 'Valletta', country: 'MT', lat: 35.9, lon: 14.51, currency: 'EUR' },
  { nuts: 'IE06', name: 'Eastern and Midland', city: 'Dublin', country: 'IE', lat: 53.35, lon: -6.26, currency: 'EUR' },
  { nuts: 'IE04', name: 'Northern and Western', city: 'Letterkenny', country: 'IE', lat: 54.95, lon: -7.73, currency: 'EUR' },
  { nuts: 'DK01', name: 'Capital Region of Denmark', city: 'Copenhagen', country: 'DK', lat: 55.68, lon: 12.57, currency: 'DKK' },
  { nuts: 'DK04', name: 'Central Denmark', city: 'Aarhus', country: 'DK', lat: 56.16, lon: 10.2, currency: 'DKK' },
  { nuts: 'SE11', name: 'Stockholm', city: 'Stockholm', country: 'SE', lat: 59.33, lon: 18.07, currency: 'SEK' },
  { nuts: 'SE23', name: 'West Sweden', city: 'Gothenburg', country: 'SE', lat: 57.71, lon: 11.97, currency: 'SEK' },
  { nuts: 'NO08', name: 'Oslo and Viken', city: 'Oslo', country: 'NO', lat: 59.91, lon: 10.75, currency: 'NOK' },
  { nuts: 'IS00', name: 'Iceland', city: 'Reykjavík', country: 'IS', lat: 64.15, lon: -21.94, currency: 'ISK' },
  { nuts: 'LU00', name: 'Luxembourg', city: 'Luxembourg', country: 'LU', lat: 49.61, lon: 6.13, currency: 'EUR' },
  { nuts: 'UKM7', name: 'Eastern Scotland', city: 'Edinburgh', country: 'GB', lat: 55.95, lon: -3.19, currency: 'GBP' },
  { nuts: 'CH04', name: 'Zurich', city: 'Zurich', country: 'CH', lat: 47.37, lon: 8.54, currency: 'CHF' },
  { name: 'Montevideo', city: 'Montevideo', country: 'UY', lat: -34.9, lon: -56.16, currency: 'UYU' },
  { name: 'Buenos Aires', city: 'Buenos Aires', country: 'AR', lat: -34.6, lon: -58.38, currency: 'ARS' },
];

const areaQualifiers = ['North', 'South', 'East', 'West', 'Central', 'Upper', 'Lower', 'Coastal', 'Inland'];

const toolSeeds: ReadonlyArray<{ name: string; stack: string[]; license: string; themes: string[] }> = [
  { name: 'Agora Voice', stack: ['Ruby on Rails', 'PostgreSQL'], license: 'AGPL-3.0-or-later', themes: ['participatory-budgeting', 'consultation-and-deliberation'] },
  { name: 'CivicFlow', stack: ['Python', 'Django', 'PostgreSQL'], license: 'AGPL-3.0-only', themes: ['consultation-and-deliberation', 'co-creation'] },
  { name: 'OpenBudget Kit', stack: ['Node.js', 'React', 'PostgreSQL'], license: 'MIT', themes: ['participatory-budgeting', 'transparency-and-accountability'] },
  { name: 'PetitionHub', stack: ['PHP', 'Laravel', 'MySQL'], license: 'GPL-3.0-only', themes: ['e-petitions', 'citizen-initiatives'] },
  { name: 'DataPort', stack: ['Python', 'CKAN', 'Solr'], license: 'AGPL-3.0-or-later', themes: ['open-data', 'transparency-and-accountability'] },
  { name: 'FixIt Local', stack: ['Perl', 'PostgreSQL', 'PostGIS'], license: 'AGPL-3.0-or-later', themes: ['monitoring-and-reporting'] },
  { name: 'MapConsult', stack: ['TypeScript', 'OpenLayers', 'PostGIS'], license: 'EUPL-1.2', themes: ['consultation-and-deliberation', 'co-creation'] },
  { name: 'Deliberate', stack: ['Elixir', 'Phoenix', 'PostgreSQL'], license: 'MPL-2.0', themes: ['consultation-and-deliberation'] },
  { name: 'Initiative Registry', stack: ['Java', 'Spring', 'Oracle'], license: 'EUPL-1.2', themes: ['citizen-initiatives', 'e-petitions'] },
  { name: 'Votebox', stack: ['Go', 'PostgreSQL'], license: 'Apache-2.0', themes: ['participatory-budgeting'] },
  { name: 'Council Tracker', stack: ['Ruby', 'Sinatra', 'SQLite'], license: 'MIT', themes: ['transparency-and-accountability', 'monitoring-and-reporting'] },
  { name: 'Neighbourhood Lab', stack: ['Vue', 'Node.js', 'MongoDB'], license: 'proprietary', themes: ['co-creation', 'participatory-budgeting'] },
  { name: 'SurveyCommons', stack: ['PHP', 'Symfony', 'PostgreSQL'], license: 'GPL-2.0-or-later', themes: ['consultation-and-deliberation'] },
  { name: 'Budget Lens', stack: ['Python', 'Flask', 'DuckDB'], license: 'BSD-3-Clause', themes: ['transparency-and-accountability', 'open-data'] },
  { name: 'Street Report', stack: ['Kotlin', 'Swift', 'PostgreSQL'], license: 'proprietary', themes: ['monitoring-and-reporting'] },
  { name: 'Assembly Online', stack: ['TypeScript', 'Next.js', 'PostgreSQL'], license: 'AGPL-3.0-or-later', themes: ['consultation-and-deliberation', 'co-creation'] },
  { name: 'Open Contracts Viewer', stack: ['Python', 'Elasticsearch'], license: 'Apache-2.0', themes: ['transparency-and-accountability', 'open-data'] },
  { name: 'Idea Garden', stack: ['Ruby on Rails', 'Redis'], license: 'proprietary', themes: ['co-creation', 'citizen-initiatives'] },
  { name: 'Signature Desk', stack: ['C#', '.NET', 'SQL Server'], license: 'proprietary', themes: ['e-petitions'] },
  { name: 'Polis Local', stack: ['Clojure', 'PostgreSQL'], license: 'AGPL-3.0-only', themes: ['consultation-and-deliberation', 'e-petitions'] },
];

const words = {
  goal: ['give residents a direct say in local investment', 'make council decisions easier to follow', 'reach young people who rarely take part', 'open up the data behind public services', 'shorten the time it takes to fix problems in public space', 'bring proposals from neighbourhoods onto the council agenda', 'improve trust between residents and the administration', 'involve rural villages in regional planning', 'publish spending in a form people can reuse', 'test new forms of deliberation with a representative group'],
  group: ['residents', 'young people', 'older residents', 'neighbourhood associations', 'local businesses', 'schools', 'community organisations', 'civil servants', 'elected councillors', 'journalists', 'researchers', 'people with disabilities', 'migrant communities'],
  activity: ['proposals', 'votes', 'comments', 'survey responses', 'reports of problems', 'signatures', 'ideas', 'downloads of datasets', 'workshop contributions'],
  quality: ['clear', 'transparent', 'accessible', 'well documented', 'easy to moderate', 'mobile-friendly', 'multilingual', 'low-cost', 'secure', 'reusable'],
  difficulty: ['keeping participants informed after the vote', 'the workload of checking the feasibility of proposals', 'low turnout in rural areas', 'identity checks that discouraged first-time users', 'moderation of heated discussions', 'integrating the platform with existing case-management systems', 'explaining the budget rules in plain language', 'reaching people without digital skills', 'the cost of translations', 'political changes after the local elections'],
  lesson: ['start with a small pilot and publish the rules early', 'combine online participation with meetings in person', 'report back on every proposal, including those that were rejected', 'train staff in every department that receives proposals', 'keep the number of steps for a first contribution low', 'publish the data behind each decision', 'work with local organisations to reach people who rarely take part', 'plan the budget for delivery, not only for the vote'],
  verb: ['launched', 'piloted', 'introduced', 'extended', 'redesigned', 'opened'],
  channelText: ['an online platform', 'a mobile app', 'online forms and meetings in person', 'a website and neighbourhood assemblies', 'a map-based survey', 'a public data portal'],
  adjective: ['annual', 'city-wide', 'regional', 'neighbourhood', 'pilot', 'permanent', 'two-year'],
};

const titlePatterns = [
  (c: string, t: string) => `${c} ${t.toLowerCase()} programme`,
  (c: string, t: string) => `${t} in ${c}: residents decide`,
  (c: string, t: string) => `${c} open ${t.toLowerCase()} platform`,
  (c: string, t: string) => `Neighbourhood ${t.toLowerCase()} in ${c}`,
  (c: string, t: string) => `${c} youth ${t.toLowerCase()}`,
  (c: string, t: string) => `Digital ${t.toLowerCase()} for ${c}`,
];

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface RegionOut {
  id: string;
  name: string;
  city: string;
  country: string;
  currency: string;
}

interface Ctx {
  r: Random;
  city: string;
  region: string;
  institution: string;
  tool: string;
  theme: string;
  year: number;
  url: () => string;
}

/** One sentence of plausible case-study prose (no braces or angle brackets: MDX reads those as code). */
function sentence(c: Ctx): string {
  const { r } = c;
  const n = () => r.int(2, 900) * (r.chance(0.5) ? 10 : 1);
  const templates = [
    () => `${c.institution} ${r.pick(words.verb)} the ${r.pick(words.adjective)} ${c.theme.toLowerCase()} process in ${c.year} to ${r.pick(words.goal)}.`,
    () => `Through ${r.pick(words.channelText)}, ${r.pick(words.group)} and ${r.pick(words.group)} sent ${n().toLocaleString('en')} ${r.pick(words.activity)} in the first cycle.`,
    () => `The team chose ${c.tool} because it is ${r.pick(words.quality)} and ${r.pick(words.quality)}, and because other regions already use it.`,
    () => `According to the [evaluation report](${c.url()}), participation grew by ${r.int(5, 80)} percent between ${c.year} and ${c.year + r.int(1, 4)}.`,
    () => `The hardest part was ${r.pick(words.difficulty)}, which the organisers addressed over several rounds.`,
    () => `Officials in ${c.city} recommend to ${r.pick(words.lesson)}.`,
    () => `Every proposal is reviewed by the relevant department, and the outcome is published on the project page with a short explanation.`,
    () => `In ${c.region}, the process now runs every year and has become part of the ordinary budget calendar.`,
    () => `A **steering group** of ${r.int(4, 15)} people, including representatives of ${r.pick(words.group)}, meets every ${r.pick(['month', 'quarter', 'six weeks'])}.`,
    () => `The platform records ${r.pick(words.activity)} together with the district, so results can be compared across neighbourhoods.`,
    () => `Staff time was the main cost: ${r.pick(['two', 'three', 'four', 'five'])} officers work on it part-time, supported by an external moderator during voting periods.`,
    () => `Local media covered the ${r.pick(words.adjective)} vote, which helped reach ${r.pick(words.group)} who had never taken part before.`,
    () => `The source code and the process rules are published, so that *other municipalities* can reuse them without a licence fee.`,
    () => `An independent [study](${c.url()}) found that ${r.int(20, 75)} percent of participants were taking part in a public consultation for the first time.`,
    () => `Feedback from ${r.pick(words.group)} led to simpler forms and a clearer timeline in the second year.`,
  ];
  return r.pick(templates)();
}

function paragraph(c: Ctx, targetWords: number): string {
  const out: string[] = [];
  let count = 0;
  while (count < targetWords) {
    const s = sentence(c);
    out.push(s);
    count += s.split(/\s+/).length;
  }
  return out.join(' ');
}

function section(c: Ctx, title: string, targetWords: number, extra?: string): string {
  const parts = [`## ${title}`, ''];
  let left = targetWords;
  while (left > 0) {
    const size = Math.min(left, c.r.int(45, 80));
    parts.push(paragraph(c, size), '');
    left -= size;
  }
  if (extra) parts.push(extra, '');
  return parts.join('\n');
}

export interface Corpus {
  dir: string;
  counts: { themes: number; regions: number; practices: number; tools: number; reports: number };
  /** Total bytes of the files written. */
  bytes: number;
  /** Average words per practice body. */
  wordsPerPractice: number;
  practiceIds: string[];
  /** A word that appears in many entries: the search benchmark's query. */
  searchWord: string;
}

/** Writes the corpus for `practices` entries into `dir` (emptied first). */
export function generateCorpus(dir: string, practices: number, seed = 20251127): Corpus {
  const r = new Random(seed + practices);
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['practices', 'tools', 'reports', 'regions']) mkdirSync(path.join(dir, sub), { recursive: true });
  let bytes = 0;
  const write = (file: string, text: string) => {
    writeFileSync(path.join(dir, file), text);
    bytes += Buffer.byteLength(text);
  };
  const dump = (data: unknown) => yaml.dump(data, { lineWidth: -1, noRefs: true });
  const mdx = (data: unknown, body: string) => `---\n${dump(data)}---\n\n${body}`;

  write('themes.yaml', `# The theme vocabulary: a copy of content/themes.yaml.\n${dump(themes)}`);

  // Regions: about N/10, real NUTS 2 codes first, then NUTS 3-shaped children (code + digit).
  const regionCount = Math.max(5, Math.round(practices / 10));
  const regions: RegionOut[] = [];
  const usedIds = new Set<string>();
  for (let i = 0; i < regionCount; i++) {
    const base = baseRegions[i % baseRegions.length]!;
    const round = Math.floor(i / baseRegions.length);
    const name = round === 0 ? base.name : `${areaQualifiers[(round - 1) % areaQualifiers.length]} ${base.name}${round > areaQualifiers.length ? ` ${round}` : ''}`;
    let id = slug(name);
    while (usedIds.has(id)) id = `${id}-${i}`;
    usedIds.add(id);
    const data: Record<string, unknown> = {
      name,
      country: base.country,
      ...(base.nuts ? { nuts: round === 0 ? base.nuts : `${base.nuts}${((round - 1) % 9) + 1}` } : {}),
      level: base.nuts ? (round === 0 ? 'nuts2' : 'nuts3') : 'municipality',
      ...(i < 8 ? { partner: { organisation: `${base.city} Regional Development Agency`, url: `https://www.${slug(base.city)}-agency.example.eu/` } } : {}),
      population: r.int(40_000, 4_000_000),
      populationYear: r.int(2019, 2024),
      coordinates: [Number((base.lat + (r.next() - 0.5) * 0.8).toFixed(2)), Number((base.lon + (r.next() - 0.5) * 0.8).toFixed(2))],
      summary: `${name} in ${base.country}, around ${base.city}; a region with ${r.pick(['a strong tradition of', 'growing interest in', 'recent experience with'])} participatory practices.`,
      sources: [{ title: 'Eurostat: NUTS 2021 classification', url: 'https://ec.europa.eu/eurostat/web/nuts/background' }],
    };
    write(`regions/${id}.yaml`, dump(data));
    regions.push({ id, name, city: base.city, country: base.country, currency: base.currency });
  }

  // Tools: the 20 seeds (fewer for tiny corpora is unrealistic: always 20).
  const tools = toolSeeds.map((seedTool, i) => {
    const id = slug(seedTool.name);
    const rated = r.some(['usability', 'accessibility', 'transparency', 'interoperability', 'community', 'cost', 'privacy'] as const, 2, 5);
    const ratings = Object.fromEntries(rated.map((k) => [k, r.int(2, 5)]));
    const features = Object.fromEntries(
      r.some(['proposals', 'voting', 'budgeting', 'petitions', 'surveys', 'debates', 'comments', 'maps', 'meetings', 'results-tracking', 'moderation', 'notifications', 'identity-verification', 'multilingual', 'mobile', 'api', 'data-export', 'open-source'] as const, 8, 16).map((f) => [f, r.pick(['yes', 'yes', 'partial', 'no'] as const)]),
    );
    const ctx: Ctx = { r, city: 'the pilot cities', region: 'Europe', institution: `${seedTool.name} Foundation`, tool: seedTool.name, theme: themes.find((t) => t.id === seedTool.themes[0])!.name, year: 2012 + (i % 10), url: () => `https://docs.${id}.example.org/${r.pick(['guide', 'evaluation', 'case-studies', 'release-notes'])}` };
    const ratingText = rated.map((k) => `Its ${k} is rated ${String(ratings[k])} out of 5: ${paragraph(ctx, 25)}`).join(' ');
    const data = {
      name: seedTool.name,
      summary: `${seedTool.name} is a ${seedTool.license === 'proprietary' ? 'commercial' : 'free and open-source'} platform for ${seedTool.themes.map((t) => themes.find((x) => x.id === t)!.name.toLowerCase()).join(' and ')}, used by municipalities and regions across Europe.`,
      website: `https://${id}.example.org/`,
      ...(seedTool.license === 'proprietary' ? {} : { repository: `https://git.example.org/${id}/${id}` }),
      license: seedTool.license,
      hosting: seedTool.license === 'proprietary' ? ['saas'] : r.pick([['self-hosted'], ['self-hosted', 'saas']]),
      stack: seedTool.stack,
      maintainer: `${seedTool.name} Foundation`,
      firstRelease: 2010 + (i % 12),
      themes: seedTool.themes,
      features,
      accessibility: { claim: r.pick(['none', 'WCAG 2.1 AA', 'WCAG 2.2 AA', 'WCAG 2.0 AA']), statement: `https://${id}.example.org/accessibility` },
      ratings,
      sources: [{ title: `${seedTool.name} documentation`, url: `https://docs.${id}.example.org/` }, { title: `${seedTool.name} source code`, url: `https://git.example.org/${id}` }],
      reviewed: `2025-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
      reviewers: ['Civic Tech Practice Atlas editors'],
    };
    const body = [
      section(ctx, 'Overview', 90),
      section(ctx, 'Strengths', 60, ratingText),
      section(ctx, 'Limitations', 70),
      section(ctx, 'Deployment notes', 70),
    ].join('\n');
    write(`tools/${id}.mdx`, mdx(data, body));
    return { id, name: seedTool.name, themes: seedTool.themes };
  });

  // Practices.
  const practiceIds: string[] = [];
  let words_ = 0;
  const units = ['people', 'percent', 'proposals', 'projects', 'votes', 'signatures', 'reports', 'datasets', 'currency', 'count'] as const;
  for (let i = 0; i < practices; i++) {
    const region = regions[Math.floor(r.next() * regions.length)]!;
    const practiceThemes: string[] = r.some(themes.map((t) => t.id), 1, 3);
    const mainTheme = themes.find((t) => t.id === practiceThemes[0])!;
    const practiceTools = r.some(tools.filter((t) => t.themes.some((th) => practiceThemes.includes(th))).map((t) => t.id), 0, 2);
    const title = `${r.pick(titlePatterns)(region.city, mainTheme.name)}${i >= regions.length ? ` ${i + 1}` : ''}`.slice(0, 120);
    const id = `${slug(region.city)}-${slug(mainTheme.name).split('-')[0]}-${i + 1}`;
    const start = r.int(2008, 2023);
    const end = r.chance(0.35) ? r.int(start + 1, 2025) : undefined;
    const institution = r.pick([`${region.city} City Council`, `Regional Council of ${region.name}`, `${region.city} Municipality`, `${region.name} Regional Government`]);
    const toolName = practiceTools.length ? tools.find((t) => t.id === practiceTools[0])!.name : 'a custom website';
    const sourceHost = `https://www.${slug(region.city)}.example.eu`;
    const sources = Array.from({ length: r.int(2, 5) }, (_, k) => ({ title: `${institution}: ${['project page', 'evaluation report', 'council decision', 'annual report', 'press release'][k]}`, url: `${sourceHost}/${id}/${['project', 'evaluation', 'decision', 'annual-report', 'press'][k]}` }));
    const ctx: Ctx = { r, city: region.city, region: region.name, institution, tool: toolName, theme: mainTheme.name, year: start, url: () => r.pick(sources).url };
    const indicators = Array.from({ length: r.int(1, 5) }, () => {
      const unit = r.pick(units);
      return {
        label: unit === 'currency' ? 'Budget decided by residents' : `${sentenceCase(r.pick(words.activity))} received`,
        value: unit === 'percent' ? r.int(1, 90) : r.int(10, 90_000) * (unit === 'currency' ? 100 : 1),
        unit,
        ...(unit === 'currency' ? { currency: region.currency } : {}),
        year: r.int(start, 2025),
        ...(r.chance(0.2) ? { note: r.pick(['more than', 'cumulative since launch', 'first cycle']) } : {}),
        source: r.pick(sources).url,
      };
    });
    const data = {
      title,
      summary: paragraph(ctx, 40).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_]/g, '').slice(0, 380),
      region: region.id,
      city: region.city,
      level: r.pick(['municipal', 'municipal', 'regional', 'national', 'cross-border'] as const),
      themes: practiceThemes,
      tools: practiceTools,
      spectrum: r.pick(['inform', 'consult', 'involve', 'collaborate', 'empower'] as const),
      channel: r.pick(['online', 'hybrid', 'in-person'] as const),
      institution,
      stakeholders: r.some(['Neighbourhood associations', 'Local university', 'Youth council', 'Chamber of commerce', 'Open data community', 'Regional newspaper'], 0, 3),
      start: r.chance(0.3) ? `${start}-${String(r.int(1, 12)).padStart(2, '0')}` : start,
      ...(end !== undefined ? { end } : {}),
      status: r.pick(['demonstrated', 'inspiring'] as const),
      resources: { budget: { amount: r.int(10, 5000) * 1000, currency: region.currency, year: start }, staff: `${r.pick(['two', 'three', 'four'])} officers part-time` },
      indicators,
      ...(r.chance(0.3) ? { transfer: r.some(regions.filter((x) => x.id !== region.id), 1, 2).map((x) => ({ region: x.id, status: r.pick(['planned', 'in-progress', 'done'] as const), year: r.int(start, 2026) })) } : {}),
      sources,
      contributors: [r.pick(['Civic Tech Practice Atlas editors', `${region.city} Regional Development Agency`, 'CIVITEC partners'])],
      updated: `2025-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
    };
    const evidence = indicators.slice(0, 3).map((ind) => `- ${ind.label}: ${ind.value.toLocaleString('en')} ${ind.unit === 'currency' ? ind.currency : ind.unit} in ${ind.year} ([source](${ind.source}))`).join('\n');
    const table = r.chance(0.3)
      ? `| Item | Amount |\n| --- | ---: |\n| Platform hosting | ${r.int(2, 40) * 1000} |\n| Staff time | ${r.int(20, 200) * 1000} |\n| Outreach | ${r.int(5, 60) * 1000} |`
      : undefined;
    const body = [
      section(ctx, 'Description', 100),
      section(ctx, 'Resources needed', 75, table),
      section(ctx, 'Evidence of success', 70, evidence),
      section(ctx, 'Difficulties and lessons learned', 100),
      section(ctx, 'Potential for transfer', 75),
    ].join('\n');
    words_ += body.split(/\s+/).filter(Boolean).length;
    write(`practices/${id}.mdx`, mdx(data, body));
    practiceIds.push(id);
  }

  // Reports: one per 50 practices, at least 2.
  const reportCount = Math.max(2, Math.round(practices / 50));
  const kinds = ['study-visit', 'peer-review', 'workshop', 'stakeholder-meeting', 'simulation', 'webinar'] as const;
  for (let i = 0; i < reportCount; i++) {
    const host = r.pick(regions);
    const kind = r.pick(kinds);
    const date = `${r.int(2023, 2025)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 27)).padStart(2, '0')}`;
    const id = `${kind}-${slug(host.city)}-${i + 1}`;
    const presented = r.some(practiceIds, 2, 6);
    const ctx: Ctx = { r, city: host.city, region: host.name, institution: `${host.city} Regional Development Agency`, tool: r.pick(tools).name, theme: r.pick(themes).name, year: Number(date.slice(0, 4)), url: () => `https://www.${slug(host.city)}.example.eu/reports/${id}` };
    const data = {
      title: `${sentenceCase(kind.replace(/-/g, ' '))} in ${host.city} ${i + 1}`,
      summary: paragraph(ctx, 35).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_]/g, '').slice(0, 390),
      kind,
      date,
      host: host.id,
      participants: r.some(regions.map((x) => x.id), 2, 7),
      practices: presented,
      ...(r.chance(0.5) ? { tools: r.some(tools.map((t) => t.id), 1, 2) } : {}),
      attendees: r.int(12, 120),
      lessons: Array.from({ length: r.int(2, 5) }, () => sentenceCase(r.pick(words.lesson)) + '.'),
      actions: r.some(regions, 1, 3).map((x) => ({ region: x.id, action: `Present the ${r.pick(words.adjective)} ${ctx.theme.toLowerCase()} approach to the ${x.city} council.`, due: '2026-06-30' })),
      sources: [{ title: 'Meeting agenda and minutes', url: `https://www.${slug(host.city)}.example.eu/reports/${id}` }],
    };
    const body = [section(ctx, 'Context', 90), section(ctx, 'What we learned', 110), section(ctx, 'Follow-up', 60)].join('\n');
    write(`reports/${id}.mdx`, mdx(data, body));
  }

  return {
    dir,
    counts: { themes: themes.length, regions: regions.length, practices, tools: tools.length, reports: reportCount },
    bytes,
    wordsPerPractice: Math.round(words_ / Math.max(1, practices)),
    practiceIds,
    searchWord: 'neighbourhood',
  };
}

/**
 * `npm run bench -- --content <folder>`: a copy of an existing content folder in `dir` (emptied
 * first), described like a generated corpus. The search word is the word of eight letters or
 * more that the most practice bodies use.
 */
export function copyCorpus(from: string, dir: string): Corpus {
  rmSync(dir, { recursive: true, force: true });
  cpSync(from, dir, { recursive: true });
  const files = (folder: string, ext: string) => readdirSync(path.join(dir, folder)).filter((f) => f.endsWith(ext) && !f.startsWith('_')).sort();
  const practiceFiles = files('practices', '.mdx');
  const bodies = practiceFiles.map((f) => readFileSync(path.join(dir, 'practices', f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  const usedBy = new Map<string, number>();
  for (const body of bodies) for (const word of new Set(body.toLowerCase().match(/\p{L}{8,}/gu) ?? [])) usedBy.set(word, (usedBy.get(word) ?? 0) + 1);
  const searchWord = [...usedBy].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'participation';
  return {
    dir,
    counts: {
      themes: (yaml.load(readFileSync(path.join(dir, 'themes.yaml'), 'utf8')) as unknown[]).length,
      regions: files('regions', '.yaml').length,
      practices: practiceFiles.length,
      tools: files('tools', '.mdx').length,
      reports: files('reports', '.mdx').length,
    },
    bytes: dirBytes(dir) ?? 0,
    wordsPerPractice: Math.round(bodies.reduce((sum, b) => sum + b.split(/\s+/).filter(Boolean).length, 0) / Math.max(1, bodies.length)),
    practiceIds: practiceFiles.map((f) => f.slice(0, -'.mdx'.length)),
    searchWord,
  };
}
