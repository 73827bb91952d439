import { noChanges } from '../../../../../shared/contracts/revisions';
import type { SnapshotClaim } from '../../../../../shared/contracts/snapshot';
import type { ChangeSummary, RevisionComparison, RevisionStatus, SnapshotContent } from '../../../api/types';

export const emptySummary = noChanges;

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

export const contentV1 = (): SnapshotContent => ({
  documentId: 'doc-pokrovsk',
  locale: null,
  slug: 'pokrovsk',
  title: 'Why the fall of this city would matter to Ukraine and Russia',
  standfirst: 'Russian forces are closing in on Pokrovsk, a logistics hub in eastern Ukraine.',
  place: 'Pokrovsk',
  topic: 'War in Ukraine',
  situationStatus: 'developing',
  byline: 'Desk',
  heroImage: null,
  sections: [
    { id: 'intro', question: null, blocks: [{ type: 'text', content: [paragraph('Pokrovsk had 60,000 people before the war.')] }] },
    {
      id: 's-matter',
      question: 'Why does Pokrovsk matter?',
      blocks: [
        {
          type: 'text',
          content: [paragraph('It sits on roads that supply the front.'), paragraph('Its coal mine fed Ukraine’s steel industry.')],
        },
        { type: 'claim', claimId: 'c-encircled' },
      ],
    },
    { id: 's-old', question: 'What did the city look like?', blocks: [{ type: 'text', content: [paragraph('A mining town.')] }] },
  ],
  claims: [
    {
      id: 'c-encircled',
      statement: 'Ukrainian units in Pokrovsk are encircled',
      claimantId: 'a-mod',
      medium: 'statement',
      sourceUrl: null,
      madeAt: null,
      status: 'disputed',
      lastVerifiedAt: null,
      links: {} as SnapshotClaim['links'],
    },
  ],
  actors: [{ id: 'a-mod', name: 'Russian Ministry of Defence', kind: 'ministry', side: 'russia', affiliation: null, description: null, url: null }],
  maps: [
    {
      id: 'm-front',
      title: 'Who controls Pokrovsk',
      caption: null,
      sourceLine: 'Source: ISW, DeepState',
      asOf: '2025-11-01',
      textDescription: 'Map',
      frame: null,
      geojson: { type: 'FeatureCollection', features: [] },
    } as unknown as SnapshotContent['maps'][number],
  ],
});

export const contentV2 = (): SnapshotContent => {
  const content = contentV1();
  content.standfirst = 'Russian forces have entered Pokrovsk, a logistics hub in eastern Ukraine.';
  content.sections[1].blocks[0] = {
    type: 'text',
    content: [paragraph('It sits on the last roads that supply the front.'), paragraph('Its coal mine fed Ukraine’s steel industry.')],
  };
  content.sections = content.sections.filter((s) => s.id !== 's-old');
  content.sections.push({ id: 's-next', question: 'What happens next?', blocks: [{ type: 'text', content: [paragraph('Kostiantynivka is next.')] }] });
  content.claims[0] = { ...content.claims[0], status: 'denied' };
  content.maps[0] = { ...content.maps[0], asOf: '2025-11-07' };
  return content;
};

export const comparison = (): RevisionComparison => ({
  from: 1,
  to: 2,
  delta: {},
  summary: {
    ...emptySummary(),
    fieldsChanged: ['standfirst'],
    sectionsEdited: ['Why does Pokrovsk matter?'],
    sectionsAdded: ['What happens next?'],
    sectionsRemoved: ['What did the city look like?'],
    claimsStatusChanged: [{ id: 'c-encircled', statement: 'Ukrainian units in Pokrovsk are encircled', from: 'disputed', to: 'denied' }],
    mapsUpdated: [{ id: 'm-front', title: 'Who controls Pokrovsk', asOf: '2025-11-07' }],
  },
  left: contentV1(),
  right: contentV2(),
});

export const statusWithPendingChanges = (): RevisionStatus => ({
  documentId: 'doc-pokrovsk',
  latest: {
    number: 3,
    kind: 'update',
    publicNote: 'Updated 7 Nov: adds Russian claim of encirclement',
    internalNote: null,
    editorName: 'Olena Editor',
    publishedAt: '2025-11-07T10:00:00.000Z',
    contentHash: 'abc',
    restoredFrom: null,
    summary: null,
  },
  hasPendingChanges: true,
  pendingChanges: {
    ...emptySummary(),
    fieldsChanged: ['standfirst'],
    sectionsEdited: ['Why does Pokrovsk matter?'],
    sectionsAdded: ['What happens next?'],
    claimsStatusChanged: [{ id: 'c-encircled', statement: 'Ukrainian units in Pokrovsk are encircled', from: 'disputed', to: 'denied' }],
    mapsUpdated: [{ id: 'm-front', title: 'Who controls Pokrovsk', asOf: '2025-11-07' }],
    imagesChanged: 2,
  },
});
