/** The phone menu: one button shows and hides the section links; Escape closes it and returns focus. */
const header = document.querySelector<HTMLElement>('[data-site-header]');
const toggle = header?.querySelector<HTMLButtonElement>('[data-menu-toggle]');

if (header && toggle) {
  const setOpen = (open: boolean): void => {
    toggle.setAttribute('aria-expanded', String(open));
    header.toggleAttribute('data-menu-open', open);
  };
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  header.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && header.hasAttribute('data-menu-open')) {
      setOpen(false);
      toggle.focus();
    }
  });
}
