import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { OptionalUser, Public } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { SearchService } from './search.service.js';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  /**
   * Organisations, published catalogue items and open sourcing needs the caller may see (an item
   * as far as its group may be seen): q, kind, country, standard,
   * productCode, organisationKind, facets, page, perPage, sort (see @linkage/search).
   */
  @Public()
  @Get()
  search(@Query() query: Record<string, unknown>, @OptionalUser() user?: AuthenticatedUser) {
    return this.searchService.search(query, user);
  }
}
