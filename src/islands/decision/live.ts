/**
 * The live checklist, as the loader's dynamic-import target. The pages import DecisionChecklist
 * statically for their build-time copy, so a dynamic import of that module itself would share the
 * server build's graph with static ones (Rolldown's INEFFECTIVE_DYNAMIC_IMPORT warning, which fails
 * the test build). Importing this module only dynamically keeps the client split: the checklist and
 * its engine load with the model, off the page's first JavaScript.
 */
export { default } from '../DecisionChecklist';
