import { XSS_PAYLOADS } from '../../e2e/helpers/xss-payloads';

// ~200 script-injection strings: the e2e list (OWASP evasion and mutation XSS), every common
// element × event handler pairing, and hostile link targets in the encodings browsers decode.

const ELEMENTS = ['img src=x', 'svg', 'body', 'video src=x', 'audio src=x', 'iframe src=x', 'input autofocus', 'details open', 'select autofocus', 'marquee', 'object data=x', 'embed src=x', 'math', 'a href=#', 'div tabindex=1', 'textarea autofocus', 'style', 'button autofocus', 'form', 'frameset'];
const HANDLERS = ['onerror', 'onload', 'onfocus', 'onmouseover', 'ontoggle', 'onanimationstart', 'onpointerenter'];

const GENERATED = ELEMENTS.flatMap((element) =>
  HANDLERS.map((handler, i) => {
    const tag = element.split(' ')[0]!;
    const call = ['alert(1)', 'alert`1`', 'confirm(1)', 'prompt(1)', 'top["al"+"ert"](1)', 'window.onerror=alert;throw 1', 'eval(atob("YWxlcnQoMSk="))'][i]!;
    return `<${element} ${handler}=${i % 2 ? `"${call}"` : call}>${tag === 'img' || tag === 'input' ? '' : `x</${tag}>`}`;
  }),
);

/** Link targets that must never be stored as a link (or must be stored inert). */
export const HOSTILE_HREFS = [
  'javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'java\rscript:alert(1)',
  '\u0000javascript:alert(1)', 'javascript&colon;alert(1)', '&#106;avascript:alert(1)', '&#x6A;avascript:alert(1)', 'jav&#x09;ascript:alert(1)',
  'javascript://%0aalert(1)', 'javascript:%61lert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data:image/svg+xml,<svg onload=alert(1)>', 'livescript:alert(1)',
  'jar:javascript:alert(1)', 'feed:javascript:alert(1)', '//evil.example/x.js', '\\\\evil.example', 'file:///etc/passwd', 'blob:http://x/1',
  'x" onmouseover="alert(1)', "x' onclick='alert(1)", 'https://ok.example/"><script>alert(1)</script>', 'javascript\u2028:alert(1)',
];

export const XSS_CORPUS = [...XSS_PAYLOADS, ...GENERATED];
