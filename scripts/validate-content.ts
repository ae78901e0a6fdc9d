// Checks everything in content/ (schemas, dataset rows, cross-references) and prints every problem.
// Usage: npm run validate
import { fileURLToPath } from 'node:url';
import { InvalidContentError } from '../src/lib/contentIssue.ts';
import { validateContent } from '../src/lib/validateContent.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
  const content = validateContent(root);
  const counts = Object.entries(content).map(([collection, entries]) => `${entries.length} ${collection}`);
  console.log(`Content is valid: ${counts.join(', ')}.`);
} catch (error) {
  if (!(error instanceof InvalidContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
