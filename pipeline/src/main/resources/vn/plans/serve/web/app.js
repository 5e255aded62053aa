'use strict';
const DIMS = { province: 'Tỉnh (trước 7/2025)', province_2025: 'Tỉnh (sau 7/2025)', issuer: 'Cơ quan ban hành',
  lead: 'Cơ quan chủ trì', coordinating: 'Cơ quan phối hợp', type: 'Loại văn bản', year: 'Năm', timeframe_kind: 'Thời hạn' };
const $ = id => document.getElementById(id);

function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
function marked(snippet) { return esc(snippet).replace(/«/g, '<mark>').replace(/»/g, '</mark>'); }

function state() {
  const p = new URLSearchParams(location.search);
  const filters = {};
  for (const d of Object.keys(DIMS)) if (p.getAll(d).length) filters[d] = p.getAll(d);
  return { q: p.get('q') || '', tasks: p.get('tasks') === '1', filters, doc: p.get('doc') };
}
function go(s, push = true) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.tasks) p.set('tasks', '1');
  for (const [d, vs] of Object.entries(s.filters)) for (const v of vs) p.append(d, v);
  if (s.doc) p.set('doc', s.doc);
  if (push) history.pushState(null, '', '?' + p.toString());
  render(s);
}
async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.status);
  return body;
}

async function render(s) {
  $('q').value = s.q;
  $('tasks').checked = s.tasks;
  const p = new URLSearchParams();
  p.set('q', s.q);
  if (s.tasks) p.set('tasks', '1');
  for (const [d, vs] of Object.entries(s.filters)) for (const v of vs) p.append(d, v);
  try {
    const r = await api('/api/search?' + p.toString());
    renderFacets(s, r.facets);
    renderHits(s, r);
  } catch (e) {
    $('summary').innerHTML = '<span class="error">' + esc(e.message) + '</span>';
  }
  if (s.doc) showDocument(s.doc); else $('document').hidden = true;
}

function renderFacets(s, facets) {
  const out = [];
  for (const [dim, label] of Object.entries(DIMS)) {
    const values = facets[dim] || [];
    if (!values.length) continue;
    out.push('<h3>' + esc(label) + '</h3>');
    for (const c of values) {
      const on = (s.filters[dim] || []).includes(c.value);
      out.push('<label><input type="checkbox" data-dim="' + esc(dim) + '" data-value="' + esc(c.value) + '"' + (on ? ' checked' : '')
        + '> ' + esc(c.value) + ' <span class="count">(' + c.count + ')</span></label>');
    }
  }
  $('facets').innerHTML = out.join('');
  for (const box of $('facets').querySelectorAll('input')) {
    box.addEventListener('change', () => {
      const n = state();
      const vs = new Set(n.filters[box.dataset.dim] || []);
      if (box.checked) vs.add(box.dataset.value); else vs.delete(box.dataset.value);
      if (vs.size) n.filters[box.dataset.dim] = [...vs]; else delete n.filters[box.dataset.dim];
      n.doc = null;
      go(n);
    });
  }
}

function renderHits(s, r) {
  $('summary').textContent = r.total + (s.tasks ? ' nhiệm vụ' : ' văn bản') + (s.q ? ' cho «' + s.q + '»' : '');
  $('results').innerHTML = r.hits.map(h => {
    const meta = [h.province, h.issuer, h.year, h.section ? 'mục ' + h.section : null, h.page ? 'trang ' + h.page : null]
      .filter(Boolean).map(esc).join(' · ');
    const agencies = h.lead && h.lead.length ? '<div class="meta">Chủ trì: ' + esc(h.lead.map(a => a.name).join('; '))
      + (h.coordinating && h.coordinating.length ? ' — phối hợp: ' + esc(h.coordinating.map(a => a.name).join('; ')) : '') + '</div>' : '';
    const time = h.timeframe || h.deadline ? '<div class="meta">Thời hạn: ' + esc(h.timeframe || '') + (h.deadline ? ' (hạn ' + esc(h.deadline) + ')' : '') + '</div>' : '';
    return '<li class="hit"><a class="title" data-doc="' + esc(h.doc_id) + '">' + esc(h.title || h.path.split('/').pop()) + '</a>'
      + '<div class="meta">' + meta + '</div>' + agencies + time
      + (h.snippet ? '<div class="snippet">' + marked(h.snippet) + '</div>' : '') + '</li>';
  }).join('');
  for (const a of $('results').querySelectorAll('a.title')) {
    a.addEventListener('click', () => { const n = state(); n.doc = a.dataset.doc; go(n); });
  }
}

async function showDocument(id) {
  const el = $('document');
  try {
    const d = await api('/api/document/' + encodeURIComponent(id));
    const tasks = (d.tasks || []).map(t => '<li>' + esc(t.text) + (t.lead ? '<div class="meta">Chủ trì: ' + esc([].concat(t.lead_name || t.lead).join('; ')) + '</div>' : '')
      + (t.timeframe ? '<div class="meta">Thời hạn: ' + esc(t.timeframe) + '</div>' : '') + '</li>').join('');
    el.innerHTML = '<h2>' + esc(d.title || String(d.path).split('/').pop()) + '</h2><div class="meta">' + [d.number, d.issuer, d.province, d.province_2025, d.year]
      .filter(Boolean).map(esc).join(' · ') + '</div><h3>Nhiệm vụ (' + (d.tasks || []).length + ')</h3><ol id="doc-tasks">' + tasks + '</ol>';
    el.hidden = false;
    el.scrollIntoView();
  } catch (e) {
    el.innerHTML = '<span class="error">' + esc(e.message) + '</span>';
    el.hidden = false;
  }
}

$('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const n = state();
  n.q = $('q').value.trim();
  n.tasks = $('tasks').checked;
  n.doc = null;
  go(n);
});
window.addEventListener('popstate', () => render(state()));
render(state());
