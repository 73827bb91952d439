'use strict';
/** The bench's child processes (Strapi, load generators, receivers): started, asked over IPC, and cleaned up. */
const { fork } = require('node:child_process');
const path = require('node:path');
const { BENCH_DIR, ROOT, log } = require('./settings');

const children = new Set();
const track = (child) => {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
};
let signalled = false;
/** Whether the run was interrupted (SIGINT, SIGTERM, SIGHUP): phases stop starting new work. */
const isSignalled = () => signalled;
const killAll = (signal = 'SIGKILL') => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
process.on('exit', () => killAll());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    signalled = true;
    log(`${signal}: stopping`);
    // Children leave when their IPC channel closes (the Strapi one removes its uploads and database
    // first); whatever is still there after 6 s is killed.
    for (const child of children) if (child.connected) child.disconnect();
    setTimeout(() => {
      killAll();
      process.exit(130);
    }, 6000).unref();
    process.exitCode = 130;
  });
}

const forkChild = (file, env = {}, options = {}) =>
  track(fork(path.join(BENCH_DIR, file), [], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], ...options }));

const waitFor = (child, predicate, timeoutMs, what) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${what}: no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    const onMessage = (message) => {
      if (message && (message.type === 'boot-error' || message.type === 'error')) return fail(new Error(`${what}: ${message.error}`));
      if (predicate(message)) {
        cleanup();
        resolve(message);
      }
    };
    const onExit = (code, signal) => fail(new Error(`${what}: process exited (${signal || code})`));
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const fail = (error) => {
      cleanup();
      reject(error);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });

/** Ids for IPC requests (to Strapi and to load generators), unique across the run. */
let nextId = 1;
const nextRequestId = () => nextId++;

/** Request/response over IPC with the Strapi child. */
const command = async (child, cmd, params = {}, timeoutMs = 120_000) => {
  const id = nextRequestId();
  child.send({ id, cmd, ...params });
  const reply = await waitFor(child, (message) => message && message.id === id, timeoutMs, `server ${cmd}`);
  if (!reply.ok) throw new Error(`server ${cmd} failed: ${reply.error}`);
  return reply.result;
};

module.exports = { track, isSignalled, killAll, forkChild, waitFor, nextRequestId, command };
