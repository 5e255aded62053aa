'use strict';
const DIMS = { province: 'Tỉnh (trước 7/2025)', province_2025: 'Tỉnh (sau 7/2025)', issuer: 'Cơ quan ban hành',
  lead: 'Cơ quan chủ trì', coordinating: 'Cơ quan phối hợp', type: 'Loại văn bản', year: 'Năm', timeframe_kind: 'Thời hạn' };
const PAGE = 20;
const FACET_SHOWN = 5;
const $ = id => document.getElementById(id);
/** What an error status means, in Vietnamese; the server's own words (English, with the hint) follow in brackets. */
const ERRORS = { 400: 'Yêu cầu không hợp lệ', 403: 'Không được phép', 404: 'Không tìm thấy', 413: 'Yêu cầu quá lớn',
  421: 'Máy chủ không phục vụ tên miền này', 500: 'Lỗi máy chủ' };
/** Vietnamese names of coded values (document types, timeframe kinds), from the lexicon through /api/labels. */
let LABELS = { types: {}, timeframe_kinds: {} };
function typeName(code) { return code ? (LABELS.types[code] || code) : null; }
function facetLabel(dim, v) {
  return dim === 'type' ? typeName(v) : dim === 'timeframe_kind' ? (LABELS.timeframe_kinds[v] || v) : v;
}
/** 2025-04-04 → 04/04/2025, 2025-04 → 04/2025 (as Vietnamese documents write dates); anything else as given. */
function viDate(iso) {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  return m ? [m[3], m[2], m[1]].filter(Boolean).join('/') : iso;
}

function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
function marked(snippet) { return esc(snippet).replace(/«/g, '<mark>').replace(/»/g, '</mark>'); }
function list(v) { return v == null ? [] : [].concat(v); }
/** Agency names: hits carry {name, canonical}, stored tasks plain names. */
function names(v) { return list(v).map(a => a && typeof a === 'object' ? a.name : a); }
/** Distinct non-empty values, in order: no "Quảng Ngãi · Quảng Ngãi" when both provinces are the same. */
function distinct(values) { return [...new Set(values.filter(v => v != null && v !== ''))]; }

function state() {
  const p = new URLSearchParams(location.search);
  const filters = {};
  for (const d of Object.keys(DIMS)) if (p.getAll(d).length) filters[d] = p.getAll(d);
  return { q: p.get('q') || '', tasks: p.get('tasks') === '1', filters, offset: Math.max(0, parseInt(p.get('offset') || '0', 10) || 0),
    sort: p.get('sort') || '', from: p.get('from') || '', to: p.get('to') || '', doc: p.get('doc'), task: p.get('task') };
}
function query(s, extra = {}) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.tasks) p.set('tasks', '1');
  for (const [d, vs] of Object.entries(s.filters || {})) for (const v of vs) p.append(d, v);
  if (s.sort) p.set('sort', s.sort);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.offset) p.set('offset', String(s.offset));
  if (s.doc) p.set('doc', s.doc);
  if (s.task) p.set('task', s.task);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p.toString();
}
function href(s) { return '?' + query(s); }
function go(s) {
  history.pushState(null, '', href(s));
  render(s);
  window.scrollTo(0, 0);
}
async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error((ERRORS[r.status] || 'Lỗi ' + r.status) + (body.error ? ' (' + body.error + ')' : ''));
  return body;
}
/** Links open in place (history kept); with a modifier key or the middle button the browser opens a new tab. */
function follow(container) {
  for (const a of container.querySelectorAll('a[data-nav]')) {
    a.addEventListener('click', ev => {
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
      ev.preventDefault();
      history.pushState(null, '', a.getAttribute('href'));
      render(state());
      window.scrollTo(0, 0);
    });
  }
}

async function render(s) {
  $('q').value = s.q;
  $('tasks').checked = s.tasks;
  $('sort').value = s.sort;
  $('from').value = /^\d{4}-\d{2}-\d{2}$/.test(s.from) ? s.from : '';
  $('to').value = /^\d{4}-\d{2}-\d{2}$/.test(s.to) ? s.to : '';
  const detail = s.doc || s.task;
  $('list').hidden = !!detail;
  $('detail').hidden = !detail;
  if (s.doc) return showDocument(s);
  if (s.task) return showTask(s);
  const p = query({ ...s, doc: null, task: null }, { limit: String(PAGE) });
  try {
    const r = await api('/api/search?' + p);
    renderChips(s);
    renderFacets(s, r.facets);
    renderHits(s, r);
    // the laid-out width of the result list, read by the browser tests (390 px phones must keep it usable)
    document.body.dataset.resultsWidth = String(Math.round($('results').getBoundingClientRect().width));
  } catch (e) {
    $('summary').innerHTML = '<span class="error">' + esc(e.message) + '</span>';
    $('results').innerHTML = '';
    $('pager').innerHTML = '';
  }
}

function renderChips(s) {
  const chips = [];
  for (const [dim, vs] of Object.entries(s.filters)) {
    for (const v of vs) {
      const n = structuredClone(s);
      n.offset = 0;
      n.filters[dim] = vs.filter(x => x !== v);
      if (!n.filters[dim].length) delete n.filters[dim];
      chips.push('<a class="chip" data-nav href="' + esc(href(n)) + '" title="Bỏ lọc">' + esc(DIMS[dim]) + ': ' + esc(facetLabel(dim, v)) + ' ✕</a>');
    }
  }
  for (const [k, label] of [['from', 'Từ ngày'], ['to', 'Đến ngày']]) {
    if (s[k]) chips.push('<a class="chip" data-nav href="' + esc(href({ ...s, [k]: '', offset: 0 })) + '" title="Bỏ lọc">' + label + ': ' + esc(viDate(s[k])) + ' ✕</a>');
  }
  if (chips.length > 1) chips.push('<a class="chip clear" data-nav href="' + esc(href({ ...s, filters: {}, from: '', to: '', offset: 0 })) + '">Xóa tất cả bộ lọc</a>');
  $('chips').innerHTML = chips.join('');
  follow($('chips'));
}

function renderFacets(s, facets) {
  const out = [];
  for (const [dim, label] of Object.entries(DIMS)) {
    const values = facets[dim] || [];
    if (!values.length) continue;
    out.push('<fieldset><legend>' + esc(label) + '</legend>');
    values.forEach((c, i) => {
      const on = (s.filters[dim] || []).includes(c.value);
      out.push('<label' + (i >= FACET_SHOWN && !on ? ' class="more" hidden' : '') + '><input type="checkbox" data-dim="' + esc(dim)
        + '" data-value="' + esc(c.value) + '"' + (on ? ' checked' : '') + '> ' + esc(facetLabel(dim, c.value)) + ' <span class="count">(' + c.count + ')</span></label>');
    });
    if (values.length > FACET_SHOWN) out.push('<button type="button" class="show-more">thêm…</button>');
    out.push('</fieldset>');
  }
  $('facets').innerHTML = out.join('');
  for (const box of $('facets').querySelectorAll('input')) {
    box.addEventListener('change', () => {
      const n = state();
      const vs = new Set(n.filters[box.dataset.dim] || []);
      if (box.checked) vs.add(box.dataset.value); else vs.delete(box.dataset.value);
      if (vs.size) n.filters[box.dataset.dim] = [...vs]; else delete n.filters[box.dataset.dim];
      n.offset = 0;
      go(n);
    });
  }
  for (const b of $('facets').querySelectorAll('button.show-more')) {
    b.addEventListener('click', () => {
      for (const l of b.parentElement.querySelectorAll('label.more')) l.hidden = false;
      b.remove();
    });
  }
}

function renderHits(s, r) {
  const what = s.tasks ? ' nhiệm vụ' : ' văn bản';
  const from = r.hits.length ? s.offset + 1 : 0;
  const to = s.offset + r.hits.length;
  $('summary').textContent = (r.hits.length ? from + '–' + to + ' của ' : '') + r.total + (r.total_exact === false ? '+' : '') + what
    + (s.q ? ' cho «' + s.q + '»' : '') + (r.hint ? ' — ' + r.hint : '');
  if (!r.hits.length) {
    $('results').innerHTML = '<li class="help">Không tìm thấy. Thử: bỏ bớt bộ lọc, ít từ hơn, bỏ dấu ngoặc kép, '
      + 'hoặc gõ không dấu (tre em tìm cả «trẻ em»).</li>';
  } else {
    $('results').innerHTML = r.hits.map(h => card(s, h)).join('');
  }
  const pager = [];
  if (s.offset > 0) pager.push('<a data-nav rel="prev" href="' + esc(href({ ...s, offset: Math.max(0, s.offset - PAGE) })) + '">‹ Trang trước</a>');
  if (to < r.total) pager.push('<a data-nav rel="next" href="' + esc(href({ ...s, offset: s.offset + PAGE })) + '">Trang sau ›</a>');
  if (r.total) {
    const ex = query({ ...s, offset: 0, doc: null, task: null });
    pager.push('<span class="export">Tải kết quả: ' + ['csv', 'xlsx', 'jsonl'].map(f => '<a download href="/api/export?'
      + esc(ex + (ex ? '&' : '') + 'format=' + f) + '">' + f.toUpperCase() + '</a>').join(' ') + '</span>');
  }
  $('pager').innerHTML = pager.join(' ');
  follow($('results'));
  follow($('pager'));
}

function card(s, h) {
  const file = h.path || '';
  const format = file.includes('.') ? file.split('.').pop().toUpperCase() : null;
  const meta = distinct([typeName(h.type), viDate(h.date) || h.year, h.issuer, h.province, h.province_2025]).map(esc).join(' · ');
  const where = [h.section ? 'mục ' + h.section : null, h.page ? 'trang ' + h.page : null].filter(Boolean).join(', ');
  const agencies = list(h.lead).length ? '<div class="agencies">Chủ trì: ' + esc(names(h.lead).join('; '))
    + (list(h.coordinating).length ? ' — Phối hợp: ' + esc(names(h.coordinating).join('; ')) : '') + '</div>' : '';
  const time = h.timeframe || h.deadline ? '<div class="agencies">Thời hạn: ' + esc(h.timeframe || '') + (h.deadline ? ' (hạn ' + esc(h.deadline) + ')' : '') + '</div>' : '';
  const link = s.tasks && h.unit_id ? href({ task: h.unit_id }) : href({ doc: h.doc_id });
  const also = list(h.also_as).length ? '<div class="facts">Cũng có dạng: ' + h.also_as.map(v => '<a data-nav href="' + esc(href({ doc: v.id })) + '">'
    + esc(distinct([(v.format || '').toUpperCase(), VERSION_WORDS[v.status], v.partial ? 'một phần' : null]).join(', ')) + '</a>').join(' · ') + '</div>' : '';
  return '<li class="hit"><a class="title" data-nav href="' + esc(link) + '">' + esc(h.title || file || h.doc_id) + '</a>'
    + '<div class="meta">' + meta + '</div>'
    + '<div class="facts">' + distinct([h.number ? 'Số ' + h.number : null, format, where]).map(esc).join(' · ') + '</div>'
    + also + agencies + time + (h.snippet ? '<div class="snippet">' + marked(h.snippet) + '</div>' : '') + '</li>';
}

function back(s) {
  return '<a class="back" data-nav href="' + esc(href({ ...s, doc: null, task: null })) + '">‹ Về kết quả</a>';
}
/** Agencies of a task: a record's {name, canonical} objects, or the index's printed names. */
function agencyNames(t, kind) {
  const fromRecord = t[kind + '_agencies'];
  return fromRecord ? names(fromRecord) : list(t[kind + '_name']);
}
function taskItem(t, withLink) {
  const lead = agencyNames(t, 'lead'), coord = agencyNames(t, 'coordinating');
  const tf = t.timeframe && typeof t.timeframe === 'object' ? t.timeframe : { raw: t.timeframe, deadline: t.deadline };
  const id = t.task_id || t.unit_id;
  const where = distinct([t.section ? 'Mục ' + t.section : null, t.page ? 'trang ' + t.page : null]).join(', ');
  return '<li class="task">' + (withLink ? '<a data-nav href="' + esc(href({ task: id })) + '">' + esc(t.text) + '</a>' : esc(t.text))
    + (lead.length ? '<div class="agencies">Chủ trì: ' + esc(lead.join('; ')) + '</div>' : '')
    + (coord.length ? '<div class="agencies">Phối hợp: ' + esc(coord.join('; ')) + '</div>' : '')
    + (tf.raw || tf.deadline ? '<div class="agencies">Thời hạn: ' + esc(tf.raw || '') + (tf.deadline ? ' (hạn ' + esc(viDate(tf.deadline)) + ')' : '') + '</div>' : '')
    + (where ? '<div class="where">' + esc(where) + '</div>' : '') + '</li>';
}
function rows(pairs) {
  return '<dl class="header">' + pairs.filter(r => r[1]).map(r => '<dt>' + esc(r[0]) + '</dt><dd>' + r[1] + '</dd>').join('') + '</dl>';
}
/** Header fields: from the JSON record when the server has it, else from the index's stored fields. */
function headerTable(d, r) {
  const h = r ? r.header : {};
  const signer = h.signer ? distinct([h.signer.on_behalf, h.signer.title, h.signer.name]).join(' ') : null;
  const file = r ? r.file : d.path;
  const fileCell = file ? (d.source_served ? '<a href="/api/source/' + encodeURIComponent(d.doc_id) + '" download>' + esc(file) + '</a>' : esc(file)) : null;
  return rows([['Số', esc(h.number || d.number)], ['Loại văn bản', esc(typeName(h.doc_type || d.doc_type))],
    ['Ngày ban hành', esc(viDate(h.issued_date || d.issued_date))], ['Nơi ban hành', esc(h.place || d.place)],
    ['Cơ quan ban hành', esc(h.issuer || list(d.issuer).join('; '))], ['Cơ quan chủ quản', esc(h.issuer_parent)],
    ['Tỉnh (trước 7/2025)', esc(h.province || d.province)], ['Tỉnh (sau 7/2025)', esc(h.province_2025 || d.province_2025)],
    ['Người ký', esc(signer)], ['Nơi nhận', esc(list(h.recipients).join('; '))], ['Tệp nguồn', fileCell],
    ['Số trang', r ? String(r.pages.length) : null]]);
}
/** A page's text, the restored words marked with what was printed and the restorer's confidence. */
function pageText(p) {
  return (p.segments || []).map(g => {
    if (g.original == null) return esc(g.text);
    const c = Number(g.confidence).toFixed(2);
    return g.applied
      ? '<mark class="restored" title="' + esc('bản gốc: ' + g.original + ' · độ tin cậy ' + c) + '">' + esc(g.text) + '</mark>'
      : '<mark class="suggested" title="' + esc('đề xuất: chưa áp dụng · độ tin cậy ' + c) + '">' + esc(g.text) + '</mark>';
  }).join('');
}
const VERSION_WORDS = { draft: 'dự thảo', signed: 'bản ký', digital: 'văn bản số', ocr: 'bản quét (OCR)', mixed: 'số và quét',
  identity: 'cùng số, cơ quan, ngày', near_duplicate: 'trùng nội dung', part: 'một phần của bản đại diện' };
/** One version of the work (issue 17): format, status, how it was read, pages, tasks; a link unless it is this one. */
function versionItem(v, current) {
  const words = distinct([(v.format || '').toUpperCase(), VERSION_WORDS[v.status], VERSION_WORDS[v.extraction],
    v.pages ? v.pages + ' trang' : null, v.tasks != null ? v.tasks + ' nhiệm vụ' : null, v.partial ? 'một phần' : null,
    v.representative ? 'bản đại diện' : VERSION_WORDS[v.match]]).join(' · ');
  const name = list(v.paths)[0] || v.id;
  return '<li>' + (v.id === current ? '<strong>' + esc(name) + '</strong> (bản đang xem)' : '<a data-nav href="' + esc(href({ doc: v.id })) + '">' + esc(name) + '</a>')
    + ' — ' + esc(words) + '</li>';
}
function recordBody(d, r) {
  const out = [];
  if (list(r.versions).length > 1) out.push('<h3>Các phiên bản (' + r.versions.length + ')</h3><ul class="versions">' + r.versions.map(v => versionItem(v, r.id)).join('') + '</ul>');
  const bases = list(r.header.legal_bases);
  if (bases.length) out.push('<h3>Căn cứ (' + bases.length + ')</h3><ul class="bases">' + bases.map(b => '<li>' + esc(b.text) + '</li>').join('') + '</ul>');
  out.push('<h3>Các mục và nhiệm vụ (' + r.task_count + ' nhiệm vụ)</h3><div id="doc-tasks">');
  if (r.sections.length) {
    out.push('<ol class="sections">' + r.sections.map(x => '<li><strong>' + esc(x.path) + '</strong> ' + esc(x.heading || '')
      + (x.page ? ' <span class="where">trang ' + x.page + '</span>' : '')
      + (x.tasks.length ? '<ol>' + x.tasks.map(t => taskItem(t, true)).join('') + '</ol>' : '') + '</li>').join('') + '</ol>');
  }
  if (r.other_tasks.length) {
    out.push((r.sections.length ? '<h4>Nhiệm vụ ngoài các mục</h4>' : '') + '<ol>' + r.other_tasks.map(t => taskItem(t, true)).join('') + '</ol>');
  }
  out.push('</div>');
  if (r.warnings.length) out.push('<h3>Cảnh báo</h3><ul>' + r.warnings.map(w => '<li>' + esc(w) + '</li>').join('') + '</ul>');
  const restored = r.pages.reduce((n, p) => n + (p.segments || []).filter(g => g.original != null && g.applied).length, 0);
  out.push('<details id="fulltext"><summary>Toàn văn (' + r.pages.length + ' trang' + (restored ? '; ' + restored + ' từ được khôi phục dấu, đánh dấu' : '')
    + ')</summary>' + r.pages.map(p => '<h4>Trang ' + p.number + '</h4>'
      + (p.restorations_unmarked ? '<p class="help">' + p.restorations_unmarked + ' từ khôi phục dấu không đánh dấu được trên trang này.</p>' : '')
      + '<div class="pagetext">' + pageText(p) + '</div>').join('') + '</details>');
  return out.join('');
}
/** Without a JSON record: the sections the passages name, and the tasks in index order. */
function indexBody(d) {
  const tasks = d.tasks || [];
  const sections = distinct((d.passages || []).map(p => p.section ? (p.section + (p.heading ? ' ' + p.heading : '')) : null));
  return (sections.length ? '<h3>Các mục</h3><ul class="sections">' + sections.map(x => '<li>' + esc(x) + '</li>').join('') + '</ul>' : '')
    + '<h3>Nhiệm vụ (' + tasks.length + ')</h3><div id="doc-tasks"><ol>' + tasks.map(t => taskItem(t, true)).join('') + '</ol></div>';
}

async function showDocument(s) {
  const el = $('detail');
  el.innerHTML = back(s) + '<p>Đang tải…</p>';
  try {
    const d = await api('/api/document/' + encodeURIComponent(s.doc));
    const r = d.record;
    const id = encodeURIComponent(s.doc);
    el.innerHTML = back(s) + '<h2>' + esc((r && r.header.title) || d.title || d.path || d.doc_id) + '</h2>' + headerTable(d, r)
      + '<p class="downloads"><a download href="/api/document/' + id + '?download=1">Tải JSON</a>'
      + (d.source_served ? '<a download href="/api/source/' + id + '">Tải tệp gốc</a>' : '') + '</p>'
      + (r ? recordBody(d, r) : indexBody(d));
    follow(el);
  } catch (e) {
    el.innerHTML = back(s) + '<span class="error">' + esc(e.message) + '</span>';
  }
}

async function showTask(s) {
  const el = $('detail');
  el.innerHTML = back(s) + '<p>Đang tải…</p>';
  try {
    const t = await api('/api/task/' + encodeURIComponent(s.task));
    el.innerHTML = back(s) + '<h2>Nhiệm vụ</h2><ol id="task" class="task">' + taskItem(t, false) + '</ol>'
      + rows([['Văn bản', '<a data-nav href="' + esc(href({ doc: t.doc_id })) + '">' + esc(t.title || t.number || t.doc_id) + '</a>'],
        ['Số', esc(t.number)], ['Loại văn bản', esc(typeName(t.doc_type))], ['Ngày ban hành', esc(viDate(t.issued_date))],
        ['Cơ quan ban hành', esc(list(t.issuer).join('; '))], ['Tỉnh', esc(distinct([t.province, t.province_2025]).join(' · '))]]);
    follow(el);
  } catch (e) {
    el.innerHTML = back(s) + '<span class="error">' + esc(e.message) + '</span>';
  }
}

$('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const n = state();
  n.q = $('q').value.trim();
  n.tasks = $('tasks').checked;
  n.doc = null;
  n.task = null;
  n.offset = 0;
  go(n);
});
$('sort').addEventListener('change', () => go({ ...state(), sort: $('sort').value, offset: 0 }));
for (const k of ['from', 'to']) $(k).addEventListener('change', () => go({ ...state(), [k]: $(k).value, offset: 0 }));
window.addEventListener('popstate', () => render(state()));
api('/api/labels').then(l => { LABELS = l; }, () => {}).finally(() => render(state()));
