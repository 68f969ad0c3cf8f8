/** The components every MDX article may use without importing them. */
import Cite from './Cite.astro';
import CostEstimate from './CostEstimate.astro';
import Glossary from './Glossary.astro';
import Link from './Link.astro';
import Pre from './Pre.astro';

export const mdxComponents = { a: Link, pre: Pre, Cite, CostEstimate, Glossary };
