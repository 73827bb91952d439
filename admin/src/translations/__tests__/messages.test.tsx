import * as fs from 'node:fs';
import * as path from 'node:path';
import en from '../en.json';
import { messages } from '../messages';

test('en.json holds every message with its default text, and nothing else', () => {
  const fromCode = Object.fromEntries(Object.entries(messages).map(([key, { id, defaultMessage }]) => [key, { id, defaultMessage }]));
  for (const [key, { id, defaultMessage }] of Object.entries(fromCode)) {
    expect(id).toBe(`conflict-explainer.${key}`);
    expect((en as Record<string, string>)[key]).toBe(defaultMessage);
  }
  expect(Object.keys(en).sort()).toEqual(Object.keys(messages).sort());
});

test('every message is used by the admin code', () => {
  const sources: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__tests__') walk(full);
      } else if (/\.tsx?$/.test(entry.name) && !full.endsWith(path.join('translations', 'messages.ts'))) {
        sources.push(fs.readFileSync(full, 'utf8'));
      }
    }
  };
  walk(path.resolve(__dirname, '..', '..'));
  const code = sources.join('\n');
  // Keys built from a value (`kind.${kind}`, `claim-status.${status}`, `field.${name}`) count through their prefix.
  const dynamic = ['kind.', 'claim-status.', 'field.', 'explainers.status.', 'snapshot.situation.', 'image.source-kind.'];
  const unused = Object.keys(messages).filter((key) => !code.includes(`'${key}'`) && !dynamic.some((prefix) => key.startsWith(prefix)));
  expect(unused).toEqual([]);
});
