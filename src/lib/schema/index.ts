/** Every content schema, one file per concept, each with the types inferred from it. */
export * from './common';
export * from './source';
export * from './framework';
export * from './dimension';
export * from './guide';
export * from './glossary';
export * from './cost';
export * from './facts';
export * from './rubric';
export * from './changes';
export * from './combinations';
export * from './stacks';
