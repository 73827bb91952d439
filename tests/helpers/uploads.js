/**
 * Test runs seed and upload images into the playground's (gitignored) public/uploads: each Strapi a
 * test starts removes the files its own database holds when it stops, and no others (runs side by
 * side each keep their own). CommonJS, for the forked test processes as well as the jest suites.
 */
const fs = require('node:fs');
const path = require('node:path');

const UPLOADS_DIR = path.resolve(__dirname, '..', '..', 'playground', 'public', 'uploads');

/** The `/uploads/…` URLs of media library files (originals and formats) → paths in the uploads folder. */
const uploadPathsOf = (files) =>
  files
    .flatMap((file) => {
      const formats = typeof file.formats === 'string' ? JSON.parse(file.formats) : file.formats || {};
      return [file.url, ...Object.values(formats).map((format) => format && format.url)];
    })
    .filter((url) => typeof url === 'string' && url.startsWith('/uploads/'))
    .map((url) => path.join(UPLOADS_DIR, path.basename(url)));

/** The files a running Strapi's media library has on disk. */
const storedUploadPaths = async (strapi) => uploadPathsOf(await strapi.db.query('plugin::upload.file').findMany({ select: ['url', 'formats'] }));

const removeFiles = (paths) => {
  for (const file of new Set(paths)) fs.rmSync(file, { force: true });
};

module.exports = { UPLOADS_DIR, uploadPathsOf, storedUploadPaths, removeFiles };
