import { z } from 'astro/zod';

/** A condition on a row's field; charts and dataset selections keep a row only when every condition holds. */
export const rowFilter = z.strictObject({
  /** Field of the dataset. */
  field: z.string().min(1),
  /** eq/ne compare with `value`; in/notIn with a list; gte/lte compare text (dates) or numbers; has/lacks test a list field; empty/present test for null. */
  op: z.enum(['eq', 'ne', 'in', 'notIn', 'gte', 'lte', 'has', 'lacks', 'empty', 'present', 'matches']),
  /** The value compared with; a list for in/notIn; a regular expression for matches; left out for empty/present. */
  value: z.union([z.string(), z.number(), z.array(z.string())]).optional(),
});
export type RowFilter = z.infer<typeof rowFilter>;
