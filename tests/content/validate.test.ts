// The portal's own content passes every check; counts come from the folders, so adding an entry never breaks this.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validateContent.ts';

describe('validateContent on the real content', () => {
  it('accepts the real content of the portal', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const content = validateContent(root);
    const files = (folder: string, extension: string) =>
      readdirSync(new URL(`../../content/${folder}/`, import.meta.url)).filter((name) => name.endsWith(extension));
    expect(content.events).toHaveLength(files('events', '.json').length);
    expect(content.datasets).toHaveLength(files('datasets', '.json').length);
  });
});
