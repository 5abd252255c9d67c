import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Module,
  type OnApplicationShutdown,
  type InjectionToken,
} from '@nestjs/common';
import type pg from 'pg';
import { createSearchIndex, onSharedPool, searchIndexConfigFromEnv } from './create-search-index.js';
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
   * The pool the postgres engine shares, from the injected providers: the process's own (TypeORM's),
   * whose connections stay warm, instead of a second pool whose idle connections close and reopen cold.
   */
  postgresPool?: (...injected: never[]) => pg.Pool;
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
            const index = createSearchIndex(options.postgresPool ? onSharedPool(fromEnv, options.postgresPool(...injected)) : fromEnv);
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
