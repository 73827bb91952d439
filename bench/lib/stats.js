'use strict';
/** Small numeric and timing helpers shared by the phases. */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const { performance } = require('node:perf_hooks');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Nearest-rank percentile of a list of numbers. */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN;
};
/** Polls `check` every 20 ms until it holds; throws naming `what()` after `timeoutMs`. */
const until = async (check, timeoutMs, what) => {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what()}`);
    await sleep(20);
  }
};
const r2 = (value) => (Number.isFinite(value) ? Number(value.toFixed(2)) : null);

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();
const cpuSeconds = (pid) => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return null;
  }
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const wallClock = () => performance.timeOrigin + performance.now();

const fmt = (value, digits = 2) => (value == null || !Number.isFinite(value) ? '-' : value.toFixed(digits));
const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width));

module.exports = { sleep, percentile, until, r2, cpuSeconds, median, wallClock, fmt, pad };
