// content/ read from disk (the build, `npm run validate`, the commands and the dev server's save check).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { ContentFiles } from './contentFiles.ts';

/** The files under `root`, by their paths from it with "/" between folders. */
export function contentFilesOnDisk(root: string): ContentFiles {
  return {
    list(folder) {
      const dir = join(root, folder);
      if (!existsSync(dir)) return [];
      return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((item) => item.isFile())
        .map(
          (item) =>
            `${folder}/${join(item.parentPath, item.name)
              .slice(dir.length + 1)
              .split(sep)
              .join('/')}`,
        )
        .sort();
    },
    read(file) {
      const path = join(root, file);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
  };
}
