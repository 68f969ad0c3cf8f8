// Runs inline in <head>, before the first paint, so the page never flashes the wrong theme and the
// chrome never shifts: it records the reader's theme choice (`data-theme-choice`: system, light or
// dark), the theme in force (`data-theme`), and that scripts run (`data-js`), which lets CSS fold the
// phone menu and show the script-only buttons from the first frame. It is kept in its own module
// because astro.config.mjs hashes this exact text for the CSP. The key starts with the prefix of every
// key the site stores (STORAGE_PREFIX in src/browser/storage.ts); a choice stored under the key of
// earlier versions is read once and moved.
export const THEME_STORAGE_KEY = 'mlops-field-guide:theme';
export const EARLIER_THEME_STORAGE_KEY = 'field-guide-theme';

export const themeInitScript = `(()=>{var d=document.documentElement,c='system',t='light',l;d.dataset.js='';try{l=localStorage;c=l.getItem('${THEME_STORAGE_KEY}');if(c===null&&(c=l.getItem('${EARLIER_THEME_STORAGE_KEY}'))!==null){l.setItem('${THEME_STORAGE_KEY}',c);l.removeItem('${EARLIER_THEME_STORAGE_KEY}')}if(c!=='light'&&c!=='dark')c='system';t=c==='system'?(matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'):c}catch(e){}d.dataset.themeChoice=c;d.dataset.theme=t})()`;
