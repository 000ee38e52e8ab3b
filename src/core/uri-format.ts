// The "uri" format of mcp.yaml's schema (a server's url): ajv-formats' check, which is one regular expression
// of RFC 3986 some 2,000 characters long. V8 compiles a regular expression the first time it runs, and that
// one costs about 2.5 ms: more than validating a ten-server mcp.yaml takes. The usual url (http or https, a
// host name, a port, a path and a query of plain characters) matches a small expression whose every match
// the RFC's matches too (a subset of its reg-name, port, path segments, query and fragment), so the RFC's
// runs only for anything else. The same answer either way (test/schema/uri-format.test.ts).
import { fullFormats } from 'ajv-formats/dist/formats.js';

/** http(s)://host[:port][/path][?query][#fragment] of characters RFC 3986 takes there without escapes. */
const PLAIN_URL =
  /^https?:\/\/[a-z0-9.-]+(?::\d+)?(?:\/[a-z0-9\-._~!$&'()*+,;=:@]*)*(?:\?[a-z0-9\-._~!$&'()*+,;=:@/?]*)?(?:#[a-z0-9\-._~!$&'()*+,;=:@/?]*)?$/i;

export function uriFormat(value: string): boolean {
  // (ajv-formats is read here, not when this module loads: the bundle loads it on first use)
  return PLAIN_URL.test(value) || (fullFormats.uri as (value: string) => boolean)(value);
}
