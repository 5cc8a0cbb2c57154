import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api } from './client';

/**
 * Where views get the API from and where their links point: the app links within itself; an
 * embedded view links to the registry's own pages, opened outside the host site's frame.
 */
export interface Environment {
  api: Api;
  /** The app page of a register or organization (absolute for embedded views). */
  link(path: string): string;
  /** Where links open: the same page in the app, a new tab from an embedded view. */
  target?: '_blank';
}

export const EnvironmentContext = createContext<Environment | null>(null);

export function useEnvironment(): Environment {
  const environment = useContext(EnvironmentContext);
  if (!environment) throw new Error('useEnvironment() outside an EnvironmentContext provider');
  return environment;
}
