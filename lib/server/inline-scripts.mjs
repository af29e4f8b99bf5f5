// @ts-check
// Which inline <script> elements of a rendered page the Content-Security-Policy allows, by hash.
//
// Next.js and React put the page's data and a few runtime helpers into inline scripts whose
// text differs from page to page, so no fixed list of hashes can cover them, and nonces would
// make every page dynamic (no ISR). The portal's own server (scripts/serve.mjs) therefore hashes
// the inline scripts of each HTML page it sends. To keep the policy meaningful against injected
// markup, only scripts whose whole text has a shape Next.js or React produce, or that is one of
// the site's own constant scripts, get a hash: any other <script> in a page is refused by the
// browser.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;
const TYPE_ATTRIBUTE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
/** Types a browser executes; anything else (JSON-LD, …) is data and needs no hash. */
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript', 'application/ecmascript']);

// A string literal as React and Next.js write it into a page: JSON-escaped, with no raw "<".
const STRING = String.raw`"(?:[^"\\<\n]|\\.)*"`;
const CHUNK_PATH = String.raw`"static/chunks/[\w.~-]+\.(?:js|css)"`;
const ARGUMENT = String.raw`(?:${STRING}|-?\d+|null|\[(?:[^\]<]|\](?!\)))*\])`;

const FLIGHT_START = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT_PUSH = /^self\.__next_f\.push\(([\s\S]*)\);?$/;

/**
 * Flight data: `(self.__next_f=self.__next_f||[]).push([0])`, then pushes whose argument is a
 * JSON array starting with a number (`[1,"…"]`, `[2,[{…form state…}]]`). The argument is
 * parsed as JSON, so a script that passes is data handed to React, never code.
 * @param {string} text
 */
function isFlightData(text) {
  let rest = text;
  if (rest.startsWith(FLIGHT_START)) rest = rest.slice(FLIGHT_START.length).replace(/^;/, '');
  if (rest === '') return text !== '';
  const push = FLIGHT_PUSH.exec(rest);
  if (!push) return false;
  try {
    const chunk = JSON.parse(push[1] ?? '');
    return Array.isArray(chunk) && typeof chunk[0] === 'number';
  } catch {
    return false;
  }
}

/** Turbopack's bootstrap: which chunks the page needs. */
const TURBOPACK_BOOTSTRAP = new RegExp(
  String.raw`^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{"otherChunks":\[(?:${CHUNK_PATH}(?:,${CHUNK_PATH})*)?\],"runtimeModuleIds":\[\d+(?:,\d+)*\]\}\);?$`,
);

/** React's streaming instructions: `$RC("B:0","S:0")`, `$RX("B:1","digest")`, … */
const REACT_CALLS = new RegExp(String.raw`^(?:\$R[A-Z]{1,2}\(${ARGUMENT}(?:,${ARGUMENT})*\);?)+$`);

/** How React's constant inline scripts start in its server build's source. */
const REACT_SCRIPT_PREFIXES = ['$R', 'requestAnimationFrame(function(){$RT', 'addEventListener("submit"'];

/**
 * The string literals of a JavaScript source that start with one of `prefixes`, unescaped.
 * @param {string} source
 * @param {readonly string[]} prefixes
 */
function stringLiterals(source, prefixes) {
  const found = [];
  for (const quote of ["'", '"']) {
    for (const prefix of prefixes) {
      const opening = quote + prefix;
      for (let at = source.indexOf(opening); at !== -1; at = source.indexOf(opening, at + 1)) {
        let text = '';
        let i = at + 1;
        for (; i < source.length && source[i] !== quote && source[i] !== '\n'; i += 1) {
          if (source[i] === '\\') {
            const next = source[i + 1] ?? '';
            text += next === 'n' ? '\n' : next;
            i += 1;
          } else {
            text += source[i];
          }
        }
        if (source[i] === quote) found.push(text);
      }
    }
  }
  return found;
}

/**
 * React's constant inline scripts ("$RC=function(…){…};", the form replay listener, …), read
 * from the React DOM server builds that Next.js ships, so that they stay right when React
 * changes.
 * @returns {{ definitions: string[], whole: string[] }}
 */
function reactRuntimeScripts() {
  const require = createRequire(import.meta.url);
  const definitions = new Set();
  const whole = new Set();
  for (const channel of ['react-dom', 'react-dom-experimental']) {
    for (const build of ['react-dom-server.node.production.js', 'react-dom-server.edge.production.js']) {
      let source;
      try {
        source = readFileSync(require.resolve(`next/dist/compiled/${channel}/cjs/${build}`), 'utf8');
      } catch {
        continue;
      }
      for (const literal of stringLiterals(source, REACT_SCRIPT_PREFIXES)) {
        if (literal.startsWith('addEventListener(')) {
          whole.add(literal);
          continue;
        }
        // A literal may end with the start of the call that follows it ('…};$RS("'); keep the definitions.
        const definition = literal.replace(/;*\$R[A-Z]{1,2}\("$/, ';').replace(/;;+$/, ';');
        if (/=function\(|=\[\]|=new Map|performance\.now/.test(definition)) definitions.add(definition);
      }
    }
  }
  return { definitions: [...definitions].sort((a, b) => b.length - a.length), whole: [...whole] };
}

/**
 * Makes the function that lists the CSP source expressions ('sha256-…') for the inline scripts
 * of a page, and the number of inline scripts it left out because no known shape matched them,
 * with the start of the first one (for the server log).
 * @param {{ exactScripts?: readonly string[] }} [options] the site's own constant inline scripts
 * @returns {(html: string) => { hashes: string[], refused: number, sample?: string }}
 */
export function createInlineScriptHasher({ exactScripts = [] } = {}) {
  const { definitions, whole } = reactRuntimeScripts();
  const exact = new Set([...exactScripts, ...whole]);

  /** @param {string} text */
  function isReactRuntime(text) {
    let rest = text;
    for (let changed = true; changed && rest; ) {
      changed = false;
      for (const definition of definitions) {
        if (rest.startsWith(definition)) {
          rest = rest.slice(definition.length).replace(/^;+/, '');
          changed = true;
        }
      }
    }
    return rest === '' ? text !== '' : REACT_CALLS.test(rest);
  }

  /** @param {string} text */
  const trusted = (text) => exact.has(text) || isFlightData(text) || TURBOPACK_BOOTSTRAP.test(text) || isReactRuntime(text);

  return (html) => {
    const hashes = new Set();
    let refused = 0;
    /** @type {string | undefined} */
    let sample;
    for (const match of html.matchAll(SCRIPT_ELEMENT)) {
      const attributes = match[1] ?? '';
      const text = match[2] ?? '';
      if (SRC_ATTRIBUTE.test(attributes) || !isExecutable(attributes)) continue;
      if (!trusted(text)) {
        refused += 1;
        sample ??= text.slice(0, 120);
        continue;
      }
      hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
    }
    return sample === undefined ? { hashes: [...hashes], refused } : { hashes: [...hashes], refused, sample };
  };
}

/** @param {string} attributes */
function isExecutable(attributes) {
  const type = TYPE_ATTRIBUTE.exec(attributes);
  const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
  return EXECUTABLE_TYPES.has(value);
}
