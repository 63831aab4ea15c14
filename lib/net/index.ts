export * from './ip';
export * from './domain';
export * from './glob';
