// The safety page's data: the safety-guidance dataset and its rows by section (src/lib/safety/safetyGuidance.ts).
import { groupSafetyGuidance } from '../lib/safety/safetyGuidance.ts';
import { getEntryById } from './content.ts';

/** The safety-guidance dataset and its sections. */
export async function getSafetyGuidance() {
  const dataset = await getEntryById('datasets', 'safety-guidance');
  return { dataset, guidance: groupSafetyGuidance(dataset.data.rows) };
}
