// What the admin page receives from the build (src/lib/cms/cmsConfig.ts makes it) and reads back in the browser. Kept
// apart from the builder so the browser bundle does not carry the schemas.
import { isRecord } from '../jsonScript.ts';
import type { ComponentPickers } from './editorComponents.ts';
import type { TypeRules } from './typeRepairs.ts';

/** Where the CMS commits in production (GitHub backend). */
export interface CmsBackendSettings {
  /** `owner/name` of the GitHub repository. */
  repo: string;
  /** Branch the CMS commits to. */
  branch: string;
  /** Origin of the OAuth helper (e.g. a sveltia-cms-auth worker); left out: sign in with an access token only. */
  authUrl?: string;
}

/** A field of the CMS configuration (the subset of Sveltia's field options used here). */
export type CmsField = { name: string; label: string; widget: string } & Record<string, unknown>;

/** A folder collection of the CMS configuration. */
export type CmsCollection = { name: string; label: string; folder: string; fields: CmsField[] } & Record<string, unknown>;

/** What the admin page receives: Sveltia's configuration, the component pickers and the save-time type rules. */
export interface CmsSetup {
  config: {
    load_config_file: false;
    backend: Record<string, unknown>;
    collections: CmsCollection[];
  } & Record<string, unknown>;
  pickers: ComponentPickers;
  /** Per collection name. */
  typeRules: Record<string, TypeRules>;
}

/** The name of the article file format registered by the admin page (src/lib/frontMatter.ts). */
export const ARTICLE_FORMAT = 'mdx-frontmatter';

/** True for what buildCmsConfig returns, as the admin page reads it back from its JSON script. */
export function isCmsSetup(value: unknown): value is CmsSetup {
  return (
    isRecord(value) &&
    isRecord(value.config) &&
    Array.isArray(value.config.collections) &&
    isRecord(value.pickers) &&
    Array.isArray(value.pickers.datasets) &&
    isRecord(value.typeRules)
  );
}
