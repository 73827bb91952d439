import { winston, formats } from '@strapi/logger';

// Everything at this level and above (warnings and errors included) is printed.
const level = process.env.STRAPI_LOG_LEVEL || 'info';

export default {
  transports: [
    new winston.transports.Console({
      level,
      format: winston.format.combine(formats.prettyPrint({ timestamps: 'YYYY-MM-DD hh:mm:ss.SSS' })),
    }),
  ],
};
