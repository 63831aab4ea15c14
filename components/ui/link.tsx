import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The panel's link: next/link without prefetching unless a link asks for it. Every panel page is dynamic and has no
 * loading state, so Next's prefetch of a link in view fetches nothing a click could use, yet it renders the panel's
 * layout on the server once per link on every page load (26 requests for the navigation alone, with the phone
 * menu's copy). A click asks the server once, as it would after such a prefetch. ESLint points imports of next/link
 * here.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
