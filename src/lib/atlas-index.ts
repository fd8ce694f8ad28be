import type { Locale } from '../i18n/locales.ts';
import { compareText } from './format.ts';
import type { AtlasData, Practice, Region, Report, Theme, Tool } from './types.ts';

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export interface AtlasIndex extends AtlasData {
  practice: Map<string, Practice>;
  tool: Map<string, Tool>;
  report: Map<string, Report>;
  region: Map<string, Region>;
  theme: Map<string, Theme>;
  practicesByRegion: Map<string, Practice[]>;
  practicesByTheme: Map<string, Practice[]>;
  practicesByCountry: Map<string, Practice[]>;
  practicesByLevel: Map<string, Practice[]>;
  /** A tool's deployments: every practice that references it. */
  practicesByTool: Map<string, Practice[]>;
  /** Practices being taken up in a region. */
  transfersToRegion: Map<string, Practice[]>;
  reportsByPractice: Map<string, Report[]>;
  reportsByTool: Map<string, Report[]>;
  reportsHostedBy: Map<string, Report[]>;
  reportsAttendedBy: Map<string, Report[]>;
  toolsByTheme: Map<string, Tool[]>;
  /** Sorted lists of the values in use, for filters. */
  countries: string[];
  levels: string[];
}

/** Sorts every collection for readers of `locale` and computes every join once per build; pages only read from it. */
export function buildIndex(data: AtlasData, locale: Locale): AtlasIndex {
  // One collator for every sort: localeCompare with options builds a new one on each call (0.44 s of sorting at 5000 entries).
  const byText = compareText(locale, 'base');
  const practices = [...data.practices].sort((a, b) => byText(a.title, b.title));
  const tools = [...data.tools].sort((a, b) => byText(a.name, b.name));
  const reports = [...data.reports].sort((a, b) => b.date.localeCompare(a.date) || byText(a.title, b.title));
  const regions = [...data.regions].sort((a, b) => byText(a.name, b.name));
  const themes = [...data.themes];
  const region = indexById(regions);
  const countryOf = (p: Practice) => [region.get(p.region)?.country ?? ''];
  return {
    practices, tools, reports, regions, themes,
    practice: indexById(practices),
    tool: indexById(tools),
    report: indexById(reports),
    region,
    theme: indexById(themes),
    practicesByRegion: groupBy(practices, (p) => [p.region]),
    practicesByTheme: groupBy(practices, (p) => p.themes),
    practicesByCountry: groupBy(practices, countryOf),
    practicesByLevel: groupBy(practices, (p) => [p.level]),
    practicesByTool: groupBy(practices, (p) => p.tools),
    transfersToRegion: groupBy(practices, (p) => (p.transfer ?? []).map((t) => t.region)),
    reportsByPractice: groupBy(reports, (r) => r.practices),
    reportsByTool: groupBy(reports, (r) => r.tools ?? []),
    reportsHostedBy: groupBy(reports, (r) => [r.host]),
    reportsAttendedBy: groupBy(reports, (r) => r.participants),
    toolsByTheme: groupBy(tools, (t) => t.themes),
    countries: [...new Set(practices.flatMap(countryOf))].filter(Boolean).sort(),
    levels: [...new Set(practices.map((p) => p.level))].sort(),
  };
}

/**
 * Practices sharing the most themes and tools with this one (tools weigh double), best first, ties by title.
 * Runs once per practice page, so it scores in one pass and keeps only the best few: no sort of thousands.
 */
export function relatedPractices(index: AtlasIndex, practice: Practice, limit = 5): Practice[] {
  const score = new Map<Practice, number>();
  const add = (others: Practice[] | undefined, weight: number) => {
    for (const other of others ?? []) {
      if (other !== practice) score.set(other, (score.get(other) ?? 0) + weight);
    }
  };
  practice.themes.forEach((t) => add(index.practicesByTheme.get(t), 1));
  practice.tools.forEach((t) => add(index.practicesByTool.get(t), 2));
  const rank = titleRank(index);
  const better = (a: [Practice, number], b: [Practice, number]) => a[1] > b[1] || (a[1] === b[1] && rank.get(a[0])! < rank.get(b[0])!);
  const best: Array<[Practice, number]> = [];
  for (const entry of score) {
    if (best.length === limit && !better(entry, best[limit - 1]!)) continue;
    let at = best.length;
    while (at > 0 && better(entry, best[at - 1]!)) at--;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map(([p]) => p);
}

const ranks = new WeakMap<AtlasIndex, Map<Practice, number>>();
/** Position of each practice in title order (practices are already sorted by title). */
function titleRank(index: AtlasIndex): Map<Practice, number> {
  let rank = ranks.get(index);
  if (!rank) ranks.set(index, (rank = new Map(index.practices.map((p, i) => [p, i]))));
  return rank;
}
