import { requestGuardMiddlewares } from '../request-guard';

/** A Koa context with just what the guards touch. */
const fakeContext = (headers: Record<string, string> = {}) => {
  const set: Record<string, string> = {};
  return {
    method: 'POST',
    path: '/conflict-explainer/claims',
    state: {} as Record<string, unknown>,
    status: 404,
    body: undefined as unknown,
    get: (name: string) => headers[name.toLowerCase()] ?? '',
    set: (name: string, value: string) => {
      set[name.toLowerCase()] = value;
    },
    sent: set,
  };
};

describe('track-requests', () => {
  const logged: string[] = [];
  const strapi = { log: { error: (message: string) => logged.push(message) } } as any;
  const track = requestGuardMiddlewares['track-requests'](undefined, { strapi });
  beforeEach(() => logged.splice(0));

  it('answers an unexpected error with a 500 carrying the request id, and logs it once with that id', async () => {
    const ctx = fakeContext({ 'x-request-id': 'desk-report-7' });
    await track(ctx as any, async () => {
      throw new Error('database went away');
    });
    expect(ctx.status).toBe(500);
    expect(ctx.body).toMatchObject({ data: null, error: { status: 500, details: { requestId: 'desk-report-7' } } });
    expect(ctx.sent['x-request-id']).toBe('desk-report-7');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/Request desk-report-7 \(POST \/conflict-explainer\/claims\) failed: Error: database went away/);
  });

  it('answers a client error raised by Koa’s parts without logging it', async () => {
    const ctx = fakeContext();
    await track(ctx as any, async () => {
      throw Object.assign(new Error('request entity too large'), { status: 413, expose: true, name: 'PayloadTooLargeError' });
    });
    expect(ctx.status).toBe(413);
    expect(logged).toEqual([]);
    expect(ctx.sent['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
