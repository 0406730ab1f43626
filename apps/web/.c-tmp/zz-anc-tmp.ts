import { chromium } from "@playwright/test";
const base = process.env.BASE!;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
await page.goto(base + "/sign-in");
await page.getByLabel("Email").fill(`teacher@interleave.test`);
await page.getByLabel("Password").fill("interleave");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(base + "/");
for (const p of process.argv.slice(2)) {
  await page.goto(base + p);
  await page.waitForSelector(".cm-editor", { timeout: 120_000 });
  if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
  console.log(p, await page.evaluate(() => {
    const out: string[] = [];
    for (let e: Element | null = document.querySelector(".cm-editor"); e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      out.push(`${e.tagName}.${e.className.toString().slice(0, 30)} w=${Math.round(e.getBoundingClientRect().width)} display=${cs.display} cols=${cs.gridTemplateColumns}`);
    }
    return out.join("\n");
  }), "\nscroll", await page.evaluate(() => document.scrollingElement!.scrollWidth));
}
await browser.close();
