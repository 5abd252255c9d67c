import { type UpgradingActionKind } from './upgrading-actions.js';

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

/** The services that can carry out each kind of action: what the plan page offers first. */
export const SERVICES_FOR_ACTION: Readonly<Record<UpgradingActionKind, readonly ProviderService[]>> = {
  CERTIFICATION: ['CERTIFICATION_BODY', 'LABORATORY', 'CONSULTANT'],
  TRAINING: ['TRAINING', 'CONSULTANT'],
  TECHNICAL_ASSISTANCE: ['CONSULTANT', 'LABORATORY'],
  EQUIPMENT: ['EQUIPMENT', 'FINANCE'],
  FINANCE: ['FINANCE'],
};
