import type { Core } from '@strapi/strapi';
import { createPublishing } from '../publishing';

/** The publish pipeline (server/src/publishing) as a plugin service, for controllers, middlewares and scripts. */
export default ({ strapi }: { strapi: Core.Strapi }) => createPublishing(strapi);
