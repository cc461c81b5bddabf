import 'server-only';
import path from 'node:path';
import type { ReactElement } from 'react';

type RenderToStaticMarkup = (element: ReactElement) => string;

let renderToStaticMarkup: RenderToStaticMarkup | undefined;

/**
 * A whole HTML document from plain server markup, with none of Next's client runtime.
 *
 * Route handlers are compiled for React Server Components, where `react-dom/server` is refused
 * (its react-server export throws; vercel/next.js#43810), and an App Router page always ships
 * Next's scripts. So React DOM's own server renderer is loaded at run time from node_modules,
 * outside the bundle, where Node resolves it without the react-server condition. Elements and
 * plain function components mean the same to both; a client component (next/link) would not
 * render here, hence the `link` prop of the article components.
 */
export function renderHtmlDocument(document: ReactElement): string {
  return `<!DOCTYPE html>${renderStaticMarkup(document)}`;
}

/** Plain server markup of an element, by the same renderer (the live page's polled posts use it). */
export function renderStaticMarkup(element: ReactElement): string {
  if (!renderToStaticMarkup) {
    // getBuiltinModule keeps the bundler from resolving this require itself.
    const { createRequire } = process.getBuiltinModule('node:module');
    const requireFromApp = createRequire(path.join(process.cwd(), 'package.json'));
    ({ renderToStaticMarkup } = requireFromApp('react-dom/server') as { renderToStaticMarkup: RenderToStaticMarkup });
  }
  return renderToStaticMarkup(element);
}
