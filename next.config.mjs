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
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
