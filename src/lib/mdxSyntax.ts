// MDX's syntax checked without the native compiler, for the editor's check in the browser: the reference MDX parser
// (micromark's MDX extension with mdast's JSX rules) refuses what Astro's compiler refuses (a tag left open, a closing
// tag without its opening, a stray {), with the place first as the build's messages give it.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

interface ParserMessage {
  reason?: string;
  message: string;
  line?: number;
  column?: number;
  place?: { start?: { line: number; column: number }; line?: number; column?: number };
}

/** Throws when `body` is not valid MDX, the message starting "line:column:". */
export function checkMdxSyntax(body: string): void {
  try {
    fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    const parsed = error as ParserMessage;
    const reason = parsed.reason ?? parsed.message;
    // A tag left open has no place of its own; its message ends with the opening tag's, as "(3:1-3:24)".
    const opening = /\((\d+):(\d+)-\d+:\d+\)$/.exec(reason);
    const start = parsed.place?.start ?? parsed.place;
    const line = parsed.line ?? start?.line ?? Number(opening?.[1] ?? 1);
    const column = parsed.column ?? start?.column ?? Number(opening?.[2] ?? 1);
    throw new Error(`${line}:${column}: ${reason}`, { cause: error });
  }
}
