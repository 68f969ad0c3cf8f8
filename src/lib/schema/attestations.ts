/**
 * A row of the attestation matrix (content/data/attestations.yaml): one framework in one hosted form.
 * A hosted row (managed cloud service, vendor SaaS) has a cell for every programme, each with its
 * scope, date and sources; a self-hosted row has no cells, only the note and sources that say why
 * the reader's own environment carries the attestations.
 */
import { z } from 'astro/zod';
import { ATTESTATION_FORMS, ATTESTATION_PROGRAMMES, ATTESTATION_STATUSES } from '../compare/attestation-vocabulary';
import { frameworkId, isoDate, objectWithKeys, sourceList, type KnownIds } from './common';

export function attestationCellSchema(ids: KnownIds) {
  return z.strictObject({
    status: z.enum(ATTESTATION_STATUSES),
    /** Which services, regions, tiers or partitions the status covers, in one sentence. */
    scope: z.string().trim().min(10),
    asOf: isoDate,
    sources: sourceList(ids),
  });
}

export function attestationRowSchema(ids: KnownIds) {
  return z
    .strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/),
      framework: frameworkId(ids),
      form: z.enum(ATTESTATION_FORMS),
      /** The product a reader buys or runs in this form ("Amazon SageMaker AI", "ZenML Pro"). */
      product: z.string().trim().min(2),
      note: z.string().trim().min(10).optional(),
      sources: sourceList(ids).optional(),
      cells: objectWithKeys(ATTESTATION_PROGRAMMES, attestationCellSchema(ids)).optional(),
    })
    .superRefine((row, context) => {
      if (row.form === 'self-hosted') {
        if (row.cells) context.addIssue({ code: 'custom', path: ['cells'], message: 'a self-hosted row has no cells: your environment’s attestations apply' });
        if (!row.note) context.addIssue({ code: 'custom', path: ['note'], message: 'a self-hosted row needs a note saying what carries the attestations' });
        if (!row.sources) context.addIssue({ code: 'custom', path: ['sources'], message: 'a self-hosted row needs sources for its note' });
      } else if (!row.cells) {
        context.addIssue({ code: 'custom', path: ['cells'], message: `a ${row.form} row needs a cell for every programme` });
      }
    });
}

export type AttestationRowData = z.infer<ReturnType<typeof attestationRowSchema>>;
export type AttestationCellData = z.infer<ReturnType<typeof attestationCellSchema>>;
