// Open files shared between processes: pipes with reference-counted ends, so end-of-file and broken
// pipes are right after fork and close. An fd table maps numbers to open files; a fork duplicates it.

const PIPE_CAPACITY = 65536;

export class Pipe {
  data: number[] = [];
  readers = 0;
  writers = 0;
  readonly capacity = PIPE_CAPACITY;
}

export class OpenFile {
  refs = 0;
  constructor(
    readonly pipe: Pipe,
    readonly end: "read" | "write",
  ) {}

  retain(): void {
    if (this.refs++ === 0) {
      if (this.end === "read") this.pipe.readers++;
      else this.pipe.writers++;
    }
  }

  release(): void {
    if (--this.refs === 0) {
      if (this.end === "read") this.pipe.readers--;
      else this.pipe.writers--;
    }
  }
}

/** fds 0-2 are the terminal (not modelled as pipes); pipes take the lowest free numbers from 3. */
export class FdTable {
  readonly files = new Map<number, OpenFile>();

  open(file: OpenFile): number {
    let fd = 3;
    while (this.files.has(fd)) fd++;
    file.retain();
    this.files.set(fd, file);
    return fd;
  }

  close(fd: number): OpenFile | undefined {
    const file = this.files.get(fd);
    if (!file) return undefined;
    this.files.delete(fd);
    file.release();
    return file;
  }

  closeAll(): OpenFile[] {
    return [...this.files.keys()].map((fd) => this.close(fd) as OpenFile);
  }

  /** The child's table after fork: same numbers, same open files (reference counts go up). */
  duplicate(): FdTable {
    const twin = new FdTable();
    for (const [fd, file] of this.files) {
      file.retain();
      twin.files.set(fd, file);
    }
    return twin;
  }
}
