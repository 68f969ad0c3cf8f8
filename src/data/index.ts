/**
 * The Astro-aware data layer: reads the content collections once, in display order, and hands plain
 * data to the pure functions in src/lib. One module per concept; pages import from this index.
 * (content-files.ts is the exception: it reads content/ with node:fs for content.config.ts.)
 */
export * from './frameworks';
export * from './dimensions';
export * from './guides';
export * from './sources';
export * from './site';
export * from './open-data';
export * from './decision';
export * from './cost';
export * from './facts';
export * from './attestations';
export * from './current';
