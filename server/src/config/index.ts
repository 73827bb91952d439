import type { Core } from '@strapi/strapi';
import { CLAIM_STATUSES, PLUGIN_ID, SITUATION_STATUSES, type ClaimStatus } from '../constants';

type SituationStatus = (typeof SITUATION_STATUSES)[number];

export type PluginConfig = {
  /** Require an API token for the public read API instead of serving it openly like site pages. */
  publicApiRequiresToken: boolean;
  /** How long one instance serves a public snapshot from memory before looking again (ms). */
  cacheTtlMs: number;
  /** Cache-Control max-age for public snapshots (seconds). */
  publicMaxAge: number;
  /** A claim not verified for this many hours is stale on the claims desk. */
  staleAfterHours: number;
  /** Run the delivery worker in this instance. */
  syncWorker: boolean;
  /** How often the worker looks for due deliveries (ms); publishes also wake it at once. */
  syncPollMs: number;
  /** How long a worker owns a claimed delivery; after a crash, another worker takes it once this passes (ms). */
  syncLeaseMs: number;
  /** First retry delay (ms); doubles per attempt, with jitter. */
  retryBaseMs: number;
  /** Longest retry delay (ms); also how often a dead delivery's target is probed. */
  retryMaxMs: number;
  /** How long a delivery is retried on the schedule before it is dead (ms); dead ones are still probed. */
  retryForMs: number;
  /** The article's URL on the site, `{slug}` replaced, used in JSON-LD; null to omit. */
  siteArticleUrl: string | null;
  /** The Content Manager's names for the plugin's types, e.g. `{ claim: 'Claim' }`; unset ones keep the defaults. */
  contentTypeNames: Partial<Record<NamedContentType, string>>;
  /** Show who last edited a claim (`lastEditedBy`, the editor's display name) to API-token holders. */
  editorNamesInApi: boolean;
  /** The locales the plugin's types are edited and published in; null: every locale of Strapi's i18n settings. */
  editionLocales: string[] | null;
  /**
   * The site's draft preview page, `{documentId}` and `{token}` (and optionally `{locale}`, `{slug}`)
   * replaced; null: the explainer has no preview. Strapi's Preview handler returns it (README, "Preview").
   */
  previewUrl: string | null;
  /** How long a preview token is valid (ms); each load of the preview hands the page a fresh one. */
  previewTokenTtlMs: number;
  /** How long a preview may keep renewing its token without the editor reopening it (ms). */
  previewSessionMaxMs: number;
  /**
   * Hours between re-verifications of a claim, per status, while a piece that tracks it is
   * developing or once they are all settled; null: never due. Merged over the defaults.
   */
  recheckHours: RecheckPolicy;
  /** A map whose "as of" date is older than this many days needs checking. */
  mapMaxAgeDays: number;
  /** How often an instance looks for claims that fell due and deliveries that died, to alert (ms). */
  alertScanMs: number;
};

export type RecheckPolicy = Record<SituationStatus, Partial<Record<ClaimStatus, number | null>>>;

/** Defaults: the open questions are re-checked often while the story moves, verdicts rarely. */
export const DEFAULT_RECHECK_HOURS: Record<SituationStatus, Record<ClaimStatus, number | null>> = {
  developing: { unverified: 6, disputed: 12, denied: 12, corroborated: 48, confirmed: 168, false: null, retracted: null },
  settled: { unverified: 72, disputed: 168, denied: 168, corroborated: 720, confirmed: null, false: null, retracted: null },
};

export const NAMED_CONTENT_TYPES = ['explainer', 'claim', 'actor', 'map'] as const;
export type NamedContentType = (typeof NAMED_CONTENT_TYPES)[number];

const defaults: PluginConfig = {
  publicApiRequiresToken: false,
  cacheTtlMs: 1000,
  publicMaxAge: 30,
  staleAfterHours: 48,
  syncWorker: true,
  syncPollMs: 1000,
  syncLeaseMs: 30_000,
  retryBaseMs: 1000,
  retryMaxMs: 300_000,
  retryForMs: 24 * 60 * 60 * 1000,
  siteArticleUrl: null,
  contentTypeNames: {},
  editorNamesInApi: false,
  editionLocales: null,
  previewUrl: null,
  previewTokenTtlMs: 10 * 60 * 1000,
  previewSessionMaxMs: 12 * 60 * 60 * 1000,
  recheckHours: DEFAULT_RECHECK_HOURS,
  mapMaxAgeDays: 7,
  alertScanMs: 60_000,
};

export const getPluginConfig = (strapi: Core.Strapi): PluginConfig => {
  const config = { ...defaults, ...(strapi.config.get(`plugin::${PLUGIN_ID}`) as Partial<PluginConfig>) };
  return { ...config, recheckHours: mergeRecheckHours(config.recheckHours) };
};

/** An app's policy over the defaults, status by status (an app names only what it changes). */
export const mergeRecheckHours = (policy: Partial<RecheckPolicy> | undefined): RecheckPolicy => ({
  developing: { ...DEFAULT_RECHECK_HOURS.developing, ...policy?.developing },
  settled: { ...DEFAULT_RECHECK_HOURS.settled, ...policy?.settled },
});

export default {
  default: defaults,
  validator: (config: Partial<PluginConfig>) => {
    if (config.cacheTtlMs !== undefined && !(Number.isInteger(config.cacheTtlMs) && config.cacheTtlMs >= 0)) {
      throw new Error('conflict-explainer: cacheTtlMs must be a non-negative integer (ms)');
    }
    if (config.publicMaxAge !== undefined && !(Number.isInteger(config.publicMaxAge) && config.publicMaxAge >= 0)) {
      throw new Error('conflict-explainer: publicMaxAge must be a non-negative integer (s)');
    }
    for (const key of ['retryBaseMs', 'retryMaxMs', 'retryForMs'] as const) {
      if (config[key] !== undefined && !(Number.isInteger(config[key]) && (config[key] as number) > 0)) {
        throw new Error(`conflict-explainer: ${key} must be a positive integer (ms)`);
      }
    }
    if (config.siteArticleUrl != null && !/^https?:\/\/.+\{slug\}/.test(config.siteArticleUrl)) {
      throw new Error('conflict-explainer: siteArticleUrl must be an http(s) URL containing {slug}');
    }
    if (config.editionLocales != null && !(Array.isArray(config.editionLocales) && config.editionLocales.every((code) => typeof code === 'string' && /^[A-Za-z0-9-]{2,20}$/.test(code)))) {
      throw new Error('conflict-explainer: editionLocales must be a list of locale codes (e.g. ["en", "uk", "ru"]) or null');
    }
    if (config.previewUrl != null && !(/^https?:\/\/.+/.test(config.previewUrl) && config.previewUrl.includes('{token}'))) {
      throw new Error('conflict-explainer: previewUrl must be an http(s) URL containing {token}');
    }
    for (const key of ['previewTokenTtlMs', 'previewSessionMaxMs', 'alertScanMs'] as const) {
      if (config[key] !== undefined && !(Number.isInteger(config[key]) && (config[key] as number) > 0)) {
        throw new Error(`conflict-explainer: ${key} must be a positive integer (ms)`);
      }
    }
    if (config.mapMaxAgeDays !== undefined && !(typeof config.mapMaxAgeDays === 'number' && config.mapMaxAgeDays > 0)) {
      throw new Error('conflict-explainer: mapMaxAgeDays must be a positive number of days');
    }
    for (const [situation, statuses] of Object.entries(config.recheckHours ?? {})) {
      if (!(SITUATION_STATUSES as readonly string[]).includes(situation)) {
        throw new Error(`conflict-explainer: recheckHours.${situation} is not one of ${SITUATION_STATUSES.join(', ')}`);
      }
      for (const [status, hours] of Object.entries(statuses ?? {})) {
        if (!(CLAIM_STATUSES as readonly string[]).includes(status)) {
          throw new Error(`conflict-explainer: recheckHours.${situation}.${status} is not a claim status (${CLAIM_STATUSES.join(', ')})`);
        }
        if (hours !== null && !(typeof hours === 'number' && hours > 0 && Number.isFinite(hours))) {
          throw new Error(`conflict-explainer: recheckHours.${situation}.${status} must be a positive number of hours, or null (never due)`);
        }
      }
    }
    for (const [type, name] of Object.entries(config.contentTypeNames ?? {})) {
      if (!(NAMED_CONTENT_TYPES as readonly string[]).includes(type)) {
        throw new Error(`conflict-explainer: contentTypeNames.${type} is not one of ${NAMED_CONTENT_TYPES.join(', ')}`);
      }
      if (typeof name !== 'string' || !name.trim() || name.length > 100) {
        throw new Error(`conflict-explainer: contentTypeNames.${type} must be a non-empty name of at most 100 characters`);
      }
    }
  },
};
