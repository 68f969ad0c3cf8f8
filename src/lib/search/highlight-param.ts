/**
 * The address parameter that carries searched words to the page a result opens (Pagefind's
 * highlightParam). A module of its own, so the header's script imports this word, not the search terms.
 */
export const HIGHLIGHT_PARAM = 'highlight';
