/** Small helpers for driving the Strapi admin in Chromium (browser suite). */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

/**
 * The admin scrolls inside a container, not the document, so Playwright's fullPage screenshot only
 * sees the viewport. Grow the viewport to the tallest scroller's content for the shot (capped), then
 * restore it. Open dialogs are shot as they are (the viewport is what the editor sees).
 */
const EXTRA_HEIGHT = `(() => {
  let extra = 0;
  for (const el of document.querySelectorAll('body *')) {
    if (el.tagName === 'TEXTAREA') continue;
    const style = getComputedStyle(el);
    if ((style.overflowY === 'auto' || style.overflowY === 'scroll') && el.clientHeight > 200) {
      extra = Math.max(extra, el.scrollHeight - el.clientHeight);
    }
  }
  return extra;
})()`;

export const screenshot = async (page: Page, file: string, { full = true, maxHeight = 7000 }: { full?: boolean; maxHeight?: number } = {}) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const viewport = page.viewportSize();
  const hasDialog = (await page.getByRole('dialog').count()) + (await page.getByRole('alertdialog').count()) > 0;
  const extra = full && viewport && !hasDialog ? Number(await page.evaluate(EXTRA_HEIGHT)) : 0;
  if (viewport && extra > 0) await page.setViewportSize({ width: viewport.width, height: Math.min(maxHeight, viewport.height + extra) });
  try {
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  } finally {
    if (viewport && extra > 0) await page.setViewportSize(viewport);
  }
};

/** Polls `check` (bounded); returns how long it took. */
export const pollUntil = async (check: () => Promise<boolean>, timeoutMs: number, what: string, intervalMs = 250) => {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
};

/** Waits until an input holds `value` (forms fill in after their data arrives), or fails saying what it holds. */
export const expectValue = async (input: Locator, value: string, timeoutMs = 30_000) => {
  let last = '';
  try {
    await pollUntil(async () => (last = await input.inputValue()) === value, timeoutMs, 'the value');
  } catch {
    throw new Error(`expected the input to hold ${JSON.stringify(value)} within ${timeoutMs} ms; it holds ${JSON.stringify(last)}`);
  }
};

/**
 * Waits until `scope` shows `text` (visible), or fails saying what was expected and what the
 * scope shows instead.
 */
export const expectVisible = async (scope: Locator | Page, text: string | RegExp, { timeout = 30_000, exact = false, what }: { timeout?: number; exact?: boolean; what?: string } = {}) => {
  const target = scope.getByText(text, { exact }).first();
  try {
    await target.waitFor({ state: 'visible', timeout });
  } catch {
    const body = 'goto' in scope ? scope.locator('body') : scope;
    const shown = await body.innerText({ timeout: 1000 }).catch(() => '(unreadable)');
    throw new Error(`expected to see ${what ?? JSON.stringify(String(text))} within ${timeout} ms; it shows:\n${shown.slice(0, 1500)}`);
  }
  return target;
};

/** The admin's login form, as an editor fills it. */
export const loginThroughForm = async (page: Page, adminUrl: string, { email, password }: { email: string; password: string }) => {
  await page.goto(adminUrl, { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Email').waitFor({ timeout: 120_000 });
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Login' }).click();
  // Home greets the editor by first name once the session is up.
  await page.getByRole('heading', { name: /^Hello / }).waitFor({ timeout: 90_000 });
};
