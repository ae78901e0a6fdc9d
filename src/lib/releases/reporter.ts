/** Who gave the figure, by the words of the release. */
export type Reporter = 'ANAMA' | 'ANAMA chairman' | 'ANAMA official' | 'Cabinet of Ministers' | 'Prime Minister' | 'government working group';

const RULES: Array<[RegExp, Reporter]> = [
  [/prime minister|baş nazir|премьер-министр/iu, 'Prime Minister'],
  [/cabinet of ministers|nazirlər kabineti|кабинет министров/iu, 'Cabinet of Ministers'],
  [
    /(?:anama|agency)['’]s? (?:chairman|head)|chairman of (?:anama|the (?:board of the )?(?:azerbaijan )?(?:national )?(?:mine action )?agency)|(?:idarə heyətinin )?sədri|председател\p{L}* (?:правления )?(?:anama|агентства)/iu,
    'ANAMA chairman',
  ],
  [/deputy chairman|sədr müavini|заместител\p{L}* председател/iu, 'ANAMA official'],
];

/** The reporter a release names; ANAMA itself unless its chairman, an official or another body gave the figure. */
export function reportedBy(text: string): Reporter {
  for (const [re, who] of RULES) if (re.test(text)) return who;
  return 'ANAMA';
}
