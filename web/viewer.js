// vitext viewer: sends text to the server's /v1 API and draws what comes back. Every layer
// the JSON has is drawn; a layer the server does not produce yet is simply empty.
'use strict';

const I18N = {
  vi: {
    tagline: 'phân tích văn bản tiếng Việt', placeholder: 'Dán một văn bản tiếng Việt vào đây…',
    dropHint: 'Dán văn bản, hoặc thả một tệp (UTF-8, TCVN3, VNI, VISCII…) vào đây',
    until: 'Đến bước', tone: 'Dấu thanh', toneNew: 'kiểu mới (hoà → hòa)', toneOld: 'kiểu cũ (hòa → hoà)',
    toneKeep: 'giữ nguyên', openFile: 'Mở tệp…', showPos: 'Hiện từ loại', analyze: 'Phân tích',
    document: 'Văn bản', facts: 'Số liệu', value: 'Giá trị', qualifier: 'Mức', what: 'Đếm gì', subject: 'Chủ thể',
    people: 'Nhân vật', dates: 'Thời gian', tree: 'Cây phụ thuộc', sentence: 'Câu', export: 'Xuất',
    copyJson: 'Chép JSON', copyConllu: 'Chép CoNLL-U', none: 'Không có',
    noTree: 'Chưa có phân tích cú pháp (chọn bước "parse")', working: 'Đang phân tích…',
    converting: 'Đang đọc tệp…', copied: 'Đã chép', failed: 'Lỗi', encoding: 'Bảng mã', confidence: 'độ tin cậy',
    sentences: 'câu', words: 'từ', entities: 'thực thể', bytes: 'byte', date: 'Ngày', title: 'Tiêu đề',
    PER: 'Người', LOC: 'Địa danh', ORG: 'Tổ chức', MISC: 'Khác', undated: 'Không rõ ngày', emptyText: 'Chưa có văn bản',
    documents: 'văn bản; hiển thị văn bản đầu',
  },
  en: {
    tagline: 'Vietnamese text analysis', placeholder: 'Paste Vietnamese text here…',
    dropHint: 'Paste text, or drop a file (UTF-8, TCVN3, VNI, VISCII…) here',
    until: 'Up to stage', tone: 'Tone marks', toneNew: 'new style (hoà → hòa)', toneOld: 'old style (hòa → hoà)',
    toneKeep: 'keep as written', openFile: 'Open file…', showPos: 'Show POS', analyze: 'Analyse',
    document: 'Document', facts: 'Facts', value: 'Value', qualifier: 'Qualifier', what: 'Counts', subject: 'Subject',
    people: 'People', dates: 'Dates', tree: 'Dependency tree', sentence: 'Sentence', export: 'Export',
    copyJson: 'Copy JSON', copyConllu: 'Copy CoNLL-U', none: 'None',
    noTree: 'No parse yet (choose the "parse" stage)', working: 'Analysing…',
    converting: 'Reading the file…', copied: 'Copied', failed: 'Error', encoding: 'Encoding', confidence: 'confidence',
    sentences: 'sentences', words: 'words', entities: 'entities', bytes: 'bytes', date: 'Date', title: 'Title',
    PER: 'Person', LOC: 'Place', ORG: 'Organisation', MISC: 'Other', undated: 'Undated', emptyText: 'No text yet',
    documents: 'documents; showing the first',
  },
};

const $ = (sel) => document.querySelector(sel);
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();
const SVG = 'http://www.w3.org/2000/svg';

const state = { lang: localStorage.getItem('vitext.lang') || 'vi', result: null, doc: null, bytes: null, request: null };

function t(key) { return (I18N[state.lang] && I18N[state.lang][key]) || I18N.en[key] || key; }

function applyLanguage() {
  document.documentElement.lang = state.lang;
  $('#lang').textContent = state.lang === 'vi' ? 'EN' : 'VI';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  if (state.doc) render();
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null) e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function svg(tag, attrs = {}, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function setStatus(msg, isError = false) {
  const s = $('#status');
  s.textContent = msg;
  s.classList.toggle('error', isError);
}

// The text of a byte range of the document's original input (offsets are UTF-8 bytes).
function slice(start, end) { return fromUtf8.decode(state.bytes.subarray(start, end)); }

async function loadStages() {
  try {
    const health = await (await fetch('/health')).json();
    const sel = $('#until');
    sel.replaceChildren(...health.stages.map((s) => el('option', { value: s }, s)));
    sel.value = health.default_until;
  } catch (e) {
    setStatus(`${t('failed')}: /health ${e}`, true);
  }
}

function requestOptions(format) {
  const until = $('#until').value;
  const options = { until, tone: $('#tone').value, format };
  if (until === 'tokenize' || until === 'sentences') options.tokens = true;
  return options;
}

async function postJson(text, format) {
  const res = await fetch('/v1/analyze', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ id: 'viewer', text, options: requestOptions(format) }),
  });
  return res;
}

async function analyze() {
  const text = $('#text').value;
  setStatus(t('working'));
  const started = performance.now();
  try {
    const res = await postJson(text, 'json');
    const body = await res.json();
    if (!res.ok) {
      setStatus(`${t('failed')} ${res.status}: ${body.error}${body.offset !== undefined ? ` (byte ${body.offset})` : ''}`, true);
      return;
    }
    state.result = body;
    state.request = text;
    state.doc = body.documents ? body.documents[0] : body;
    const base = (state.doc.meta && state.doc.meta.source_offset) || 0;
    state.bytes = utf8.encode(text).subarray(base);
    render();
    const d = state.doc;
    const words = (d.sentences || []).reduce((n, s) => n + (s.words ? s.words.length : 0), 0);
    let msg = `${(d.sentences || []).length} ${t('sentences')}, ${words} ${t('words')}, ` +
      `${(d.entities || []).length} ${t('entities')} — ${Math.round(performance.now() - started)} ms`;
    if (body.documents) msg = `${body.documents.length} ${t('documents')}. ` + msg;
    setStatus(msg);
  } catch (e) {
    setStatus(`${t('failed')}: ${e}`, true);
  }
}

// A dropped or opened file: its raw bytes go to /v1/convert, which detects the encoding.
async function openFile(file) {
  setStatus(t('converting'));
  try {
    const res = await fetch('/v1/convert?format=json', {
      method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: await file.arrayBuffer(),
    });
    const body = await res.json();
    if (!res.ok) { setStatus(`${t('failed')} ${res.status}: ${body.error}`, true); return; }
    $('#text').value = body.text;
    const note = `${file.name}: ${t('encoding')} ${body.encoding} (${t('confidence')} ${Number(body.confidence).toFixed(2)})`;
    await analyze();
    setStatus(`${note}. ${$('#status').textContent}`);
  } catch (e) {
    setStatus(`${t('failed')}: ${e}`, true);
  }
}

function render() {
  $('#results').hidden = false;
  renderMeta();
  renderDocument();
  renderFacts();
  renderPeople();
  renderTimeline();
  renderTreeChoices();
  $('#raw').textContent = JSON.stringify(state.result, null, 2);
}

function renderMeta() {
  const m = state.doc.meta || {};
  const parts = [];
  if (m.title) parts.push(`${t('title')}: ${m.title}`);
  if (m.date) parts.push(`${t('date')}: ${m.date}`);
  parts.push(`${t('encoding')}: ${m.encoding}`);
  parts.push(`${m.bytes} ${t('bytes')}`);
  $('#meta').textContent = parts.join(' · ');
  $('#legend').replaceChildren(...['PER', 'LOC', 'ORG', 'MISC'].map((l) => el('span', { class: `lg-${l}` }, t(l))));
}

// The pieces a sentence is drawn with: words when segmented, else tokens, else its text cut
// where entities begin and end.
function unitsOf(s, entities) {
  if (s.words && s.words.length) return { kind: 'word', list: s.words };
  if (s.tokens && s.tokens.length) return { kind: 'token', list: s.tokens };
  const cuts = new Set([s.start, s.end]);
  for (const e of entities) {
    if (e.start > s.start && e.start < s.end) cuts.add(e.start);
    if (e.end > s.start && e.end < s.end) cuts.add(e.end);
  }
  const at = [...cuts].sort((a, b) => a - b);
  return { kind: 'text', list: at.slice(1).map((end, i) => ({ start: at[i], end })) };
}

function renderDocument() {
  const doc = $('#doc');
  doc.replaceChildren();
  const sentences = state.doc.sentences || [];
  if (!sentences.length) { doc.append(el('p', { class: 'empty' }, state.request ? slice(0, state.bytes.length) : t('emptyText'))); return; }
  const entities = (state.doc.entities || []).filter((e) => !e.nested).sort((a, b) => a.start - b.start || b.end - a.end);
  let para = el('p');
  doc.append(para);
  let ei = 0;
  sentences.forEach((s, i) => {
    if (i > 0) {
      const gap = slice(sentences[i - 1].end, s.start);
      if (gap.includes('\n')) { para = el('p'); doc.append(para); } else para.append(gap);
    }
    const sentence = el('span', { class: 'sentence', 'data-index': i, onclick: () => chooseSentence(i) });
    const { kind, list } = unitsOf(s, entities);
    let open = null;   // the entity element being filled
    let openEnd = -1;
    let pos = s.start;
    for (const u of list) {
      if (open && u.start >= openEnd) { open = null; }
      const gap = u.start > pos ? slice(pos, u.start) : '';
      while (ei < entities.length && entities[ei].end <= u.start) ei++;
      const e = entities[ei];
      if (!open && e && e.start <= u.start && u.start < e.end) {
        if (gap) sentence.append(gap);
        open = el('span', { class: `ent ent-${e.label}`, title: entityTitle(e), 'data-label': e.label, 'data-testid': 'entity' });
        sentence.append(open);
        openEnd = e.end;
        open.append(unit(u, kind));
        open.append(el('span', { class: 'label' }, e.label));
        ei++;
      } else if (open) {
        open.insertBefore(document.createTextNode(gap), open.lastChild);
        open.insertBefore(unit(u, kind), open.lastChild);
      } else {
        if (gap) sentence.append(gap);
        sentence.append(unit(u, kind));
      }
      pos = u.end;
    }
    if (s.end > pos) sentence.append(slice(pos, s.end));
    para.append(sentence);
  });
}

function entityTitle(e) {
  const parts = [`${t(e.label)}${e.type ? ` (${e.type})` : ''}`];
  if (e.normalized) parts.push(`→ ${e.normalized}`);
  if (e.expansion) parts.push(`= ${e.expansion}`);
  if (e.province_after_2025) parts.push(`2025: ${e.province_after_2025}`);
  return parts.join(' ');
}

function unit(u, kind) {
  const form = u.form !== undefined ? u.form : slice(u.start, u.end);
  if (kind === 'text') return document.createTextNode(form);
  const title = [u.upos, u.xpos, u.deprel, u.kind].filter(Boolean).join(' · ');
  const cls = kind === 'word' ? `w${/\s/.test(form) ? ' multi' : ''}` : 'w tok';
  const node = el('span', { class: cls, title, 'data-testid': kind, 'data-start': u.start });
  node.append(el('span', { class: 'form' }, form));
  if (u.upos || u.kind) node.append(el('span', { class: 'pos' }, u.upos || u.kind));
  return node;
}

function highlightSentence(i) {
  for (const s of document.querySelectorAll('.sentence.hl')) s.classList.remove('hl');
  const s = document.querySelector(`.sentence[data-index="${i}"]`);
  if (!s) return;
  s.classList.add('hl');
  s.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function chooseSentence(i) {
  highlightSentence(i);
  const sel = $('#tree-sentence');
  if (sel.options.length > i) { sel.value = String(i); renderTree(); }
}

function showEmpty(id, empty) {
  for (const p of document.querySelectorAll(`.empty[data-for="${id}"]`)) p.hidden = !empty;
}

function formatNumber(v) {
  if (v === null || v === undefined) return '';
  return Number(v).toLocaleString(state.lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 3 });
}

function factValue(f) {
  let v = formatNumber(f.value);
  if (!v && f.range) v = f.range.map(formatNumber).filter(Boolean).join('–');
  if (!v) v = f.text;
  if (f.unit) v += f.unit === '%' ? '%' : ` ${f.unit}`;
  return v;
}

function renderFacts() {
  const body = $('#facts tbody');
  const facts = state.doc.facts || [];
  body.replaceChildren(...facts.map((f) => {
    const row = el('tr', { title: f.phrase || f.text, 'data-sentence': f.sentence, 'data-testid': 'fact' },
      el('td', { class: 'num' }, factValue(f)), el('td', {}, f.qualifier || ''),
      el('td', {}, f.what || ''), el('td', {}, f.subject || ''));
    row.addEventListener('click', () => {
      for (const r of body.querySelectorAll('tr.active')) r.classList.remove('active');
      row.classList.add('active');
      chooseSentence(f.sentence);
    });
    return row;
  }));
  $('#facts').hidden = !facts.length;
  showEmpty('facts', !facts.length);
}

function renderPeople() {
  const people = state.doc.people || [];
  $('#people').replaceChildren(...people.map((p) => el('div', {
    class: 'card', 'data-testid': 'person', onclick: () => p.sentences && p.sentences.length && chooseSentence(p.sentences[0]),
  },
  el('div', { class: 'name' }, p.name || (p.titles || [])[0] || '?'),
  p.rank ? el('div', { class: 'rank' }, p.rank) : null,
  (p.titles || []).length ? el('div', { class: 'titles' }, p.titles.join('; ')) : null,
  p.org || p.org_normalized ? el('div', { class: 'org' }, p.org_normalized || p.org) : null)));
  showEmpty('people', !people.length);
}

// "2023", "2023-12" or "2023-12-27" as a time in ms, or NaN.
function isoTime(iso) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso || '');
  return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) : NaN;
}

function renderTimeline() {
  const box = $('#timeline');
  box.replaceChildren();
  const dates = state.doc.dates || [];
  showEmpty('timeline', !dates.length);
  if (!dates.length) return;
  const dated = dates.filter((d) => !Number.isNaN(isoTime(d.iso))).sort((a, b) => isoTime(a.iso) - isoTime(b.iso));
  const W = 420, pad = 30, rowH = 16;
  if (dated.length) {
    const lo = isoTime(dated[0].iso), hi = isoTime(dated[dated.length - 1].iso);
    const x = (d) => (hi === lo ? W / 2 : pad + ((isoTime(d.iso) - lo) / (hi - lo)) * (W - 2 * pad));
    const H = 40 + rowH * Math.min(dated.length, 8);
    const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, 'data-testid': 'timeline-svg' });
    s.append(svg('line', { x1: pad / 2, y1: 20, x2: W - pad / 2, y2: 20, stroke: '#889' }));
    dated.forEach((d, i) => {
      const g = svg('g', { class: 'tick' });
      const cx = x(d);
      const y = 36 + rowH * (i % 8);
      g.append(svg('circle', { cx, cy: 20, r: 4, fill: '#0b6bcb' }));
      g.append(svg('line', { x1: cx, y1: 24, x2: cx, y2: y - 10, stroke: '#ccd' }));
      g.append(svg('text', { x: Math.min(Math.max(cx, 4), W - 4), y, 'text-anchor': cx > W * 0.7 ? 'end' : cx < W * 0.3 ? 'start' : 'middle' },
        `${d.iso}${d.iso_end ? `…${d.iso_end}` : ''} · ${d.text}`));
      g.append(svg('title', {}, d.note || d.holiday || d.kind || ''));
      g.addEventListener('click', () => chooseSentence(d.sentence));
      s.append(g);
    });
    box.append(s);
  }
  const undated = dates.filter((d) => Number.isNaN(isoTime(d.iso)));
  if (undated.length) {
    box.append(el('div', { class: 'empty' }, `${t('undated')}: ${undated.map((d) => d.text).join(', ')}`));
  }
}

function renderTreeChoices() {
  const sel = $('#tree-sentence');
  const sentences = state.doc.sentences || [];
  const keep = sel.value;
  sel.replaceChildren(...sentences.map((s, i) => el('option', { value: i }, `${i + 1}. ${s.text.slice(0, 70)}${s.text.length > 70 ? '…' : ''}`)));
  if (keep && +keep < sentences.length) sel.value = keep;
  renderTree();
}

let measureCtx = null;
function textWidth(s, font) {
  measureCtx = measureCtx || document.createElement('canvas').getContext('2d');
  measureCtx.font = font;
  return measureCtx.measureText(s).width;
}

// displaCy-like: words on a line, an arc from each head to its dependent, nested arcs higher.
function renderTree() {
  const box = $('#tree');
  box.replaceChildren();
  const s = (state.doc.sentences || [])[+$('#tree-sentence').value || 0];
  const words = s && s.words ? s.words : [];
  const parsed = words.length && words.every((w) => typeof w.head === 'number');
  showEmpty('tree', !parsed);
  if (!parsed) return;
  const xs = [];
  let x = 20;
  for (const w of words) {
    const width = Math.max(textWidth(w.form, '13px sans-serif'), textWidth(w.upos || '', '11px sans-serif')) + 22;
    xs.push(x + width / 2);
    x += width;
  }
  const arcs = words.map((w, i) => ({ from: w.head - 1, to: i, label: w.deprel })).filter((a) => a.from >= 0);
  arcs.sort((a, b) => Math.abs(a.from - a.to) - Math.abs(b.from - b.to));
  for (const a of arcs) {
    const lo = Math.min(a.from, a.to), hi = Math.max(a.from, a.to);
    a.level = 1 + Math.max(0, ...arcs.filter((b) => b !== a && b.level && Math.min(b.from, b.to) >= lo && Math.max(b.from, b.to) <= hi).map((b) => b.level));
  }
  const maxLevel = Math.max(1, ...arcs.map((a) => a.level));
  const step = 22, base = 30 + maxLevel * step, H = base + 44;
  const out = svg('svg', { width: x + 20, height: H, 'data-testid': 'tree-svg' });
  for (const a of arcs) {
    const x1 = xs[a.from], x2 = xs[a.to] + (a.from < a.to ? -4 : 4), top = base - a.level * step;
    out.append(svg('path', { class: 'arc', d: `M${x1},${base} C${x1},${top} ${x2},${top} ${x2},${base}` }));
    out.append(svg('path', { d: `M${x2 - 4},${base - 7} L${x2},${base} L${x2 + 4},${base - 7}`, fill: 'none', stroke: '#4a5968' }));
    out.append(svg('text', { class: 'deprel', x: (x1 + x2) / 2, y: top + a.level * 2 + 2, 'text-anchor': 'middle' }, a.label));
  }
  words.forEach((w, i) => {
    if (w.head === 0) {
      out.append(svg('line', { x1: xs[i], y1: 8, x2: xs[i], y2: base, stroke: '#4a5968', 'stroke-dasharray': '3 2' }));
      out.append(svg('text', { class: 'deprel', x: xs[i] + 4, y: 14 }, 'root'));
    }
    out.append(svg('text', { x: xs[i], y: base + 18, 'text-anchor': 'middle' }, w.form));
    out.append(svg('text', { class: 'upos', x: xs[i], y: base + 34, 'text-anchor': 'middle' }, w.upos || ''));
  });
  box.append(out);
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch (e) {
    const area = el('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  $('#copied').textContent = t('copied');
  setTimeout(() => { $('#copied').textContent = ''; }, 1500);
}

async function copyConllu() {
  const res = await postJson(state.request || $('#text').value, 'conllu');
  const text = await res.text();
  $('#raw').textContent = text;
  if (res.ok) await copyText(text);
  else setStatus(`${t('failed')} ${res.status}: ${text}`, true);
}

function setup() {
  $('#lang').addEventListener('click', () => {
    state.lang = state.lang === 'vi' ? 'en' : 'vi';
    localStorage.setItem('vitext.lang', state.lang);
    applyLanguage();
  });
  $('#analyze').addEventListener('click', analyze);
  $('#text').addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) analyze(); });
  $('#file').addEventListener('change', (e) => { if (e.target.files[0]) openFile(e.target.files[0]); });
  $('#show-pos').addEventListener('change', (e) => document.body.classList.toggle('hide-pos', !e.target.checked));
  $('#tree-sentence').addEventListener('change', renderTree);
  $('#copy-json').addEventListener('click', () => state.result && copyText(JSON.stringify(state.result, null, 2)));
  $('#copy-conllu').addEventListener('click', copyConllu);
  const drop = $('#drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer.files[0]) openFile(e.dataTransfer.files[0]);
  });
  applyLanguage();
  loadStages();
}

setup();
