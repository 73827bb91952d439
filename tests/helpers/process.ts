import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export type StrapiProcess = {
  child: ChildProcess;
  call: <T = unknown>(cmd: string, args?: object) => Promise<T>;
  kill9: () => Promise<void>;
  stop: () => Promise<void>;
};

/** Forks tests/helpers/strapi-process.js with the given env and waits until it listens. */
export const startStrapiProcess = (env: Record<string, string>): Promise<StrapiProcess> =>
  new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'strapi-process.js'), [], {
      env: {
      ...process.env,
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_LOG_LEVEL: 'error',
      PLAYGROUND_ADMIN: 'false',
      PLAYGROUND_SYNC_TARGET: 'false',
      // English only, like startStrapi() without `editions`.
      PLAYGROUND_SEED_EDITIONS: 'false',
      ...env,
    },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let next = 0;
    const pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.on('message', (message: any) => {
      if (message.ready) return resolve(api);
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error));
      else waiter?.resolve(message.result);
    });
    child.once('exit', (code) => {
      for (const waiter of pending.values()) waiter.reject(new Error(`strapi process exited (${code})`));
      reject(new Error(`strapi process exited before it was ready (${code})`));
    });
    const api: StrapiProcess = {
      child,
      call: (cmd, args) =>
        new Promise((res, rej) => {
          const id = ++next;
          pending.set(id, { resolve: res, reject: rej });
          child.send({ id, cmd, args });
        }),
      kill9: async () => {
        child.kill('SIGKILL');
        await exited;
      },
      stop: async () => {
        if (child.exitCode !== null) return;
        await api.call('stop').catch(() => undefined);
        await exited;
      },
    };
  });
