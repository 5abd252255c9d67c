import { type Period, type Unit } from '@linkage/domain';

/** Lead firms and their open sourcing needs. The firms are fictitious; the needs are typical of the sectors. */
export interface DemoLeadFirm {
  legalName: string;
  country: string;
  region: string;
  userName: string;
  email: string;
  needs: Array<{
    title: string;
    description: string;
    productCode: string;
    quantity: number;
    unit: Unit;
    period: Period;
    deliveryCountry: string;
    responseDeadline: string;
  }>;
}

export const DEMO_LEAD_FIRMS: DemoLeadFirm[] = [
  {
    legalName: 'Andes Natural Foods S.A.C. (demo)',
    country: 'PE',
    region: 'Lima',
    userName: 'Lucía Fernández',
    email: 'sourcing@andes-foods.demo',
    needs: [
      {
        title: 'Dried aromatic herbs for herbal tea blends',
        description:
          'Import substitution: 4 t/month of dried herbs (muña, lemongrass, chamomile) for our infusion line, delivered to Lima. No single supplier we know can supply this volume.',
        productCode: '121190',
        quantity: 4,
        unit: 't',
        period: 'MONTH',
        deliveryCountry: 'PE',
        responseDeadline: '2027-01-31',
      },
      {
        title: 'Organic green coffee for a single-origin range',
        description: 'Washed arabica from the south-east macro-region, 15 t per month from the next harvest.',
        productCode: '090111',
        quantity: 15,
        unit: 't',
        period: 'MONTH',
        deliveryCountry: 'PE',
        responseDeadline: '2027-02-28',
      },
    ],
  },
  {
    legalName: 'Maison Verte Cosmétiques (demo)',
    country: 'FR',
    region: 'Provence-Alpes-Côte d’Azur',
    userName: 'Camille Martin',
    email: 'achats@maison-verte.demo',
    needs: [
      {
        title: 'Cosmetic-grade argan oil, certified organic',
        description:
          '2.2 t per month of cold-pressed argan oil for a face-care range; traceable to cooperatives.',
        productCode: '151590',
        quantity: 2200,
        unit: 'kg',
        period: 'MONTH',
        deliveryCountry: 'FR',
        responseDeadline: '2027-01-15',
      },
    ],
  },
  {
    legalName: 'Atlas Retail Group (demo)',
    country: 'MA',
    region: 'Casablanca-Settat',
    userName: 'Youssef Benali',
    email: 'sourcing@atlas-retail.demo',
    needs: [
      {
        title: 'Private-label cotton T-shirts',
        description:
          'Basic crew-neck cotton T-shirts for our stores, 8,000 pieces a month, delivered to Casablanca.',
        productCode: '610910',
        quantity: 8000,
        unit: 'pieces',
        period: 'MONTH',
        deliveryCountry: 'MA',
        responseDeadline: '2027-01-20',
      },
    ],
  },
];

export const DEMO_PASSWORD = 'linkage-demo';
