/**
 * Astro escapes only `&` and `"` in attribute values, so a headline such as `Lai Châu <script>…` stands
 * in `<meta content="…">` with its brackets. A browser reads that as text, but any tool that scans
 * the HTML (a crawler, a regex, a later pass of ours) may read a tag. Every page leaves the build
 * with `<` and `>` written as `&lt;` and `&gt;` inside attribute values.
 */

// A start tag whose attributes are all double-quoted or bare, the only shapes Astro and Sätteri write;
// a value may hold `<` and `>`.
const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const VALUE_WITH_BRACKETS = /="([^"]*[<>][^"]*)"/g;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/**
 * The page with `<` and `>` escaped in every attribute value. Text is left as it is: the renderers
 * escape brackets in text already, and the contents of `<script>`, `<style>`, `<textarea>` and
 * `<title>` are raw text that is skipped whole.
 */
export function escapeAttributeBrackets(html: string): string {
  let out = '';
  let from = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    START_TAG.lastIndex = at;
    const tag = START_TAG.exec(html);
    if (!tag) continue;
    const end = START_TAG.lastIndex;
    if (/[<>]/.test(tag[2])) {
      const attributes = tag[2].replace(VALUE_WITH_BRACKETS, (_m, v: string) => `="${v.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`);
      out += `${html.slice(from, at)}<${tag[1]}${attributes}${html.slice(at + 1 + tag[1].length + tag[2].length, end)}`;
      from = end;
    }
    at = end - 1;
    const name = tag[1].toLowerCase();
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = end;
      if (!close.exec(html)) break;
      at = close.lastIndex - name.length - 2;
    }
  }
  return from === 0 ? html : out + html.slice(from);
}
