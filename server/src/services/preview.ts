import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { PreviewDraftResponse } from '../../../shared/contracts/preview';
import type { ExplainerSnapshot } from '../../../shared/contracts/snapshot';
import { getPluginConfig } from '../config';
import { PLUGIN_ID, UID } from '../constants';
import { PreviewUnauthorizedError } from '../errors';
import { expiryOf, mintPreviewToken, previewKey, verifyPreviewToken, type PreviewClaims } from '../preview/token';
import { buildSnapshot } from '../snapshot/build';
import { hashContent } from '../snapshot/hash';
import { defaultLocale, resolveLocale } from '../editions/locales';
import { editionLinks, sourceRevisionOf } from '../publishing/revision';
import { loadRendered } from '../snapshot/load';
import type { PublicationsService } from './publications';

type PreviewParams = { documentId?: string; locale?: string | null; status?: string };
type Ability = { can: (action: string, subject?: unknown) => boolean };

/**
 * Draft preview behind short-lived signed tokens. Strapi's Preview handler (the app's
 * `config/admin`) asks `urlFor` for the site's preview page; the site reads the draft with the token
 * from `draftFor`, which also hands it a renewed token so the page survives the reload after a save.
 */
const createPreviewService = ({ strapi }: { strapi: Core.Strapi }) => {
  const key = () => {
    const secret = strapi.config.get('admin.auth.secret') as string | undefined;
    if (!secret) throw new errors.ApplicationError('Preview tokens need the admin JWT secret (admin.auth.secret)');
    return previewKey(secret);
  };

  const issue = (documentId: string, locale: string | null, session: number, now: number) => {
    const { previewTokenTtlMs, previewSessionMaxMs } = getPluginConfig(strapi);
    // A renewal never outlives the session the editor opened.
    const exp = expiryOf(now, session, previewTokenTtlMs, previewSessionMaxMs);
    const claims: PreviewClaims = { doc: documentId, loc: locale, iat: now, exp, ses: session };
    return { token: mintPreviewToken(key(), claims), expiresAt: new Date(exp).toISOString() };
  };

  const siteUrl = (token: string, documentId: string, locale: string | null, slug: string | null) => {
    const template = getPluginConfig(strapi).previewUrl;
    if (!template) return null;
    return template
      .replace('{documentId}', encodeURIComponent(documentId))
      .replace('{token}', encodeURIComponent(token))
      .replace('{locale}', encodeURIComponent(locale ?? ''))
      .replace('{slug}', encodeURIComponent(slug ?? ''));
  };

  const draftRow = (documentId: string, locale: string | null) =>
    strapi.db.query(UID.EXPLAINER).findOne({ select: ['id', 'slug'], where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) } });

  return {
    /** A token for one explainer's draft, and the site's page that shows it. `now` is for tests. */
    async mint(documentId: string, locale: string | null = null, now = Date.now()) {
      const draft = await draftRow(documentId, locale);
      if (!draft) throw new errors.NotFoundError(`No explainer ${documentId}`);
      const issued = issue(documentId, locale, now, now);
      return { ...issued, url: siteUrl(issued.token, documentId, locale, draft.slug ?? null) };
    },

    /**
     * For Strapi's Preview handler: the site's preview page for an explainer, or null (no preview:
     * another type, no previewUrl configured, or an editor who may not read it).
     */
    async urlFor(uid: string, { documentId, locale }: PreviewParams): Promise<string | null> {
      if (uid !== UID.EXPLAINER || !documentId || !getPluginConfig(strapi).previewUrl) return null;
      // Strapi's preview route checks only that an admin is logged in; the draft needs read access.
      const ability = (strapi.requestContext.get()?.state as { userAbility?: Ability } | undefined)?.userAbility;
      if (!ability?.can('plugin::content-manager.explorer.read', UID.EXPLAINER)) return null;
      return (await this.mint(documentId, await resolveLocale(strapi, locale))).url;
    },

    /** The draft a valid token names, rendered as the next revision would be, with a renewed token. */
    async draftFor(token: unknown, now = Date.now()): Promise<PreviewDraftResponse['data']> {
      const check = verifyPreviewToken(key(), token, now);
      if (!check.ok) throw new PreviewUnauthorizedError();
      const { doc, ses } = check.claims;
      // Tokens minted before editions name no locale: the default edition's.
      const loc = check.claims.loc ?? (await defaultLocale(strapi));
      const rendered = await loadRendered(strapi, doc, loc, 'draft');
      // A token for a deleted explainer is as good as none.
      if (!rendered) throw new PreviewUnauthorizedError();
      const latest = await strapi.db.query(UID.REVISION).findOne({
        select: ['number', 'snapshot'],
        where: { explainerDocumentId: doc, locale: loc },
        orderBy: { number: 'desc' },
      });
      const previous = latest ? (typeof latest.snapshot === 'string' ? JSON.parse(latest.snapshot) : latest.snapshot) as ExplainerSnapshot : null;
      const snapshot = buildSnapshot({
        content: rendered.content,
        contentHash: hashContent(rendered.content),
        previous,
        number: (latest?.number ?? 0) + 1,
        kind: 'update',
        note: 'Draft preview: not published',
        publishedAt: new Date(now).toISOString(),
        articleUrl: await (strapi.plugin(PLUGIN_ID).service('publications') as PublicationsService).articleUrl(rendered.content.slug, loc),
        locale: loc,
        basedOn: await sourceRevisionOf(strapi, doc, loc, undefined),
        ...(await editionLinks(strapi, doc, loc, rendered.content.slug)),
      });
      return { documentId: doc, snapshot, ...issue(doc, loc, ses, now) };
    },
  };
};

export type PreviewService = ReturnType<typeof createPreviewService>;
export default createPreviewService;
