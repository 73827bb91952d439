import { COMPONENT } from '../constants';

const LINK_FIELDS = ['contradicts', 'contradictedBy', 'supports', 'supportedBy', 'updates', 'updatedByClaims'] as const;
export { LINK_FIELDS };

const claimPopulate = {
  populate: {
    claimant: true,
    ...Object.fromEntries(LINK_FIELDS.map((field) => [field, { select: ['documentId'] }])),
  },
};

/** Everything the renderer reads, in one query tree (query-engine syntax: `select`, not `fields`). */
export const SNAPSHOT_POPULATE = {
  heroImage: { populate: { image: true } },
  body: {
    on: {
      [COMPONENT.SECTION_HEADING]: true,
      [COMPONENT.RICH_TEXT]: true,
      [COMPONENT.CREDITED_IMAGE]: { populate: { image: true } },
      [COMPONENT.MAP_EMBED]: { populate: { map: true } },
      [COMPONENT.CLAIM_EMBED]: { populate: { claim: claimPopulate } },
      [COMPONENT.QUOTE]: { populate: { speaker: true } },
    },
  },
  claims: claimPopulate,
};
