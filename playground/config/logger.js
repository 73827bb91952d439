const { winston, formats: { prettyPrint, levelFilter } } = require('@strapi/logger');

module.exports = {
  transports: [
    new winston.transports.Console({
      level: process.env.STRAPI_LOG_LEVEL || 'info',
      format: winston.format.combine(levelFilter(process.env.STRAPI_LOG_LEVEL || 'info'), prettyPrint({ timestamps: 'YYYY-MM-DD hh:mm:ss.SSS' })),
    }),
  ],
};
