// A cursor over one lezer node's children. Comments are skipped; anonymous tokens that lezer leaves
// out of the tree (`/` in a parameter list, `->`) become synthetic tokens named by their text, so no
// source text between children is ever ignored.

import type { SyntaxNode } from "@lezer/common";

export interface Token {
  name: string;
  from: number;
  to: number;
  /** The lezer node; null for a synthetic token. */
  node: SyntaxNode | null;
}

export function tokensOf(node: SyntaxNode | null, source: string): Tokens {
  const out: Token[] = [];
  if (!node) return new Tokens(out, source);
  let cursor = node.from;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    pushGap(out, source, cursor, child.from);
    if (child.name !== "Comment") out.push({ name: child.name, from: child.from, to: child.to, node: child });
    cursor = child.to;
  }
  pushGap(out, source, cursor, node.to);
  return new Tokens(out, source);
}

/** Records the anonymous tokens (whitespace-separated) found between two children. */
function pushGap(out: Token[], source: string, from: number, to: number): void {
  const gap = source.slice(from, to);
  for (const match of gap.matchAll(/[^\s\\]+/g)) {
    const start = from + (match.index ?? 0);
    out.push({ name: match[0], from: start, to: start + match[0].length, node: null });
  }
}

export class Tokens {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  done(): boolean {
    return this.index >= this.tokens.length;
  }

  peek(): Token | undefined {
    return this.tokens[this.index];
  }

  first(): Token | undefined {
    return this.tokens[0];
  }

  last(): Token | undefined {
    return this.tokens[this.tokens.length - 1];
  }

  next(): Token {
    const token = this.tokens[this.index++];
    if (!token) throw new Error("parser bug: read past the end of a node");
    return token;
  }

  /** Consumes a token of the given name; anything else is a parser bug (lezer's tree has it). */
  expect(name: string): Token {
    const token = this.next();
    if (token.name !== name) throw new Error(`parser bug: expected ${name}, found ${token.name} '${this.source.slice(token.from, token.to)}'`);
    return token;
  }

  /** The remaining tokens (consumes them). */
  all(): Token[] {
    const rest = this.tokens.slice(this.index);
    this.index = this.tokens.length;
    return rest;
  }

  /** The remaining tokens split on a separator (consumes them). */
  splitOn(separator: string): Token[][] {
    const groups: Token[][] = [[]];
    for (const token of this.all()) {
      if (token.name === separator) groups.push([]);
      else groups[groups.length - 1]?.push(token);
    }
    return groups;
  }
}
