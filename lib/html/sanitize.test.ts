import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from './sanitize';

// Payloads from the usual XSS cheat sheets: script in every disguise, event handlers,
// dangerous URL schemes (with entities, whitespace and case tricks), SVG and MathML,
// embedded documents, CSS, and broken markup that relies on parser confusion.
const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/xss.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</script>',
  '<script>/*</script><img src=x onerror=alert(1)>*/',
  '<img src=x onerror=alert(1)>',
  '<img src=x onerror="alert(1)" alt="a">',
  '<img """><script>alert(1)</script>">',
  '<img src="javascript:alert(1)">',
  '<img src=" javascript:alert(1)">',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<img src=x:alert(alt) onerror=eval(src) alt=0>',
  '<img srcset="x 1x, javascript:alert(1) 2x">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '<a href=" &#14; javascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="//evil.example">x</a>',
  '<a href="x" onmouseover="alert(1)">x</a>',
  '<a href="https://example.vn" style="position:fixed;inset:0">x</a>',
  '<p onclick="alert(1)">x</p>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<body onload=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<input onfocus=alert(1) autofocus>',
  '<select onfocus=alert(1) autofocus>',
  '<textarea onfocus=alert(1) autofocus>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<audio src=x onerror=alert(1)>',
  '<marquee onstart=alert(1)>',
  '<style>@import "javascript:alert(1)";</style>',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<div style="width:expression(alert(1))">x</div>',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '<td background="javascript:alert(1)">x</td>',
  '<img src=`x`onerror=alert(1)>',
  '<img/src="x"/onerror=alert(1)>',
  '<img src="x" onerror  =  alert(1)>',
  '<<img src=x onerror=alert(1)//<',
  '<a href="https://x.example"<img src=x onerror=alert(1)>>x</a>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<p>ok</p><script>document.cookie</script>',
  '<isindex action="javascript:alert(1)" type=image>',
  '<xss onafterscriptexecute=alert(1)><script>1</script>',
  '<a href="https://example.vn" target="_blank">x</a>',
  '<h1 onclick="alert(1)">x</h1>',
  '<blockquote cite="javascript:alert(1)">x</blockquote>',
];

const ALLOWED_TAGS = new Set([
  'p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'mark', 'ul', 'ol', 'li', 'blockquote',
  'a', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'hr', 'code', 'pre',
]);
const URL_ATTRIBUTES = new Set(['href', 'src']);

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every tag and attribute in sanitised output (which sanitize-html always writes in one regular form). */
function elementsOf(html: string): { tag: string; attributes: [string, string][] }[] {
  const elements = [];
  for (const match of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attributes = [...match[2].matchAll(/\s+([^\s=>/]+)(?:="([^"]*)")?/g)].map(
      (a) => [a[1].toLowerCase(), decodeEntities(a[2] ?? '')] as [string, string],
    );
    elements.push({ tag: match[1].toLowerCase(), attributes });
  }
  return elements;
}

describe('sanitizeArticleHtml', () => {
  it.each(XSS_PAYLOADS)('leaves nothing executable in %s', (payload) => {
    const clean = sanitizeArticleHtml(payload);
    // Whatever is left that looks like a tag must be one we allow, written as a tag.
    const stripped = clean.replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g, '');
    expect(stripped).not.toMatch(/<[a-zA-Z!/?]/);
    for (const { tag, attributes } of elementsOf(clean)) {
      expect(ALLOWED_TAGS.has(tag), `tag <${tag}>`).toBe(true);
      for (const [name, value] of attributes) {
        expect(name.startsWith('on'), `attribute ${name}`).toBe(false);
        expect(['style', 'srcset', 'srcdoc', 'background', 'formaction', 'xlink:href', 'cite']).not.toContain(name);
        if (URL_ATTRIBUTES.has(name)) {
          // eslint-disable-next-line no-control-regex
          const normalised = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
          // A scheme is what comes before the first ":" that precedes any "/", "?" or "#".
          const scheme = /^([^/?#]*?):/.exec(normalised)?.[1];
          if (scheme !== undefined) expect(['http', 'https', 'mailto', 'tel'], `${name}="${value}"`).toContain(scheme);
          expect(normalised.startsWith('//'), `${name}="${value}"`).toBe(false);
        }
      }
    }
  });

  it('keeps the formatting the editor produces', () => {
    const html =
      '<h2>Tiêu đề</h2><p><strong>Đậm</strong> <em>nghiêng</em> <a href="https://example.vn/a?b=1&amp;c=2">liên kết</a></p>' +
      '<ul><li><p>một</p></li></ul><ol start="3"><li><p>hai</p></li></ol><blockquote><p>trích</p></blockquote>' +
      '<table><tbody><tr><th colspan="2" rowspan="1"><p>Ô</p></th></tr><tr><td colspan="1" rowspan="1"><p>1</p></td></tr></tbody></table>' +
      '<p><img src="/media/uploads/a.webp" alt="Ảnh" width="800" height="600" /></p>';
    const clean = sanitizeArticleHtml(html);
    for (const part of ['<h2>Tiêu đề</h2>', '<strong>Đậm</strong>', '<em>nghiêng</em>', 'href="https://example.vn/a?b=1&amp;c=2"', '<ol start="3">', '<blockquote>', '<th colspan="2" rowspan="1">', 'src="/media/uploads/a.webp"', 'alt="Ảnh"']) {
      expect(clean).toContain(part);
    }
  });

  it('lazy-loads images in the body and protects the opener of new-tab links', () => {
    expect(sanitizeArticleHtml('<img src="/media/x.png" alt="x">')).toBe('<img src="/media/x.png" alt="x" loading="lazy" decoding="async" />');
    expect(sanitizeArticleHtml('<a href="https://example.vn" target="_blank">x</a>')).toBe(
      '<a href="https://example.vn" target="_blank" rel="noopener noreferrer">x</a>',
    );
  });
});
