export * from './entities/index.js';
export * from './data-source.js';
export * from './ensure-database.js';
export * from './standards-registry.js';
export { seedDemo, coordinatorEmail, BROKER_EMAIL } from './seed/seed-demo.js';
export { DEMO_PASSWORD, DEMO_LEAD_FIRMS } from './seed/demo-buyers.js';
export { notifyOnce, notifyOrganisationOnce, type NotificationToSend } from './notifications/notify-once.js';
export * from './ledger/capacity-ledger.js';
