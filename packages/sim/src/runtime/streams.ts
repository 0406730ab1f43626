// A process's stdout/stderr buffer in one of CPython's modes: terminal (line-buffered), pipe
// (8 KiB block-buffered) or unbuffered (every write goes straight out). Flushed text lands in the
// machine's shared output in time order; a fork copies the unflushed text; os._exit drops it.

import type { StdoutMode } from "../api.ts";

const PIPE_BUFFER = 8192;

export class OutStream {
  pending = "";

  constructor(
    readonly mode: StdoutMode,
    /** The shared output all processes write to (the terminal or the pipe behind it). */
    private readonly sink: string[],
  ) {}

  /** Buffers `text`; true when that flushed the buffer (a write system call). */
  write(text: string): boolean {
    this.pending += text;
    const flush = this.mode === "unbuffered" || (this.mode === "terminal" && text.includes("\n")) || this.pending.length >= PIPE_BUFFER;
    if (flush) this.flush();
    return flush;
  }

  flush(): void {
    if (this.pending) this.sink.push(this.pending);
    this.pending = "";
  }

  /** The child's copy after fork: same mode and sink, the same unflushed text. */
  copy(): OutStream {
    const twin = new OutStream(this.mode, this.sink);
    twin.pending = this.pending;
    return twin;
  }
}
