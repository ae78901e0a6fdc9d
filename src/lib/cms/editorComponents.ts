// The article components as the CMS editor inserts them: a form per component whose pickers list the real ids
// (generated when the site is built), a pattern that recognises the component on a line of its own, and the one
// canonical form it is written back in: `<Stat dataset="…" row="…" field="…" />`, `<EventRef id="…" />`,
// `<Chart id="…" />`, `<DistrictMap focus="…" />` and `<Callout kind="…">` with its text between blank lines.

/** A choice in a picker: the id written, and what the editor reads. */
export interface PickerOption {
  label: string;
  value: string;
}

/** The ids each picker offers, taken from the content when the site is built. */
export interface ComponentPickers {
  /** Datasets with at least one numeric field. */
  datasets: PickerOption[];
  /** Row keys of those datasets (labelled with their dataset; one flat list, as a picker cannot depend on another). */
  rows: PickerOption[];
  /** Numeric fields of those datasets. */
  fields: PickerOption[];
  events: PickerOption[];
  charts: PickerOption[];
  districts: PickerOption[];
}

/** A field of a component's form (the CMS's field definition, the subset used here). */
export interface ComponentField {
  name: string;
  label: string;
  widget: 'select' | 'text';
  options?: PickerOption[];
  default?: string;
  /** Always a drop-down list: radio buttons inside a component do not reach the written block (Sveltia 0.221.1). */
  dropdown_threshold?: number;
}

/** A component as the CMS's registerEditorComponent receives it. */
export interface EditorComponent {
  id: string;
  label: string;
  icon: string;
  fields: ComponentField[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, string>;
  toBlock: (props: Record<string, string | undefined>) => string;
  toPreview: (props: Record<string, string | undefined>) => string;
}

/** Callout kinds: the CMS's picker offers them, and src/components/mdx/Callout.astro's `kind` prop is typed from them. */
export const CALLOUT_KINDS = ['note', 'caveat'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

const attribute = (value: string | undefined) => (value ?? '').replace(/["<>{}]/g, '');
const escapeHtml = (value: string | undefined) => (value ?? '').replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
const select = (name: string, label: string, options: readonly (PickerOption | string)[]): ComponentField => ({
  name,
  label,
  widget: 'select',
  dropdown_threshold: 0,
  options: options.map((value) => (typeof value === 'string' ? { label: value, value } : value)),
});
const groups = (match: RegExpMatchArray) => ({ ...match.groups });

/** One component whose only attributes are `names`, written `<Tag a="…" b="…" />`. */
function selfClosing(id: string, label: string, icon: string, tag: string, fields: ComponentField[]): EditorComponent {
  const names = fields.map((field) => field.name);
  const attributes = names.map((name) => ` ${name}="(?<${name}>[^"]*)"`).join('');
  return {
    id,
    label,
    icon,
    fields,
    pattern: new RegExp(`^<${tag}${attributes} ?/>$`, 'm'),
    fromBlock: groups,
    toBlock: (props) => `<${tag}${names.map((name) => ` ${name}="${attribute(props[name])}"`).join('')} />`,
    toPreview: (props) => `<code>&lt;${tag}${names.map((name) => ` ${name}="${escapeHtml(props[name])}"`).join('')} /&gt;</code>`,
  };
}

/** The five article components with their pickers. */
export function editorComponents(pickers: ComponentPickers): EditorComponent[] {
  return [
    selfClosing('stat', 'Figure from a dataset (Stat)', 'query_stats', 'Stat', [
      select('dataset', 'Dataset', pickers.datasets),
      select('row', 'Row', pickers.rows),
      select('field', 'Field', pickers.fields),
    ]),
    selfClosing('event-ref', 'Link to a timeline event (EventRef)', 'event', 'EventRef', [select('id', 'Event', pickers.events)]),
    selfClosing('chart', 'Chart', 'bar_chart', 'Chart', [select('id', 'Chart', pickers.charts)]),
    selfClosing('district-map', 'District map (DistrictMap)', 'map', 'DistrictMap', [select('focus', 'District', pickers.districts)]),
    {
      id: 'callout',
      label: 'Callout (note or caveat)',
      icon: 'info',
      fields: [
        { ...select('kind', 'Kind', CALLOUT_KINDS), default: 'note' },
        // Markdown source in a plain text box: the nested rich-text editor did not hand its text to the block.
        { name: 'content', label: 'Text (Markdown)', widget: 'text' },
      ],
      pattern: /^<Callout kind="(?<kind>[^"]*)">\n\n(?<content>[\s\S]*?)\n\n<\/Callout>$/m,
      fromBlock: groups,
      toBlock: ({ kind, content }) => `<Callout kind="${attribute(kind) || 'note'}">\n\n${(content ?? '').trim()}\n\n</Callout>`,
      toPreview: ({ kind, content }) => `<aside>${escapeHtml(kind)}: ${escapeHtml(content)}</aside>`,
    },
  ];
}
