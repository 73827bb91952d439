import type { SnapshotClaim, SnapshotContent, SnapshotRevision } from '../../../../shared/contracts/snapshot';
import { buildJsonLd } from '../json-ld';

const claim = (id: string, status: SnapshotClaim['status'], extra: Partial<SnapshotClaim> = {}): SnapshotClaim => ({
  id,
  statement: `Statement ${id}`,
  claimantId: 'mod',
  medium: 'statement',
  sourceUrl: null,
  madeAt: null,
  status,
  lastVerifiedAt: null,
  links: { contradicts: [], contradictedBy: [], supports: [], supportedBy: [], updates: [], updatedByClaims: [] },
  ...extra,
});

const content: SnapshotContent = {
  documentId: 'exp1',
  locale: null,
  slug: 'pokrovsk',
  title: 'Pokrovsk',
  standfirst: 'Where the line runs.',
  place: 'Pokrovsk',
  topic: null,
  situationStatus: 'developing',
  byline: 'Conflict desk',
  heroImage: { url: 'https://cms.example/hero.jpg', width: 800, height: 600, mime: 'image/jpeg', caption: null, credit: 'AP', creator: 'A. Photographer', copyrightHolder: 'AP', sourceKind: 'agency', altText: 'Smoke' },
  sections: [],
  claims: [claim('c1', 'disputed', { sourceUrl: 'https://t.me/mod' }), claim('c2', 'false', { lastVerifiedAt: '2026-11-29T10:00:00.000Z' })],
  actors: [{ id: 'mod', name: 'Russian Ministry of Defence', kind: 'ministry', side: 'russia', affiliation: null, description: null, url: null }],
  maps: [],
};
const revision: SnapshotRevision = { number: 3, kind: 'correction', note: 'Fixed the date', publishedAt: '2026-11-30T09:00:00.000Z', contentHash: 'x' };

describe('buildJsonLd', () => {
  const graph = buildJsonLd(
    content,
    revision,
    '2026-11-01T08:00:00.000Z',
    [
      { number: 2, kind: 'update', note: 'New map', publishedAt: '2026-11-20T08:00:00.000Z' },
      { number: 3, kind: 'correction', note: 'Fixed the date', publishedAt: '2026-11-30T09:00:00.000Z' },
    ],
    'https://site.example/pokrovsk'
  )['@graph'] as any[];

  it('describes the article: first and latest publish, credited images, and one CorrectionComment per correction', () => {
    expect(graph[0]).toMatchObject({
      '@type': 'NewsArticle',
      '@id': 'https://site.example/pokrovsk',
      headline: 'Pokrovsk',
      description: 'Where the line runs.',
      datePublished: '2026-11-01T08:00:00.000Z',
      dateModified: '2026-11-30T09:00:00.000Z',
      contentLocation: { '@type': 'Place', name: 'Pokrovsk' },
      image: [{ '@type': 'ImageObject', contentUrl: 'https://cms.example/hero.jpg', creditText: 'AP', copyrightNotice: '© AP', creator: { '@type': 'Person', name: 'A. Photographer' } }],
      correction: [{ '@type': 'CorrectionComment', text: 'Fixed the date', datePublished: '2026-11-30T09:00:00.000Z' }],
    });
    expect(graph[0]).not.toHaveProperty('about');
  });

  it('states an open claim as a Claim by its claimant, and reviews only claims with a verdict', () => {
    expect(graph[1]).toEqual({
      '@type': 'Claim',
      text: 'Statement c1',
      appearance: { '@type': 'CreativeWork', url: 'https://t.me/mod' },
      author: { '@type': 'Organization', name: 'Russian Ministry of Defence' },
    });
    expect(graph[2]).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'Statement c2',
      datePublished: '2026-11-29T10:00:00.000Z',
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
      url: 'https://site.example/pokrovsk#claim-c2',
      itemReviewed: { '@type': 'Claim', text: 'Statement c2' },
    });
  });
});

describe('buildJsonLd for editions', () => {
  const articleOf = (graph: Record<string, unknown>) => (graph['@graph'] as Record<string, unknown>[]).find((node) => node['@type'] === 'NewsArticle')!;

  it('an edition names its language and the source it translates', () => {
    const ukrainian = buildJsonLd(content, revision, '2026-11-01T08:00:00.000Z', [], 'https://news.example/uk/explainers/pokrovsk', {
      locale: 'uk',
      translationOf: { locale: 'en', url: 'https://news.example/en/explainers/pokrovsk' },
      translations: [],
    });
    expect(articleOf(ukrainian)).toMatchObject({
      inLanguage: 'uk',
      translationOfWork: { '@type': 'NewsArticle', '@id': 'https://news.example/en/explainers/pokrovsk', inLanguage: 'en' },
    });
    expect(articleOf(ukrainian).workTranslation).toBeUndefined();
  });

  it('the source names its live translations; one without a site URL is still listed by language', () => {
    const english = buildJsonLd(content, revision, '2026-11-01T08:00:00.000Z', [], null, {
      locale: 'en',
      translationOf: null,
      translations: [
        { locale: 'ru', url: null },
        { locale: 'uk', url: 'https://news.example/uk/explainers/pokrovsk' },
      ],
    });
    expect(articleOf(english).inLanguage).toBe('en');
    expect(articleOf(english).translationOfWork).toBeUndefined();
    expect(articleOf(english).workTranslation).toEqual([
      { '@type': 'NewsArticle', inLanguage: 'ru' },
      { '@type': 'NewsArticle', '@id': 'https://news.example/uk/explainers/pokrovsk', url: 'https://news.example/uk/explainers/pokrovsk', inLanguage: 'uk' },
    ]);
  });

  it('without editions (snapshots built before them) no language is claimed', () => {
    expect(articleOf(buildJsonLd(content, revision, '2026-11-01T08:00:00.000Z', [], null)).inLanguage).toBeUndefined();
  });
});
