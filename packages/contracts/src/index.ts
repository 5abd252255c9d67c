export * from './fields.js';
export * from './auth.js';
export * from './organisations.js';
export * from './capacity.js';
export * from './needs.js';
export * from './errors.js';
export * from './jobs.js';
export * from './config.js';
