/**
 * The theme button cycles system → light → dark → system. Its label names the current choice
 * ("Theme: system"); which label shows is decided by CSS from `data-theme-choice`, which the inline
 * head script sets before the first paint, so the label never flickers or shifts the header.
 */
import { THEME_STORAGE_KEY } from './theme-init.mjs';

const CHOICES = ['system', 'light', 'dark'] as const;
type Choice = (typeof CHOICES)[number];

const systemDark = matchMedia('(prefers-color-scheme: dark)');
const root = document.documentElement;

function currentChoice(): Choice {
  const value = root.dataset.themeChoice;
  return value === 'light' || value === 'dark' ? value : 'system';
}

function apply(choice: Choice): void {
  root.dataset.themeChoice = choice;
  root.dataset.theme = choice === 'system' ? (systemDark.matches ? 'dark' : 'light') : choice;
}

function remember(choice: Choice): void {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    /* storage can be blocked; the choice still holds for this page view */
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.addEventListener('click', () => {
    const next = CHOICES[(CHOICES.indexOf(currentChoice()) + 1) % CHOICES.length]!;
    apply(next);
    remember(next);
  });
}

// While the reader follows the system, follow it live too.
systemDark.addEventListener('change', () => {
  if (currentChoice() === 'system') apply('system');
});
