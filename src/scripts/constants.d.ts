/** The key of compareStore (compare-store.ts), put in by the build: see scriptConstants. */
declare const __ATLAS_COMPARE_STORE__: string;
