/**
 * Citation preview: a citation number opens its source (title, publisher, standing, date read, quote
 * and link) in a popover next to the reader, instead of sending them to /sources/. The popover's
 * content is the entry in the page's own "Sources cited" list, found by the number both show, so
 * nothing is fetched. Where the page has no such entry, or the browser has no popover support, the
 * number stays a plain link. Keyboard: Enter opens, Escape closes (native to popovers) and focus
 * returns to the number. Kept small: every page with a source list loads it.
 */
let box: HTMLElement | undefined;
let opener: HTMLElement | undefined;

function createBox(): HTMLElement {
  const element = document.createElement('div');
  element.id = 'cite-preview';
  element.className = 'cite-preview';
  element.tabIndex = -1;
  element.popover = 'auto';
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-labelledby', 'cite-preview-title');
  // A click on another number closes this one first; focus then belongs to the new one.
  element.addEventListener('toggle', () => element.matches(':popover-open') || opener?.focus());
  document.body.append(element);
  return element;
}

function open(anchor: HTMLAnchorElement, entry: HTMLElement): void {
  box ??= createBox();
  opener = anchor;
  const title = document.createElement('p');
  title.id = 'cite-preview-title';
  title.append(...Array.from(entry.cloneNode(true).childNodes));
  const close = document.createElement('button');
  close.className = 'cite-preview-close';
  close.ariaLabel = 'Close';
  close.textContent = '×';
  close.onclick = () => box?.hidePopover();
  const all = document.createElement('a');
  all.href = anchor.href;
  all.textContent = 'In the full list of sources';
  box.replaceChildren(close, title, all);
  box.showPopover();
  // Beside the number on a wide screen; a sheet along the bottom on a phone (CSS), with no room beside it.
  const sheet = innerWidth < 600;
  box.classList.toggle('is-sheet', sheet);
  const rect = anchor.getBoundingClientRect();
  const below = rect.bottom + 8;
  box.style.left = sheet ? '' : `${Math.max(8, Math.min(rect.left, innerWidth - box.offsetWidth - 8))}px`;
  box.style.top = sheet ? '' : `${below + box.offsetHeight > innerHeight - 8 ? Math.max(8, rect.top - box.offsetHeight - 8) : below}px`;
  box.focus();
}

if ('showPopover' in HTMLElement.prototype) {
  document.addEventListener('click', (event) => {
    const anchor = (event.target as Element).closest?.<HTMLAnchorElement>('.cite a');
    if (!anchor || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // Numbers are global (a source's place in the list), so "[12]" in the text is "[12]" in the page's list.
    const label = `[${anchor.textContent?.replace(/\D/g, '')}]`;
    const entry = [...document.querySelectorAll('.source-list li')].find((li) => li.querySelector('strong')?.textContent === label);
    if (!entry) return;
    event.preventDefault();
    open(anchor, entry as HTMLElement);
  });
}

// A module, so its names stay out of the other page scripts' global scope.
export {};
