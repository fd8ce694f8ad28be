import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../content/atlas.ts';
import { compareRecord } from '../../lib/compare.ts';
import type { Practice } from '../../lib/types.ts';

/** One file per practice, so the compare page downloads only the practices it shows. */
export const getStaticPaths = (async () => (await getAtlas()).practices.map((practice) => ({ params: { id: practice.id }, props: { practice } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ practice: Practice }> = async ({ props }) =>
  new Response(JSON.stringify(compareRecord(await getAtlas(), props.practice)), { headers: { 'Content-Type': 'application/json' } });
