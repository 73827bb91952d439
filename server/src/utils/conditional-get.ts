import type { Context } from 'koa';

/** Answers a GET whose ETag is already set: 304 when the reader holds it, else 200 with the JSON body. */
export const sendJsonUnlessFresh = (ctx: Context, body: string | object) => {
  ctx.status = 200; // Koa judges freshness only on a 2xx response
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = body;
};
