/**
 * The /sources/ filter's state in the URL: `?fw=<framework id>&standing=<standing>`, each optional.
 * A value the page does not know is ignored with a note in words, and the filter falls back to
 * showing everything, so a stale or mistyped link still shows the sources.
 */
import { oneOf, readState, writeState, type Fields } from './url-state';

export const ANY = 'all';

export interface SourcesFilter {
  fw: string;
  standing: string;
}

function fields(frameworkIds: readonly string[], standings: readonly string[]): Fields<SourcesFilter> {
  return { fw: oneOf('fw', [ANY, ...frameworkIds], ANY), standing: oneOf('standing', [ANY, ...standings], ANY) };
}

export function readSourcesFilter(search: string, frameworkIds: readonly string[], standings: readonly string[]): { filter: SourcesFilter; ignored: string[] } {
  const { state, ignored } = readState(search, fields(frameworkIds, standings));
  return { filter: state, ignored };
}

export function writeSourcesFilter(filter: SourcesFilter, frameworkIds: readonly string[], standings: readonly string[]): string {
  return writeState(filter, fields(frameworkIds, standings));
}

/** Whether a source passes: cited by the chosen framework's page (if one is chosen) and of the chosen standing. */
export function sourcePasses(filter: SourcesFilter, source: { frameworks: readonly string[]; standing: string }): boolean {
  return (filter.fw === ANY || source.frameworks.includes(filter.fw)) && (filter.standing === ANY || source.standing === filter.standing);
}
