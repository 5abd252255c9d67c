import { type LatLon } from '@linkage/domain';

/**
 * Approximate locations (capital or economic centre) of the countries the exchange works in, used
 * when an organisation or a need gives a country but no coordinates. Distances from them are rough
 * (a country can span thousands of km), so explanations say when one was used.
 */
const CENTROIDS: Readonly<Record<string, LatLon>> = {
  // North Africa and Middle East
  MA: { lat: 33.57, lon: -7.59 }, DZ: { lat: 36.75, lon: 3.06 }, TN: { lat: 36.81, lon: 10.18 },
  LY: { lat: 32.89, lon: 13.19 }, EG: { lat: 30.04, lon: 31.24 }, JO: { lat: 31.95, lon: 35.93 },
  LB: { lat: 33.89, lon: 35.5 }, TR: { lat: 41.01, lon: 28.98 }, AE: { lat: 25.2, lon: 55.27 },
  SA: { lat: 24.71, lon: 46.68 },
  // Sub-Saharan Africa
  SN: { lat: 14.72, lon: -17.47 }, CI: { lat: 5.36, lon: -4.01 }, GH: { lat: 5.6, lon: -0.19 },
  NG: { lat: 6.52, lon: 3.38 }, CM: { lat: 4.05, lon: 9.77 }, ET: { lat: 9.03, lon: 38.74 },
  KE: { lat: -1.29, lon: 36.82 }, UG: { lat: 0.35, lon: 32.58 }, TZ: { lat: -6.79, lon: 39.21 },
  RW: { lat: -1.95, lon: 30.06 }, ZA: { lat: -26.2, lon: 28.05 }, MZ: { lat: -25.97, lon: 32.57 },
  MG: { lat: -18.88, lon: 47.51 }, BF: { lat: 12.37, lon: -1.52 }, ML: { lat: 12.64, lon: -8.0 },
  // Americas
  PE: { lat: -12.05, lon: -77.04 }, UY: { lat: -34.9, lon: -56.16 }, AR: { lat: -34.6, lon: -58.38 },
  CL: { lat: -33.45, lon: -70.67 }, BO: { lat: -16.5, lon: -68.15 }, EC: { lat: -0.18, lon: -78.47 },
  CO: { lat: 4.71, lon: -74.07 }, BR: { lat: -23.55, lon: -46.63 }, PY: { lat: -25.26, lon: -57.58 },
  MX: { lat: 19.43, lon: -99.13 }, GT: { lat: 14.63, lon: -90.51 }, HN: { lat: 14.07, lon: -87.19 },
  NI: { lat: 12.11, lon: -86.24 }, CR: { lat: 9.93, lon: -84.08 }, DO: { lat: 18.49, lon: -69.93 },
  US: { lat: 39.83, lon: -98.58 }, CA: { lat: 45.42, lon: -75.7 },
  // Europe
  FR: { lat: 48.86, lon: 2.35 }, ES: { lat: 40.42, lon: -3.7 }, PT: { lat: 38.72, lon: -9.14 },
  IT: { lat: 41.9, lon: 12.5 }, DE: { lat: 50.11, lon: 8.68 }, NL: { lat: 52.37, lon: 4.9 },
  BE: { lat: 50.85, lon: 4.35 }, GB: { lat: 51.51, lon: -0.13 }, CH: { lat: 46.95, lon: 7.45 },
  AT: { lat: 48.21, lon: 16.37 }, PL: { lat: 52.23, lon: 21.01 }, SE: { lat: 59.33, lon: 18.07 },
  // Asia
  IN: { lat: 28.61, lon: 77.21 }, BD: { lat: 23.81, lon: 90.41 }, PK: { lat: 24.86, lon: 67.01 },
  VN: { lat: 10.82, lon: 106.63 }, TH: { lat: 13.76, lon: 100.5 }, ID: { lat: -6.21, lon: 106.85 },
  PH: { lat: 14.6, lon: 120.98 }, CN: { lat: 31.23, lon: 121.47 }, LK: { lat: 6.93, lon: 79.86 },
};

export function countryCentroid(country: string): LatLon | undefined {
  return CENTROIDS[country.trim().toUpperCase()];
}
