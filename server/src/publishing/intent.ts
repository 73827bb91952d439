import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../constants';
import { currentActor } from '../utils/actor';
import type { PublishIntent } from './types';

/**
 * The kind and notes an editor chose in the publish dialog, for a publish the Content Manager itself
 * sends (Strapi's "Publish" with unsaved changes saves and publishes in one request, which carries
 * no notes). Kept in Strapi's core store (shared by every instance) for the editor and the piece,
 * taken once by the publish, and forgotten after a few minutes.
 */
const TTL_MS = 5 * 60 * 1000;

const store = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: PLUGIN_ID });
const keyFor = (strapi: Core.Strapi, documentId: string) => {
  const { id } = currentActor(strapi);
  return id ? `publish-intent:${documentId}:${id}` : null;
};

export const stagePublishIntent = async (strapi: Core.Strapi, documentId: string, intent: PublishIntent) => {
  const key = keyFor(strapi, documentId);
  if (key) await store(strapi).set({ key, value: { ...intent, expiresAt: Date.now() + TTL_MS } });
};

export const clearPublishIntent = async (strapi: Core.Strapi, documentId: string) => {
  const key = keyFor(strapi, documentId);
  if (key) await store(strapi).delete({ key });
};

/** The staged intent of the editor publishing now, if any and not expired; removed once read. */
export const takePublishIntent = async (strapi: Core.Strapi, documentId: string | undefined): Promise<PublishIntent | null> => {
  const key = documentId ? keyFor(strapi, documentId) : null;
  if (!key) return null;
  const staged = (await store(strapi).get({ key })) as (PublishIntent & { expiresAt: number }) | null;
  if (!staged) return null;
  await store(strapi).delete({ key });
  if (staged.expiresAt < Date.now()) return null;
  const { expiresAt, ...intent } = staged;
  return intent;
};
