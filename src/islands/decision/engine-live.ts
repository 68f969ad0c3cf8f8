/**
 * The scoring engine, as the live checklist's dynamic-import target: it loads with the first answer
 * (or at once when the page opens with answers), off the page's first JavaScript. The pages import
 * the engine statically for their build-time copy, so importing this module only dynamically keeps
 * the split (see live.ts).
 */
export { rank } from '~/lib/decision/engine';
