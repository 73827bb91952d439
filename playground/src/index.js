const { seedPokrovsk } = require('./seed');
const { ensureDevelopmentAdmin } = require('./dev-admin');

module.exports = {
  register() {},
  async bootstrap({ strapi }) {
    if (process.env.PLAYGROUND_SEED !== 'false') await seedPokrovsk(strapi);
    await ensureDevelopmentAdmin(strapi);
  },
};
