import { describe, expect, it } from 'vitest';
import { addHeadingAnchors } from '~/lib/heading-anchors';

const page = (main: string) => `<html><body><header><h2 id="h">Header</h2></header><main id="main">${main}</main></body></html>`;
const LINK = (id: string) => `<a class="heading-anchor" href="#${id}" aria-label="Link to this section"></a>`;

describe('addHeadingAnchors', () => {
  it('ends each h2 and h3 with an id with a named #link, leaving what follows the heading next to it', () => {
    const html = addHeadingAnchors(page('<h2 id="cost-model">Cost <em>model</em></h2><p>x</p><h3 id="a-b" class="k">A &amp; B</h3><ul></ul>'));
    expect(html).toContain(`<h2 id="cost-model">Cost <em>model</em>${LINK('cost-model')}</h2><p>x</p>`);
    expect(html).toContain(`<h3 id="a-b" class="k">A &amp; B${LINK('a-b')}</h3><ul></ul>`);
    expect(html.match(/heading-anchor/g)).toHaveLength(2);
  });

  it('leaves headings without an id, headings holding a link, h4, and everything outside <main> alone', () => {
    const html = addHeadingAnchors(page('<h2>No id</h2><h4 id="deep">Deep</h4><h3 id="card"><a href="/x/">Card</a></h3>'));
    expect(html).not.toContain('heading-anchor');
    expect(addHeadingAnchors('<p>no main</p><h2 id="x">X</h2>')).toBe('<p>no main</p><h2 id="x">X</h2>');
  });

  it('leaves headings an island renders alone, including in nested islands, and carries on after them', () => {
    const island = '<astro-island uid="1"><h2 id="in">In</h2><astro-island uid="2"><h3 id="deeper">D</h3></astro-island><h3 id="still-in">S</h3></astro-island>';
    const html = addHeadingAnchors(page(`<h2 id="before">B</h2>${island}<h2 id="after">A</h2>`));
    expect(html).toContain(island);
    expect(html).toContain('href="#before"');
    expect(html).toContain('href="#after"');
    expect(html.match(/heading-anchor/g)).toHaveLength(2);
  });
});
