import { z } from 'astro/zod';
import { idPattern } from './common.ts';
import { describe } from './describe.ts';

/** One entry of content/themes.yaml. */
export const themeSchema = z.strictObject({
  id: describe(
    z.string().regex(idPattern, { error: 'must be lowercase letters, digits and hyphens, e.g. open-data' }),
    "The theme's id, lowercase words joined by hyphens, used in the themes of practices and tools. Ids must be unique, and cannot be renamed once entries use them.",
    'participatory-budgeting',
  ),
  name: describe(z.string().min(1), "The theme's name as readers see it.", 'Participatory budgeting'),
  description: describe(z.string().min(1), 'One paragraph saying what the theme covers and how Civic Tech supports it.', 'Residents propose, discuss and vote on how part of a public budget is spent.'),
});
