// The deployed editor's content check, in a worker: it fetches the content the site was built from once, then checks
// each save it is sent (src/lib/cms/browserCheck.ts) without holding up the editor's page. Built as a bundle of its
// own, so the site's scripts share no chunk with it.
import { PUBLISHED_CONTENT_PATH, saveChecker, type ContentCheckReply, type ContentCheckRequest } from '../lib/cms/browserCheck.ts';

let checker: Promise<ReturnType<typeof saveChecker> | null> | undefined;

self.addEventListener('message', async (event: MessageEvent<ContentCheckRequest>) => {
  checker ??= fetch(PUBLISHED_CONTENT_PATH)
    .then(async (response) => (response.ok ? saveChecker((await response.json()) as Record<string, string>) : null))
    .catch(() => null);
  const check = await checker;
  // Not fetched (offline, or the host refused): tried again at the next save.
  if (!check) checker = undefined;
  const reply: ContentCheckReply = { id: event.data.id, issues: check ? check(event.data.files) : null };
  self.postMessage(reply);
});
