// The script of /admin/. Under `npm run dev` / `npm run edit` Vite serves the editor from its source; in a build the
// editor is bundled in a process of its own (scripts/build-editor.ts) into /admin/editor/, so the page only loads it.
import { EDITOR_BASE, EDITOR_ENTRY_FILE } from '../lib/cms/editorBundlePaths.ts';

if (import.meta.env.DEV) await import('./cmsAdmin.ts');
else await import(/* @vite-ignore */ `${EDITOR_BASE}${EDITOR_ENTRY_FILE}`);
