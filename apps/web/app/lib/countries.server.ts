/** The country pickers' options: the current ISO 3166-1 countries named in the reader's language. */
export { countryOptions, type CountryOption } from '@linkage/domain';
