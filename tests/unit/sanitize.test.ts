/**
 * The one DOMPurify wrapper (src/sanitize.ts). Payloads are data: a new
 * attack is a new row.
 */
import { describe, expect, it } from 'vitest';
import { renderHtml, sanitizeHtml, sanitizeToBody } from '../../src/sanitize';

/** Each payload with what must not survive it. */
const PAYLOADS: { name: string; html: string; absent: RegExp }[] = [
  { name: 'script element', html: '<p>a</p><script>alert(1)</script>', absent: /<script|alert/ },
  { name: 'inline handler', html: '<img src="x.png" onerror="alert(1)">', absent: /onerror|alert/ },
  { name: 'javascript: link', html: '<a href="javascript:alert(1)">x</a>', absent: /javascript:/i },
  { name: 'entity-encoded javascript: link', html: '<a href="jav&#x09;ascript:alert(1)">x</a>', absent: /alert/ },
  { name: 'data: HTML link', html: '<a href="data:text/html,<script>alert(1)</script>">x</a>', absent: /data:text\/html/ },
  { name: 'svg onload', html: '<svg onload="alert(1)"><circle r="1"/></svg>', absent: /onload|<svg/ },
  { name: 'iframe srcdoc', html: '<iframe srcdoc="<script>alert(1)</script>"></iframe>', absent: /iframe|srcdoc/ },
  { name: 'object embed', html: '<object data="evil.swf"></object><embed src="evil.swf">', absent: /object|embed/ },
  { name: 'form and input', html: '<form action="https://evil.example"><input name="pw"><button>Go</button></form>', absent: /form|input|button/ },
  { name: 'style element', html: '<style>body{display:none}</style><p>a</p>', absent: /<style|display:none/ },
  { name: 'style attribute', html: '<p style="position:fixed;inset:0;background:url(https://evil.example/t.png)">a</p>', absent: /style=|evil/ },
  { name: 'meta refresh', html: '<meta http-equiv="refresh" content="0;url=https://evil.example">', absent: /meta|refresh/ },
  { name: 'base href', html: '<base href="https://evil.example/"><a href="x">x</a>', absent: /<base/ },
  { name: 'id clobbering the popup', html: '<p id="title">x</p><img name="status">', absent: /id=|name=/ },
  { name: 'class and data attributes', html: '<p class="x" data-track="1">x</p>', absent: /class=|data-track/ },
  { name: 'mXSS through noscript', html: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', absent: /onerror|alert/ },
  { name: 'template content', html: '<template><img src=x onerror=alert(1)></template>', absent: /onerror|template/ },
  { name: 'math namespace confusion', html: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', absent: /onerror/ },
];

describe('sanitizeHtml', () => {
  it.each(PAYLOADS)('neutralises $name', ({ html, absent }) => {
    expect(sanitizeHtml(html, window)).not.toMatch(absent);
  });

  it('keeps what an article is made of', () => {
    const html =
      '<h2>Head</h2><p>Text with <a href="https://example.com/a">a link</a>, <em>em</em> and <strong>strong</strong>.</p>' +
      '<ul><li>one</li></ul><ol><li>two</li></ol><blockquote><p>quote</p></blockquote>' +
      '<figure><img src="https://example.com/i.png" alt="An image"><figcaption>Caption</figcaption></figure>' +
      '<table><tr><th>h</th></tr><tr><td>d</td></tr></table><pre><code>code</code></pre>';
    const body = sanitizeToBody(html, window);
    for (const tag of ['h2', 'p', 'a', 'em', 'strong', 'ul', 'ol', 'li', 'blockquote', 'figure', 'img', 'figcaption', 'table', 'th', 'td', 'pre', 'code']) {
      expect(body.querySelector(tag), tag).not.toBeNull();
    }
    expect(body.querySelector('img')?.getAttribute('src')).toBe('https://example.com/i.png');
    expect(body.querySelector('img')?.getAttribute('alt')).toBe('An image');
  });

  it('opens links in a new tab without opener or referrer', () => {
    const a = sanitizeToBody('<a href="https://example.com/">x</a>', window).querySelector('a');
    expect(a?.getAttribute('target')).toBe('_blank');
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('sends no referrer for images and drops srcset', () => {
    const img = sanitizeToBody('<img src="https://example.com/a.png" srcset="https://evil.example/b.png 2x">', window).querySelector('img');
    expect(img?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(img?.hasAttribute('srcset')).toBe(false);
  });

  it('works from a node without changing it', () => {
    const div = document.createElement('div');
    const p = document.createElement('p');
    p.setAttribute('onclick', 'alert(1)');
    p.textContent = 'kept';
    div.append(p);
    expect(sanitizeToBody(div, window).innerHTML).toBe('<div><p>kept</p></div>');
    expect(p.getAttribute('onclick')).toBe('alert(1)');
  });
});

describe('renderHtml', () => {
  it.each(PAYLOADS)('renders $name harmlessly', ({ html, absent }) => {
    const target = document.createElement('div');
    renderHtml(target, html);
    expect(target.innerHTML).not.toMatch(absent);
  });

  it('replaces what was there', () => {
    const target = document.createElement('div');
    target.textContent = 'old';
    renderHtml(target, '<p>new</p>');
    expect(target.innerHTML).toBe('<p>new</p>');
  });

  it('fetches no images in text mode: they become their description', () => {
    const target = document.createElement('div');
    renderHtml(target, '<p>a</p><img src="https://example.com/a.png" alt="A chart"><img src="b.png">', { images: 'text' });
    expect(target.querySelector('img')).toBeNull();
    expect(target.textContent).toBe('a[A chart]');
    expect(target.querySelectorAll('[role="img"]')).toHaveLength(2);
  });

  it('leaves the image mode as it was for the next call', () => {
    const target = document.createElement('div');
    renderHtml(target, '<img src="a.png" alt="x">', { images: 'text' });
    renderHtml(target, '<img src="a.png" alt="x">');
    expect(target.querySelector('img')?.getAttribute('src')).toBe('a.png');
  });
});
