import Callout from './Callout.astro';
import Figure from './Figure.astro';

/** The components contributors may use in MDX without an import (see allowedComponents in lib/mdx-safety.ts). */
export const mdxComponents = { Callout, Figure };
