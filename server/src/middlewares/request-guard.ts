import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';
import { PLUGIN_ID } from '../constants';
import { collectJsonIssues, isUnsafeText, UNSAFE_TEXT_MESSAGE } from '../validation/text';
import { throwIfIssues } from '../validation/issues';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Every request gets an id (a caller's own `x-request-id` is kept when it is sane), echoed in the
 * response; an unexpected error is logged once with that id and answered with it, so a reader's or
 * editor's report can be matched to the log line.
 */
const trackRequests = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => async (ctx: Context, next: Next) => {
  const incoming = ctx.get('x-request-id');
  const requestId = REQUEST_ID.test(incoming) ? incoming : randomUUID();
  ctx.state.requestId = requestId;
  ctx.set('x-request-id', requestId);
  try {
    await next();
  } catch (error) {
    if (error instanceof errors.ApplicationError || error instanceof errors.HttpError) throw error;
    const { status, expose, name, message } = error as { status?: number; expose?: boolean; name?: string; message?: string };
    if (expose && status && status >= 400 && status < 500) {
      // A client's mistake caught by Koa's own parts (e.g. the body parser's 413): answered, not logged as a failure.
      ctx.status = status;
      ctx.body = { data: null, error: { status, name: name ?? 'BadRequestError', message: message ?? 'Bad request', details: {} } };
      return;
    }
    strapi.log.error(`Request ${requestId} (${ctx.method} ${ctx.path}) failed: ${(error as Error)?.stack ?? String(error)}`);
    ctx.status = 500;
    ctx.body = { data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error', details: { requestId } } };
    return;
  }
  if (ctx.status >= 500) strapi.log.error(`Request ${requestId} (${ctx.method} ${ctx.path}) answered ${ctx.status}`);
};

const NUL = /%00|\u0000/i;

type RouteLayer = { methods: string[]; paramNames: { name: string }[]; match(path: string): boolean; captures(path: string): string[] };

/** The name of the route parameter (e.g. `documentId`) whose segment of the address matches `pattern`, if a route matches. */
const routeParamHolding = (strapi: Core.Strapi, ctx: Context, pattern: RegExp): string | undefined => {
  const layers = ((strapi.server.router as unknown as { stack?: RouteLayer[] }).stack ?? []).filter(
    (layer) => layer.methods.includes(ctx.method) && layer.paramNames.length > 0 && layer.match(ctx.path)
  );
  for (const layer of layers) {
    const captures = layer.captures(ctx.path);
    const index = captures.findIndex((capture) => typeof capture === 'string' && pattern.test(capture));
    const name = layer.paramNames[index]?.name;
    // Catch-all routes (static files, the admin panel) capture the whole path under a number, not a name.
    if (typeof name === 'string' && !/^\d+$/.test(name)) return name;
  }
  return undefined;
};

/**
 * Input no route can store or walk safely, refused with a 400 naming the field before any route runs:
 * NUL bytes and unpaired surrogates anywhere in the address, the query or a JSON body, and JSON
 * nested deeper than any content needs (Strapi's own recursive code overflows on it).
 */
const refuseUnsafeInput = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => async (ctx: Context, next: Next) => {
  if (NUL.test(ctx.path)) {
    throwIfIssues([{ path: [routeParamHolding(strapi, ctx, NUL) ?? 'path'], message: 'must not contain NUL bytes (%00)' }]);
  }
  throwIfIssues(collectJsonIssues(ctx.query));
  const body = (ctx.request as { body?: unknown }).body;
  if (typeof body === 'object' && body !== null) throwIfIssues(collectJsonIssues(body));
  else if (typeof body === 'string' && isUnsafeText(body)) throwIfIssues([{ path: ['body'], message: UNSAFE_TEXT_MESSAGE }]);
  await next();
};

/** The plugin's app-level middlewares, by the name the app's middleware stack knows them. */
export const requestGuardMiddlewares = { 'track-requests': trackRequests, 'refuse-unsafe-input': refuseUnsafeInput };

type MiddlewareEntry = string | { name?: string };

/**
 * Places the guards in the app's middleware stack (resolved after register): request tracking right
 * inside Strapi's error handler, the input guard right after the body parser.
 */
export const registerRequestGuards = (strapi: Core.Strapi) => {
  const stack = [...((strapi.config.get('middlewares') as MiddlewareEntry[] | undefined) ?? [])];
  const positionOf = (name: string) => stack.findIndex((entry) => entry === name || (typeof entry === 'object' && entry.name === name));
  if (positionOf('strapi::body') === -1 || positionOf(`plugin::${PLUGIN_ID}.refuse-unsafe-input`) !== -1) return;
  stack.splice(positionOf('strapi::body') + 1, 0, `plugin::${PLUGIN_ID}.refuse-unsafe-input`, `plugin::${PLUGIN_ID}.refuse-unknown-locale`);
  stack.splice(positionOf('strapi::errors') + 1, 0, `plugin::${PLUGIN_ID}.track-requests`);
  strapi.config.set('middlewares', stack);
};
