// Browser test of the viewer: starts `vitext serve` on a free loopback port, opens the page
// in Debian's chromium (headless, through playwright-core), analyses the reference
// document and checks what is shown. Saves a screenshot to build/artifacts/viewer.png.
//
// Environment: as harness.mjs says.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { artifacts, launchBrowser, shared, startServer } from './harness.mjs';

const sample = path.join(shared, 'data', 'samples', 'thanhhoa-security-2023.txt');

let server = null;
let browser = null;
let base = '';

before(async () => {
  server = await startServer();
  base = server.base;
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
});

test('the viewer analyses the reference document', async (t) => {
  if (!fs.existsSync(sample)) {
    console.log('skipped: data not found');
    t.skip('skipped: data not found');
    return;
  }
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(base + '/');
  await page.waitForFunction(() => document.querySelector('#until').options.length > 0);

  // Through the file input, as a user would: the file goes to /v1/convert, then /v1/analyze.
  await page.setInputFiles('#file', sample);
  await page.waitForSelector('#doc .sentence', { timeout: 60000 });

  const json = JSON.parse(await page.textContent('#raw'));
  const doc = json.documents ? json.documents[0] : json;
  assert.equal(doc.meta.date, '2023-12');
  assert.ok(doc.sentences.length >= 10, `sentences in the JSON: ${doc.sentences.length}`);
  const shownSentences = await page.locator('#doc .sentence').count();
  assert.equal(shownSentences, doc.sentences.length);
  // The shown sentence interleaves each word with its tag and entity labels, so check the
  // words one by one rather than the sentence's text as a whole.
  const firstSentence = await page.textContent('#doc .sentence[data-index="0"]');
  assert.match(doc.sentences[0].text, /^Năm 2023/);
  for (const w of doc.sentences[0].words || []) {
    assert.ok(firstSentence.includes(w.form), `word "${w.form}" is not shown in: ${firstSentence}`);
  }
  assert.match(firstSentence, /Năm/);
  assert.match(firstSentence, /2023/);

  const words = doc.sentences.reduce((n, s) => n + (s.words ? s.words.length : 0), 0);
  if (words > 0) {
    assert.equal(await page.locator('#doc [data-testid="word"]').count(), words);
  }

  if (doc.entities && doc.entities.length) {
    const entities = await page.locator('#doc [data-testid="entity"]').allTextContents();
    assert.ok(entities.length > 0, 'entities are highlighted');
    assert.ok(entities.some((e) => e.includes('Thanh Hóa')), `an entity names Thanh Hóa: ${entities.join(' | ')}`);
    const labels = await page.locator('#doc [data-testid="entity"]').evaluateAll((els) => els.map((e) => e.dataset.label));
    assert.ok(labels.includes('ORG'), `an organisation is shown: ${labels.join(',')}`);
  }
  if (doc.facts && doc.facts.length) {
    const facts = await page.locator('#facts [data-testid="fact"]').allTextContents();
    assert.equal(facts.length, doc.facts.length);
    assert.ok(facts.some((f) => f.includes('100%')), `a fact of 100%: ${facts.join(' | ')}`);
    assert.ok(facts.some((f) => f.includes('40%')), `a fact of 40%: ${facts.join(' | ')}`);
    // Clicking a fact highlights its sentence.
    await page.locator('#facts [data-testid="fact"]').first().click();
    const highlighted = await page.locator('#doc .sentence.hl').getAttribute('data-index');
    assert.equal(Number(highlighted), doc.facts[0].sentence);
  }
  if (doc.people && doc.people.length) {
    assert.equal(await page.locator('#people [data-testid="person"]').count(), doc.people.length);
  }
  if (doc.dates && doc.dates.some((d) => d.iso)) {
    assert.equal(await page.locator('#timeline svg').count(), 1);
  }
  const parsed = doc.sentences.some((s) => s.words && s.words.some((w) => typeof w.head === 'number'));
  if (parsed) assert.equal(await page.locator('#tree svg').count(), 1);

  // The English labels are one click away.
  await page.click('#lang');
  assert.equal(await page.textContent('#analyze'), 'Analyse');

  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'viewer.png'), fullPage: true });
  assert.deepEqual(pageErrors, []);
  console.log(`viewer: ${shownSentences} sentences, ${words} words, ${(doc.entities || []).length} entities, ` +
    `${(doc.facts || []).length} facts, ${(doc.people || []).length} people; screenshot in build/artifacts/viewer.png`);
});
