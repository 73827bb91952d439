import type { Core } from '@strapi/strapi';
import { getService } from './utils';

/** Stops the alert scan and the delivery worker; a delivery in flight keeps its lease and is retried after it expires. */
const destroy = async (_: { strapi: Core.Strapi }) => {
  await getService('alerts').stop();
  await getService('sync').stop();
};

export default destroy;
