import { describe, expect, it } from 'vitest';
import { isExternal, joinBase, stripBase } from '~/lib/url';

describe('joinBase', () => {
  it.each([
    ['/', '/frameworks/alpha/', '/frameworks/alpha/'],
    ['/field-guide/', '/frameworks/alpha/', '/field-guide/frameworks/alpha/'],
    ['/field-guide', '/sources/#eks-pricing', '/field-guide/sources/#eks-pricing'],
    ['/field-guide/', '/', '/field-guide/'],
    ['/field-guide/', 'https://alpha.example/docs/', 'https://alpha.example/docs/'],
    ['/field-guide/', 'mailto:someone@example.org', 'mailto:someone@example.org'],
    ['/field-guide/', '#capabilities', '#capabilities'],
    ['/field-guide/', '?q=alpha', '?q=alpha'],
  ])('base %s + %s → %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });

  it('rejects a relative site path with a message that names it', () => {
    expect(() => joinBase('/', 'frameworks/alpha/')).toThrow('internal links must start with "/": got "frameworks/alpha/"');
  });
});

describe('stripBase and isExternal', () => {
  it('removes the base from a pathname, and leaves other paths alone', () => {
    expect(stripBase('/field-guide/', '/field-guide/dimensions/cost-model/')).toBe('/dimensions/cost-model/');
    expect(stripBase('/', '/dimensions/')).toBe('/dimensions/');
    expect(stripBase('/field-guide/', '/other/')).toBe('/other/');
  });
  it('recognises external links', () => {
    expect(isExternal('https://example.org')).toBe(true);
    expect(isExternal('//cdn.example.org/x.js')).toBe(true);
    expect(isExternal('/sources/')).toBe(false);
  });
});
