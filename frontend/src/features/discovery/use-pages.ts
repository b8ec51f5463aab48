import { useCallback, useState } from 'react';

/**
 * The cursors of the pages shown so far: the first page has none, each later one the
 * end cursor of the page before. A new `key` (new filters) starts again from the first.
 */
export function usePages(key: string): { cursors: (string | undefined)[]; more: (after: string) => void } {
  const [state, setState] = useState<{ key: string; cursors: (string | undefined)[] }>({ key, cursors: [undefined] });
  const more = useCallback(
    (after: string) => setState((s) => (s.cursors.includes(after) ? s : { ...s, cursors: [...s.cursors, after] })),
    [],
  );
  if (state.key !== key) {
    const fresh = { key, cursors: [undefined] };
    setState(fresh);
    return { cursors: fresh.cursors, more };
  }
  return { cursors: state.cursors, more };
}
