/** Edit distance between two short strings (ids, field names, licence ids). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Longer input gets no suggestion. */
export const maxInput = 64;

const normalise = (s: string) => s.toLowerCase().replace(/[\s_]+/g, '-');

/**
 * The candidate a person most likely meant, or undefined when none is close.
 * Tries, in order: the same word in other case or spacing, a candidate that
 * starts with what was typed ("GPL" → "GPL-3.0-only"), then a close spelling.
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  // Ids, fields and licences are short; comparing a long value with each candidate is wasted (and unbounded) work.
  if (input.length > maxInput) return undefined;
  const list = [...candidates];
  const typed = normalise(input);
  const same = list.find((c) => normalise(c) === typed);
  if (same) return same;

  const prefixed = list.filter((c) => normalise(c).startsWith(`${typed}-`));
  if (prefixed.length) return prefixed.sort(preferLatestOnly)[0];

  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(typed.length / 3)) + 1;
  for (const candidate of list) {
    const distance = editDistance(typed, normalise(candidate));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** "-only" ids before others, then the highest version number first. */
function preferLatestOnly(a: string, b: string): number {
  const only = Number(b.endsWith('-only')) - Number(a.endsWith('-only'));
  return only || b.localeCompare(a, 'en', { numeric: true });
}
