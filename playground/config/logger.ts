import { winston, formats } from '@strapi/logger';

const level = process.env.STRAPI_LOG_LEVEL || 'info';

export default {
  transports: [
    new winston.transports.Console({
      level,
      format: winston.format.combine(formats.levelFilter(level), formats.prettyPrint({ timestamps: 'YYYY-MM-DD hh:mm:ss.SSS' })),
    }),
  ],
};
