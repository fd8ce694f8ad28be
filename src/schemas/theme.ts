import { z } from 'astro/zod';
import { idPattern } from './common.ts';

/** One entry of content/themes.yaml. */
export const themeSchema = z.strictObject({
  /** Lowercase words joined by hyphens: "participatory-budgeting". Used in practices' `themes`. */
  id: z.string().regex(idPattern, { error: 'must be lowercase letters, digits and hyphens, e.g. open-data' }),
  /** The theme's name as readers see it: "Participatory budgeting". */
  name: z.string().min(1),
  /** One paragraph saying what the theme covers. */
  description: z.string().min(1),
});
