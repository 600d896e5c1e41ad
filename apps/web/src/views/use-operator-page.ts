import { useEffect, useState } from 'react';

/** The operator's two pages; the ops page has its own address (#ops), to bookmark or share. */
export type OperatorPage = 'shop' | 'ops';

const pageOf = (hash: string): OperatorPage => (hash === '#ops' ? 'ops' : 'shop');

/** The page the address names, followed as it changes (the links, back and forward). */
export function useOperatorPage(): OperatorPage {
  const [page, setPage] = useState(() => pageOf(window.location.hash));
  useEffect(() => {
    const follow = () => setPage(pageOf(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return page;
}
