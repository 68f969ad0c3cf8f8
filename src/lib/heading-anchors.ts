/**
 * A copyable link in every second- and third-level heading of a page's main content, added to the
 * built HTML (src/middleware.ts), so headings written in MDX, in Astro pages and in components all
 * get one, and each works without JavaScript as a plain #link. The link goes inside the heading, at
 * its end (as GitHub does), so `#heading + p` still finds what follows a heading; it has no text of
 * its own (its name is an aria-label and the icon is drawn by CSS), so the heading's text, its
 * search index entry and its table-of-contents label stay the same.
 * Headings that already hold a link are left alone (links cannot nest), and so are headings inside
 * an island (<astro-island>): the island renders them again in the browser.
 */

const HEADING = /<(h[23])\b([^>]*?\bid="([^"]+)"[^>]*)>([\s\S]*?)<\/\1>/g;

function anchorOne(match: string, tag: string, attributes: string, id: string, inner: string): string {
  if (/<a\b/i.test(inner)) return match;
  return `<${tag}${attributes}>${inner}<a class="heading-anchor" href="#${id}" aria-label="Link to this section"></a></${tag}>`;
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

/** The page with an anchor link at the end of every h2 and h3 that has an id inside <main>. */
export function addHeadingAnchors(html: string): string {
  const start = html.search(/<main\b/);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  const main = outsideIslands(html.slice(start, end), (part) => part.replace(HEADING, anchorOne));
  return html.slice(0, start) + main + html.slice(end);
}
