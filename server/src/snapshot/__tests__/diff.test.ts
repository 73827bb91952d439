import { noChanges } from '../../../../shared/contracts/revisions';
import type { SnapshotClaim, SnapshotContent, SnapshotMap } from '../../../../shared/contracts/snapshot';
import { describeSummary, diffContent, summarizeChange } from '../diff';

const claim = (id: string, status: SnapshotClaim['status'], statement = `Statement ${id}`): SnapshotClaim => ({
  id,
  statement,
  claimantId: null,
  medium: 'statement',
  sourceUrl: null,
  madeAt: null,
  status,
  lastVerifiedAt: null,
  links: { contradicts: [], contradictedBy: [], supports: [], supportedBy: [], updates: [], updatedByClaims: [] },
});
const map = (asOf: string, x = 37.1): SnapshotMap => ({
  id: 'map1',
  title: 'Front',
  caption: null,
  sourceLine: 'DeepState',
  asOf,
  textDescription: 'East of the town.',
  frame: null,
  geojson: {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { type: 'front-line' }, geometry: { type: 'LineString', coordinates: [[x, 48.2], [37.3, 48.3]] } }],
  },
  svg: '<svg></svg>',
  legend: [],
});
const image = (url: string) => ({ type: 'image' as const, image: { url, width: null, height: null, mime: null, caption: null, credit: 'AP', creator: null, copyrightHolder: null, sourceKind: null, altText: 'x' } });
const paragraph = (words: string) => ({ type: 'text' as const, content: [{ type: 'paragraph', children: [{ type: 'text', text: words }] }] });

const content = (extra: Partial<SnapshotContent> = {}): SnapshotContent => ({
  documentId: 'exp1',
  locale: null,
  slug: 'pokrovsk',
  title: 'Pokrovsk',
  standfirst: 'Where the line runs.',
  place: null,
  topic: null,
  situationStatus: 'developing',
  byline: null,
  heroImage: null,
  sections: [
    { id: 'intro', question: null, blocks: [paragraph('Opening.'), image('/a.jpg')] },
    { id: 'who-holds', question: 'Who holds the station?', blocks: [paragraph('Nobody knows.')] },
  ],
  claims: [claim('c1', 'disputed'), claim('c2', 'unverified')],
  actors: [],
  maps: [map('2026-11-27')],
  ...extra,
});

describe('summarizeChange', () => {
  it('finds nothing between equal revisions', () => {
    expect(summarizeChange(content(), content())).toEqual(noChanges());
  });

  it('names changed fields, sections added, edited and removed, by their question', () => {
    const before = content();
    const after = content({
      standfirst: 'Where the line runs now.',
      sections: [
        { id: 'intro', question: null, blocks: [paragraph('Opening, revised.'), image('/a.jpg')] },
        { id: 'what-next', question: 'What next?', blocks: [] },
      ],
    });
    const summary = summarizeChange(before, after);
    expect(summary.fieldsChanged).toEqual(['standfirst']);
    expect(summary.sectionsEdited).toEqual(['Introduction']);
    expect(summary.sectionsAdded).toEqual(['What next?']);
    expect(summary.sectionsRemoved).toEqual(['Who holds the station?']);
  });

  it('reports claim status changes from → to, claims added and removed, maps updated and images swapped', () => {
    const after = content({
      claims: [claim('c1', 'confirmed'), claim('c3', 'unverified', 'New claim')],
      maps: [map('2026-11-28', 37.15)],
      sections: [
        { id: 'intro', question: null, blocks: [paragraph('Opening.'), image('/b.jpg')] },
        { id: 'who-holds', question: 'Who holds the station?', blocks: [paragraph('Nobody knows.')] },
      ],
    });
    const summary = summarizeChange(content(), after);
    expect(summary.claimsStatusChanged).toEqual([{ id: 'c1', statement: 'Statement c1', from: 'disputed', to: 'confirmed' }]);
    expect(summary.claimsAdded).toEqual(['New claim']);
    expect(summary.claimsRemoved).toEqual(['Statement c2']);
    expect(summary.mapsUpdated).toEqual([{ id: 'map1', title: 'Front', asOf: '2026-11-28' }]);
    expect(summary.imagesChanged).toBe(2);
  });

  it('treats everything as added for the first revision', () => {
    const summary = summarizeChange(null, content());
    expect(summary.fieldsChanged).toEqual(['title', 'slug', 'standfirst', 'situationStatus']);
    expect(summary.sectionsAdded).toEqual(['Introduction', 'Who holds the station?']);
    expect(summary.claimsAdded).toEqual(['Statement c1', 'Statement c2']);
    expect(summary.imagesChanged).toBe(1);
  });
});

describe('describeSummary', () => {
  it('writes a one-line public note naming status changes, claims added and maps', () => {
    const summary = summarizeChange(content(), content({ claims: [claim('c1', 'confirmed'), claim('c2', 'unverified'), claim('c3', 'disputed')], maps: [map('2026-11-28')] }));
    expect(describeSummary(summary)).toBe('Updated: claim now confirmed: “Statement c1”; adds a claim; map “Front” as of 2026-11-28');
  });

  it('shortens long statements and falls back to the fields changed, or to "Updated"', () => {
    const long = 'x'.repeat(100);
    const statusOnly = summarizeChange(content({ claims: [claim('c1', 'disputed', long)] }), content({ claims: [claim('c1', 'false', long)] }));
    expect(describeSummary(statusOnly)).toBe(`Updated: claim now false: “${'x'.repeat(79)}…”`);
    expect(describeSummary(summarizeChange(content(), content({ title: 'Pokrovsk, day 300' })))).toBe('Updated: edits title');
    expect(describeSummary(summarizeChange(content(), content()))).toBe('Updated');
  });
});

describe('diffContent', () => {
  it('is null between equal revisions', () => {
    expect(diffContent(content(), content())).toBeNull();
  });

  it('compares maps by a hash of their GeoJSON: a moved line is one changed hash, not coordinate deltas', () => {
    const delta = diffContent(content(), content({ maps: [map('2026-11-27', 37.15)] })) as any;
    expect(Object.keys(delta)).toEqual(['maps']);
    const [, mapDelta] = Object.entries(delta.maps).find(([key]) => key !== '_t') as [string, any];
    expect(Object.keys(mapDelta)).toEqual(['geojsonSha256']);
    expect(mapDelta.geojsonSha256).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/), expect.stringMatching(/^[0-9a-f]{64}$/)]);
    expect(JSON.stringify(delta)).not.toContain('coordinates');
  });

  it('matches claims by id, so a status change is a change of that claim, not a removal and an addition', () => {
    const delta = diffContent(content(), content({ claims: [claim('c1', 'confirmed'), claim('c2', 'unverified')] })) as any;
    expect(delta.claims['0']).toEqual({ status: ['disputed', 'confirmed'] });
  });

  it('from nothing, adds the whole content', () => {
    const delta = diffContent(null, content()) as any;
    expect(delta.slug).toEqual(['pokrovsk']);
  });
});
