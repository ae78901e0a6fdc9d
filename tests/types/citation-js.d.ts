// @citation-js/core and its RIS plugin ship no types; the tests only parse a record into CSL-JSON items.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Array<Record<string, unknown> & { note?: string }>;
  }
}
declare module '@citation-js/plugin-ris';
