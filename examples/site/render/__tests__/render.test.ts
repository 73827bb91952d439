/** The reference site's pure render helpers, without Strapi. */
const { stripUpdatedPrefix, renderPage } = require('../page');
const { relatedGroups } = require('../claims');
const { srcsetOf } = require('../images');
const { labelsFor, formatters, EDITIONS } = require('../labels');

const en = labelsFor('en');

describe('the update note is written once', () => {
  it.each([
    ['Updated 7 Nov: General Staff denial now disputed', 'General Staff denial now disputed'],
    ['updated on 7 November 2025 — maps redrawn', 'maps redrawn'],
    ['Updated: maps redrawn', 'maps redrawn'],
    ['  UPDATED 07/11/2025: maps redrawn', 'maps redrawn'],
  ])('%j reads %j after the page’s own "Updated <date>:"', (note, expected) => {
    expect(stripUpdatedPrefix(note, en)).toBe(expected);
  });

  it.each(['Updated figures: 200 more displaced', 'Updated maps show the new front line', 'Correction: the bridge is intact', 'Updated 7 Nov:'])(
    'keeps %j as the editor wrote it (no date to drop, or nothing left)',
    (note) => {
      expect(stripUpdatedPrefix(note, en)).toBe(note);
    }
  );
});

describe('related claims', () => {
  it('shows a contradiction once whichever side recorded it, and a claim in one group only, never itself', () => {
    const claim = {
      id: 'a',
      links: { contradicts: ['b', 'c'], contradictedBy: ['b', 'd'], supports: ['e', 'a'], supportedBy: ['e'], updates: [], updatedByClaims: ['c'] },
    };
    expect(relatedGroups(claim)).toEqual([
      ['contradictedBy', ['b', 'c', 'd']],
      ['supportedBy', ['e']],
    ]);
  });
});

describe('images', () => {
  it('lists each rendition width once, narrowest first, then the original, with relative URLs on the media origin', () => {
    const image = {
      url: '/uploads/a.jpg',
      width: 1200,
      height: 675,
      formats: [
        { name: 'thumbnail', url: '/uploads/thumbnail_a.jpg', width: 245, height: 138 },
        { name: 'small', url: 'https://cdn.example/small_a.jpg', width: 500, height: 281 },
      ],
    };
    expect(srcsetOf(image, 'http://cms')).toBe('http://cms/uploads/thumbnail_a.jpg 245w, https://cdn.example/small_a.jpg 500w, http://cms/uploads/a.jpg 1200w');
    expect(srcsetOf({ url: '/a.svg', width: null, height: null, formats: [] }, '')).toBe('');
  });
});

describe('editions', () => {
  it('labels each edition in its language, an unknown one in English, and dates in the edition’s time zone', () => {
    const uk = labelsFor('uk-UA');
    expect(uk.lang).toBe('uk');
    expect(uk.media['social-post']).toBe('Допис у соцмережах');
    expect(labelsFor('ru').statuses.disputed.label).toBe('Оспаривается');
    expect(labelsFor('fr')).toEqual(en);
    expect(Object.keys(EDITIONS.uk.media).sort()).toEqual(Object.keys(en.media).sort());
    expect(Object.keys(EDITIONS.ru.actorKinds).sort()).toEqual(Object.keys(en.actorKinds).sort());
    expect(stripUpdatedPrefix('Оновлено 7 листопада: нова мапа', uk)).toBe('нова мапа');
    expect(formatters(uk).dateTime('2025-11-07T09:05:00Z')).toContain('11:05');
    expect(formatters(en).dateTime('2025-11-07T09:05:00Z')).toBe('7 November 2025 at 09:05 UTC');
  });
});

describe('the page', () => {
  const snapshot = {
    content: {
      locale: null,
      slug: 'x',
      title: 'A <title>',
      standfirst: null,
      place: null,
      topic: null,
      situationStatus: 'settled',
      byline: null,
      heroImage: null,
      sections: [{ id: 'intro', question: null, blocks: [{ type: 'text', content: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] }] }] }],
      claims: [],
      actors: [],
      maps: [],
    },
    revision: { number: 1, kind: 'update', note: 'First', publishedAt: '2025-11-07T09:05:00Z', contentHash: 'h' },
    firstPublishedAt: '2025-11-07T09:05:00Z',
    changelog: [{ number: 1, kind: 'update', note: 'First', publishedAt: '2025-11-07T09:05:00Z' }],
    changelogTotal: 1,
    jsonLd: { headline: '</script><script>alert(1)</script>' },
  };

  it('escapes the snapshot’s text, drops unsafe links and announces no update on the first publish', () => {
    const html = renderPage(snapshot, { pageUrl: 'https://news.example/explainers/x' });
    expect(html).toContain('<h1>A &lt;title&gt;</h1>');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('</script><script>');
    expect(html).not.toContain('id="updated"');
    expect(html).toContain('<link rel="canonical" href="https://news.example/explainers/x">');
  });
});

describe('editions of a page', () => {
  const fs = require('node:fs');
  const os = require('node:os');
  const path = require('node:path');
  const { createStore, editionContext } = require('../../store');

  const snapshotIn = (locale: string, number: number, publishedAt: string, basedOn: { locale: string; revision: number } | null) => ({
    locale,
    content: { documentId: 'doc', locale, slug: 'pokrovsk', title: `Pokrovsk (${locale})`, standfirst: null, place: null, topic: null, situationStatus: 'developing', byline: null, heroImage: null, sections: [], claims: [], actors: [], maps: [] },
    revision: { number, kind: 'update', note: 'n', publishedAt, contentHash: `h${locale}${number}`, basedOn },
    firstPublishedAt: '2025-11-01T08:00:00Z',
    changelog: [],
    changelogTotal: number,
    jsonLd: {},
  });
  const held = (editions: Record<string, any>) => {
    const store = createStore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'ce-render-')), defaultLocale: 'en' });
    for (const [locale, snapshot] of Object.entries(editions)) store.save('pokrovsk', locale, snapshot);
    return store;
  };
  const en2 = snapshotIn('en', 2, '2025-11-07T09:05:00Z', null);
  const uk1 = snapshotIn('uk', 1, '2025-11-02T10:00:00Z', { locale: 'en', revision: 1 });
  const ru1 = snapshotIn('ru', 1, '2025-11-02T10:00:00Z', { locale: 'en', revision: 1 });

  it('links every edition the site holds with hreflang, and x-default to the default edition', () => {
    const store = held({ en: en2, uk: uk1, ru: ru1 });
    expect(store.pages()).toEqual([
      { slug: 'pokrovsk', locale: 'en' },
      { slug: 'pokrovsk', locale: 'ru' },
      { slug: 'pokrovsk', locale: 'uk' },
    ]);
    const html = renderPage(uk1, { pageUrl: 'https://news.example/uk/explainers/pokrovsk', ...editionContext(store, uk1, 'https://news.example') });
    expect(html).toContain('<html lang="uk">');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://news.example/explainers/pokrovsk">');
    expect(html).toContain('<link rel="alternate" hreflang="uk" href="https://news.example/uk/explainers/pokrovsk">');
    expect(html).toContain('<link rel="alternate" hreflang="ru" href="https://news.example/ru/explainers/pokrovsk">');
    expect(html).toContain('<link rel="alternate" hreflang="x-default" href="https://news.example/explainers/pokrovsk">');
  });

  it('a translation behind the English edition says so at the top, in its language, with the date and a link; an up-to-date one and English do not', () => {
    const store = held({ en: en2, uk: uk1, ru: ru1 });
    const uk = renderPage(uk1, editionContext(store, uk1, ''));
    expect(uk).toContain('class="edition-behind"');
    expect(uk).toContain('Англійську версію оновлено після цього перекладу: <time datetime="2025-11-07T09:05:00Z">7 листопада 2025');
    expect(uk).toMatch(/<a href="\/explainers\/pokrovsk" hreflang="en">Читати англійською<\/a>/);
    // The notice comes before the headline.
    expect(uk.indexOf('class="edition-behind"')).toBeLessThan(uk.indexOf('<h1>'));
    const ru = renderPage(ru1, editionContext(store, ru1, ''));
    expect(ru).toContain('Английская версия обновлена после этого перевода:');
    expect(ru).toContain('Читать на английском');
    expect(renderPage(en2, editionContext(store, en2, ''))).not.toContain('class="edition-behind"');
    const caughtUp = snapshotIn('uk', 2, '2025-11-08T10:00:00Z', { locale: 'en', revision: 2 });
    expect(renderPage(caughtUp, editionContext(store, caughtUp, ''))).not.toContain('class="edition-behind"');
  });

  it('without the English edition held (or another document under the slug) there is nothing to compare: no notice, no x-default', () => {
    const alone = held({ uk: uk1 });
    const context = editionContext(alone, uk1, 'https://news.example');
    expect(context).toEqual({ alternates: [{ hreflang: 'uk', url: 'https://news.example/uk/explainers/pokrovsk' }], sourceUpdate: null });
    const other = held({ en: { ...en2, content: { ...en2.content, documentId: 'other' } }, uk: uk1 });
    expect(editionContext(other, uk1, '').sourceUpdate).toBeNull();
  });
});
