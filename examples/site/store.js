/**
 * What the reference site holds: the latest snapshot of each edition of each explainer, one file per
 * (slug, locale): `<slug>.json` for the default edition (as sites stored it before editions) and
 * `<slug>.<locale>.json` for the others. Slugs have no dots, so the two never collide.
 */
const fs = require('node:fs');
const path = require('node:path');

const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const PAGE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*))?\.json$/;
const NOT_PAGES = new Set(['seen-webhook-ids.json']);

const createStore = ({ dataDir, defaultLocale }) => {
  fs.mkdirSync(dataDir, { recursive: true });
  const fileOf = (slug, locale = defaultLocale) => path.join(dataDir, locale === defaultLocale ? `${slug}.json` : `${slug}.${locale}.json`);
  const writeAtomically = (file, data) => {
    fs.writeFileSync(`${file}.tmp`, data);
    fs.renameSync(`${file}.tmp`, file);
  };

  const store = {
    defaultLocale,
    writeAtomically,
    load: (slug, locale = defaultLocale) => (fs.existsSync(fileOf(slug, locale)) ? JSON.parse(fs.readFileSync(fileOf(slug, locale), 'utf8')) : null),
    save: (slug, locale, snapshot) => writeAtomically(fileOf(slug, locale), JSON.stringify(snapshot)),
    remove: (slug, locale) => fs.rmSync(fileOf(slug, locale), { force: true }),

    /** Every page held: `{ slug, locale }`, the default edition of a slug first. */
    pages: () =>
      fs
        .readdirSync(dataDir)
        .filter((file) => !NOT_PAGES.has(file))
        .map((file) => PAGE_FILE.exec(file))
        .filter(Boolean)
        .map((match) => ({ slug: match[1], locale: match[2] ?? defaultLocale }))
        .sort((a, b) => a.slug.localeCompare(b.slug) || (a.locale === defaultLocale ? -1 : b.locale === defaultLocale ? 1 : a.locale.localeCompare(b.locale))),

    /** The locales held for one slug, the default edition first. */
    editionsOf: (slug) => store.pages().filter((page) => page.slug === slug).map((page) => page.locale),

    /** A page's path: `/explainers/<slug>` for the default edition, `/<locale>/explainers/<slug>` for the others. */
    pathOf: (slug, locale = defaultLocale) => (locale === defaultLocale ? `/explainers/${slug}` : `/${locale}/explainers/${slug}`),
  };
  return store;
};

/**
 * What an edition's page says about the other editions: `hreflang` alternates for every edition held
 * (`x-default`: the default edition), and whether the English (source) edition held has moved past
 * the revision this translation was made from.
 */
const editionContext = (store, snapshot, origin) => {
  const { slug, documentId } = snapshot.content;
  const held = store.editionsOf(slug);
  const alternates = held.map((locale) => ({ hreflang: locale, url: `${origin}${store.pathOf(slug, locale)}` }));
  if (held.includes(store.defaultLocale)) alternates.push({ hreflang: 'x-default', url: `${origin}${store.pathOf(slug)}` });
  const basedOn = snapshot.revision.basedOn;
  const source = basedOn ? store.load(slug, basedOn.locale) : null;
  const behind = source && source.content.documentId === documentId && source.revision.number > basedOn.revision;
  const sourceUpdate = behind ? { locale: basedOn.locale, url: store.pathOf(slug, basedOn.locale), publishedAt: source.revision.publishedAt } : null;
  return { alternates, sourceUpdate };
};

module.exports = { createStore, editionContext, LOCALE };
