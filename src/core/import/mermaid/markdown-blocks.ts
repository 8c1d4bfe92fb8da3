/**
 * The ```mermaid blocks of a Markdown file, as CommonMark fences them: ``` or
 * ~~~ (three or more), indented at most three spaces, closed by a fence of
 * the same character at least as long. A fence inside another fenced block
 * (a ````markdown example that shows a ```mermaid block) is text, not a block.
 * The info string is `mermaid` in any case, or MyST's `{mermaid}`.
 */
import { linesOf } from './header';

export interface MermaidBlock {
  /** The block's content, without its fences. */
  text: string;
  /** 1-based line of the block's first content line in the file. */
  firstLine: number;
  /** 1-based line of the opening fence. */
  fenceLine: number;
}

export function mermaidBlocks(markdown: string): MermaidBlock[] {
  const lines = linesOf(markdown);
  const blocks: MermaidBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, rest] = open;
    // A backtick fence's info string may not hold a backtick (CommonMark): that line is inline code, not a fence.
    if (fence[0] === '`' && rest.includes('`')) continue;
    // `mermaid`, or `{mermaid}` as MyST (Sphinx, Jupyter Book) writes it.
    const info = rest.trim().split(/\s+/)[0].toLowerCase().replace(/^\{(.*)\}$/, '$1');
    let end = i + 1;
    while (end < lines.length && !closes(lines[end], fence)) end++;
    // The content loses up to the opening fence's indentation, as CommonMark has it.
    const unindent = (l: string) => l.replace(new RegExp(`^ {0,${indent.length}}`), '');
    if (info === 'mermaid') blocks.push({ text: lines.slice(i + 1, end).map(unindent).join('\n'), firstLine: i + 2, fenceLine: i + 1 });
    i = end;
  }
  return blocks;
}

function closes(line: string, fence: string): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
  return !!m && m[1][0] === fence[0] && m[1].length >= fence.length;
}
