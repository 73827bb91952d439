'use strict';
const crypto = require('node:crypto');
const { forkChild, waitFor, command } = require('./children');

/**
 * A fresh bench/receiver.js (its own process and secret) and a sync target of the run's Strapi
 * pointing at it: the arrivals it reports, and a way to wait for one revision's arrival.
 */
const startReceiver = async (server) => {
  const receiver = forkChild('receiver.js');
  const arrivals = [];
  const waiting = new Map();
  receiver.on('message', (message) => {
    if (!message || message.type !== 'delivery') return;
    arrivals.push(message);
    const resolve = waiting.get(message.revision);
    if (resolve) {
      waiting.delete(message.revision);
      resolve(message);
    }
  });
  const secret = `whsec_${crypto.randomBytes(32).toString('base64')}`;
  const receiverReady = waitFor(receiver, (message) => message && message.type === 'ready', 15_000, 'receiver');
  receiver.send({ secret });
  const { port } = await receiverReady;
  const url = `http://127.0.0.1:${port}/webhooks/conflict-explainer`;
  const target = await command(server, 'createSyncTarget', { url, secret });
  /** The arrival of `revision`, or null after `timeoutMs`. */
  const arrivalOf = (revision, timeoutMs) => {
    const found = arrivals.find((a) => a.revision === revision);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(revision);
        resolve(null);
      }, timeoutMs);
      waiting.set(revision, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
  };
  const stop = () => {
    if (receiver.connected) receiver.disconnect();
  };
  return { receiver, arrivals, arrivalOf, url, port, target, stop };
};

module.exports = { startReceiver };
