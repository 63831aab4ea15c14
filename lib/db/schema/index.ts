// One file per area; every table is re-exported here for Drizzle and drizzle-kit.
export * from './settings';
export * from './auth';
export * from './audit';
export * from './jobs';
export * from './grants';
export * from './zones';
export * from './contacts';
export * from './verification';
export * from './transfers';
