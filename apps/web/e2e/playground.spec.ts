import { expect, test } from "@playwright/test";
import { SIM_TIMEOUT, openExample } from "./playground-helpers";


test("the playground runs a fork program and shows its output, timeline and process tree", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await openExample(page, "fork: the child gets a copy", "pid = os.fork()");
  await page.getByRole("button", { name: "Run", exact: true }).click();

  await expect(page.getByTestId("stdout")).toHaveText("child 1001 x = 2\nparent 1000 x = 1\n", { timeout: SIM_TIMEOUT });
  await expect(page.getByTestId("exit-code")).toHaveText("0");
  await expect(page.getByTestId("timeline")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("playground-run.png"), fullPage: true });

  await page.getByRole("tab", { name: "Processes (2)" }).click();
  const child = page.getByTestId("process-1001");
  await expect(child).toContainText("pid 1001, child of 1000 — exit code 0");
  await expect(child.getByLabel("stdout of pid 1001")).toHaveText("child 1001 x = 2\n");
  await page.screenshot({ path: testInfo.outputPath("playground-process-tree.png"), fullPage: true });
});

test("the timeline shows a row per core and per thread, with focusable segments that say what they are", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await openExample(page, "Sleeping threads overlap their waits", "def io_task(name):");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toBeVisible({ timeout: SIM_TIMEOUT });
  await expect(timeline.getByRole("group", { name: "Cores" }).getByText("Core 0", { exact: true })).toBeVisible();
  for (const row of ["MainThread", "Thread-1 (io_task)", "Thread-3 (io_task)"]) await expect(timeline.getByRole("group", { name: "Threads" }).getByText(row, { exact: true })).toBeVisible();

  const sleeping = timeline.getByRole("img", { name: /^Thread-1 \(io_task\): blocked: sleep/ });
  await sleeping.focus();
  await expect(page.getByTestId("timeline-detail")).toContainText("Thread-1 (io_task): blocked: sleep");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("timeline-detail")).not.toContainText("blocked: sleep");
  await timeline.getByText("Timeline as a table").click();
  await expect(timeline.getByRole("cell", { name: "blocked: sleep" }).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("timeline.png"), fullPage: true });
});

test("a syntax error is shown as CPython prints it", async ({ page }) => {
  test.setTimeout(120_000);
  await openExample(page, "fork: the child gets a copy", "pid = os.fork()");
  const editor = page.getByRole("textbox", { name: "Code of main.py" });
  await editor.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\nx = = 1");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("stderr")).toContainText('File "main.py", line 12\n    x = = 1\n', { timeout: SIM_TIMEOUT });
  await expect(page.getByTestId("stderr")).toContainText("SyntaxError: invalid syntax");
  await expect(page.getByTestId("exit-code")).toHaveText("1");
});

test("sample shows each outcome with its frequency", async ({ page }) => {
  test.setTimeout(180_000);
  await openExample(page, "Parent and child race to print", 'print("parent")');
  await page.getByLabel("Sample runs").fill("5");
  await page.getByRole("button", { name: "Sample 5 runs" }).click();
  const table = page.getByTestId("sample-outcomes");
  await expect(table).toContainText("in 5 runs (seeds 1 to 5)", { timeout: SIM_TIMEOUT });
  await expect(table.getByRole("row")).not.toHaveCount(1);
  await expect(table).toContainText("%");
});

test("explore finds both outputs of a parent/child race, each with a witness to step through", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await openExample(page, "Parent and child race to print", 'print("parent")');
  await page.getByRole("button", { name: "Explore every outcome" }).click();
  const outcomes = page.getByTestId("explore-outcome");
  await expect(outcomes).toHaveCount(2, { timeout: SIM_TIMEOUT });
  await expect(page.getByTestId("explore-outcomes")).toContainText("Complete: 2 outcomes");
  await expect(outcomes.filter({ hasText: "child\nparent" })).toHaveCount(1);
  await expect(outcomes.filter({ hasText: "parent\nchild" })).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath("explore-outcomes.png"), fullPage: true });

  await outcomes.filter({ hasText: "parent\nchild" }).getByRole("button", { name: "Step through this witness" }).click();
  await expect(page.getByRole("heading", { name: "Witness replayed" })).toBeVisible({ timeout: SIM_TIMEOUT });
  await expect(page.getByTestId("stdout")).toHaveText("parent\nchild\n");
  await expect(page.getByTestId("stepper")).toBeVisible();
});

const LONG_RACE = `import threading

count = 0


def worker():
    global count
    for _ in range(3):
        count = count + 1


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("count =", count)
`;

test("explore reports progress and can be cancelled", async ({ page }) => {
  test.setTimeout(180_000);
  await openExample(page, "Lost update: count = count + 1 with a call", "def one():");
  // Three threads x three updates without a GIL: far more states than explore can visit before the
  // cancel (the example itself is explored in under a second, maybe before any progress shows).
  await page.getByRole("textbox", { name: "Code of main.py" }).fill(LONG_RACE);
  await page.getByLabel("Interpreter").selectOption("free-threaded");
  await page.getByRole("button", { name: "Explore every outcome" }).click();
  const status = page.getByTestId("job-status");
  await expect(status).toContainText(/[\d,]+ executions?, [\d,]+ states?/, { timeout: SIM_TIMEOUT });
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeDisabled();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(status).toContainText(/Cancelled after [\d,]+ executions?/);
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeEnabled();

  // The worker was replaced: the next request runs.
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("stdout")).toHaveText("count = 9\n", { timeout: SIM_TIMEOUT });
});
