/**
 * The closed word lists of the attestation matrix (content/data/attestations.yaml): the programmes
 * it has a column for, the hosted forms a row can be, and what a cell can say. Imports nothing, so
 * the schema, the pages, the island and the exports share one spelling.
 */

export const ATTESTATION_PROGRAMMES = ['soc2', 'iso27001', 'iso42001', 'hipaa', 'pci-dss', 'fedramp-moderate', 'fedramp-high', 'dod', 'residency'] as const;
export type AttestationProgramme = (typeof ATTESTATION_PROGRAMMES)[number];
export const ATTESTATION_PROGRAMME_LABELS: Record<AttestationProgramme, string> = {
  soc2: 'SOC 2 Type II',
  iso27001: 'ISO 27001',
  iso42001: 'ISO 42001',
  hipaa: 'HIPAA BAA',
  'pci-dss': 'PCI-DSS',
  'fedramp-moderate': 'FedRAMP Moderate',
  'fedramp-high': 'FedRAMP High',
  dod: 'DoD impact levels',
  residency: 'Data-residency regions',
};

/**
 * The matrix's columns, in order, for the page and every export: what names a row, then one column
 * per programme, and within a programme the parts of a cell. The page shows the row's names in its
 * row heading and a cell's parts in this order; the CSV gives each part a column of its own.
 */
export const ATTESTATION_ROW_KEYS = ['framework', 'form', 'product'] as const;
export type AttestationRowKey = (typeof ATTESTATION_ROW_KEYS)[number];
export const ATTESTATION_ROW_KEY_LABELS: Record<AttestationRowKey, string> = { framework: 'Framework', form: 'Form', product: 'Product' };
export const ATTESTATION_CELL_PARTS = ['status', 'scope', 'asOf', 'sources'] as const;
export type AttestationCellPart = (typeof ATTESTATION_CELL_PARTS)[number];

/** How a framework is run in a row: by a cloud provider, by its own vendor, or by you. */
export const ATTESTATION_FORMS = ['managed-cloud', 'vendor-saas', 'self-hosted'] as const;
export type AttestationForm = (typeof ATTESTATION_FORMS)[number];
export const ATTESTATION_FORM_LABELS: Record<AttestationForm, string> = {
  'managed-cloud': 'Managed cloud service',
  'vendor-saas': 'Vendor SaaS',
  'self-hosted': 'Self-hosted',
};

/** What every self-hosted row says, in so many words: the software carries no attestation of its own. */
export const SELF_HOSTED_ATTESTATIONS = 'Your environment’s attestations';

export const ATTESTATION_STATUSES = ['yes', 'conditional', 'stated', 'partition', 'not-found'] as const;
export type AttestationStatus = (typeof ATTESTATION_STATUSES)[number];
export const ATTESTATION_STATUS_LABELS: Record<AttestationStatus, string> = {
  yes: 'In scope',
  conditional: 'In scope with conditions',
  stated: 'Stated by the vendor',
  partition: 'Separate partition only',
  'not-found': 'Not found',
};
/** A text symbol per status, so a cell never relies on colour; the label always follows it. */
export const ATTESTATION_STATUS_SYMBOLS: Record<AttestationStatus, string> = {
  yes: '✓',
  conditional: '◐',
  stated: '◇',
  partition: '▣',
  'not-found': '–',
};
export const ATTESTATION_STATUS_MEANINGS: Record<AttestationStatus, string> = {
  yes: 'the provider’s own in-scope list or certificate names this service',
  conditional: 'in scope only with an add-on, a tier, named regions, or with named features left out; the cell says which',
  stated: 'the vendor states it in its documentation; the report is given on request and we have not read it',
  partition: 'in scope only in a separate government partition, environment or control package; the cell names it',
  'not-found': 'no official statement found in the pages we read; ask the vendor',
};
