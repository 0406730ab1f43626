// random: in a run, values from the run's seed (one generator per process; a forked child gets its own,
// as CPython's random reseeds itself after a fork); under explore, every value of every integer draw.
// What does not depend on the values (ranges, errors, a child's values differing) is compared with
// python3 when there is one.
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { exploreProgram, replaySchedule, type Model } from "../../src/index.ts";
import { runProgram, testRunOptions } from "../support/simulator.ts";
import { hasPython311, PYTHON } from "../support/python.ts";

function run(source: string, seed = 1) {
  return runProgram([{ name: "main.py", text: source }], testRunOptions({ seed }));
}

/** The simulator prints `expected`, and so does CPython when it is here. */
function expectOutput(source: string, expected: string): void {
  expect(run(source).stdout).toBe(expected);
  if (hasPython311) expect(spawnSync(PYTHON, ["-c", source], { encoding: "utf8" }).stdout).toBe(expected);
}

const DRAWS = "import random\nprint([random.randint(1, 1000) for _ in range(8)])\n";

describe("random in a run", () => {
  test("the run's seed decides the values, and random.seed(a) starts a sequence again", () => {
    expect(run(DRAWS, 1).stdout).toBe(run(DRAWS, 1).stdout);
    expect(run(DRAWS, 1).stdout).not.toBe(run(DRAWS, 2).stdout);
    const again = "import random\nrandom.seed(7)\na = [random.random() for _ in range(3)]\nrandom.seed(7)\nprint(a == [random.random() for _ in range(3)])\n";
    expect(run(again).stdout).toBe("True\n");
    const kinds = "import random\nrandom.seed(1)\na = random.random()\nrandom.seed('1')\nprint(a == random.random())\n";
    expect(run(kinds).stdout).toBe("False\n");
  });

  test("values stay in their ranges and the helpers keep their contracts", () => {
    expectOutput(
      `import random
rolls = [random.randint(1, 6) for _ in range(200)]
print(min(rolls) >= 1, max(rolls) <= 6, len(set(rolls)) > 1)
print(all(random.randrange(0, 10, 3) in (0, 3, 6, 9) for _ in range(50)), random.randrange(1) == 0)
print(all(random.choice("xyz") in "xyz" for _ in range(50)))
deck = list(range(10))
random.shuffle(deck)
print(sorted(deck) == list(range(10)))
picked = random.sample(range(100), 5)
print(len(set(picked)) == 5, all(0 <= p < 100 for p in picked), random.sample([], 0))
print(len(random.choices("ab", k=4)), random.choices([1, 2], weights=[0, 1], k=3), random.choices("a", k=0))
print(all(2.0 <= random.uniform(2, 3) <= 3.0 for _ in range(50)), all(0.0 <= random.random() < 1.0 for _ in range(50)))
print(sorted(random.sample(["a", "b"], counts=[1, 2], k=3)))
`,
      "True True True\nTrue True\nTrue\nTrue\nTrue True []\n4 [2, 2, 2] []\nTrue True\n['a', 'b', 'b']\n",
    );
  });

  test("ranges beyond 2**32, and beyond a float's precision, give ints in range", () => {
    expectOutput(
      "import random\nbig = [random.randrange(10**30) for _ in range(20)]\nprint(all(type(b) is int and 0 <= b < 10**30 for b in big), len(set(big)) == 20)\nprint(all(2**40 <= random.randint(2**40, 2**41) <= 2**41 for _ in range(20)))\n",
      "True True\nTrue\n",
    );
  });

  test("a forked child draws other values than its parent", () => {
    expectOutput(
      `import os
import random

r, w = os.pipe()
pid = os.fork()
value = random.randint(1, 10**9)
if pid == 0:
    os.write(w, str(value).encode())
    os._exit(0)
os.waitpid(pid, 0)
print(int(os.read(r, 100)) == value)
`,
      "False\n",
    );
  });

  test.each([
    ["randrange(0)", "empty range for randrange()", "ValueError"],
    ["randrange(3, 3)", "empty range for randrange() (3, 3, 0)", "ValueError"],
    ["randrange(1, 5, 0)", "zero step for randrange()", "ValueError"],
    ["randint(1, 0)", "empty range for randrange() (1, 1, 0)", "ValueError"],
    ["choice([])", "Cannot choose from an empty sequence", "IndexError"],
    ["sample({1, 2}, 1)", "Population must be a sequence.  For dicts or sets, use sorted(d).", "TypeError"],
    ["sample([1, 2], 3)", "Sample larger than population or is negative", "ValueError"],
    ["choices([1, 2], weights=[1], k=1)", "The number of weights does not match the population", "ValueError"],
  ])("random.%s: %s", (call, message, type) => {
    expectOutput(`import random\ntry:\n    random.${call}\nexcept ${type} as error:\n    print(error)\n`, `${message}\n`);
  });

  test("seeds of other types: CPython's TypeError", () => {
    expectOutput("import random\ntry:\n    random.seed([1])\nexcept TypeError as error:\n    print(repr(str(error)))\n", "'The only supported seed types are: None,\\nint, float, str, bytes, and bytearray.'\n");
  });
});

const RACING_DRAWS = `import random
import threading

out = []


def draw():
    out.append(random.randint(1, 2))


t = threading.Thread(target=draw)
t.start()
out.append(random.choice("ab"))
t.join()
print(out)
`;

describe("random under explore", () => {
  test("every value of every draw is an outcome, each with a schedule that replays to it", () => {
    const files = [{ name: "main.py", text: 'import random\nprint(random.randint(1, 3), random.choice("ab"))\n' }];
    const result = exploreProgram(files, { model: "gil" });
    expect(result.complete).toBe(true);
    expect(result.outcomes.map((o) => o.stdout)).toEqual(["1 a\n", "1 b\n", "2 a\n", "2 b\n", "3 a\n", "3 b\n"]);
    for (const outcome of result.outcomes) {
      expect(outcome.schedule.choices.filter((c) => c.includes("="))).toHaveLength(2);
      const replay = replaySchedule(files, outcome.schedule, { trace: true });
      expect(replay.stdout).toBe(outcome.stdout);
      // The explorer's pause for a draw is no wait in CPython: the stepper's trace shows none.
      expect(replay.trace?.filter((event) => event.kind === "state" && event.state === "blocked")).toEqual([]);
    }
  });

  test.each<Model>(["gil", "gil-legacy", "free-threaded"])("%s: two threads' draws, every value in either order", (model) => {
    const files = [{ name: "main.py", text: RACING_DRAWS }];
    const result = exploreProgram(files, { model });
    expect(result.complete).toBe(true);
    const outputs = ["a", "b"].flatMap((c) => ["1", "2"].flatMap((n) => [`['${c}', ${n}]\n`, `[${n}, '${c}']\n`]));
    expect(result.outcomes.map((o) => o.stdout).sort()).toEqual(outputs.sort());
    for (const outcome of result.outcomes) expect(replaySchedule(files, outcome.schedule).stdout).toBe(outcome.stdout);
  });

  test("a draw with more values than explore branches on is drawn once, and the search says so", () => {
    const result = exploreProgram([{ name: "main.py", text: "import random\nprint(random.randint(1, 5000) > 0)\n" }], {});
    expect(result.outcomes.map((o) => o.stdout)).toEqual(["True\n"]);
    expect(result.complete).toBe(false);
    expect(result.stoppedBy).toMatch(/random gave values of its own/);
  });

  test("random() gives one value per call: the search says it is not complete, and why", () => {
    const result = exploreProgram([{ name: "main.py", text: "import random\nprint(random.random() < 1)\n" }], {});
    expect(result.outcomes.map((o) => o.stdout)).toEqual(["True\n"]);
    expect(result.complete).toBe(false);
    expect(result.stoppedBy).toMatch(/random gave values of its own.*not explored/);
  });
});
