import { z } from "zod";

/**
 * The app's zod, for the schemas the browser runs too. zod 4 compiles object parsers with `new Function` when
 * it may; under the pages' Content-Security-Policy (no 'unsafe-eval', proxy.ts) its first probe for that shows
 * up as a CSP violation report in every form page. jitless parses the same way without eval, so nothing probes.
 */
z.config({ jitless: true });

export { z };
