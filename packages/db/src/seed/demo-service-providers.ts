import { type ProviderService } from '@linkage/domain';
import { type EntityManager } from 'typeorm';
import { Organisation, ServiceProvider } from '../entities/index.js';

interface DemoProvider {
  legalName: string;
  country: string;
  region: string;
  description: string;
  services: ProviderService[];
  countriesServed: string[];
  contactName: string;
}

/**
 * A small directory of service providers so a programme officer can staff an upgrading plan at once:
 * an organic certification body, a laboratory, a consultant and a training provider in the demo
 * countries. Fictional, marked "(demo)", with no real contact details.
 */
const DEMO_PROVIDERS: DemoProvider[] = [
  {
    legalName: 'Certibio Maghreb (demo)',
    country: 'MA',
    region: 'Rabat',
    description: 'Organic (EU, NOP) and COSMOS inspections and certification for cooperatives and consortia.',
    services: ['CERTIFICATION_BODY'],
    countriesServed: ['MA', 'TN'],
    contactName: 'Inspection desk',
  },
  {
    legalName: 'Laboratoire Atlas Analyses (demo)',
    country: 'MA',
    region: 'Casablanca',
    description: 'Residue, contaminant and quality analyses for oils, herbs and spices.',
    services: ['LABORATORY'],
    countriesServed: ['MA'],
    contactName: 'Sample reception',
  },
  {
    legalName: 'Qualitas Andina Consultores (demo)',
    country: 'PE',
    region: 'Lima',
    description: 'Prepares producer groups for HACCP, GLOBALG.A.P. and organic audits; internal control systems.',
    services: ['CONSULTANT', 'TRAINING'],
    countriesServed: ['PE', 'UY'],
    contactName: 'Project lead',
  },
  {
    legalName: 'Centre de Formation Export Tunis (demo)',
    country: 'TN',
    region: 'Tunis',
    description: 'Short courses in export procedures, traceability and quality management for SMEs.',
    services: ['TRAINING'],
    countriesServed: ['TN', 'MA'],
    contactName: 'Course coordinator',
  },
];

/** Adds the demo providers to the directory, as added by the demo programme's officer. Returns how many. */
export async function seedDemoServiceProviders(
  em: EntityManager,
  programmeId: string,
  officerId: string,
): Promise<number> {
  for (const p of DEMO_PROVIDERS) {
    const org = await em.save(
      em.create(Organisation, {
        kind: 'SERVICE_PROVIDER',
        legalName: p.legalName,
        country: p.country,
        region: p.region,
        description: p.description,
        visibility: 'PUBLIC',
      }),
    );
    await em.insert(ServiceProvider, {
      organisationId: org.id,
      services: p.services,
      countriesServed: p.countriesServed,
      contactName: p.contactName,
      contactEmail: null,
      contactPhone: null,
      website: null,
      addedByProgrammeId: programmeId,
      addedById: officerId,
    });
  }
  return DEMO_PROVIDERS.length;
}
