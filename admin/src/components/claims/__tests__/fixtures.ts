import type { ClaimDetail, ClaimsPage, DeskActor, DeskClaim } from '../../../api/claimsTypes';

export const generalStaff: DeskActor = {
  documentId: 'actgenstaff',
  name: 'General Staff of the Armed Forces of Ukraine',
  kind: 'military',
  side: 'ukraine',
  affiliation: null,
};
export const russianMod: DeskActor = { documentId: 'actrumod', name: 'Russian Ministry of Defence', kind: 'ministry', side: 'russia', affiliation: null };
export const deepState: DeskActor = { documentId: 'actdeepstate', name: 'DeepState', kind: 'osint-group', side: 'ukraine', affiliation: null };

const noLinks = (): DeskClaim['links'] => ({ contradicts: [], contradictedBy: [], supports: [], supportedBy: [], updates: [], updatedByClaims: [] });

export const denialClaim = (overrides: Partial<DeskClaim> = {}): DeskClaim => ({
  documentId: 'clmdenial',
  statement: 'Kyiv’s General Staff denied that its forces in and around Pokrovsk had been encircled.',
  claimStatus: 'unverified',
  medium: 'statement',
  sourceUrl: 'https://example.org/general-staff',
  madeAt: '2025-11-05T09:00:00.000Z',
  lastVerifiedAt: null,
  updatedAt: '2025-11-06T10:00:00.000Z',
  version: 3,
  lastEditedBy: 'Olena Editor',
  internalNote: 'Check against DeepState map',
  claimant: generalStaff,
  links: { ...noLinks(), contradicts: [{ documentId: 'clmcauldron', statement: 'Ukrainian units were trapped in “cauldrons”', claimStatus: 'disputed' }] },
  stale: true,
  changedSincePublish: true,
  ...overrides,
});

export const cauldronClaim = (overrides: Partial<DeskClaim> = {}): DeskClaim => ({
  documentId: 'clmcauldron',
  statement: 'Russia’s defence ministry said Ukrainian units were trapped in “cauldrons” around Pokrovsk.',
  claimStatus: 'disputed',
  medium: 'briefing',
  sourceUrl: null,
  madeAt: null,
  lastVerifiedAt: '2025-11-07T08:00:00.000Z',
  updatedAt: '2025-11-04T10:00:00.000Z',
  version: 1,
  lastEditedBy: null,
  internalNote: null,
  claimant: russianMod,
  links: { ...noLinks(), contradictedBy: [{ documentId: 'clmdenial', statement: 'Kyiv’s General Staff denied …', claimStatus: 'unverified' }] },
  stale: false,
  changedSincePublish: false,
  ...overrides,
});

export const detailOf = (claim: DeskClaim, history: ClaimDetail['history'] = []): ClaimDetail => ({ ...claim, history });

export const page = (claims: DeskClaim[], meta: Partial<ClaimsPage['meta']> = {}): ClaimsPage => ({
  data: claims,
  meta: {
    pagination: { page: 1, pageSize: 25, total: claims.length, pageCount: 1 },
    staleHours: 48,
    latestRevision: 3,
    ...meta,
  },
});

/** What Strapi's fetch client throws for an error envelope. */
export const fetchError = (status: number, error: Record<string, unknown>) =>
  Object.assign(new Error(String(error.message)), {
    name: 'FetchError',
    status,
    response: { data: { data: null, error: { status, ...error } } },
  });

export const validationError = (path: string, message: string) =>
  fetchError(400, { name: 'ValidationError', message, details: { errors: [{ path: [path], message, name: 'ValidationError' }] } });

export const conflictError = (current: DeskClaim, changedBy: string, yourVersion: number) =>
  fetchError(409, {
    name: 'ConflictError',
    message: `${changedBy} saved this claim after you opened it (version ${yourVersion} → ${current.version}). Review their change and reapply yours.`,
    details: { current, changedBy, yourVersion },
  });
