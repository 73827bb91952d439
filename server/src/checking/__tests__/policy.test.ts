import { DEFAULT_RECHECK_HOURS, mergeRecheckHours } from '../../config';
import { ageInDays, claimDueAt, mapCutoff, situationOf } from '../policy';

const policy = mergeRecheckHours({ developing: { disputed: 12 } });
const verified = '2026-12-01T00:00:00.000Z';

describe('re-verification policy', () => {
  it('a disputed claim is due 12 hours after its verification while the story develops', () => {
    const due = claimDueAt({ claimStatus: 'disputed', lastVerifiedAt: verified, createdAt: '2026-01-01T00:00:00Z' }, 'developing', policy);
    expect(due).toEqual({ dueAt: new Date('2026-12-01T12:00:00.000Z'), everyHours: 12 });
  });

  it('reads the settled column once every piece is settled, and null means never due', () => {
    const claim = { claimStatus: 'disputed' as const, lastVerifiedAt: verified, createdAt: verified };
    expect(claimDueAt(claim, 'settled', policy)?.everyHours).toBe(DEFAULT_RECHECK_HOURS.settled.disputed);
    expect(claimDueAt({ ...claim, claimStatus: 'false' }, 'developing', policy)).toBeNull();
    expect(claimDueAt(claim, 'developing', mergeRecheckHours({ developing: { disputed: null } }))).toBeNull();
  });

  it('a claim never verified counts from its creation', () => {
    const due = claimDueAt({ claimStatus: 'unverified', lastVerifiedAt: null, createdAt: verified }, 'developing', policy);
    expect(due?.dueAt.toISOString()).toBe('2026-12-01T06:00:00.000Z');
  });

  it('an app overrides one status and keeps the other defaults', () => {
    expect(policy.developing.disputed).toBe(12);
    expect(policy.developing.unverified).toBe(DEFAULT_RECHECK_HOURS.developing.unverified);
    expect(mergeRecheckHours({ developing: { disputed: 2 } }).developing.disputed).toBe(2);
  });

  it('a claim is developing while any of its pieces is', () => {
    expect(situationOf([{ situationStatus: 'settled' }, { situationStatus: 'developing' }])).toBe('developing');
    expect(situationOf([{ situationStatus: 'settled' }])).toBe('settled');
    expect(situationOf([])).toBe('settled');
  });
});

describe('map age', () => {
  it('counts whole days and cuts off at the configured age', () => {
    const now = Date.parse('2026-12-10T09:00:00Z');
    expect(ageInDays('2026-12-01', now)).toBe(9);
    expect(mapCutoff(now, 7)).toBe('2026-12-03');
  });
});
