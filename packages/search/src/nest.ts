import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Module,
  type OnApplicationShutdown,
  type InjectionToken,
} from '@nestjs/common';
import { createSearchIndex, searchIndexConfigFromEnv, type SearchIndexConfig } from './create-search-index.js';
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

export interface SearchIndexModuleOptions {
  inject?: InjectionToken[];
  /**
   * Turns the environment's configuration into the one to use: the API hands the postgres engine
   * the pool TypeORM already holds, so a search shares warm connections with the session look-up
   * instead of opening a second pool.
   */
  useFactory?: (config: SearchIndexConfig, ...injected: never[]) => SearchIndexConfig;
}

/**
 * Provides SEARCH_INDEX to the API and the worker alike, built from the environment
 * (SEARCH_ENGINE=postgres by default, on DATABASE_URL). Settings are applied before the app serves,
 * so a missing search migration stops the boot instead of failing the first query.
 */
@Global()
@Module({})
export class SearchIndexModule {
  static forRoot(options: SearchIndexModuleOptions = {}): DynamicModule {
    return {
      module: SearchIndexModule,
      providers: [
        {
          provide: SEARCH_INDEX,
          inject: options.inject ?? [],
          useFactory: async (...injected: never[]) => {
            const fromEnv = searchIndexConfigFromEnv(process.env);
            const index = createSearchIndex(options.useFactory ? options.useFactory(fromEnv, ...injected) : fromEnv);
            await index.applySettings();
            return index;
          },
        },
        SearchIndexCloser,
      ],
      exports: [SEARCH_INDEX],
    };
  }
}
