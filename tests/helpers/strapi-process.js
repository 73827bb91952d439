/**
 * A playground Strapi in its own process, for crash and multi-instance tests. The parent sets the
 * database env, PORT and plugin env; this process reports {ready} and answers IPC commands.
 */
const path = require('node:path');
const { removeFiles, storedUploadPaths } = require('./uploads');

const PLAYGROUND = path.resolve(__dirname, '..', '..', 'playground');
const EXPLAINER = 'plugin::conflict-explainer.explainer';

(async () => {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: PLAYGROUND, distDir: path.join(PLAYGROUND, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  await new Promise((resolve) => strapi.server.listen(Number(process.env.PORT), '127.0.0.1', resolve));
  const documentId = (await strapi.documents(EXPLAINER).findFirst({ filters: { slug: 'pokrovsk' }, status: 'draft' }))?.documentId;

  const commands = {
    async publish({ note }) {
      await strapi.documents(EXPLAINER).update({ documentId, data: { standfirst: `${note} (${process.pid})` } });
      return strapi.plugin('conflict-explainer').service('publishing').publishUpdate(documentId, { kind: 'update', publicNote: note });
    },
    async createTarget(input) {
      return strapi.plugin('conflict-explainer').service('sync').createTarget(input);
    },
    async saveAlertTarget(input) {
      return strapi.plugin('conflict-explainer').service('alerts').saveTarget(input);
    },
    /** Claims as the test sets them (dates as ISO strings). */
    async updateClaims({ where, data }) {
      return strapi.db.query('plugin::conflict-explainer.claim').updateMany({ where, data });
    },
    async claims() {
      return strapi.db.query('plugin::conflict-explainer.claim').findMany({ select: ['id', 'documentId'], orderBy: { id: 'asc' } });
    },
    async deliveries() {
      return (await strapi.plugin('conflict-explainer').service('sync').listDeliveries({ pageSize: 100 })).meta.pagination.total;
    },
    async stop() {
      // Instances sharing a database hold the same files: whichever stops first removes them.
      const uploads = await storedUploadPaths(strapi).catch(() => []);
      await strapi.destroy();
      removeFiles(uploads);
      setImmediate(() => process.exit(0));
      return true;
    },
  };
  process.on('message', async ({ id, cmd, args }) => {
    try {
      process.send({ id, result: await commands[cmd](args ?? {}) });
    } catch (error) {
      process.send({ id, error: error.message });
    }
  });
  process.send({ ready: true, pid: process.pid });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
