// threading.local: each thread's data lives as long as the thread (CPython clears it at thread exit),
// so a long run that starts many threads does not keep every finished thread's data.
import { expect, test } from "vitest";
import { bootMachine } from "../../src/run.ts";
import { realisticChooser } from "../../src/runtime/chooser.ts";
import { LocalObject } from "../../src/modules/thread.ts";
import { testRunOptions } from "../support/simulator.ts";

const PROGRAM = `import threading

data = threading.local()
data.owner = "main"


def work(n):
    data.owner = n
    data.payload = [n] * 1000


for n in range(20):
    t = threading.Thread(target=work, args=(n,))
    t.start()
    t.join()
print(data.owner, len(threading.enumerate()))
`;

test("a finished thread's local data is dropped; the live thread keeps its own", () => {
  const booted = bootMachine([{ name: "main.py", text: PROGRAM }], testRunOptions(), realisticChooser);
  if (!("machine" in booted)) throw new Error(booted.stderr);
  const { machine } = booted;
  const end = machine.run();
  expect(end.kind).toBe("done");
  expect(machine.stdout.join("")).toBe("main 1\n");
  const main = machine.processes[0]?.vm.loader.modules.get("__main__");
  const local = main?.dict.get("data");
  expect(local).toBeInstanceOf(LocalObject);
  // Only threads still running hold data: here none of the 20 workers, and the main thread until it ended.
  expect((local as LocalObject).perThread.size).toBe(0);
});
