/** The components every MDX article may use without importing them. */
import Cite from './Cite.astro';
import DecisionChecklistEmbed from './DecisionChecklistEmbed.astro';
import CostEstimate from './CostEstimate.astro';
import Fact from './Fact.astro';
import FrameworkSectionLinks from './FrameworkSectionLinks.astro';
import Glossary from './Glossary.astro';
import Link from './Link.astro';
import Pre from './Pre.astro';
import Table from './Table.astro';
import AttestationMatrix from '../tables/AttestationMatrix.astro';
import CapabilitySummary from '../tables/CapabilitySummary.astro';

export const mdxComponents = {
  a: Link,
  pre: Pre,
  table: Table,
  AttestationMatrix,
  CapabilitySummary,
  Cite,
  CostEstimate,
  DecisionChecklistEmbed,
  Fact,
  FrameworkSectionLinks,
  Glossary,
};
