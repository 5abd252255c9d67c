import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createSearchIndex, searchIndexConfigFromEnv } from './create-search-index.js';
import { type SearchIndex } from './search-index.js';

/** Injection token of the one SearchIndex, whichever engine SEARCH_ENGINE selects. */
export const SEARCH_INDEX = Symbol('SearchIndex');

/** Factory-made values get no lifecycle hooks of their own; this closes the index's connections. */
@Injectable()
class SearchIndexCloser implements OnApplicationShutdown {
  constructor(@Inject(SEARCH_INDEX) private readonly index: SearchIndex) {}

  onApplicationShutdown() {
    return this.index.close();
  }
}

/**
 * Provides SEARCH_INDEX to the API and the worker alike, built from the environment
 * (SEARCH_ENGINE=postgres by default, on DATABASE_URL). Settings are applied before the app serves,
 * so a missing search migration stops the boot instead of failing the first query.
 */
@Global()
@Module({
  providers: [
    {
      provide: SEARCH_INDEX,
      useFactory: async () => {
        const index = createSearchIndex(searchIndexConfigFromEnv(process.env));
        await index.applySettings();
        return index;
      },
    },
    SearchIndexCloser,
  ],
  exports: [SEARCH_INDEX],
})
export class SearchIndexModule {}
