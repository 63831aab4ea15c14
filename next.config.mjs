/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite ships WASM and data files next to its JS; the postgres driver uses Node sockets. Both stay outside the bundle.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres'],
  typedRoutes: false,
  experimental: {
    // The panel's server (scripts/server.mjs) refuses larger bodies before Next reads them; keep both equal.
    serverActions: { bodySizeLimit: '2mb' },
    // Fewer, larger script chunks (11 instead of 23 on the overview; sizes here are of unminified code, about 5x the
    // minified). A new document's preload scan and script start cost the browser about 0.3 ms per chunk before the
    // parser reaches the content; the panel's users come back every day, so the larger chunks are cached once.
    // Measured in `npm run bench -- portfolio` (1,000 domains, interleaved with the build before): list first row
    // 116 -> 95 ms; domain page by URL 118 -> 95 ms (with its lower sections already rendered after the first bytes).
    turbopackChunking: { maxChunkCountPerGroup: 5, minChunkSize: 1_000_000, requestCost: 1_000_000 },
  },
  // Fixed security headers on every response. The Content-Security-Policy (with a per-request nonce) and HSTS (when
  // PANEL_URL is https) come from the panel's server (scripts/server/page-policy.mjs, request-guard.mjs).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          // Public pages carry keys in their URLs (/invite/…, /verify?key=…): no page of ours hands its path or
          // query on, not even to this origin. Not no-referrer: with it a browser sends `Origin: null` on a form
          // post, and Next refuses a server action posted without JavaScript (the sign-in form) as cross-site.
          { key: 'Referrer-Policy', value: 'strict-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
