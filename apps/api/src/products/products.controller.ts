import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ProductSearchQuerySchema,
  type ProductSearchQuery,
  type ProductSearchView,
} from '@linkage/contracts';
import type { Locale } from '@linkage/domain';
import { searchProducts, type HsLevel } from '@linkage/domain/products';
import { Public } from '../auth/auth.decorators.js';
import { ReaderLocale } from '../auth/auth.decorators.js';

@ApiTags('products')
@Controller('products')
export class ProductsController {
  /**
   * Products of the HS 2022 nomenclature by name (English, French, Spanish or Arabic, typos and
   * accents forgiven) or by code with or without dots, for the product picker. Answered from an
   * in-memory index, and cacheable: the answer depends only on the query and the language.
   */
  @Public()
  @Get()
  @Header('Cache-Control', 'public, max-age=3600')
  @Header('Vary', 'Accept-Language')
  search(
    @Query({ schema: ProductSearchQuerySchema }) { q, locale, limit, level }: ProductSearchQuery,
    @ReaderLocale() readerLocale: Locale,
  ): ProductSearchView {
    const levels = level ? [Number(level) as HsLevel] : undefined;
    return { items: searchProducts(q, { locale: locale ?? readerLocale, limit, levels }) };
  }
}
