/** Where the built site serves the editor's bundle (scripts/build-editor.ts), and its entry file there. */
export const EDITOR_BASE = '/admin/editor/';
export const EDITOR_ENTRY_FILE = 'editor.js';
