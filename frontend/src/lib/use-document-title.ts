import { useEffect } from 'react';

/** Sets the tab's title to "<title> · Kindred" while the page is shown. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · Kindred`;
  }, [title]);
}
