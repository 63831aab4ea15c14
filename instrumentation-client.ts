import { config } from 'zod';

// Runs before the app's own client code. The panel's Content-Security-Policy allows no eval
// (scripts/server/page-policy.mjs): zod would probe for it with Function('') on its first object schema (a CSP
// violation report in every browser) and compile parsers with it. It parses without.
config({ jitless: true });
