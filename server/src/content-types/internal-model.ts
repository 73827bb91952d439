/**
 * The schema of one of the plugin's bookkeeping models (revisions, deliveries, history…): no draft
 * and publish, and hidden from the Content Manager and the Content-Type Builder, which is also how
 * `internal-models.ts` recognises them to keep them out of every role's Content Manager actions.
 */
export const internalModel = <A extends Record<string, unknown>>(
  collectionName: string,
  info: { singularName: string; pluralName: string; displayName: string },
  attributes: A
) => ({
  schema: {
    kind: 'collectionType' as const,
    collectionName,
    info,
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
    attributes,
  },
});
