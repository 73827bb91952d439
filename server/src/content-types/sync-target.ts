import { internalModel } from './internal-model';
/** Where a site receives revisions (or, purpose 'alert', where alerts go). The signing secret is stored encrypted and never returned. */
export default internalModel(
  'conflict_explainer_sync_targets',
  { singularName: 'sync-target', pluralName: 'sync-targets', displayName: 'Sync target' },
  {
    name: { type: 'string', required: true, maxLength: 120 },
    url: { type: 'string', required: true, maxLength: 2048 },
    enabled: { type: 'boolean', default: true, required: true },
    payloadMode: { type: 'enumeration', enum: ['snapshot', 'event'], default: 'snapshot', required: true },
    revalidateUrl: { type: 'string', maxLength: 2048 },
    timeoutMs: { type: 'integer', default: 5000, min: 100, max: 60000 },
    // Optional cap; unset, the plugin's time-based retry schedule (retryForMs) decides when a delivery is dead.
    maxAttempts: { type: 'integer', min: 1, max: 50 },
    secretCiphertext: { type: 'text', private: true, required: true },
    // A site (sync targets) or the editors' alert target (one, set on the Alerts settings page); null reads as a site.
    purpose: { type: 'enumeration', enum: ['site', 'alert'], default: 'site' },
  }
);
