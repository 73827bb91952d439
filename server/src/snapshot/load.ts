import type { Core } from '@strapi/strapi';
import type { SnapshotContent } from '../../../shared/contracts/snapshot';
import { UID } from '../constants';
import { SNAPSHOT_POPULATE } from './populate';
import { renderContent } from './render';

/** An explainer row with the tree the snapshot needs, and its content as readers get it. */
export type RenderedEntry = { entry: Record<string, any>; content: SnapshotContent };

/** The public origin prefixed to relative upload URLs, or '' to keep them relative. */
const mediaBaseUrl = (strapi: Core.Strapi) => {
  const url = strapi.config.get('server.url') as string | undefined;
  return url && /^https?:\/\//.test(url) ? url.replace(/\/$/, '') : '';
};

/** The draft or the published version of an explainer, rendered (null when there is none). */
export const loadRendered = async (
  strapi: Core.Strapi,
  documentId: string,
  locale: string,
  status: 'draft' | 'published'
): Promise<RenderedEntry | null> => {
  // The query engine, not the Document Service: only the explainer has draft & publish, so the
  // draft row's relations are the draft's, and it loads the tree in half the time inside a publish.
  const entry = await strapi.db.query(UID.EXPLAINER).findOne({
    where: { documentId, locale, publishedAt: status === 'draft' ? null : { $notNull: true } },
    populate: SNAPSHOT_POPULATE,
  });
  return entry ? { entry, content: renderContent(entry, { mediaBaseUrl: mediaBaseUrl(strapi) }) } : null;
};
