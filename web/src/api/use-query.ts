import { useEffect, useState } from 'preact/hooks';
import type { TypedDocumentString } from '../generated/graphql';
import { asFailure, type AllianceError, type Api, type GraphQLErrorInfo } from './client';

export interface QueryState<T> {
  data: T | null;
  /** Errors that came with data: a part of the answer is missing (e.g. a service is down). */
  errors: readonly GraphQLErrorInfo[];
  /** The request failed as a whole. */
  error: AllianceError | null;
  loading: boolean;
  reload(): void;
}

/**
 * Runs a query when the component mounts and whenever its variables change; the previous data
 * stays on screen while the next page loads, so paging does not flash.
 */
export function useQuery<T, V>(
  api: Api,
  document: TypedDocumentString<T, V>,
  variables: V,
  skip = false,
): QueryState<T> {
  const key = JSON.stringify(variables ?? {});
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<Omit<QueryState<T>, 'reload'>>({
    data: null,
    errors: [],
    error: null,
    loading: !skip,
  });
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    api.query(document, variables).then(
      (result) => current && setState({ data: result.data, errors: result.errors, error: null, loading: false }),
      (error: unknown) => current && setState({ data: null, errors: [], error: asFailure(error), loading: false }),
    );
    return () => {
      current = false;
    };
    // `key` stands for the variables' content; the document is a module constant.
  }, [api, document, key, tick, skip]);
  return { ...state, reload: () => setTick((n) => n + 1) };
}
