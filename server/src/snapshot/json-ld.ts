import {
  RATED_STATUSES,
  type ChangelogEntry,
  type SnapshotActor,
  type SnapshotContent,
  type SnapshotImage,
  type SnapshotRevision,
} from '../../../shared/contracts/snapshot';

const ORGANISATION_KINDS = new Set(['government', 'military', 'military-unit', 'ministry', 'osint-group', 'think-tank', 'media']);

const actorNode = (actor: SnapshotActor | undefined) =>
  actor
    ? {
        '@type': ORGANISATION_KINDS.has(actor.kind) ? 'Organization' : 'Person',
        name: actor.name,
        ...(actor.url ? { url: actor.url } : {}),
        ...(actor.affiliation ? { affiliation: { '@type': 'Organization', name: actor.affiliation } } : {}),
      }
    : undefined;

const imageNode = (image: SnapshotImage) => ({
  '@type': 'ImageObject',
  contentUrl: image.url,
  ...(image.caption ? { caption: image.caption } : {}),
  creditText: image.credit,
  ...(image.copyrightHolder ? { copyrightNotice: `© ${image.copyrightHolder}`, copyrightHolder: { '@type': 'Organization', name: image.copyrightHolder } } : {}),
  ...(image.creator ? { creator: { '@type': 'Person', name: image.creator } } : {}),
  ...(image.width ? { width: image.width, height: image.height } : {}),
});

/**
 * schema.org JSON-LD for the revision: a NewsArticle (with `correction` for each correction), an
 * ImageObject per image with creditText / copyrightNotice, a Claim per claim, and a ClaimReview only
 * where the newsroom's status is a verdict (RATED_STATUSES).
 */
/** The edition's language and its relation to the other editions (schema.org translationOfWork / workTranslation). */
export type JsonLdEdition = {
  locale: string;
  translationOf: { locale: string; url: string | null } | null;
  translations: { locale: string; url: string | null }[];
};

const workNode = ({ locale, url }: { locale: string; url: string | null }) => ({ '@type': 'NewsArticle', ...(url ? { '@id': url, url } : {}), inLanguage: locale });

export const buildJsonLd = (
  content: SnapshotContent,
  revision: SnapshotRevision,
  firstPublishedAt: string,
  changelog: ChangelogEntry[],
  articleUrl: string | null,
  edition?: JsonLdEdition
): Record<string, unknown> => {
  const actors = new Map(content.actors.map((actor) => [actor.id, actor]));
  const images = [content.heroImage, ...content.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'image' ? [b.image] : [])))].filter(
    (image): image is SnapshotImage => image !== null
  );
  const publisher = { '@type': 'Organization', name: content.byline ?? 'Newsroom' };
  const article = {
    '@type': 'NewsArticle',
    ...(articleUrl ? { '@id': articleUrl, url: articleUrl } : {}),
    headline: content.title,
    ...(edition ? { inLanguage: edition.locale } : {}),
    ...(edition?.translationOf ? { translationOfWork: workNode(edition.translationOf) } : {}),
    ...(edition?.translations.length ? { workTranslation: edition.translations.map(workNode) } : {}),
    ...(content.standfirst ? { description: content.standfirst } : {}),
    datePublished: firstPublishedAt,
    dateModified: revision.publishedAt,
    ...(content.byline ? { author: { '@type': 'Organization', name: content.byline } } : {}),
    ...(content.place ? { contentLocation: { '@type': 'Place', name: content.place } } : {}),
    ...(content.topic ? { about: { '@type': 'Thing', name: content.topic } } : {}),
    image: images.map(imageNode),
    correction: changelog
      .filter((entry) => entry.kind === 'correction')
      .map((entry) => ({ '@type': 'CorrectionComment', text: entry.note, datePublished: entry.publishedAt })),
  };
  const claims = content.claims.map((claim) => {
    const node = {
      '@type': 'Claim',
      text: claim.statement,
      ...(claim.madeAt ? { datePublished: claim.madeAt } : {}),
      ...(claim.sourceUrl ? { appearance: { '@type': 'CreativeWork', url: claim.sourceUrl } } : {}),
      ...(claim.claimantId ? { author: actorNode(actors.get(claim.claimantId)) } : {}),
    };
    const rating = RATED_STATUSES[claim.status];
    if (!rating) return node;
    return {
      '@type': 'ClaimReview',
      claimReviewed: claim.statement,
      itemReviewed: node,
      author: publisher,
      datePublished: claim.lastVerifiedAt ?? revision.publishedAt,
      reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: 5, worstRating: 1, alternateName: rating.label },
      ...(articleUrl ? { url: `${articleUrl}#claim-${claim.id}` } : {}),
    };
  });
  return { '@context': 'https://schema.org', '@graph': [article, ...claims] };
};
