// The files of content/ as the checks read them, by their path from the project's root ("content/events/x.json"):
// on disk for the build and the commands (contentFilesOnDisk.ts), or in memory in the editor's browser, where the site's
// published content with the files a save writes is checked by the same code (src/lib/cms/browserCheck.ts).

/** What the checks read: the files under a folder and a file's text. */
export interface ContentFiles {
  /** Every file under `folder` (a path from the root), in subfolders too, sorted. */
  list(folder: string): string[];
  /** A file's text, or undefined when there is no such file. */
  read(file: string): string | undefined;
}

/** Files held in memory, by path from the root; `changed` replaces or adds files (what a save writes). */
export function contentFilesInMemory(files: Readonly<Record<string, string>>, changed: readonly { path: string; content: string }[] = []): ContentFiles {
  const all = new Map(Object.entries(files));
  for (const file of changed) all.set(file.path, file.content);
  const paths = [...all.keys()].sort();
  return {
    list: (folder) => paths.filter((path) => path.startsWith(`${folder}/`)),
    read: (file) => all.get(file),
  };
}

/** The files directly in `folder` (not in its subfolders) whose names end with one of `extensions`. */
export function filesIn(files: ContentFiles, folder: string, extensions: readonly string[]): string[] {
  return files.list(folder).filter((path) => !path.slice(folder.length + 1).includes('/') && extensions.some((extension) => path.endsWith(extension)));
}

/** A path's last part without `extension`: "content/events/x.json" → "x". */
export function fileId(path: string, extension: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.endsWith(extension) ? name.slice(0, -extension.length) : name;
}
