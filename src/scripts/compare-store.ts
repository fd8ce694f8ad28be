/** Where the browser keeps the practices chosen for comparison: the compare page writes it, "Add to comparison" links read it. */
export const compareStore = 'atlas-compare';

/**
 * Build-time constants of the browser scripts, for Vite's `define` (astro.config.mjs) and esbuild's
 * (npm run build:offline). The two scripts that share the key get it this way rather than by
 * importing this module: a module two scripts import becomes a file of its own, which every page
 * with an "Add to comparison" link would then load instead of inlining its small script.
 */
export const scriptConstants = { __ATLAS_COMPARE_STORE__: JSON.stringify(compareStore) };
