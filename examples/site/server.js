/** Runs the reference site: http://localhost:3000/explainers/<slug> (see README, "Site integration"). */
const path = require('node:path');
const { createSite } = require('./site');

// The playground's development secret (playground/src/sync-target.ts); a real site sets SITE_SECRET.
const DEV_SECRET = 'whsec_cGxheWdyb3VuZC1yZWZlcmVuY2Utc2l0ZS1zZWNyZXQ=';

const port = Number(process.env.SITE_PORT ?? 3000);
const { server } = createSite({
  secret: process.env.SITE_SECRET ?? DEV_SECRET,
  dataDir: process.env.SITE_DATA_DIR ?? path.join(__dirname, 'data'),
  mediaBase: process.env.STRAPI_URL ?? 'http://localhost:1337',
  // The address readers use, for canonical and sharing links (else the request's Host).
  siteUrl: process.env.SITE_PUBLIC_URL?.replace(/\/$/, '') ?? null,
});
server.listen(port, () => console.log(`[site] reference site at http://localhost:${port}/explainers/pokrovsk`));
