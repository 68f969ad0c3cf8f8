/**
 * Long pages: marks the section being read in "On this page" (aria-current, in the side column and
 * the phone bar, whose summary names it), closes the phone bar once a link in it is followed, and
 * copies a heading's address when its anchor link is used (the link still jumps there, as it does
 * without JavaScript). One passive scroll listener, at most one update a frame. Loaded only on pages
 * with a table of contents (Toc.astro), and kept small: pages with islands are near their budget.
 */
// "Back to top" (#top, the page's body) is a way out, not a section: it is never the one being read.
const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]:not([href="#top"])')];
const targets = [...new Set(links.map((link) => link.hash))].map((hash) => document.getElementById(decodeURIComponent(hash.slice(1)))).filter((t) => t !== null);
const label = document.querySelector('[data-toc-current]');
const status = document.querySelector('[data-copy-status]');
let shown: HTMLElement | undefined | null = null;
let queued = false;

/**
 * The current section: the last heading whose top has passed a line a fifth of the way down, or,
 * at the very bottom, the last one (a short last section never reaches that line).
 */
function update(): void {
  queued = false;
  const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
  const current = atEnd ? targets.at(-1) : targets.filter((target) => target.getBoundingClientRect().top <= innerHeight / 5).pop();
  if (current === shown) return;
  shown = current;
  for (const link of links) {
    if (link.hash === `#${current?.id}`) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  if (label) label.textContent = current?.textContent?.trim() ?? '';
}

addEventListener('scroll', () => queued || ((queued = true), requestAnimationFrame(update)), { passive: true });
update();

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('a');
  const bar = link?.closest<HTMLDetailsElement>('details[data-toc]');
  if (bar) bar.open = false;
  if (link?.classList.contains('heading-anchor')) {
    navigator.clipboard?.writeText(link.href).then(
      () => status && (status.textContent = 'Link to the section copied.'),
      () => undefined, // no permission: the link still jumps to the section, and the address bar shows it
    );
  }
});

export {};
