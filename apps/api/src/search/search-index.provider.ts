import { type FactoryProvider, Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { type SearchIndex, createSearchIndex, searchIndexConfigFromEnv } from '@linkage/search';

/** Injection token of the one SearchIndex, whichever engine SEARCH_ENGINE selects. */
export const SEARCH_INDEX = Symbol('SearchIndex');

/**
 * Builds the index from the environment (SEARCH_ENGINE=postgres by default, on DATABASE_URL) and
 * applies its settings before the app serves, so a missing search migration stops the boot.
 */
export const searchIndexProvider: FactoryProvider<SearchIndex> = {
  provide: SEARCH_INDEX,
  useFactory: async () => {
    const index = createSearchIndex(searchIndexConfigFromEnv(process.env));
    await index.applySettings();
    return index;
  },
};

/** Factory-made values get no lifecycle hooks of their own; this closes the index's connections. */
@Injectable()
export class SearchIndexCloser implements OnApplicationShutdown {
  constructor(@Inject(SEARCH_INDEX) private readonly index: SearchIndex) {}

  onApplicationShutdown() {
    return this.index.close();
  }
}
