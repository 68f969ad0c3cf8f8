// Runs inline in <head>, before the first paint, so the page never flashes the wrong theme.
// It is kept in its own module because astro.config.mjs hashes this exact text for the CSP.
export const THEME_STORAGE_KEY = 'field-guide-theme';

export const themeInitScript = `(()=>{try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.dataset.theme=t}catch(e){document.documentElement.dataset.theme='light'}})()`;
