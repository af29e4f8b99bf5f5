import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { APPLY_READING_PREFERENCES_SCRIPT } from '@/lib/reading/apply-preferences-script.mjs';
import { createInlineScriptHasher } from './inline-scripts.mjs';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const hash = createInlineScriptHasher({ exactScripts: [APPLY_READING_PREFERENCES_SCRIPT] });

describe('inline script hashes for the Content-Security-Policy', () => {
  it("hashes Next.js's flight data, its Turbopack bootstrap and the site's own script", () => {
    const scripts = [
      '(self.__next_f=self.__next_f||[]).push([0])',
      'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[1,[\\"x\\"],\\"default\\"]\\n"])',
      // a form's state after a post without JavaScript
      '(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,[{"ok":false,"message":"Thông tin chưa hợp lệ."},"k1"]])',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/3er5ae06u06qx.js","static/chunks/a_b.css"],"runtimeModuleIds":[94553]});',
      APPLY_READING_PREFERENCES_SCRIPT,
    ];
    const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script>${scripts.map((s) => `<script>${s}</script>`).join('')}</head></html>`;
    const result = hash(html);
    expect(result.refused).toBe(0);
    expect(result.hashes.sort()).toEqual(scripts.map(hashOf).sort());
  });

  it("hashes React's streaming runtime and its instructions", () => {
    const result = hash('<script>$RC("B:0","S:0")</script><script>$RX("B:1","digest-1")</script>');
    expect(result).toEqual({ hashes: [hashOf('$RC("B:0","S:0")'), hashOf('$RX("B:1","digest-1")')], refused: 0 });
  });

  it("hashes React's form replay script (a form whose action is a client function, before hydration)", () => {
    // as React 19.3 writes it; read from React's own build, so it follows React's updates
    const formReplay = "addEventListener(\"submit\",function(a){if(!a.defaultPrevented){var b=a.target,d=a.submitter,c=b.action,e=d;if(d){var f=d.getAttribute(\"formAction\");null!=f&&(c=f,e=null)}\"javascript:throw new Error('React form unexpectedly submitted.')\"===c&&(a.preventDefault(),a=new FormData(b,e),c=b.ownerDocument||b,(c.$$reactFormReplay=c.$$reactFormReplay||[]).push(b,d,a))}});";
    expect(hash(`<script>${formReplay}</script>`)).toEqual({ hashes: [hashOf(formReplay)], refused: 0 });
    expect(hash(`<script>${formReplay}alert(1)</script>`).refused).toBe(1);
  });

  it('gives no hash to a script of any other shape, even one dressed up as a Next.js script', () => {
    const injected = [
      'alert(1)',
      'self.__next_f.push([1,"a"]);alert(1)',
      'self.__next_f.push([1,"a"]),alert(1)',
      'self.__next_f.push([alert(1)])',
      '(self.__next_f=self.__next_f||[]).push([0]);alert(1)',
      '$RC=function(){alert(1)};$RC("B:0")',
      '$RC("B:0",alert(1))',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["https://evil.example/x.js"],"runtimeModuleIds":[1]});',
      `${APPLY_READING_PREFERENCES_SCRIPT};alert(1)`,
      '',
    ];
    const result = hash(injected.map((s) => `<script>${s}</script>`).join(''));
    expect(result).toMatchObject({ hashes: [], refused: injected.length, sample: "alert(1)" });
  });

  it('leaves external scripts and data blocks (JSON-LD) alone', () => {
    const result = hash('<script src="/x.js"></script><script type="application/ld+json">{"a":1}</script><SCRIPT TYPE="module">alert(1)</SCRIPT>');
    expect(result).toMatchObject({ hashes: [], refused: 1 });
  });
});
