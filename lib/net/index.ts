export * from './ip';
export * from './idn';
export * from './domain';
export * from './glob';
export * from './suffix';
