import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { defaultLocale } from './locales';

/**
 * Revisions, readers' heads, restores and sync deliveries recorded before editions existed carry no
 * locale: they are the default edition's (Strapi's own migration files the content rows under it the
 * same way).
 * Runs at every boot; after the first it finds nothing to do.
 */
export const fileUnlocalizedHistoryUnderDefaultLocale = async (strapi: Core.Strapi) => {
  const locale = await defaultLocale(strapi);
  for (const uid of [UID.REVISION, UID.PUBLICATION, UID.ACTIVITY]) {
    await strapi.db.query(uid).updateMany({ where: { locale: null }, data: { locale } });
  }
  // Deliveries queued before editions went out for the default edition only (alerts have none).
  await strapi.db.query(UID.SYNC_DELIVERY).updateMany({ where: { locale: null, kind: { $ne: 'alert' } }, data: { locale } });
};
