import { type StandardDefinition } from './standard.js';

/**
 * Seed list of the standards and schemes lead firms ask for in the programmes this product serves.
 * Months to certify are typical field figures for a small producer that already makes the product,
 * not best cases: management systems need months of records before the audit; organic schemes need
 * the land conversion period (EU 2018/848: 2 years before sowing, 3 for perennials; USDA NOP: 36
 * months without prohibited substances), which is why an organic gap can rarely close within a year.
 * Audit-only schemes (amfori BSCI, SMETA) are quick to obtain but still listed because buyers require them.
 */
export const STANDARDS_REGISTRY: readonly StandardDefinition[] = [
  // Umbrella requirement: not a certificate, met by any GFSI-benchmarked scheme listed below. Its
  // months are those of the quickest recognised route (BRCGS or IFS for a processor).
  { code: 'GFSI_RECOGNISED', name: 'Any GFSI-recognised food safety scheme', kind: 'PROCESS', coversGroupMembers: false, typicalMonthsToCertify: 8, equivalentTo: [], umbrella: true },
  { code: 'ISO_9001', name: 'ISO 9001 Quality management systems', kind: 'PROCESS', coversGroupMembers: false, typicalMonthsToCertify: 9, equivalentTo: [] },
  { code: 'ISO_14001', name: 'ISO 14001 Environmental management systems', kind: 'ENVIRONMENTAL', coversGroupMembers: false, typicalMonthsToCertify: 9, equivalentTo: [] },
  { code: 'ISO_45001', name: 'ISO 45001 Occupational health and safety management systems', kind: 'SOCIAL', coversGroupMembers: false, typicalMonthsToCertify: 9, equivalentTo: [] },
  { code: 'ISO_50001', name: 'ISO 50001 Energy management systems', kind: 'ENVIRONMENTAL', coversGroupMembers: false, typicalMonthsToCertify: 10, equivalentTo: [] },
  { code: 'HACCP', name: 'HACCP system (Codex Alimentarius CXC 1-1969)', kind: 'PROCESS', coversGroupMembers: false, typicalMonthsToCertify: 4, equivalentTo: [] },
  // ISO 22000 and the GFSI schemes embed the Codex HACCP principles, so they meet a HACCP requirement.
  { code: 'ISO_22000', name: 'ISO 22000 Food safety management systems', kind: 'PROCESS', coversGroupMembers: false, typicalMonthsToCertify: 9, equivalentTo: ['HACCP'] },
  { code: 'FSSC_22000', name: 'FSSC 22000 Food Safety System Certification', kind: 'PROCESS', coversGroupMembers: false, typicalMonthsToCertify: 10, equivalentTo: ['GFSI_RECOGNISED', 'ISO_22000', 'HACCP'] },
  { code: 'BRCGS_FOOD', name: 'BRCGS Global Standard for Food Safety', kind: 'PROCESS', coversGroupMembers: false, typicalMonthsToCertify: 8, equivalentTo: ['GFSI_RECOGNISED', 'HACCP'] },
  { code: 'IFS_FOOD', name: 'IFS Food', kind: 'PROCESS', coversGroupMembers: false, typicalMonthsToCertify: 8, equivalentTo: ['GFSI_RECOGNISED', 'HACCP'] },
  { code: 'SQF_FOOD', name: 'SQF Food Safety Code: Manufacturing', kind: 'PROCESS', coversGroupMembers: false, typicalMonthsToCertify: 9, equivalentTo: ['GFSI_RECOGNISED', 'HACCP'] },
  { code: 'BRCGS_PACKAGING', name: 'BRCGS Packaging Materials', kind: 'PROCESS', coversGroupMembers: false, typicalMonthsToCertify: 8, equivalentTo: [] },
  // Farm-level schemes with a producer-group option: the group's certificate covers its members.
  { code: 'GLOBALGAP_IFA', name: 'GLOBALG.A.P. Integrated Farm Assurance', kind: 'PROCESS', coversGroupMembers: true, typicalMonthsToCertify: 6, equivalentTo: [] },
  { code: 'GLOBALGAP_GRASP', name: 'GLOBALG.A.P. GRASP risk assessment on social practice', kind: 'SOCIAL', coversGroupMembers: true, typicalMonthsToCertify: 3, equivalentTo: [] },
  { code: 'PRIMUSGFS', name: 'PrimusGFS (farm and facility food safety)', kind: 'PROCESS', coversGroupMembers: true, typicalMonthsToCertify: 6, equivalentTo: ['HACCP'] },
  { code: 'ORGANIC_EU', name: 'Organic production, Regulation (EU) 2018/848', kind: 'ENVIRONMENTAL', coversGroupMembers: true, typicalMonthsToCertify: 24, equivalentTo: [] },
  { code: 'ORGANIC_USDA_NOP', name: 'USDA National Organic Program (7 CFR 205)', kind: 'ENVIRONMENTAL', coversGroupMembers: true, typicalMonthsToCertify: 36, equivalentTo: [] },
  { code: 'ORGANIC_JAS', name: 'Japanese Agricultural Standard for Organic Plants (JAS)', kind: 'ENVIRONMENTAL', coversGroupMembers: true, typicalMonthsToCertify: 24, equivalentTo: [] },
  { code: 'FAIRTRADE_SPO', name: 'Fairtrade Standard for Small-scale Producer Organizations', kind: 'SOCIAL', coversGroupMembers: true, typicalMonthsToCertify: 9, equivalentTo: [] },
  { code: 'FAIR_FOR_LIFE', name: 'Fair for Life (fair trade and responsible supply chains)', kind: 'SOCIAL', coversGroupMembers: true, typicalMonthsToCertify: 8, equivalentTo: [] },
  { code: 'RAINFOREST_ALLIANCE', name: 'Rainforest Alliance Sustainable Agriculture Standard 2020', kind: 'ENVIRONMENTAL', coversGroupMembers: true, typicalMonthsToCertify: 9, equivalentTo: [] },
  { code: 'SA8000', name: 'SA8000 Social Accountability Standard', kind: 'SOCIAL', coversGroupMembers: false, typicalMonthsToCertify: 12, equivalentTo: [] },
  { code: 'AMFORI_BSCI', name: 'amfori BSCI audit', kind: 'SOCIAL', coversGroupMembers: false, typicalMonthsToCertify: 3, equivalentTo: [] },
  { code: 'SMETA', name: 'Sedex Members Ethical Trade Audit (SMETA 4-pillar)', kind: 'SOCIAL', coversGroupMembers: false, typicalMonthsToCertify: 2, equivalentTo: [] },
  { code: 'WRAP', name: 'WRAP Worldwide Responsible Accredited Production', kind: 'SOCIAL', coversGroupMembers: false, typicalMonthsToCertify: 5, equivalentTo: [] },
  { code: 'OEKO_TEX_100', name: 'OEKO-TEX STANDARD 100 (tested for harmful substances)', kind: 'PRODUCT', coversGroupMembers: false, typicalMonthsToCertify: 2, equivalentTo: [] },
  { code: 'GOTS', name: 'Global Organic Textile Standard', kind: 'ENVIRONMENTAL', coversGroupMembers: false, typicalMonthsToCertify: 6, equivalentTo: ['OCS'] },
  { code: 'OCS', name: 'Organic Content Standard (Textile Exchange)', kind: 'ENVIRONMENTAL', coversGroupMembers: false, typicalMonthsToCertify: 4, equivalentTo: [] },
  { code: 'GRS', name: 'Global Recycled Standard (Textile Exchange)', kind: 'ENVIRONMENTAL', coversGroupMembers: false, typicalMonthsToCertify: 4, equivalentTo: [] },
  { code: 'FSC_COC', name: 'FSC Chain of Custody', kind: 'ENVIRONMENTAL', coversGroupMembers: true, typicalMonthsToCertify: 4, equivalentTo: [] },
  { code: 'PEFC_COC', name: 'PEFC Chain of Custody', kind: 'ENVIRONMENTAL', coversGroupMembers: true, typicalMonthsToCertify: 4, equivalentTo: [] },
  { code: 'MSC_COC', name: 'MSC Chain of Custody (sustainable seafood)', kind: 'ENVIRONMENTAL', coversGroupMembers: true, typicalMonthsToCertify: 3, equivalentTo: [] },
  { code: 'GMP', name: 'Good Manufacturing Practice (WHO / Codex general principles)', kind: 'PROCESS', coversGroupMembers: false, typicalMonthsToCertify: 6, equivalentTo: [] },
  { code: 'ISO_22716', name: 'ISO 22716 Cosmetics GMP', kind: 'PROCESS', coversGroupMembers: false, typicalMonthsToCertify: 6, equivalentTo: ['GMP'] },
  { code: 'ECOCERT_COSMOS', name: 'COSMOS Organic / Natural cosmetics (ECOCERT)', kind: 'ENVIRONMENTAL', coversGroupMembers: false, typicalMonthsToCertify: 6, equivalentTo: [] },
  // Laboratory accreditation, not certification: 12 to 18 months of method validation and proficiency testing.
  { code: 'ISO_17025', name: 'ISO/IEC 17025 Testing and calibration laboratories (accreditation)', kind: 'PROCESS', coversGroupMembers: false, typicalMonthsToCertify: 15, equivalentTo: [] },
  { code: 'ISO_13485', name: 'ISO 13485 Medical devices quality management', kind: 'PROCESS', coversGroupMembers: false, typicalMonthsToCertify: 12, equivalentTo: ['ISO_9001'] },
  { code: 'HALAL', name: 'Halal certification (national body, e.g. OIC/SMIIC 1)', kind: 'PRODUCT', coversGroupMembers: false, typicalMonthsToCertify: 3, equivalentTo: [] },
  { code: 'KOSHER', name: 'Kosher certification', kind: 'PRODUCT', coversGroupMembers: false, typicalMonthsToCertify: 3, equivalentTo: [] },
];
