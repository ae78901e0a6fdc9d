// Every Azerbaijani text of the content and of the interface uses the chosen terms (src/lib/azTerms.ts, listed in the
// glossary), and the agency is named as it was at the time. The texts are read from the content, so a new event or
// article is checked by the same rule without changing this file.
import { describe, expect, it } from 'vitest';
import { AGENCY_NAME_BEFORE_2021, AGENCY_NAME_SINCE_2021, rejectedTermsIn, usesLaterAgencyName } from '../../src/lib/azTerms.ts';
import { azerbaijaniTexts } from '../../src/lib/azerbaijaniTexts.ts';
import { checkAzerbaijaniNumbers } from '../../src/lib/numberParity.ts';
import type { StringTree } from '../../src/i18n/defineStrings.ts';
import { ui } from '../../src/i18n/ui.ts';
import { realContent } from '../helpers/realContent.ts';

/** Each Azerbaijani interface string with its key path. */
function interfaceTexts(tree: StringTree, path: string[] = []): Array<{ file: string; entry: string; field: string; text: string }> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [{ file: 'src/i18n/*.ts', entry: 'az', field: [...path, key].join('.'), text: value }] : interfaceTexts(value, [...path, key]),
  );
}

describe('Azerbaijani terms', () => {
  const { content } = realContent();
  const texts = [...azerbaijaniTexts(content), ...interfaceTexts(ui.az as unknown as StringTree)];

  it('reads the Azerbaijani texts of every kind of content and the interface', () => {
    const files = new Set(texts.map((text) => text.file.split('/').slice(0, 2).join('/')));
    for (const folder of ['content/events', 'content/news', 'content/glossary', 'content/datasets', 'content/charts', 'src/i18n'])
      expect(files).toContain(folder);
  });

  it('uses none of the dropped variants', () => {
    const found = texts.flatMap(({ file, entry, field, text }) =>
      rejectedTermsIn(text).map((term) => `${file} › entry "${entry}" › field "${field}": writes "${term.variant}", write "${term.preferred}"`),
    );
    expect(found).toEqual([]);
  });

  it('names the agency as it was called at the time of each event', () => {
    const found = content.events.flatMap((event) =>
      (['title', 'summary'] as const)
        .concat()
        .map((field) => ({ field: `${field}.az`, text: event.data[field].az }))
        .concat({ field: 'notes.az', text: event.data.notes.az })
        .filter(({ text }) => usesLaterAgencyName(text, event.data.date))
        .map(
          ({ field }) =>
            `${event.file} › entry "${event.id}" › field "${field}": "${AGENCY_NAME_SINCE_2021.name}" is the name from ${AGENCY_NAME_SINCE_2021.from}; before it, write "${AGENCY_NAME_BEFORE_2021}"`,
        ),
    );
    expect(found).toEqual([]);
  });

  it('groups the thousands of interface numbers as the content does', () => {
    expect(checkAzerbaijaniNumbers(interfaceTexts(ui.az as unknown as StringTree))).toEqual([]);
  });
});
