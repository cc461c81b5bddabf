import { createHash } from 'node:crypto';

// The lite article's whole stylesheet, inline: no stylesheet or font request before the text
// shows. System serif fonts (Noto Serif on Android, Times New Roman elsewhere) draw every
// Vietnamese letter. Colours and rules follow app/globals.css, cut to what an article uses.
export const LITE_CSS = `
:root{color-scheme:light dark;--ink:#1a1a1a;--muted:#4a4a4a;--accent:#8b0000;--rule:#d6d6d6;--paper:#fff;--panel:#f6f4f1;--focus:#1a5fb4}
@media (prefers-color-scheme:dark){:root{--ink:#e6e3de;--muted:#b3ada5;--accent:#ff9b8f;--rule:#3d3a36;--paper:#151414;--panel:#211f1d;--focus:#8ab4f8}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:42rem;padding:0 1rem;font:1.0625rem/1.65 serif;color:var(--ink);background:var(--paper)}
a{color:inherit}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.masthead{border-bottom:3px solid var(--accent);padding:.5rem 0}
.brand{color:var(--accent);font-weight:700;font-size:1.35rem;text-decoration:none}
.breadcrumb ol{list-style:none;padding:0;margin:.75rem 0 .25rem;display:flex;flex-wrap:wrap;font-size:.9rem}
.breadcrumb li+li::before{content:'›';padding:0 .4rem;color:var(--muted)}
.article-title{font-size:1.6rem;line-height:1.4;margin:.25rem 0 .5rem}
.date-line,.other-version{color:var(--muted);font-size:.9rem;margin:0 0 .5rem}
.article-lead{font-weight:700}
.article-body h2,.article-body h3{line-height:1.35;margin:1.75rem 0 .5rem}
blockquote{margin:1.5rem 0;padding:.25rem 1rem;border-left:4px solid var(--accent);font-style:italic}
.article-figure{margin:1.5rem 0;background:var(--panel)}
.photo-link{display:block;padding:.5rem .75rem 0;font-weight:700}
.photo-placeholder{padding:.5rem .75rem 0;color:var(--muted)}
.photo-placeholder::before{content:'(Ảnh không còn)'}
figcaption{font-size:.9rem;line-height:1.5;color:var(--muted);padding:.5rem .75rem}
.table-scroll{overflow-x:auto;margin:1.5rem 0}
.body-table{border-collapse:collapse;min-width:100%;font-size:.95rem}
.body-table caption{text-align:left;font-weight:700;padding-bottom:.5rem}
.body-table th,.body-table td{border:1px solid var(--rule);padding:.35rem .5rem;text-align:left;vertical-align:top}
.body-table p{margin:0}
.gallery-list{list-style:none;padding:0;margin:0}
.embed{margin:1.5rem 0;background:var(--panel)}
.embed-title{display:block;font-weight:700}
.pull-quote{margin:2rem 0;border-top:3px solid var(--accent)}
.pull-quote blockquote{border:0;padding:0;font-size:1.2rem}
.info-box{margin:1.5rem 0;padding:.5rem 1rem;background:var(--panel);border-left:4px solid var(--accent)}
.info-box-title{font-weight:700}
.byline{text-align:right;font-weight:700;margin:1.5rem 0}
.byline-name{text-transform:uppercase;text-decoration:none}
.article-tags ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem;font-size:.9rem}
.article-tags a{display:inline-block;padding:.25rem .75rem;border:1px solid var(--rule);border-radius:999px;text-decoration:none}
.site-footer{border-top:3px solid var(--accent);margin-top:2rem;padding:1rem 0;font-size:.9rem;text-align:center}
`.trim();

const styleHash = `'sha256-${createHash('sha256').update(LITE_CSS).digest('base64')}'`;

/**
 * The lite page runs nothing and loads only its own inline stylesheet (by hash) and, on a tap, photos.
 * Lighthouse's SEO audit reads /robots.txt with a request from inside the page, which this policy
 * refuses ("unable to download a robots.txt file", SEO 92); crawlers fetch robots.txt themselves.
 */
export const LITE_CSP = [
  "default-src 'none'",
  `style-src ${styleHash}`,
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
