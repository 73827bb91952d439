/** The editorial audit log: restores, no-op publishes and other actions worth a record. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'conflict_explainer_activities',
    info: { singularName: 'activity', pluralName: 'activities', displayName: 'Activity' },
    options: { draftAndPublish: false },
    pluginOptions: {
      'content-manager': { visible: false },
      'content-type-builder': { visible: false },
    },
    attributes: {
      action: { type: 'string', required: true },
      explainerDocumentId: { type: 'string' },
      revisionNumber: { type: 'integer' },
      actorId: { type: 'integer' },
      actorName: { type: 'string' },
      detail: { type: 'json' },
      at: { type: 'datetime', required: true },
    },
  },
};
