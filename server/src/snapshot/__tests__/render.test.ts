import { renderContent } from '../render';

const actor = (documentId: string, extra: Record<string, unknown> = {}) => ({
  documentId,
  name: `Actor ${documentId}`,
  kind: 'ministry',
  side: 'russia',
  affiliation: '',
  description: null,
  url: null,
  ...extra,
});
const claim = (documentId: string, extra: Record<string, unknown> = {}) => ({
  documentId,
  statement: `Statement ${documentId}`,
  claimant: actor(`act-${documentId}`),
  medium: 'statement',
  sourceUrl: '',
  madeAt: '2026-11-20T08:00:00.000Z',
  claimStatus: 'disputed',
  lastVerifiedAt: null,
  internalNote: 'never public',
  ...extra,
});
const map = {
  documentId: 'map1',
  title: 'Pokrovsk front',
  caption: '',
  sourceLine: 'DeepState',
  asOf: '2026-11-28',
  textDescription: 'The line runs east of the town.',
  frame: [37.0, 48.2, 37.3, 48.4],
  geojson: JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { type: 'settlement', name: 'Pokrovsk' }, geometry: { type: 'Point', coordinates: [37.18, 48.28] } }],
  }),
};
const heading = (question: string) => ({ __component: 'conflict-explainer.section-heading', question });
const text = (words: string) => ({ __component: 'conflict-explainer.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text: words }] }] });

const entry = (extra: Record<string, unknown> = {}) => ({
  documentId: 'exp1',
  locale: 'en',
  slug: 'pokrovsk',
  title: 'Pokrovsk',
  standfirst: '',
  place: 'Pokrovsk',
  topic: null,
  situationStatus: 'developing',
  byline: 'Desk',
  internalNote: 'not for readers',
  heroImage: null,
  body: [],
  claims: [],
  ...extra,
});

describe('renderContent', () => {
  it('nests the body into sections: an intro, then one per question with a unique slug id', () => {
    const content = renderContent(
      entry({ body: [text('Opening.'), heading('Who holds the station?'), text('Nobody knows.'), heading('Who holds the station?'), text('Still unclear.')] }),
      { mediaBaseUrl: '' }
    );
    expect(content.sections.map((s) => [s.id, s.question, s.blocks.length])).toEqual([
      ['intro', null, 1],
      ['who-holds-the-station', 'Who holds the station?', 1],
      ['who-holds-the-station-2', 'Who holds the station?', 1],
    ]);
  });

  it('leaves out an empty intro, and turns empty strings into null', () => {
    const content = renderContent(entry({ body: [heading('What changed?'), text('The line moved.')] }), { mediaBaseUrl: '' });
    expect(content.sections.map((s) => s.id)).toEqual(['what-changed']);
    expect(content.standfirst).toBeNull();
    expect(content.topic).toBeNull();
  });

  it('gathers embedded and tracked claims once each with their claimants, links only to claims in the snapshot, no private fields', () => {
    const embedded = claim('c2', { contradicts: [{ documentId: 'c1' }, { documentId: 'hidden' }] });
    const content = renderContent(
      entry({ body: [{ __component: 'conflict-explainer.claim-embed', claim: embedded }], claims: [claim('c1'), embedded] }),
      { mediaBaseUrl: '' }
    );
    expect(content.claims.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(content.claims[1]).toMatchObject({ statement: 'Statement c2', claimantId: 'act-c2', status: 'disputed', sourceUrl: null });
    expect(content.claims[1].links.contradicts).toEqual(['c1']);
    expect(content.actors.map((a) => a.id)).toEqual(['act-c1', 'act-c2']);
    expect(content.actors[0].affiliation).toBeNull();
    expect(JSON.stringify(content)).not.toContain('never public');
    expect(JSON.stringify(content)).not.toContain('not for readers');
  });

  it('renders an embedded map with its parsed GeoJSON, frame, SVG and legend', () => {
    const content = renderContent(entry({ body: [{ __component: 'conflict-explainer.map-embed', map, caption: 'As of Friday' }] }), { mediaBaseUrl: '' });
    expect(content.sections[0].blocks).toEqual([{ type: 'map', mapId: 'map1', caption: 'As of Friday' }]);
    const [rendered] = content.maps;
    expect(rendered).toMatchObject({ id: 'map1', title: 'Pokrovsk front', caption: null, frame: [37.0, 48.2, 37.3, 48.4] });
    expect(rendered.geojson.features[0].properties.name).toBe('Pokrovsk');
    expect(rendered.svg).toMatch(/^<svg[\s\S]*Pokrovsk[\s\S]*<\/svg>$/);
    expect(rendered.legend.map((l) => l.type)).toEqual(['settlement']);
  });

  it('prefixes relative upload URLs with the media base URL and keeps absolute ones', () => {
    const image = (url: string) => ({ image: { url, width: 800, height: 600, mime: 'image/jpeg' }, caption: '', credit: 'AP', altText: 'Smoke', usageNote: 'internal' });
    const content = renderContent(
      entry({ heroImage: image('/uploads/hero.jpg'), body: [{ __component: 'conflict-explainer.credited-image', ...image('https://cdn.example/a.jpg') }] }),
      { mediaBaseUrl: 'https://cms.example' }
    );
    expect(content.heroImage).toMatchObject({ url: 'https://cms.example/uploads/hero.jpg', credit: 'AP', caption: null, altText: 'Smoke' });
    expect(content.sections[0].blocks[0]).toMatchObject({ type: 'image', image: { url: 'https://cdn.example/a.jpg' } });
    expect(JSON.stringify(content)).not.toContain('usageNote');
  });

  it('keeps a quote with its speaker among the actors', () => {
    const speaker = actor('spk');
    const content = renderContent(
      entry({ body: [{ __component: 'conflict-explainer.quote', text: 'We hold the line.', speaker, attribution: '', sourceUrl: 'https://t.me/x' }] }),
      { mediaBaseUrl: '' }
    );
    expect(content.sections[0].blocks[0]).toEqual({ type: 'quote', text: 'We hold the line.', speakerId: 'spk', attribution: null, sourceUrl: 'https://t.me/x' });
    expect(content.actors.map((a) => a.id)).toEqual(['spk']);
  });
});
