export * from './common';
export * from './domain';
export * from './host';
export * from './contact';
export * from './zone';
