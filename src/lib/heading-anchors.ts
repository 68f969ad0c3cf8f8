/**
 * A copyable link beside every second- and third-level heading of a page's main content, added to
 * the built HTML (src/middleware.ts), so headings written in MDX, in Astro pages and in components
 * all get one, and each works without JavaScript as a plain #link. The link sits beside the heading,
 * not inside it, so the heading's accessible name stays its text (as Starlight does it).
 * The icon is drawn by CSS (layout.css), so thirty headings add no markup for it.
 * Headings inside an island (<astro-island>) are left alone: the island renders them again in the
 * browser and would not expect the extra markup.
 */

const HEADING = /<(h[23])\b([^>]*?\bid="([^"]+)"[^>]*)>([\s\S]*?)<\/\1>/g;

/** The heading's text, for the link's name: tags dropped, entities kept (it goes back into HTML). */
function headingText(inner: string): string {
  return inner.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
}

function anchorOne(_match: string, tag: string, attributes: string, id: string, inner: string): string {
  const text = headingText(inner);
  return (
    `<div class="heading-wrap heading-wrap-${tag}"><${tag}${attributes}>${inner}</${tag}>` +
    `<a class="heading-anchor" href="#${id}" data-heading-anchor data-pagefind-ignore><span class="visually-hidden">Link to the section “${text}”</span></a></div>`
  );
}

/** Splits a piece of HTML into runs outside and inside <astro-island> elements (which may nest). */
function outsideIslands(html: string, transform: (part: string) => string): string {
  const tag = /<(\/?)astro-island\b[^>]*>/g;
  let depth = 0;
  let from = 0;
  let out = '';
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const closing = match[1] === '/';
    if (!closing && depth === 0) {
      out += transform(html.slice(from, match.index));
      from = match.index;
    }
    depth += closing ? -1 : 1;
    if (closing && depth === 0) {
      out += html.slice(from, tag.lastIndex);
      from = tag.lastIndex;
    }
    if (depth < 0) depth = 0; // a stray closing tag: keep going rather than swallow the page
  }
  return out + (depth === 0 ? transform(html.slice(from)) : html.slice(from));
}

/** The page with an anchor link after every h2 and h3 that has an id inside <main>. */
export function addHeadingAnchors(html: string): string {
  const start = html.search(/<main\b/);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  const main = outsideIslands(html.slice(start, end), (part) => part.replace(HEADING, anchorOne));
  return html.slice(0, start) + main + html.slice(end);
}
