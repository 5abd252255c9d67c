/**
 * What a service provider (an organisation of kind SERVICE_PROVIDER) offers suppliers on their way to
 * a buyer's standards. Values are stored in the database: never rename.
 */
export const PROVIDER_SERVICES = [
  'CERTIFICATION_BODY',
  'LABORATORY',
  'CONSULTANT',
  'TRAINING',
  'FINANCE',
  'EQUIPMENT',
] as const;
export type ProviderService = (typeof PROVIDER_SERVICES)[number];
