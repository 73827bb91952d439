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
