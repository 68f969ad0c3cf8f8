/** Markdown escaping for text we put into Markdown files (decision record, exports, open data). */

/** Inline text: characters that Markdown would read as markup are escaped, line breaks flattened. */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/** A table cell: backslashes and pipes escaped, line breaks flattened, so one cell stays one cell. */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** One Markdown table row from already-escaped or plain cells. */
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
}
