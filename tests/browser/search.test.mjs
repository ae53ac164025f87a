// Browser test of the viewer's search tab: indexes a small collection with `vitext index`,
// serves it (`vitext serve --db`), searches from the page, checks that the marked matches are
// exactly the bytes the API's offsets select (a 4-byte emoji before the match would shift a
// UTF-16 reading), filters by date, and opens a hit's analysed document in the viewer. Saves
// a screenshot to build/artifacts/search.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { artifacts, bin, launchBrowser, startServer } from './harness.mjs';

// Our own small collection: the first line of each file is its title.
const DOCS = {
  'bao-cao.txt': 'Hội nghị tổng kết Công an tỉnh\n' +
    'Tin nóng 📰 ngày 15/12/2023: Đại tá Nguyễn Hữu Mạnh, Giám đốc Công an tỉnh Thanh Hóa, chủ trì hội nghị. ' +
    'Công an tỉnh THANH HÓA đã khen thưởng 12 tập thể và 30 cá nhân.\n',
  'mua-lu.txt': 'Mưa lũ ở miền Trung\nNgày 3/10/2020, mưa lớn kéo dài ở Thanh Hoá và Nghệ An làm nhiều tuyến đường ngập sâu.\n',
  'du-lich.txt': 'Du lịch Huế\nNăm 2021, thành phố Huế đón 1,2 triệu lượt khách du lịch.\n',
};

let dir = '';
let server = null;
let browser = null;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitext-search-'));
  const files = Object.entries(DOCS).map(([name, text]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  });
  const db = path.join(dir, 'news.db');
  const run = spawnSync(bin, ['index', '--db', db, ...files], { encoding: 'utf8' });
  assert.equal(run.status, 0, `vitext index failed:\n${run.stderr}`);
  server = await startServer(['--db', db]);
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// The original bytes of a stored document, as the API gives them.
async function original(hit) {
  const res = await fetch(`${server.base}/v1/document?${new URLSearchParams({ id: hit.id, db: hit.shard, format: 'original' })}`);
  assert.equal(res.status, 200);
  return Buffer.from(await res.arrayBuffer());
}

test('the search tab finds, marks and opens documents', async () => {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${server.base}/?search`);
  await page.waitForSelector('#tabs:not([hidden])');
  await page.waitForSelector('#search-panel:not([hidden])');

  // Without diacritics, lower case: both Thanh Hóa documents.
  await page.fill('#q', 'thanh hoa');
  await page.click('#search');
  await page.waitForSelector('#hits [data-testid="hit"]');
  const api = await (await fetch(`${server.base}/v1/search?q=thanh%20hoa&limit=20`)).json();
  assert.equal(api.hits.length, 2, JSON.stringify(api.hits.map((h) => h.id)));
  const shownIds = await page.locator('#hits [data-testid="hit"]').evaluateAll((els) => els.map((e) => e.dataset.id));
  assert.deepEqual(shownIds, api.hits.map((h) => h.id));

  // Each hit's marks are the document's bytes at the API's offsets, decoded.
  for (let i = 0; i < api.hits.length; i++) {
    const hit = api.hits[i];
    const bytes = await original(hit);
    const snippetEnd = hit.snippet_start + Buffer.byteLength(hit.snippet);
    const expected = hit.matches.filter(([s, e]) => s >= hit.snippet_start && e <= snippetEnd)
      .map(([s, e]) => bytes.subarray(s, e).toString('utf8'));
    assert.ok(expected.length > 0, `hit ${hit.id} has a match in its snippet`);
    for (const m of expected) assert.match(m, /^thanh h(óa|oá)$/i);
    const marks = await page.locator(`#hits [data-testid="hit"]:nth-child(${i + 1}) mark`).allTextContents();
    assert.deepEqual(marks, expected);
  }
  const report = api.hits.find((h) => h.title.startsWith('Hội nghị'));
  assert.ok(report, 'the report is found');

  // A date filter keeps the December 2023 report only.
  await page.fill('#f-since', '2023-12-01');
  await page.fill('#f-until', '2023-12-31');
  await page.click('#search');
  await page.waitForFunction(() => document.querySelectorAll('#hits [data-testid="hit"]').length === 1);
  assert.equal(await page.locator('#hits [data-testid="hit"]').getAttribute('data-id'), report.id);

  // A bad query is the server's error, shown.
  await page.fill('#q', '"thanh hoa');
  await page.click('#search');
  await page.waitForSelector('#search-status.error');
  assert.match(await page.textContent('#search-status'), /400/);

  // Opening the hit draws its analysed document with the matched words marked.
  await page.fill('#q', 'thanh hoa');
  await page.click('#search');
  await page.waitForFunction(() => !document.querySelector('#search-status').classList.contains('error') &&
    document.querySelectorAll('#hits [data-testid="hit"]').length === 1);
  await page.click('#hits [data-testid="hit-title"]');
  await page.waitForSelector('#doc .sentence');
  assert.equal(await page.isHidden('#search-panel'), true);
  assert.match(await page.textContent('#meta'), /Hội nghị tổng kết Công an tỉnh/);
  const marked = await page.locator('#doc .w.match .form').allTextContents();
  assert.ok(marked.length >= 2, `marked words: ${marked.join(' | ')}`);
  for (const w of marked) assert.match(w, /^thanh hóa$/i);
  const json = JSON.parse(await page.textContent('#raw'));
  assert.equal(json.id, report.id);
  assert.equal(await page.inputValue('#text'), DOCS['bao-cao.txt']);

  // Back to the list.
  await page.click('[data-testid="tab-search"]');
  assert.equal(await page.isVisible('#hits [data-testid="hit"]'), true);

  // A link with the query in it runs the search.
  const linked = await browser.newPage();
  await linked.goto(`${server.base}/?search=${encodeURIComponent('thanh hoa')}`);
  await linked.waitForFunction(() => document.querySelectorAll('#hits [data-testid="hit"]').length === 2);
  assert.equal(await linked.inputValue('#q'), 'thanh hoa');
  await linked.close();

  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'search.png'), fullPage: true });
  assert.deepEqual(pageErrors, []);
});
