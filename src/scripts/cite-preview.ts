/**
 * Citation preview: a citation number opens its source (title, publisher, standing, date read, quote
 * and link) in a popover next to the reader, instead of sending them to /sources/. The popover's
 * content is the entry in the page's own "Sources cited" list, so nothing is fetched. Where the page
 * has no such entry, or the browser has no popover support, the number stays a plain link.
 * Keyboard: Enter opens, Escape closes (native to popovers) and focus returns to the number.
 */
const SHEET_BELOW = 600;

let previewPanel: HTMLElement | undefined;
let opener: HTMLElement | undefined;

function createPanel(): HTMLElement {
  const element = document.createElement('div');
  element.id = 'cite-preview';
  element.className = 'cite-preview';
  element.setAttribute('popover', 'auto');
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-labelledby', 'cite-preview-title');
  element.tabIndex = -1;
  element.addEventListener('toggle', (event) => {
    // A click on another number closes this popover first; focus then belongs to the new one.
    if ((event as ToggleEvent).newState === 'closed' && !element.matches(':popover-open')) opener?.focus();
  });
  document.body.append(element);
  return element;
}

/** Next to the number on a wide screen; a sheet along the bottom on a phone, where there is no room beside it. */
function place(element: HTMLElement, anchor: HTMLElement): void {
  const style = element.style;
  if (window.innerWidth < SHEET_BELOW) {
    element.classList.add('is-sheet');
    style.top = style.left = '';
    return;
  }
  element.classList.remove('is-sheet');
  const rect = anchor.getBoundingClientRect();
  const width = element.offsetWidth;
  const height = element.offsetHeight;
  const below = rect.bottom + 8;
  style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - width - 8))}px`;
  style.top = `${below + height > window.innerHeight - 8 ? Math.max(8, rect.top - height - 8) : below}px`;
}

function open(anchor: HTMLElement, entry: HTMLElement, href: string): void {
  previewPanel ??= createPanel();
  opener = anchor;
  const body = entry.cloneNode(true) as HTMLElement;
  const heading = document.createElement('p');
  heading.id = 'cite-preview-title';
  heading.className = 'cite-preview-title';
  heading.append(...Array.from(body.childNodes));
  const all = document.createElement('a');
  all.href = href;
  all.textContent = 'In the full list of sources';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'cite-preview-close';
  close.setAttribute('aria-label', 'Close');
  close.textContent = '×';
  close.addEventListener('click', () => previewPanel?.hidePopover());
  const footer = document.createElement('p');
  footer.append(all);
  previewPanel.replaceChildren(close, heading, footer);
  previewPanel.showPopover();
  place(previewPanel, anchor);
  previewPanel.focus();
}

if ('showPopover' in HTMLElement.prototype) {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest<HTMLAnchorElement>('.cite a');
    if (!anchor) return;
    // Numbers are global (a source's place in the list), so "[12]" in the text is "[12]" in the page's list.
    const label = `[${anchor.textContent?.replace(/\D/g, '')}]`;
    const entry = [...document.querySelectorAll<HTMLElement>('.source-list li')].find((li) => li.querySelector('strong')?.textContent === label);
    if (!entry) return;
    event.preventDefault();
    open(anchor, entry, anchor.href);
  });
}

// A module, so its names stay out of the other page scripts' global scope.
export {};
