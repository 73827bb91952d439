import type { Core } from '@strapi/strapi';

/**
 * Indexes Strapi's schema cannot express: revision numbers unique per explainer (the guard behind
 * "concurrent publishes get distinct numbers"), and the lookups on the read and publish paths.
 * Re-asserted at every boot because Strapi's schema sync drops indexes it does not know.
 */
const INDEXES = [
  'CREATE UNIQUE INDEX IF NOT EXISTS ce_revisions_number_uq ON conflict_explainer_revisions (explainer_document_id, COALESCE(locale, \'\'), number)',
  // The publish path's "latest revision" lookup (locale IS NULL cannot use the COALESCE index).
  'CREATE INDEX IF NOT EXISTS ce_revisions_latest_idx ON conflict_explainer_revisions (explainer_document_id, locale, number)',
  'CREATE UNIQUE INDEX IF NOT EXISTS ce_publications_document_uq ON conflict_explainer_publications (explainer_document_id, COALESCE(locale, \'\'))',
  'CREATE INDEX IF NOT EXISTS ce_publications_slug_idx ON conflict_explainer_publications (slug, live)',
  'CREATE INDEX IF NOT EXISTS ce_activities_document_idx ON conflict_explainer_activities (explainer_document_id, action)',
  // One delivery of each revision per target; resets and removals may repeat (republish, reconcile).
  'DROP INDEX IF EXISTS ce_deliveries_revision_target_uq',
  "CREATE UNIQUE INDEX IF NOT EXISTS ce_deliveries_revision_once_uq ON conflict_explainer_sync_deliveries (revision_id, target_id) WHERE kind IS NULL OR kind = 'revision'",
  'CREATE INDEX IF NOT EXISTS ce_deliveries_due_idx ON conflict_explainer_sync_deliveries (state, next_attempt_at)',
  // One alert per event, whichever instance sees it first and however often it restarts.
  'CREATE UNIQUE INDEX IF NOT EXISTS ce_alert_events_key_uq ON conflict_explainer_alert_events (event_key)',
  'CREATE INDEX IF NOT EXISTS ce_claim_events_claim_idx ON conflict_explainer_claim_status_events (claim_document_id)',
];

export const ensureIndexes = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  for (const statement of INDEXES) await knex.raw(statement);
};
