/** Section navigation: the primary menu and previous/next links within a section. */
import { routes } from './routes';

export interface NavItem {
  label: string;
  path: string;
}

export const PRIMARY_NAV: readonly NavItem[] = [
  { label: 'Frameworks', path: routes.frameworks() },
  { label: 'Dimensions', path: routes.dimensions() },
  { label: 'Compare', path: routes.compare() },
  { label: 'Tools', path: routes.tools() },
  { label: 'Guides', path: routes.guides() },
];

/** The primary section a path belongs to, for aria-current. Paths are base-less. */
export function currentSection(path: string): NavItem | undefined {
  return PRIMARY_NAV.find((item) => path === item.path || path.startsWith(item.path));
}

export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

/** The items before and after `id` in an ordered list. */
export function neighbours<T extends { id: string }>(items: readonly T[], id: string): Neighbours<T> {
  const index = items.findIndex((item) => item.id === id);
  if (index === -1) throw new Error(`"${id}" is not in this section`);
  const result: Neighbours<T> = {};
  if (index > 0) result.previous = items[index - 1]!;
  if (index < items.length - 1) result.next = items[index + 1]!;
  return result;
}

/** The previous and next articles of a section as links: their titles and their routes. */
export function neighbourLinks<T extends { id: string; data: { title: string } }>(items: readonly T[], id: string, path: (id: string) => string): Neighbours<NavItem> {
  const { previous, next } = neighbours(items, id);
  const link = (item: T): NavItem => ({ label: item.data.title, path: path(item.id) });
  return { ...(previous && { previous: link(previous) }), ...(next && { next: link(next) }) };
}

export function byOrder<T extends { data: { order: number }; id: string }>(a: T, b: T): number {
  return a.data.order - b.data.order || a.id.localeCompare(b.id);
}
