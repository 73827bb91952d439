import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { screenshot } from './admin-ui';

/**
 * A browser journey as ordered jest steps sharing one session: each step fails on an uncaught page
 * error or a 5xx from Strapi, a failed step leaves screenshots (and the page's roles and names, to
 * see what a locator missed), and later steps report which step they depended on.
 */
export const createJourney = ({
  out,
  stepTimeoutMs,
  strapiUrl,
  pages,
}: {
  out: string;
  stepTimeoutMs: number;
  /** Responses from this origin are checked for 5xx (read when the response arrives). */
  strapiUrl: () => string | undefined;
  /** The pages to capture when a step fails, by who holds them. */
  pages: () => Record<string, Page | undefined>;
}) => {
  const pageErrors: string[] = [];
  const serverErrors: string[] = [];
  let shotNumber = 0;
  let failedStep: string | null = null;

  const watch = (page: Page, who: string) => {
    page.setDefaultTimeout(30_000);
    page.setDefaultNavigationTimeout(120_000);
    page.on('pageerror', (error) => pageErrors.push(`${who}: ${error.message}`));
    page.on('response', (response) => {
      const origin = strapiUrl();
      if (response.status() >= 500 && origin && response.url().startsWith(origin)) {
        serverErrors.push(`${who}: ${response.status()} ${response.request().method()} ${response.url()}`);
      }
    });
    return page;
  };

  const shot = async (page: Page, name: string, options?: { full?: boolean }) => {
    shotNumber += 1;
    await screenshot(page, path.join(out, `${String(shotNumber).padStart(2, '0')}-${name}.png`), options);
  };

  const captureFailure = async (slug: string) => {
    for (const [who, page] of Object.entries(pages())) {
      if (!page || page.isClosed()) continue;
      await page.screenshot({ path: path.join(out, `FAILED-${slug}-${who}.png`) }).catch(() => undefined);
      const aria = await page.locator('body').ariaSnapshot({ timeout: 5000 }).catch(() => '');
      fs.writeFileSync(path.join(out, `FAILED-${slug}-${who}.aria.yml`), aria);
      // CI keeps the log, not test-results/: what the page showed, in short, goes there too.
      const lines = aria.split('\n');
      console.error(`${who}'s page when "${slug}" failed: ${page.url()}\n${lines.slice(0, 120).join('\n')}${lines.length > 120 ? `\n… ${lines.length - 120} more lines` : ''}`);
    }
  };

  const step = (name: string, run: () => Promise<void>) =>
    it(
      name,
      async () => {
        if (failedStep) throw new Error(`not run: it depends on the step that failed, "${failedStep}"`);
        const errorsBefore = pageErrors.length;
        const serverErrorsBefore = serverErrors.length;
        try {
          await run();
          expect({ pageErrors: pageErrors.slice(errorsBefore), serverErrors: serverErrors.slice(serverErrorsBefore) }).toEqual({ pageErrors: [], serverErrors: [] });
        } catch (error) {
          failedStep = name;
          await captureFailure(name.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
          throw error;
        }
      },
      stepTimeoutMs
    );

  return { watch, shot, step };
};
