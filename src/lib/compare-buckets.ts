// The compare page's data, split into files of about 50 practices: a page showing two to four
// practices downloads at most four small files, and the build writes N/50 files instead of N.
// The page and the build must agree on where an id goes, so both use this module.

/** Practices per data file, on average. */
export const compareBucketSize = 50;

export function compareBucketCount(practices: number): number {
  return Math.max(1, Math.ceil(practices / compareBucketSize));
}

/** The data file holding `id`: FNV-1a over the id's characters, modulo the number of files. */
export function compareBucket(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}
