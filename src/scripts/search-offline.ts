// Placeholder until the offline edition lands.
import type { SearchEngine } from './search-engine.ts';

export async function offlineEngine(_index: string): Promise<SearchEngine> {
  throw new Error('offline search is not available in this build');
}
