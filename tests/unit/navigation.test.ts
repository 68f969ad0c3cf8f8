import { describe, expect, it } from 'vitest';
import { byOrder, currentSection, neighbourLinks, neighbours } from '~/lib/navigation';

describe('navigation', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('gives previous and next within a section', () => {
    expect(neighbours(items, 'a')).toEqual({ next: { id: 'b' } });
    expect(neighbours(items, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(items, 'c')).toEqual({ previous: { id: 'b' } });
    expect(() => neighbours(items, 'z')).toThrow('"z" is not in this section');
  });
  it('turns the neighbours into links with their titles and routes', () => {
    const articles = [
      { id: 'a', data: { title: 'A' } },
      { id: 'b', data: { title: 'B' } },
    ];
    const path = (id: string) => `/things/${id}/`;
    expect(neighbourLinks(articles, 'a', path)).toEqual({ next: { label: 'B', path: '/things/b/' } });
    expect(neighbourLinks(articles, 'b', path)).toEqual({ previous: { label: 'A', path: '/things/a/' } });
    expect(neighbourLinks([articles[0]!], 'a', path)).toEqual({});
  });
  it('marks the primary section of a path', () => {
    expect(currentSection('/frameworks/alpha/')?.label).toBe('Frameworks');
    expect(currentSection('/dimensions/')?.label).toBe('Dimensions');
    expect(currentSection('/sources/')).toBeUndefined();
    expect(currentSection('/')).toBeUndefined();
  });
  it('sorts by order, then by id', () => {
    const entries = [
      { id: 'b', data: { order: 2 } },
      { id: 'z', data: { order: 1 } },
      { id: 'a', data: { order: 2 } },
    ];
    expect([...entries].sort(byOrder).map((e) => e.id)).toEqual(['z', 'a', 'b']);
  });
});
