import { Inject, Injectable } from '@nestjs/common';
import { type SearchIndex, type SearchResult, parseSearchParams } from '@linkage/search';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { SEARCH_INDEX } from '@linkage/search/nest';
import { searchViewer } from './search-viewer.js';

@Injectable()
export class SearchService {
  constructor(@Inject(SEARCH_INDEX) private readonly index: SearchIndex) {}

  /** Throws InvalidSearchQueryError (400 with `fields`) for parameters the package's schema refuses. */
  async search(params: Record<string, unknown>, user: AuthenticatedUser | undefined): Promise<SearchResult> {
    return this.index.search(parseSearchParams(params, searchViewer(user), [...(user?.brokering ?? [])]));
  }
}
