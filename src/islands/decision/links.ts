/** Where the checklist links to: passed in by the page, so the island knows no routes. */
export interface ChecklistLinks {
  /** The full checklist page, to which an embed links with its answers. */
  checklist: string;
  calculator: string;
  sources: string;
  /** The frameworks index; a framework's page is this plus its id and a slash. */
  frameworks: string;
}
