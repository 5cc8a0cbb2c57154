import { useEffect } from 'preact/hooks';

/** Each page names itself in the tab and the history (and to screen readers on navigation). */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Alliance Registry` : 'Alliance Registry';
  }, [title]);
}
