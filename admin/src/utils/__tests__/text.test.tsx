import { diffLines, diffWords, richTextParagraphs, sideOf } from '../text';

test('rich text reads as paragraphs, list items included', () => {
  expect(
    richTextParagraphs([
      { type: 'paragraph', children: [{ type: 'text', text: 'Pokrovsk is a ' }, { type: 'text', text: 'logistics hub', bold: true }, { type: 'text', text: '.' }] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'road' }] }, { type: 'list-item', children: [{ type: 'text', text: 'rail' }] }] },
      { type: 'paragraph', children: [{ type: 'text', text: '' }] },
    ])
  ).toEqual(['Pokrovsk is a logistics hub.', '• road', '• rail']);
});

test('a word diff marks what went and what came, a space between two changes included', () => {
  const parts = diffWords('Russian forces are closing in on Pokrovsk', 'Russian forces have entered Pokrovsk');
  expect(sideOf(parts, 'before')).toEqual([
    { kind: 'same', text: 'Russian forces ' },
    { kind: 'removed', text: 'are closing in on' },
    { kind: 'same', text: ' Pokrovsk' },
  ]);
  expect(sideOf(parts, 'after')).toEqual([
    { kind: 'same', text: 'Russian forces ' },
    { kind: 'added', text: 'have entered' },
    { kind: 'same', text: ' Pokrovsk' },
  ]);
});

test('a paragraph diff pairs a replaced paragraph as changed and keeps added and removed ones', () => {
  expect(diffLines(['a', 'b', 'c', 'd'], ['a', 'B', 'c', 'e', 'f'])).toEqual([
    { kind: 'same', text: 'a' },
    { kind: 'changed', before: 'b', after: 'B' },
    { kind: 'same', text: 'c' },
    { kind: 'changed', before: 'd', after: 'e' },
    { kind: 'added', text: 'f' },
  ]);
  expect(diffLines(['a', 'b'], ['a'])).toEqual([{ kind: 'same', text: 'a' }, { kind: 'removed', text: 'b' }]);
});
