// The CMS's configuration for /admin/, built once from the content's ids and the deployment's settings.
import { buildCmsConfig } from '../lib/cms/cmsConfig.ts';
import type { CmsSetup } from '../lib/cms/cmsSetup.ts';
import { getDistrictsById, getEntries } from './content.ts';

/**
 * The repository the CMS commits to in production: PUBLIC_CMS_REPO (`owner/name`), PUBLIC_CMS_BRANCH (default
 * `main`) and PUBLIC_CMS_AUTH_URL (the OAuth helper's address; left out, editors sign in with an access token).
 */
function backendSettings() {
  return {
    repo: import.meta.env.PUBLIC_CMS_REPO || 'mine-action-azerbaijan/portal',
    branch: import.meta.env.PUBLIC_CMS_BRANCH || 'main',
    authUrl: import.meta.env.PUBLIC_CMS_AUTH_URL || undefined,
  };
}

/** The CMS setup: collections, component pickers and the save-time type rules. */
export async function getCmsSetup(): Promise<CmsSetup> {
  const [datasets, events, charts, districts] = await Promise.all([getEntries('datasets'), getEntries('events'), getEntries('charts'), getDistrictsById()]);
  const byId = <T extends { id: string }>(entries: T[]) => entries.map((entry) => entry.id).sort();
  return buildCmsConfig(
    {
      datasets: datasets
        .map((entry) => ({
          id: entry.id,
          rows: entry.data.rows.map((row) => String(row[entry.data.primaryKey])),
          numericFields: entry.data.fields.filter((field) => field.type === 'integer' || field.type === 'number').map((field) => field.name),
        }))
        .sort((a, b) => a.id.localeCompare(b.id)),
      events: byId(events),
      charts: byId(charts),
      districts: [...districts.values()].map((place) => ({ label: place.data.name.en, value: place.id })).sort((a, b) => a.value.localeCompare(b.value)),
    },
    backendSettings(),
  );
}
