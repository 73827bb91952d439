import type { DeliveryView, TargetView } from '../../../api/sync';

export const referenceSite = (): TargetView => ({
  id: 1,
  name: 'Reference site (development)',
  url: 'http://127.0.0.1:3000/webhooks/strapi',
  enabled: true,
  payloadMode: 'snapshot',
  revalidateUrl: null,
  timeoutMs: 5000,
  maxAttempts: 8,
  hasSecret: true,
});

export const staging = (): TargetView => ({
  id: 2,
  name: 'Staging',
  url: 'http://127.0.0.1:9/hook',
  enabled: true,
  payloadMode: 'event',
  revalidateUrl: 'https://staging.example.com/api/revalidate',
  timeoutMs: 2000,
  maxAttempts: 3,
  hasSecret: true,
});

export const delivery = (overrides: Partial<DeliveryView> = {}): DeliveryView => ({
  id: 10,
  targetId: 1,
  targetName: 'Reference site (development)',
  kind: 'revision',
  slug: 'pokrovsk',
  locale: 'en',
  revisionNumber: 2,
  webhookId: 'msg_2wX8pokrovsk',
  state: 'delivered',
  attempts: 1,
  nextAttemptAt: null,
  lastStatus: 200,
  lastError: null,
  deliveredAt: '2025-11-07T10:00:01.000Z',
  attemptLog: [{ at: '2025-11-07T10:00:00.900Z', status: 200, error: null, durationMs: 41 }],
  ...overrides,
});

export const deadDelivery = (overrides: Partial<DeliveryView> = {}): DeliveryView =>
  delivery({
    id: 11,
    targetId: 2,
    targetName: 'Staging',
    state: 'dead',
    attempts: 3,
    lastStatus: null,
    lastError: 'TypeError: fetch failed',
    deliveredAt: null,
    attemptLog: [
      { at: '2025-11-07T10:00:00.900Z', status: null, error: 'TypeError: fetch failed', durationMs: 3 },
      { at: '2025-11-07T10:00:02.100Z', status: 503, error: 'HTTP 503', durationMs: 120 },
      { at: '2025-11-07T10:00:06.400Z', status: null, error: 'TypeError: fetch failed', durationMs: 2 },
    ],
    ...overrides,
  });

/** What Strapi's fetch client throws for the server's 400 ValidationError envelope. */
export const validationError = (path: string, message: string) =>
  Object.assign(new Error(message), {
    name: 'FetchError',
    status: 400,
    response: {
      data: {
        data: null,
        error: { status: 400, name: 'ValidationError', message, details: { errors: [{ path: [path], message, name: 'ValidationError' }] } },
      },
    },
  });
