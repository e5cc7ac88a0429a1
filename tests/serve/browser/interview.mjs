// interview.mjs BASE ZAN LANG FACTS [SCREENSHOT] — answers the interview page of `zan serve` at
// BASE in headless Chromium (Debian's), in language LANG (sent as Accept-Language, so the page
// must pick it itself), with the values of FACTS for each question the page asks ("I don't
// know" where FACTS has none), until no question is left. Checks: every input is labelled, the
// words are LANG's, and the decisions shown (data-output / data-value) equal `zan eval` on the
// answers given and on the whole FACTS; then loads FACTS through the upload input
// (data-load-facts) and checks again. Prints one "ok NAME" or "FAIL NAME: why" line per check.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";

const [base, zan, lang, factsPath, shot] = process.argv.slice(2);
const facts = JSON.parse(readFileSync(factsPath, "utf8"));
const words = { kk: "Шешімдер", "kk-Latn": "Sheshimder", ru: "Решения", en: "Decisions" };
const accept = { kk: "kk-KZ,kk;q=0.9,ru;q=0.5", "kk-Latn": "kk-Latn,kk;q=0.9", ru: "ru-RU,ru;q=0.9,en;q=0.5", en: "en-GB,en" };
let failed = 0;
const check = (name, good, why) => { console.log(good ? `ok ${name}` : `FAIL ${name}: ${why}`); if (!good) failed++; };

const at = (obj, path) => path.split(".").reduce((o, k) => (o && typeof o === "object" ? o[k] : undefined), obj);
function cliDecisions(file) {
  const out = execFileSync(zan, ["eval", "kz-ai-law", file], { encoding: "utf8", env: process.env });
  return JSON.parse(out).decisions;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  await page.setExtraHTTPHeaders({ "Accept-Language": accept[lang] });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(base + "/", { waitUntil: "networkidle0" });
  await page.waitForFunction(() => document.body.dataset.ready);

  const htmlLang = await page.$eval("html", (h) => h.lang);
  check(`${lang}: language from Accept-Language`, htmlLang === lang, `html lang=${htmlLang}`);
  const heading = await page.$eval("#d-head", (h) => h.textContent);
  check(`${lang}: words in ${lang}`, heading === words[lang], `heading "${heading}"`);

  // wait until the page has redrawn after an answer
  const settle = async (before) => {
    await page.waitForFunction((b) => document.body.dataset.ready && document.body.dataset.ready !== b, { timeout: 10000 }, before);
  };
  const ready = () => page.$eval("body", (b) => b.dataset.ready);

  let asked = 0, unlabelled = [];
  for (let round = 0; round < 80; round++) {
    const next = await page.$(".question.next");
    if (!next) break;
    const path = await next.evaluate((e) => e.dataset.question);
    asked++;
    if (shot && asked === 4) await page.screenshot({ path: shot, fullPage: false });   // mid-interview
    // every input of every question shown has a label
    unlabelled.push(...await page.$$eval("[data-fact]", (els) => els.filter((e) =>
      (e.tagName === "INPUT" || e.tagName === "SELECT") && !(e.labels && e.labels.length) && !e.getAttribute("aria-labelledby"))
      .map((e) => e.dataset.fact)));
    const value = at(facts, path);
    const before = await ready();
    const sel = `[data-question="${path}"]`;
    if (value === undefined || value === null) {
      await page.focus(`${sel} [data-dont-know]`);
      await page.keyboard.press("Enter");                    // the keyboard works
    } else if (await page.$(`${sel} fieldset[data-fact]`)) {
      const members = Array.isArray(value) ? value : [];
      if (!members.length) await page.click(`${sel} input[data-member=""]`);
      else await page.$eval(`${sel} fieldset[data-fact]`, (fs, want) => {   // one answer: all members at once
        for (const cb of fs.querySelectorAll("input[data-member]")) cb.checked = want.includes(cb.dataset.member);
        fs.dispatchEvent(new Event("change", { bubbles: true }));
      }, members);
    } else if (await page.$(`${sel} select[data-fact]`)) {
      await page.select(`${sel} select[data-fact]`, String(value));
    } else {
      await page.$eval(`${sel} input[data-fact]`, (e, v) => { e.value = v; e.dispatchEvent(new Event("change", { bubbles: true })); }, String(value));
    }
    await settle(before);
  }
  check(`${lang}: interview asked questions`, asked > 0, "no question asked");
  check(`${lang}: no question left`, !(await page.$(".question.next")), "still asking after 80 answers");
  check(`${lang}: every input labelled`, unlabelled.length === 0, unlabelled.join(", "));

  const shown = () => page.$$eval("[data-output]", (els) => Object.fromEntries(els.map((e) =>
    [e.dataset.output, e.hasAttribute("data-value") ? JSON.parse(e.dataset.value) : null])));
  const answers = await page.evaluate(() => JSON.stringify(state.facts));
  const dir = mkdtempSync(join(tmpdir(), "zan-page-"));
  writeFileSync(join(dir, "answers.json"), answers);
  const onPage = await shown();
  const cliAnswers = cliDecisions(join(dir, "answers.json"));
  check(`${lang}: decisions equal zan eval on the answers`, same(onPage, cliAnswers),
    `page ${JSON.stringify(onPage)}\n  cli  ${JSON.stringify(cliAnswers)}`);
  const cliFull = cliDecisions(factsPath);
  check(`${lang}: decisions equal zan eval on the whole fact file`, same(onPage, cliFull),
    `page ${JSON.stringify(onPage)}\n  cli  ${JSON.stringify(cliFull)}`);
  const cited = await page.$$eval("[data-article] .status", (els) => els.length);
  check(`${lang}: cited articles shown with their status`, cited > 0, "no article");

  // the fact file through the upload input: the same decisions as the CLI's
  const before = await ready();
  await page.click("#reset");
  await settle(before);
  const input = await page.$("[data-load-facts]");
  const b2 = await ready();
  await input.uploadFile(factsPath);
  await settle(b2);
  const loaded = await shown();
  check(`${lang}: uploaded fact file decided as zan eval`, same(loaded, cliFull),
    `page ${JSON.stringify(loaded)}\n  cli  ${JSON.stringify(cliFull)}`);
  check(`${lang}: no script error`, errors.length === 0, errors.join("; "));
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
