/**
 * Long pages: marks the section being read in "On this page" (aria-current, both the side column
 * and the phone bar, whose summary names it), closes the phone bar once a link in it is followed, and
 * copies a heading's address when its anchor link is used (the link still jumps there, as without
 * JavaScript). One passive scroll listener, throttled to one update per frame.
 */
const tocs = [...document.querySelectorAll<HTMLElement>('[data-toc]')];
const links = tocs.flatMap((toc) => [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]);
const targets = [...new Set(links.map((link) => decodeURIComponent(link.hash.slice(1))))]
  .map((id) => document.getElementById(id))
  .filter((node): node is HTMLElement => node !== null);
const currentLabel = document.querySelector<HTMLElement>('[data-toc-current]');
const status = document.querySelector<HTMLElement>('[data-copy-status]');

/** The last heading whose top has passed a line a fifth of the way down the screen. */
function currentTarget(): HTMLElement | undefined {
  const line = window.innerHeight / 5;
  let current: HTMLElement | undefined;
  for (const target of targets) {
    if (target.getBoundingClientRect().top <= line) current = target;
    else break;
  }
  return current;
}

let shown: HTMLElement | undefined | null = null;
function update(): void {
  const current = currentTarget();
  if (current === shown) return;
  shown = current;
  for (const link of links) {
    if (current && link.hash === `#${current.id}`) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  if (currentLabel) currentLabel.textContent = current ? (current.textContent ?? '').trim() : '';
}

let queued = false;
addEventListener(
  'scroll',
  () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  },
  { passive: true },
);
update();

for (const toc of tocs) {
  if (toc instanceof HTMLDetailsElement) toc.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) toc.open = false;
  });
}

document.addEventListener('click', (event) => {
  const anchor = (event.target as Element).closest<HTMLAnchorElement>('a[data-heading-anchor]');
  if (!anchor || !navigator.clipboard) return;
  navigator.clipboard.writeText(anchor.href).then(
    () => {
      if (status) status.textContent = 'Link to the section copied.';
    },
    () => undefined, // no permission: the link still jumps to the section and the address bar shows it
  );
});

export {};
