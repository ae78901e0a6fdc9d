// Filling the forms of the editor at /admin/ (Sveltia CMS) the way an editor does, for the browser tests of the built
// editor (cms.test.ts) and of the one under `npm run edit` (cmsDevCheck.test.ts), and for the editors' guide's
// screenshots (scripts/screenshot-editor.ts).
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { checkWithFiles } from '../../src/lib/cms/saveCheck.ts';
import type { ContentIssue } from '../../src/lib/contentIssue.ts';
import { checkContent } from '../../src/lib/validateContent.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** What the build says of the project's content with `written` (paths inside content/) added, as a save would write it. */
export function issuesWith(written: Record<string, string>): ContentIssue[] {
  const files = Object.entries(written).map(([path, content]) => ({ path: `content/${path}`, content }));
  return checkWithFiles(PROJECT, files, (root) => checkContent(root).issues);
}

/** The lines the editor's "Not saved" dialog shows for `issues`: where (file › entry › field), then the message. */
export function dialogLines(issues: readonly ContentIssue[]): string[] {
  return issues.map(({ file, entry, field, message }) => `${file} › entry "${entry}"${field ? ` › field "${field}"` : ''}${message}`);
}

/**
 * An event the build refuses: its English title says 12 maps and its Azerbaijani title 13 (`title` gives the words
 * before the number), with no figures to bind either.
 */
export function eventWithDifferentNumbers(date: string, source: string, title: { en: string; az: string }) {
  return {
    date,
    datePrecision: 'day',
    category: 'mine-map',
    title: { en: `${title.en}: 12 maps handed over`, az: `${title.az}: 13 xəritə təhvil verildi` },
    summary: { en: 'An event written in the browser test.', az: 'Brauzer testində yazılmış hadisə.' },
    districts: [],
    figures: [],
    sources: [source],
    flags: [],
    notes: { en: '', az: '' },
  };
}

/** An event as the tests type it into the form. */
export interface EventForm {
  date: string;
  datePrecision: string;
  category: string;
  title: { en: string; az: string };
  summary: { en: string; az: string };
  sources: readonly string[];
}

/** A correction whose dataset value changed, as the tests type it into the form. */
export interface CorrectionForm {
  date: string;
  page: string;
  summary: { en: string; az: string };
  dataset: string;
  row: string;
  column: string;
  from: string;
  to: string;
}

/** The form helpers for the page `page()` returns (the tests open it in beforeAll). */
export function editorForm(page: () => Page) {
  /** A field's group in the editor form, by its label. */
  const field = (label: string | RegExp) => page().getByRole('group', { name: typeof label === 'string' ? `“⁨${label}⁩” Field` : label });

  /** Picks `value` in the select or relation field `label` (the last one of that name: the newest component's). */
  async function pick(label: string, value: string) {
    const group = field(label).last();
    await group.locator('[role="radio"], [role="combobox"]').first().waitFor();
    // A select of up to five options is a radio group, a longer one a combobox (options may carry a label after the id).
    if (await group.getByRole('radio').count()) return group.getByRole('radio', { name: value, exact: true }).click();
    const combobox = group.getByRole('combobox').first();
    const option = page()
      .getByRole('option', { name: new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\(|$)`) })
      .first();
    // A long relation list (hundreds of sources) may render again while it loads and drop the option being clicked:
    // open it and try again a few times rather than wait on a detached element.
    for (let attempt = 1; ; attempt++) {
      try {
        await combobox.click();
        await option.click({ timeout: 8_000 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
        await page().keyboard.press('Escape');
      }
    }
  }

  /** Types an event into the open "new event" form. */
  async function fillEvent(event: EventForm) {
    await field(/^“⁨Date/)
      .getByRole('textbox')
      .fill(event.date);
    await pick('Date precision', event.datePrecision);
    await pick('Category', event.category);
    await field('Title').getByRole('textbox', { name: 'English' }).fill(event.title.en);
    await field('Title').getByRole('textbox', { name: 'Azərbaycanca' }).fill(event.title.az);
    await field('Summary').getByRole('textbox', { name: 'English' }).fill(event.summary.en);
    await field('Summary').getByRole('textbox', { name: 'Azərbaycanca' }).fill(event.summary.az);
    for (const source of event.sources) await pick('Sources (main source first)', source);
  }

  /** Types a correction with a changed dataset value into the open "new correction" form. */
  async function fillCorrection(correction: CorrectionForm) {
    await field(/^“⁨Date published/)
      .getByRole('textbox')
      .fill(correction.date);
    await field(/^“⁨Page corrected/)
      .getByRole('textbox')
      .fill(correction.page);
    await field('What was wrong and what it says now').getByRole('textbox', { name: 'English' }).fill(correction.summary.en);
    await field('What was wrong and what it says now').getByRole('textbox', { name: 'Azərbaycanca' }).fill(correction.summary.az);
    await pick('Dataset whose version records the change', correction.dataset);
    // The optional group's fields appear once its box is ticked.
    await page()
      .getByText(/^Add .*Changed dataset value/)
      .first()
      .click();
    await pick('Row key', correction.row);
    await field(/^“⁨Column name/)
      .getByRole('textbox')
      .fill(correction.column);
    await field('Value now in the CSV').getByRole('textbox').fill(correction.from);
    await field('Corrected value').getByRole('textbox').fill(correction.to);
  }

  /** Closes the notice Sveltia shows after a hook stopped a save. */
  async function closeSaveFailedNotice() {
    await page()
      .getByRole('alertdialog')
      .or(page().getByRole('dialog', { name: 'Error' }))
      .getByRole('button', { name: 'OK' })
      .click();
  }

  return { field, pick, fillEvent, fillCorrection, closeSaveFailedNotice };
}
