import { chromium } from "@playwright/test";
const base = process.env.BASE!;
const who = process.env.WHO!;
const paths = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
if (who !== "none") {
  await page.goto(base + "/sign-in");
  await page.getByLabel("Email").fill(`${who}@interleave.test`);
  await page.getByLabel("Password").fill("interleave");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(base + "/");
}
for (const p of paths) {
  await page.goto(base + p);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1500);
  if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
  await page.waitForTimeout(200);
  const out = await page.evaluate(() => {
    const w = window.innerWidth;
    const wide = [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > w + 0.5).map((e) => `${e.tagName.toLowerCase()}.${(e.className || "").toString().slice(0, 40)} right=${Math.round(e.getBoundingClientRect().right)} w=${Math.round(e.getBoundingClientRect().width)}`);
    return { scroll: document.scrollingElement!.scrollWidth, w, wide: wide.slice(0, 15) };
  });
  console.log(p, JSON.stringify(out, null, 1));
}
await browser.close();
