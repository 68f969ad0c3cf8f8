import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../src/browser/download';
import { useUrlState, type UrlCodec, type UrlStateOptions } from '../../src/browser/use-url-state';

/** A tiny tool whose state is one word, "?w=<word>", with "plain" as the default. */
const WORDS = ['plain', 'bold', 'italic'];
const codec: UrlCodec<string> = {
  read: (search) => {
    const raw = new URLSearchParams(search).get('w');
    if (raw === null) return { state: 'plain', ignored: [] };
    return WORDS.includes(raw) ? { state: raw, ignored: [] } : { state: 'plain', ignored: [`"w" had a value we could not use`] };
  },
  write: (state) => (state === 'plain' ? '' : `?w=${state}`),
};

let api: ReturnType<typeof useUrlState<string>>;
function Tool(props: UrlStateOptions & { onRead?: (s: string) => void }) {
  api = useUrlState('plain', codec, props);
  return <p data-testid="state">{`${api.state}|${api.ignored.join(';')}|${api.ready}`}</p>;
}
/** The same tool whose codec loads later (null until then), as the cost calculator's does. */
function LateTool({ codec: late, ...props }: UrlStateOptions & { codec: UrlCodec<string> | null }) {
  api = useUrlState('plain', late, props);
  return <p data-testid="state">{`${api.state}|${api.ignored.join(';')}|${api.ready}`}</p>;
}
const shown = () => screen.getByTestId('state').textContent;

beforeEach(() => {
  history.replaceState(null, '', '/tool/');
  localStorage.clear();
});
afterEach(cleanup);

describe('useUrlState', () => {
  it('reads the URL on load and says what it ignored', async () => {
    history.replaceState(null, '', '/tool/?w=bold');
    render(<Tool />);
    expect(shown()).toBe('bold||true');
    cleanup();
    history.replaceState(null, '', '/tool/?w=<script>');
    render(<Tool />);
    expect(shown()).toBe('plain|"w" had a value we could not use|true');
  });

  it('restores the last state from storage when the URL says nothing, and puts it in the address', () => {
    localStorage.setItem('k', '?w=italic');
    const onRead = vi.fn();
    render(<Tool storageKey="k" onRead={onRead} />);
    expect(shown()).toBe('italic||true');
    expect(location.search).toBe('?w=italic');
    expect(onRead).toHaveBeenCalledWith('italic');
  });

  it('a codec that arrives later: the URL is read on arrival, and ready waits for it', () => {
    history.replaceState(null, '', '/tool/?w=bold');
    const { rerender } = render(<LateTool codec={null} />);
    expect(shown()).toBe('plain||false');
    rerender(<LateTool codec={codec} />);
    expect(shown()).toBe('bold||true');
  });

  it('a change made before the codec arrives is kept and written to the URL then, not overwritten by it', () => {
    history.replaceState(null, '', '/tool/?w=bold');
    const { rerender } = render(<LateTool codec={null} storageKey="k" />);
    act(() => api.update('italic'));
    expect(location.search).toBe('?w=bold');
    rerender(<LateTool codec={codec} storageKey="k" />);
    expect(shown()).toBe('italic||true');
    expect(location.search).toBe('?w=italic');
    expect(localStorage.getItem('k')).toBe('?w=italic');
  });

  it('the URL wins over storage', () => {
    localStorage.setItem('k', '?w=italic');
    history.replaceState(null, '', '/tool/?w=bold');
    render(<Tool storageKey="k" />);
    expect(shown()).toBe('bold||true');
  });

  it('pushes a history entry per change by default, replaces when asked, and stores the query', () => {
    render(<Tool storageKey="k" />);
    const before = history.length;
    act(() => api.update('bold'));
    expect(location.search).toBe('?w=bold');
    expect(history.length).toBe(before + 1);
    act(() => api.update('italic', { history: 'replace' }));
    expect(location.search).toBe('?w=italic');
    expect(history.length).toBe(before + 1);
    expect(localStorage.getItem('k')).toBe('?w=italic');
    act(() => api.update('plain'));
    expect(location.search).toBe('');
    expect(localStorage.getItem('k')).toBeNull();
  });

  it('clears the ignored notes on the first change', () => {
    history.replaceState(null, '', '/tool/?w=nope');
    render(<Tool />);
    expect(shown()).toContain('could not use');
    act(() => api.update('bold'));
    expect(shown()).toBe('bold||true');
  });

  it('follows back and forward', () => {
    render(<Tool />);
    act(() => api.update('bold'));
    history.replaceState(null, '', '/tool/?w=italic');
    act(() => {
      dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(shown()).toBe('italic||true');
  });

  it('an embed that does not own the URL keeps its state in memory', () => {
    history.replaceState(null, '', '/page/?w=bold');
    render(<Tool ownsUrl={false} storageKey="k" />);
    expect(shown()).toBe('plain||true');
    act(() => api.update('italic'));
    expect(location.search).toBe('?w=bold');
    expect(localStorage.getItem('k')).toBeNull();
  });

  it('never throws when storage is unavailable', () => {
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('denied');
    });
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('denied');
    });
    render(<Tool storageKey="k" />);
    act(() => api.update('bold'));
    expect(shown()).toBe('bold||true');
    getItem.mockRestore();
    setItem.mockRestore();
  });
});

describe('downloadText', () => {
  it('clicks an attached anchor to a blob URL with the file name, then removes it', async () => {
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    let clicked: { name: string; href: string; attached: boolean } | undefined;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked = { name: this.download, href: this.href, attached: this.isConnected };
    });
    downloadText('record.md', '# hi', 'text/markdown');
    expect(clicked).toEqual({ name: 'record.md', href: 'blob:test', attached: true });
    expect(document.querySelector('a[download]')).toBeNull();
    expect(await blob!.text()).toBe('# hi');
    expect(blob!.type).toBe('text/markdown');
    click.mockRestore();
  });
});
