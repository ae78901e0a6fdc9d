// A source's publisher as the research wrote it ("AzerTimes (citing Trend)", "Tasnim (citing TASS), reposted by
// kaaf.at", "Report.az (Russian)") holds English phrases of credit around the outlets' names. This reads those phrases
// and writes them again with the page language's templates, keeping the names as they are.
import { fill } from '../format.ts';

/** The kinds of credit a publisher's text can carry after the outlet's name. */
export type CreditKind = 'citing' | 'republishing' | 'repostedBy' | 'via' | 'reportedBy' | 'repost' | 'mirror' | 'edition' | 'wikipediaMirror';

/** Templates for one language: `{outlet}` and `{other}` (the other outlet, or the edition's language) are filled in. */
export type CreditTemplates = Readonly<Record<CreditKind, string>>;

/** What the templates need: one per kind, and the names of the editions' languages. */
export interface PublisherPhrases {
  credits: CreditTemplates;
  /** Language names by code, as the edition template takes them. */
  languages: Readonly<Record<string, string>>;
}

const EDITIONS: Record<string, string> = { Russian: 'ru', Azerbaijani: 'az', English: 'en', German: 'de', French: 'fr', Italian: 'it' };
const EDITION = new RegExp(`^(${Object.keys(EDITIONS).join('|')})(?: (?:edition|service))?(?:, AMP page)?$`);

/** One credit phrase read from the end of a publisher's text, with the outlet it follows. */
interface Credit {
  outlet: string;
  kind: CreditKind;
  other: string;
}

/** The last credit of a publisher's text, or undefined when it ends with none (a plain name, "Landmine Monitor (ICBL)"). */
function lastCredit(publisher: string): Credit | undefined {
  const trailing = /^(.+?),? (via|reposted by) ([^()]+)$/.exec(publisher);
  if (trailing) return { outlet: trailing[1]!, kind: trailing[2] === 'via' ? 'via' : 'repostedBy', other: trailing[3]! };
  const bracket = /^(.+?) \(([^()]+)\)$/.exec(publisher);
  if (!bracket) return undefined;
  const [, outlet, inner] = bracket as unknown as [string, string, string];
  const phrase = /^(citing|republishing|reposted by|reprinted by|reprint on|reported by|via) (.+)$/.exec(inner);
  if (phrase) {
    const kinds: Record<string, CreditKind> = {
      citing: 'citing',
      republishing: 'republishing',
      'reposted by': 'repostedBy',
      'reprinted by': 'repostedBy',
      'reprint on': 'repostedBy',
      'reported by': 'reportedBy',
      via: 'via',
    };
    return { outlet, kind: kinds[phrase[1]!]!, other: phrase[2]! };
  }
  if (inner === 'repost') return { outlet, kind: 'repost', other: '' };
  if (inner === 'mirror' || inner === 'mirror copy') return { outlet, kind: 'mirror', other: '' };
  if (outlet === 'Wikipedia mirror') return { outlet: 'Wikipedia', kind: 'wikipediaMirror', other: inner };
  const edition = EDITION.exec(inner);
  if (edition) return { outlet, kind: 'edition', other: EDITIONS[edition[1]!]! };
  return undefined;
}

/** A publisher's text with its credit phrases in the templates' language ("AzerTimes (citing Trend)" → "AzerTimes (mənbə: Trend)"). */
export function publisherName(publisher: string, phrases: PublisherPhrases): string {
  const credit = lastCredit(publisher);
  if (!credit) return publisher;
  const other = credit.kind === 'edition' ? (phrases.languages[credit.other] ?? credit.other) : credit.other;
  return fill(phrases.credits[credit.kind], { outlet: publisherName(credit.outlet, phrases), other });
}
