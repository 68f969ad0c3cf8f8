import { it } from 'vitest';
import { readPages } from '../support/dist';
import { pageWeight } from '../support/weight';
it('w', () => {
  for (const p of readPages('dist', '/').filter((p) => /cost-calculator|cost-model\//.test(p.url))) {
    const w = pageWeight(p, 'dist', '/');
    console.log(p.url, JSON.stringify({ html: w.html, css: w.css, js: w.js, scripts: w.scripts }));
  }
});
