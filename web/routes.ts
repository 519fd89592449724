/**
 * The addresses of the pages, one list for both sides: the gateway answers each with the page shell
 * (gateway/pages.ts) and the browser picks the page from it (web/src/App.tsx). Express path syntax.
 */
export const PAGE_ROUTES = [
  '/verify',
  '/shares/:token',
  '/wallet',
  '/katalog',
  '/katalog/:entryId',
  '/catalogue',
  '/catalogue/:entryId',
  '/statistics',
] as const;
