/**
 * Content-Security-Policy for the built site. Inline scripts are allowed only by the hash of their
 * exact text, computed from the built HTML, so nothing injected into a page can run.
 */
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of every inline script and style element of a page. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map((m) => sha256(m[1]));
  const styles = [...html.matchAll(INLINE_STYLE)].map((m) => sha256(m[1]));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/**
 * The policy. Pagefind needs WebAssembly (`'wasm-unsafe-eval'`) and fetches its index from this
 * site; chart.js draws on a canvas and needs nothing more.
 */
export function buildPolicy(hashes: { scripts: string[]; styles: string[] }, forHeader = false): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.scripts.join(' ')}`.trim(),
    `style-src 'self' ${hashes.styles.join(' ')}`.trim(),
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
export function injectCspMeta(html: string, hashes = inlineHashes(html)): string {
  const policy = buildPolicy(hashes);
  return html.replace(/<head>/i, `<head><meta http-equiv="content-security-policy" content="${policy.replace(/"/g, '&quot;')}">`);
}

/** A `_headers` file (Netlify, Cloudflare Pages) with the same policy for every page. */
export function headersFile(allHashes: { scripts: string[]; styles: string[] }): string {
  return `/*\n  Content-Security-Policy: ${buildPolicy(allHashes, true)}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`;
}
