import type { Core } from '@strapi/strapi';
import { COMPONENT, UID } from '../constants';
import { getService } from '../utils';
import { componentEntries, isBlank } from '../validation/documents';
import { throwIfIssues, type FieldIssue } from '../validation/issues';

/**
 * The publish gate: every image without a credit or alt text, every image whose recorded GPS position
 * no editor has kept or stripped, and every map without a source line or as-of date in the draft about
 * to go out, all listed at once (rows written before the plugin's checks, or edited around them, are
 * caught here).
 */
export const collectPublishIssues = async (strapi: Core.Strapi, documentId: string, locale: string, loadedDraft?: unknown): Promise<FieldIssue[]> => {
  // The publish path passes the draft it already loaded with the snapshot populate (a superset of this one).
  const draft: any =
    loadedDraft ??
    (await strapi.documents(UID.EXPLAINER).findOne({
      documentId,
      locale,
      status: 'draft',
      populate: {
        heroImage: { populate: { image: { fields: ['id', 'name'] } } },
        body: {
          // Every block type, so an offender's index is its place in the body.
          on: {
            [COMPONENT.SECTION_HEADING]: true,
            [COMPONENT.RICH_TEXT]: true,
            [COMPONENT.CREDITED_IMAGE]: { populate: { image: { fields: ['id', 'name'] } } },
            [COMPONENT.MAP_EMBED]: { populate: { map: { fields: ['title', 'sourceLine', 'asOf'] } } },
            [COMPONENT.CLAIM_EMBED]: true,
            [COMPONENT.QUOTE]: true,
          },
        },
      },
    } as any));
  if (!draft) return [];
  const issues: FieldIssue[] = [];
  const checkImage = (image: any, path: (string | number)[]) => {
    const label = image?.image?.name ?? 'image';
    if (isBlank(image?.credit)) issues.push({ path: [...path, 'credit'], message: `image “${label}” has no credit` });
    if (isBlank(image?.altText)) issues.push({ path: [...path, 'altText'], message: `image “${label}” has no alt text` });
  };
  const images: [any, (string | number)[]][] = [
    ...(draft.heroImage ? [[draft.heroImage, ['heroImage']] as [any, (string | number)[]]] : []),
    ...componentEntries(draft.body, COMPONENT.CREDITED_IMAGE).map(([index, block]) => [block, ['body', index]] as [any, (string | number)[]]),
  ];
  const pendingLocations = await getService('media').pendingLocations(
    images.map(([image]) => image?.image?.id).filter((id): id is number => typeof id === 'number')
  );
  for (const [image, path] of images) {
    checkImage(image, path);
    if (pendingLocations.has(image?.image?.id)) {
      issues.push({ path: [...path, 'image'], message: `image “${image.image.name}” records where it was taken: keep or strip the location` });
    }
  }
  for (const [index, block] of componentEntries(draft.body, COMPONENT.MAP_EMBED)) {
    if (!block.map) continue;
    if (isBlank(block.map.sourceLine)) issues.push({ path: ['body', index, 'map', 'sourceLine'], message: `map “${block.map.title}” has no source line` });
    if (!block.map.asOf) issues.push({ path: ['body', index, 'map', 'asOf'], message: `map “${block.map.title}” has no as-of date` });
  }
  return issues;
};

/** Step 2: refuses the publish with every issue listed at once (400, nothing written). */
export const assertPublishable = async (strapi: Core.Strapi, documentId: string, locale: string, loadedDraft?: unknown): Promise<void> => {
  const issues = await collectPublishIssues(strapi, documentId, locale, loadedDraft);
  throwIfIssues(issues, `Cannot publish: ${issues.map((issue) => issue.message).join('; ')}`);
};
