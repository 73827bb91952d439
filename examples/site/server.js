/** Runs the reference site: http://localhost:3000/explainers/<slug> (see README, "Site integration"). */
const path = require('node:path');
const { createSite } = require('./site');

// No fallback: a committed secret would let anyone who reads the repository publish to the site.
if (!process.env.SITE_SECRET) {
  console.error('[site] SITE_SECRET is not set. Set it to the signing secret of this site\'s sync target in Strapi (whsec_...); `npm run develop` passes one.');
  process.exit(1);
}

const port = Number(process.env.SITE_PORT ?? 3000);
const { server } = createSite({
  secret: process.env.SITE_SECRET,
  dataDir: process.env.SITE_DATA_DIR ?? path.join(__dirname, 'data'),
  mediaBase: process.env.STRAPI_URL ?? 'http://localhost:1337',
  // The address readers use, for canonical and sharing links (else the request's Host).
  siteUrl: process.env.SITE_PUBLIC_URL?.replace(/\/$/, '') ?? null,
  // Strapi's default locale: served at /explainers/<slug>, the other editions at /<locale>/explainers/<slug>.
  defaultLocale: process.env.SITE_DEFAULT_LOCALE ?? 'en',
});
server.listen(port, () => console.log(`[site] reference site at http://localhost:${port}/explainers/pokrovsk`));
