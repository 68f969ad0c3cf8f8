/** Drawn from zero: a positive score to the right of the zero line, a negative one to its left. */
import type { Ranked } from '~/lib/decision/engine';

export function ScoreBar({ entry }: { entry: Ranked }) {
  const { zero, from, to } = entry.bar;
  // The score is in the text next to it; the bar repeats it visually, so it is hidden from screen readers.
  return (
    <svg class="decision-bar" width="100%" height="12" aria-hidden="true" focusable="false">
      <rect class="decision-bar-track" x="0" y="1" width="100%" height="10" rx="3" />
      {to > from && <rect class={`decision-bar-fill decision-bar-${entry.score < 0 ? 'negative' : entry.verdict}`} x={`${from}%`} y="1" width={`${to - from}%`} height="10" />}
      <rect class="decision-bar-zero" x={`${Math.min(zero, 99.6)}%`} y="0" width="2" height="12" />
    </svg>
  );
}
