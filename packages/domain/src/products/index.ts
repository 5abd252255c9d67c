/**
 * `@linkage/domain/products`: product names and search over the HS 2022 nomenclature. A separate
 * entry point because it reads the nomenclature from `data/hs2022` (server-side: API, worker, the
 * portal's server); the browser bundle only ever sees the main entry.
 */
export { hsNomenclature, type HsEntry } from './nomenclature.js';
export { curatedNames, isHsCode, productDescription, productLabel, productName } from './product-name.js';
export {
  resolveProductInput,
  searchProducts,
  type HsLevel,
  type ProductSearchOptions,
  type ProductSuggestion,
} from './product-index.js';
