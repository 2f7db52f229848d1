/**
 * Content-Security-Policy for the built site. The only inline script is the project's theme snippet
 * below; its hash is computed from this source, never from rendered HTML, so nothing a content file
 * or a seed puts into a page (a `<script>` in an attribute, text that looks like one) can be hashed
 * into the policy. Every other script is a bundled file of the site (`'self'`): astro.config.mjs
 * turns off the inlining of small bundled scripts.
 */
import { createHash } from 'node:crypto';

/**
 * Sets the reader's chosen theme before the page paints (no flash of the wrong theme); rendered by
 * `Base.astro` with `set:html`, so the bytes served are exactly these.
 */
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}";

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of the inline scripts the project ships: known when the code is, the same on every page. */
export const PROJECT_SCRIPT_HASHES: readonly string[] = [sha256(THEME_SCRIPT)];

/**
 * The policy. Pagefind needs WebAssembly (`'wasm-unsafe-eval'`) and fetches its index from this
 * site; chart.js draws on a canvas and needs nothing more. Styles are files only.
 */
export function buildPolicy(forHeader = false): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${PROJECT_SCRIPT_HASHES.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  // frame-ancestors is ignored in a meta tag, so it only goes in the header file.
  if (forHeader) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** Adds the policy as the first element of `<head>`, before any script can run. */
export function injectCspMeta(html: string): string {
  return html.replace(/<head>/i, `<head><meta http-equiv="content-security-policy" content="${buildPolicy().replace(/"/g, '&quot;')}">`);
}

/** Folders whose file names carry a content hash: a file there never changes, so browsers keep it a year. */
export const IMMUTABLE_FOLDERS = ['_astro', 'pagefind/fragment', 'pagefind/index'] as const;

/**
 * A `_headers` file (Netlify, Cloudflare Pages) with the same policy for every page, and long caching
 * for hashed files. `base` is the sub-path the site is served from (`/` or `/duong-dan/`).
 */
export function headersFile(base = '/'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const immutable = IMMUTABLE_FOLDERS.map((f) => `${prefix}${f}/*\n  Cache-Control: public, max-age=31536000, immutable\n`).join('');
  return `${prefix}*\n  Content-Security-Policy: ${buildPolicy(true)}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n${immutable}`;
}
