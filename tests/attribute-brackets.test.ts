import { describe, expect, it } from 'vitest';
import { escapeAttributeBrackets } from '../src/lib/site/attribute-brackets.ts';

describe('escapeAttributeBrackets', () => {
  it('escapes brackets in attribute values of every tag', () => {
    const html =
      '<head><meta property="og:title" content="Lai Châu <script>alert(1)</script>: y tế"><title>Lai Châu &lt;script&gt;</title></head><body><a href="/x" aria-label="a > b">x</a></body>';
    expect(escapeAttributeBrackets(html)).toBe(
      '<head><meta property="og:title" content="Lai Châu &lt;script&gt;alert(1)&lt;/script&gt;: y tế"><title>Lai Châu &lt;script&gt;</title></head><body><a href="/x" aria-label="a &gt; b">x</a></body>',
    );
  });

  it('an unclosed <script> in an attribute cannot swallow the next script', () => {
    const html = '<meta content="x <script> y"><script>theme()</script><p data-x="<b>">t</p>';
    expect(escapeAttributeBrackets(html)).toBe('<meta content="x &lt;script&gt; y"><script>theme()</script><p data-x="&lt;b&gt;">t</p>');
  });

  it('leaves script and style contents, text, comments and pages without brackets in values alone', () => {
    const html =
      '<!doctype html><html><script>if (a < b && c > d) x("<p title=\\"<\\">")</script><style>a>b{}</style><!-- <x> --><p>1 &lt; 2</p><br/><input disabled></html>';
    expect(escapeAttributeBrackets(html)).toBe(html);
  });
});
