'use strict';
/** Plain node:http requests, so the bench measures the server, not a client library. */
const http = require('node:http');
const { performance } = require('node:perf_hooks');

const get = (url, headers = {}, agent = undefined) =>
  new Promise((resolve, reject) => {
    const req = http.get(url, { headers, ...(agent ? { agent } : {}) }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: GET ${url}`)));
    req.on('error', reject);
  });

const postJson = (url, payload) =>
  new Promise((resolve, reject) => {
    const body = Buffer.from(JSON.stringify(payload));
    const req = http.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length) } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: POST ${url}`)));
    req.on('error', reject);
    req.end(body);
  });

/** A JSON request (admin API) on an agent; resolves with status, parsed JSON (when any) and client ms. */
const requestJson = (method, url, payload, headers = {}, agent = undefined) =>
  new Promise((resolve, reject) => {
    const body = payload === undefined ? null : Buffer.from(JSON.stringify(payload));
    const t = performance.now();
    const req = http.request(
      url,
      {
        method,
        headers: { ...headers, ...(body ? { 'Content-Type': 'application/json', 'Content-Length': String(body.length) } : {}) },
        ...(agent ? { agent } : {}),
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json = null;
          try {
            json = text ? JSON.parse(text) : null;
          } catch {
            json = null;
          }
          resolve({ status: res.statusCode, json, text, ms: performance.now() - t });
        });
        res.on('error', reject);
      }
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${method} ${url}`)));
    req.on('error', reject);
    req.end(body || undefined);
  });

module.exports = { get, postJson, requestJson };
