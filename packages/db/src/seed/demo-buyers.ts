import {
  type BusinessRationale,
  type NeedCriticality,
  type Period,
  type RequirementLevel,
  type Unit,
} from '@linkage/domain';
import { demoDay, endOfTwelfthMonth, firstOfMonthAfter } from './demo-dates.js';

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
    deliveryLat: number;
    deliveryLon: number;
    responseDeadline: string;
    /** First delivery; the response deadline when absent. */
    startDate?: string;
    /** Last delivery; a year after the first when absent. */
    endDate?: string;
    targetPrice: number;
    currency: string;
    criticality: NeedCriticality;
    businessRationale: BusinessRationale;
    requirements: Array<{ standardCode: string; level: RequirementLevel; mustHoldNow: boolean }>;
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
        deliveryLat: -12.0464,
        deliveryLon: -77.0428,
        responseDeadline: demoDay(60),
        targetPrice: 7000,
        currency: 'USD',
        criticality: 'CORE',
        businessRationale: 'IMPORT_SUBSTITUTION',
        requirements: [],
      },
      {
        title: 'Dehydrated fruit for a granola line, all year',
        description:
          'Dried fruit (golden berries, mango, pineapple) for our granola, 2 t every month. Fruit is seasonal: we expect to combine harvests, and want to know which months local supply cannot cover.',
        productCode: '081340',
        quantity: 2,
        unit: 't',
        period: 'MONTH',
        deliveryCountry: 'PE',
        deliveryLat: -12.0464,
        deliveryLon: -77.0428,
        responseDeadline: demoDay(45),
        // Deliveries from the first of a month for a year, so each month is one full delivery period.
        startDate: firstOfMonthAfter(demoDay(45)),
        endDate: endOfTwelfthMonth(firstOfMonthAfter(demoDay(45))),
        targetPrice: 3500,
        currency: 'USD',
        criticality: 'CORE',
        businessRationale: 'IMPORT_SUBSTITUTION',
        requirements: [],
      },
      {
        title: 'Organic green coffee for a single-origin range',
        description: 'Washed arabica from the south-east macro-region, 15 t per month from the next harvest.',
        productCode: '090111',
        quantity: 15,
        unit: 't',
        period: 'MONTH',
        deliveryCountry: 'PE',
        deliveryLat: -12.0464,
        deliveryLon: -77.0428,
        responseDeadline: demoDay(90),
        // The next harvest: four months out, time enough for Ande Natura to renew its organic certificate.
        startDate: demoDay(120),
        targetPrice: 4200,
        currency: 'USD',
        criticality: 'NON_CORE',
        businessRationale: 'RISK',
        requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: false }],
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
        deliveryLat: 43.6588,
        deliveryLon: 6.9237,
        responseDeadline: demoDay(44),
        targetPrice: 32,
        currency: 'EUR',
        criticality: 'CORE',
        businessRationale: 'RISK',
        requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: true }],
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
        deliveryLat: 33.5731,
        deliveryLon: -7.5898,
        responseDeadline: demoDay(49),
        startDate: demoDay(150),
        targetPrice: 2.8,
        currency: 'EUR',
        criticality: 'CORE',
        businessRationale: 'LEAD_TIME',
        requirements: [{ standardCode: 'OEKO_TEX_100', level: 'EACH_SUPPLIER', mustHoldNow: false }],
      },
    ],
  },
];

export const DEMO_PASSWORD = 'linkage-demo';
