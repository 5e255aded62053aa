'use strict';
const DIMS = { province: 'Tỉnh (trước 7/2025)', province_2025: 'Tỉnh (sau 7/2025)', issuer: 'Cơ quan ban hành',
  lead: 'Cơ quan chủ trì', coordinating: 'Cơ quan phối hợp', type: 'Loại văn bản', year: 'Năm', timeframe_kind: 'Thời hạn' };
const PAGE = 20;
const FACET_SHOWN = 5;
const $ = id => document.getElementById(id);

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
    doc: p.get('doc'), task: p.get('task') };
}
function query(s, extra = {}) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.tasks) p.set('tasks', '1');
  for (const [d, vs] of Object.entries(s.filters || {})) for (const v of vs) p.append(d, v);
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
  if (!r.ok) throw new Error(body.error || r.status);
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
      chips.push('<a class="chip" data-nav href="' + esc(href(n)) + '" title="Bỏ lọc">' + esc(DIMS[dim]) + ': ' + esc(v) + ' ✕</a>');
    }
  }
  if (chips.length > 1) chips.push('<a class="chip clear" data-nav href="' + esc(href({ ...s, filters: {}, offset: 0 })) + '">Xóa tất cả bộ lọc</a>');
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
        + '" data-value="' + esc(c.value) + '"' + (on ? ' checked' : '') + '> ' + esc(c.value) + ' <span class="count">(' + c.count + ')</span></label>');
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
  const meta = distinct([h.province, h.province_2025, h.issuer, h.year]).map(esc).join(' · ');
  const where = [h.section ? 'mục ' + h.section : null, h.page ? 'trang ' + h.page : null].filter(Boolean).join(', ');
  const agencies = list(h.lead).length ? '<div class="agencies">Chủ trì: ' + esc(names(h.lead).join('; '))
    + (list(h.coordinating).length ? ' — Phối hợp: ' + esc(names(h.coordinating).join('; ')) : '') + '</div>' : '';
  const time = h.timeframe || h.deadline ? '<div class="agencies">Thời hạn: ' + esc(h.timeframe || '') + (h.deadline ? ' (hạn ' + esc(h.deadline) + ')' : '') + '</div>' : '';
  const link = s.tasks && h.unit_id ? href({ task: h.unit_id }) : href({ doc: h.doc_id });
  return '<li class="hit"><a class="title" data-nav href="' + esc(link) + '">' + esc(h.title || file || h.doc_id) + '</a>'
    + '<div class="meta">' + meta + '</div>'
    + '<div class="facts">' + distinct([h.number ? 'Số ' + h.number : null, format, where]).map(esc).join(' · ') + '</div>'
    + agencies + time + (h.snippet ? '<div class="snippet">' + marked(h.snippet) + '</div>' : '') + '</li>';
}

function back(s) {
  return '<a class="back" data-nav href="' + esc(href({ ...s, doc: null, task: null })) + '">‹ Về kết quả</a>';
}
function taskItem(t, withLink) {
  const lead = list(t.lead_name), coord = list(t.coordinating_name);
  const where = distinct([t.section ? 'Mục ' + t.section : null, t.page ? 'trang ' + t.page : null]).join(', ');
  return '<li>' + (withLink ? '<a data-nav href="' + esc(href({ task: t.unit_id })) + '">' + esc(t.text) + '</a>' : esc(t.text))
    + (lead.length ? '<div class="agencies">Chủ trì: ' + esc(lead.join('; ')) + '</div>' : '')
    + (coord.length ? '<div class="agencies">Phối hợp: ' + esc(coord.join('; ')) + '</div>' : '')
    + (t.timeframe || t.deadline ? '<div class="agencies">Thời hạn: ' + esc(t.timeframe || '') + (t.deadline ? ' (hạn ' + esc(t.deadline) + ')' : '') + '</div>' : '')
    + (where ? '<div class="meta">' + esc(where) + '</div>' : '') + '</li>';
}
function headerTable(d) {
  const rows = [['Số', d.number], ['Loại', d.doc_type], ['Ngày ban hành', d.issued_date], ['Nơi ban hành', d.place],
    ['Cơ quan ban hành', list(d.issuer).join('; ')], ['Tỉnh (trước 7/2025)', d.province], ['Tỉnh (sau 7/2025)', d.province_2025],
    ['Năm', d.year], ['Tệp nguồn', d.path]];
  return '<dl class="header">' + rows.filter(r => r[1]).map(r => '<dt>' + esc(r[0]) + '</dt><dd>' + esc(r[1]) + '</dd>').join('') + '</dl>';
}

async function showDocument(s) {
  const el = $('detail');
  el.innerHTML = back(s) + '<p>Đang tải…</p>';
  try {
    const d = await api('/api/document/' + encodeURIComponent(s.doc));
    const tasks = d.tasks || [];
    const sections = distinct((d.passages || []).map(p => p.section ? (p.section + (p.heading ? ' ' + p.heading : '')) : null));
    el.innerHTML = back(s) + '<h2>' + esc(d.title || d.path || d.doc_id) + '</h2>' + headerTable(d)
      + '<p><a download href="/api/document/' + encodeURIComponent(s.doc) + '">Tải JSON</a></p>'
      + (sections.length ? '<h3>Các mục</h3><ul class="sections">' + sections.map(x => '<li>' + esc(x) + '</li>').join('') + '</ul>' : '')
      + '<h3>Nhiệm vụ (' + tasks.length + ')</h3><ol id="doc-tasks">' + tasks.map(t => taskItem(t, true)).join('') + '</ol>';
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
      + '<p>Trong văn bản: <a data-nav href="' + esc(href({ doc: t.doc_id })) + '">' + esc(t.title || t.number || t.doc_id) + '</a></p>';
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
window.addEventListener('popstate', () => render(state()));
render(state());
