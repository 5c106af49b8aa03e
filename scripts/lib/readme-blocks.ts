/** A fenced ts/typescript code block of a README. */
export interface Block {
  readme: string;
  /** 1-based, counting only ts/typescript blocks of that README. */
  index: number;
  /** Line of the block's first code line in the README, 1-based. */
  line: number;
  code: string;
}

/** The ```ts and ```typescript blocks of one README, in order. */
export function extractBlocks(readme: string, text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})(ts|typescript)\s*$/.exec(lines[i] ?? "");
    if (!open) continue;
    const fence = open[2] ?? "```";
    const start = i + 1;
    let end = start;
    while (end < lines.length && !(lines[end] ?? "").trimStart().startsWith(fence)) end++;
    blocks.push({ readme, index: blocks.length + 1, line: start + 1, code: `${lines.slice(start, end).join("\n")}\n` });
    i = end;
  }
  return blocks;
}
