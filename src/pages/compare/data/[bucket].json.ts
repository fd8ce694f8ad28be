import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../content/atlas.ts';
import { defaultLocale } from '../../../i18n/index.ts';
import { compareBucket, compareBucketCount } from '../../../lib/compare-buckets.ts';
import { compareRecord, type CompareRecord } from '../../../lib/compare.ts';

/** The comparison records in files of about 50 practices (see compare-buckets.ts), in the default locale. */
export const getStaticPaths = (async () => {
  const atlas = await getAtlas(defaultLocale);
  const count = compareBucketCount(atlas.practices.length);
  const buckets: CompareRecord[][] = Array.from({ length: count }, () => []);
  for (const practice of atlas.practices) buckets[compareBucket(practice.id, count)]!.push(compareRecord(atlas, practice, defaultLocale));
  return buckets.map((records, bucket) => ({ params: { bucket: String(bucket) }, props: { records } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ records: CompareRecord[] }> = ({ props }) =>
  new Response(JSON.stringify(props.records), { headers: { 'Content-Type': 'application/json' } });
