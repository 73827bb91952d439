import * as React from 'react';

export interface RequestState<T> {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  /** Loads again; the current data stays until the new one arrives. */
  refetch: () => void;
  /** Shows data the caller already has (e.g. from a write's answer) without asking again. */
  setData: (data: T) => void;
}

/**
 * Runs `load` when `key` changes, or on refetch (the current data stays on screen meanwhile); a
 * stale response (the key changed meanwhile, or the component unmounted) is dropped. `key` null skips the request;
 * `keepPreviousData` keeps showing the last result while another key loads.
 */
export const useRequest = <T>(
  load: () => Promise<T>,
  key: string | null,
  { keepPreviousData = false }: { keepPreviousData?: boolean } = {}
): RequestState<T> => {
  const [state, setState] = React.useState<{ data?: T; error?: unknown; isLoading: boolean }>({ isLoading: key !== null });
  const [tick, setTick] = React.useState(0);
  const loadRef = React.useRef(load);
  loadRef.current = load;
  const loadedKey = React.useRef<string | null>(null);

  React.useEffect(() => {
    if (key === null) {
      setState({ isLoading: false });
      return;
    }
    let current = true;
    const keep = keepPreviousData || loadedKey.current === key;
    loadedKey.current = key;
    setState((previous) => ({ data: keep ? previous.data : undefined, isLoading: true }));
    loadRef.current().then(
      (data) => current && setState({ data, isLoading: false }),
      (error) => current && setState((previous) => ({ data: keep ? previous.data : undefined, error, isLoading: false }))
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick]);

  const refetch = React.useCallback(() => setTick((t) => t + 1), []);
  const setData = React.useCallback((data: T) => setState({ data, isLoading: false }), []);
  return { data: state.data, error: state.error, isLoading: state.isLoading, refetch, setData };
};
