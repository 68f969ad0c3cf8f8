/** The changes log (content/data/changes.yaml): ordering, per-page selection and the Atom feed. */
import { isoDay } from './format';

export interface Change {
  date: Date;
  pages: readonly string[];
  what: string;
  old: string;
  new: string;
  why?: string | undefined;
  fact?: string | undefined;
  capability?: string | undefined;
  sources: readonly string[];
}

/** Newest first; a stable sort keeps the file's order within one day. */
export function newestFirst<T extends { date: Date }>(changes: readonly T[]): T[] {
  return [...changes].sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** The latest `count` changes that touched `path`, newest first. */
export function changesFor<T extends Change>(changes: readonly T[], path: string, count = 3): T[] {
  return newestFirst(changes.filter((change) => change.pages.includes(path))).slice(0, count);
}

/** The change's anchor on /changes/ and its feed id: its day and what it is about, e.g. 2026-12-01-sagemaker-model-monitor-availability. */
export function changeAnchor(change: Pick<Change, 'date' | 'what'>): string {
  const words = change.what
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${isoDay(change.date)}-${words}`;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export interface FeedOptions {
  title: string;
  /** Absolute URLs: the feed itself and the HTML page it mirrors. */
  feedUrl: string;
  pageUrl: string;
  sourceUrl: (id: string) => string;
}

/** An Atom 1.0 feed, one entry per change; the entry id is stable as long as the change is not edited. */
export function atomFeed(changes: readonly Change[], options: FeedOptions): string {
  const sorted = newestFirst(changes);
  const updated = sorted[0]?.date ?? new Date(0);
  const entries = sorted.map((change) => {
    const day = isoDay(change.date);
    const link = `${options.pageUrl}#${changeAnchor(change)}`;
    const summary = `${change.old} → ${change.new}${change.why ? ` ${change.why}` : ''}`;
    const sources = change.sources.map((id) => `<link rel="related" href="${escapeXml(options.sourceUrl(id))}"/>`).join('');
    const id = `${options.pageUrl}#${changeAnchor(change)}`;
    return `<entry><id>${escapeXml(id)}</id><title>${escapeXml(change.what)}</title><updated>${day}T00:00:00Z</updated><link href="${escapeXml(link)}"/>${sources}<summary>${escapeXml(summary)}</summary></entry>`;
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<title>${escapeXml(options.title)}</title>`,
    `<id>${escapeXml(options.feedUrl)}</id>`,
    `<link rel="self" href="${escapeXml(options.feedUrl)}"/>`,
    `<link href="${escapeXml(options.pageUrl)}"/>`,
    `<updated>${isoDay(updated)}T00:00:00Z</updated>`,
    '<author><name>MLOps Field Guide</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** The date a page shows at its top, and what it means. */
export interface PageDate {
  /** `reviewed`: every fact on the page was checked on `date`; `updated`: a logged change is newer than the last full review. */
  kind: 'reviewed' | 'updated';
  date: Date;
  /** The last full review, shown beside an `updated` date so a reader sees both. */
  lastReviewed: Date;
}

/**
 * A page's date is the later of its last full review and its latest logged change, so "Last reviewed
 * 26 November" never sits above a change dated 1 December. A change on the review day counts as reviewed.
 */
export function pageDate(lastReviewed: Date, changes: readonly Pick<Change, 'date' | 'pages'>[], path: string): PageDate {
  const latest = changes
    .filter((change) => change.pages.includes(path))
    .reduce<Date | undefined>((newest, change) => (newest === undefined || change.date > newest ? change.date : newest), undefined);
  if (latest !== undefined && latest.getTime() > lastReviewed.getTime()) return { kind: 'updated', date: latest, lastReviewed };
  return { kind: 'reviewed', date: lastReviewed, lastReviewed };
}
