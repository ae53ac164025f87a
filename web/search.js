// vitext viewer, search tab: asks GET /v1/search (the indexes `vitext serve --db` was given),
// lists the hits with their matches marked, and opens a hit's document — the stored text,
// analysed by GET /v1/document — in the viewer. Uses viewer.js's helpers ($, el, t, state,
// render, requestOptions). Every offset from the server counts UTF-8 bytes of the original
// text, never JavaScript's UTF-16 units: text is cut as bytes, then decoded.
'use strict';

Object.assign(I18N.vi, {
  tabAnalyze: 'Phân tích văn bản', tabSearch: 'Tìm trong kho', searchPlaceholder: 'Từ, "cụm từ trong ngoặc kép"… (có dấu hay không dấu đều được)',
  search: 'Tìm', person: 'Nhân vật', entity: 'Thực thể', type: 'Loại', any: 'bất kỳ', since: 'Từ ngày',
  untilDate: 'Đến ngày', factUnit: 'Đơn vị số liệu', factMin: '≥', factMax: '≤', limit: 'Số kết quả',
  searching: 'Đang tìm…', hits: 'kết quả', noHits: 'Không tìm thấy văn bản nào', score: 'điểm', opening: 'Đang mở…',
  mentions: 'lần',
});
Object.assign(I18N.en, {
  tabAnalyze: 'Analyse a text', tabSearch: 'Search the collection', searchPlaceholder: 'Words, "quoted phrases"… (with or without diacritics)',
  search: 'Search', person: 'Person', entity: 'Entity', type: 'Type', any: 'any', since: 'Since',
  untilDate: 'Until', factUnit: 'Fact unit', factMin: '≥', factMax: '≤', limit: 'Hits',
  searching: 'Searching…', hits: 'hits', noHits: 'No document matches', score: 'score', opening: 'Opening…',
  mentions: 'mentions',
});

function setSearchStatus(msg, isError = false) {
  const s = $('#search-status');
  s.textContent = msg;
  s.classList.toggle('error', isError);
}

function showTab(id) {
  for (const b of document.querySelectorAll('#tabs button')) b.classList.toggle('active', b.dataset.tab === id);
  $('#search-panel').hidden = id !== 'search-panel';
  $('#input-panel').hidden = id !== 'input-panel';
}

// The snippet with every match inside it in a <mark>. `hit.snippet` starts at byte
// `hit.snippet_start` of the document; matches are [start, end) byte ranges of the document.
function markedSnippet(hit) {
  const bytes = utf8.encode(hit.snippet);
  const base = hit.snippet_start;
  const out = el('div', { class: 'snippet', 'data-testid': 'snippet' });
  if (hit.snippet_start > 0) out.append('…');
  let at = 0;
  const inside = (hit.matches || []).filter(([s, e]) => s >= base && e <= base + bytes.length).sort((a, b) => a[0] - b[0]);
  for (const [s, e] of inside) {
    if (s - base < at) continue;  // overlaps the previous mark
    out.append(fromUtf8.decode(bytes.subarray(at, s - base)));
    out.append(el('mark', { 'data-testid': 'match' }, fromUtf8.decode(bytes.subarray(s - base, e - base))));
    at = e - base;
  }
  out.append(fromUtf8.decode(bytes.subarray(at)));
  out.append('…');
  return out;
}

// What the filters found in the hit: people, entities, dates, facts.
function foundItems(hit) {
  const items = [];
  for (const p of hit.people || []) items.push(`${t('person')}: ${[p.rank, p.name].filter(Boolean).join(' ')} (${p.mentions.length} ${t('mentions')})`);
  for (const e of hit.entities || []) items.push(`${e.label}: ${e.text}`);
  for (const d of hit.dates || []) items.push(`${t('date')}: ${d.text} = ${d.iso}${d.iso_end ? `…${d.iso_end}` : ''}`);
  for (const f of hit.facts || []) items.push(`${t('facts')}: ${f.text}`);
  return items.length ? el('div', { class: 'found', 'data-testid': 'found' }, items.join(' · ')) : null;
}

function renderHits(hits) {
  $('#hits').replaceChildren(...hits.map((hit) => {
    const title = el('a', { class: 'hit-title', href: '#', 'data-testid': 'hit-title' }, hit.title || hit.id);
    title.addEventListener('click', (e) => { e.preventDefault(); openHit(hit); });
    const meta = el('span', { class: 'hit-meta' },
      [hit.date, hit.id, `${t('score')} ${Number(hit.score).toPrecision(3)}`].filter(Boolean).join(' · '));
    return el('li', { 'data-testid': 'hit', 'data-id': hit.id }, title, meta, markedSnippet(hit), foundItems(hit));
  }));
}

function searchParams() {
  const params = new URLSearchParams();
  const q = $('#q').value.trim();
  if (q) params.set('q', q);
  for (const input of document.querySelectorAll('#search-form [data-param]')) {
    const v = input.value.trim();
    if (v) params.set(input.dataset.param, v);
  }
  return params;
}

async function runSearch(e) {
  if (e) e.preventDefault();
  setSearchStatus(t('searching'));
  const started = performance.now();
  try {
    const res = await fetch(`/v1/search?${searchParams()}`);
    const body = await res.json();
    if (!res.ok) {
      $('#hits').replaceChildren();
      setSearchStatus(`${t('failed')} ${res.status}: ${body.error}`, true);
      return;
    }
    renderHits(body.hits);
    const ms = Math.round(performance.now() - started);
    setSearchStatus(body.hits.length ? `${body.hits.length} ${t('hits')} — ${ms} ms` : t('noHits'));
  } catch (err) {
    setSearchStatus(`${t('failed')}: ${err}`, true);
  }
}

// Opens a hit in the viewer: the stored document analysed with the viewer's options, drawn
// over its original bytes (so offsets hold whatever the encoding), the hit's matches marked.
async function openHit(hit) {
  setSearchStatus(t('opening'));
  const where = { id: hit.id, db: hit.shard };
  const options = Object.fromEntries(Object.entries(requestOptions('json')).map(([k, v]) => [k, String(v)]));
  try {
    const [docRes, textRes] = await Promise.all([
      fetch(`/v1/document?${new URLSearchParams({ ...where, ...options })}`),
      fetch(`/v1/document?${new URLSearchParams({ ...where, format: 'original' })}`),
    ]);
    const body = await docRes.json();
    if (!docRes.ok || !textRes.ok) {
      setSearchStatus(`${t('failed')} ${docRes.status}: ${body.error || textRes.status}`, true);
      return;
    }
    state.bytes = new Uint8Array(await textRes.arrayBuffer());
    state.request = fromUtf8.decode(state.bytes);
    state.result = body;
    state.doc = body;
    $('#text').value = state.request;
    setSearchStatus('');
    showTab('input-panel');
    render();
    markMatches(hit.matches || []);
    setStatus(`${hit.title || hit.id}${hit.date ? ` (${hit.date})` : ''}`);
  } catch (err) {
    setSearchStatus(`${t('failed')}: ${err}`, true);
  }
}

// The words of the drawn document that a match covers.
function markMatches(matches) {
  let first = null;
  for (const node of document.querySelectorAll('#doc [data-start]')) {
    const start = Number(node.dataset.start);
    if (matches.some(([s, e]) => start >= s && start < e)) {
      node.classList.add('match');
      first = first || node;
    }
  }
  if (first) first.scrollIntoView({ block: 'center' });
}

async function setupSearch() {
  for (const b of document.querySelectorAll('#tabs button')) b.addEventListener('click', () => showTab(b.dataset.tab));
  $('#search-form').addEventListener('submit', runSearch);
  applyLanguage();
  try {
    const health = await (await fetch('/health')).json();
    // The tabs appear when the server has something to search.
    // /?search opens the search tab; /?search=words also runs that query.
    if (health.search_shards > 0) {
      $('#tabs').hidden = false;
      const asked = new URLSearchParams(location.search);
      if (asked.has('search')) showTab('search-panel');
      if (asked.get('search')) {
        $('#q').value = asked.get('search');
        await runSearch();
      }
    }
  } catch (err) {
    setStatus(`${t('failed')}: /health ${err}`, true);
  }
}

setupSearch();
