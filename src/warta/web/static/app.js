/* warta explorer: plain JavaScript, no libraries, nothing loaded from the network but this server.
   All text from the database goes into the page as text nodes, never parsed as HTML. */
"use strict";

const QUADS = ["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"];
const QUAD_COLOR = {"verbal-cooperation": "#6bbf59", "material-cooperation": "#1e8449",
                    "verbal-conflict": "#f0a030", "material-conflict": "#c0392b"};
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
               "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const TYPE_COLOR = {};
["#a6d96a", "#66bd63", "#1a9850", "#b8e186", "#006837", "#4d9221", "#7fbc41", "#fee08b",
 "#fdae61", "#f46d43", "#e08214", "#d73027", "#a50026", "#8c510a", "#762a83", "#40004b"]
  .forEach((c, i) => { TYPE_COLOR[TYPES[i]] = c; });
const FILTER_KEYS = ["actor", "recipient", "country", "type", "quad_class", "since", "until", "place", "modality",
                     "outlet", "q"];
const SVGNS = "http://www.w3.org/2000/svg";

// ------------------------------------------------------------------ helpers

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "class") el.className = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, children);
  return el;
}

function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }

function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") u.set(k, v);
  const str = u.toString();
  return str ? "?" + str : "";
}

async function api(path, opts) {
  const res = await fetch(path, opts);
  let body = null;
  const ctype = res.headers.get("content-type") || "";
  if (ctype.includes("json")) body = await res.json();
  if (!res.ok) {
    let detail = body && body.detail;
    if (Array.isArray(detail)) detail = detail.map(d => (d.loc || []).join(".") + ": " + d.msg).join("; ");
    const err = new Error(detail || res.status + " " + res.statusText);
    err.status = res.status;
    throw err;
  }
  return body;
}

function errorBox(err) { return h("div", {class: "msg error"}, String(err.message || err)); }

function status(text) { document.getElementById("status").textContent = text || ""; }

function actorLabel(a) {
  const code = (a.country || "---") + "/" + (a.sector || "---");
  return a.name + " (" + code + ")";
}

function side(list) { return list && list.length ? list.map(actorLabel).join(", ") : "?"; }

function shorten(t, n) { t = (t || "").replace(/\s+/g, " ").trim(); return t.length > n ? t.slice(0, n - 1) + "…" : t; }

// ------------------------------------------------------------------ state and routing

const state = {filters: {}, token: sessionStorage.getItem("warta-token") || ""};

function readHash() {
  let hash = location.hash.replace(/^#/, "");
  const tm = hash.match(/(?:^|[&?])token=([^&]+)/);
  if (tm) {
    state.token = decodeURIComponent(tm[1]);
    sessionStorage.setItem("warta-token", state.token);
    hash = "";
    history.replaceState(null, "", location.pathname + "#code");
  }
  const qi = hash.indexOf("?");
  const path = qi >= 0 ? hash.slice(0, qi) : hash;
  const params = new URLSearchParams(qi >= 0 ? hash.slice(qi + 1) : "");
  const slash = path.indexOf("/");
  const view = (slash >= 0 ? path.slice(0, slash) : path) || "events";
  const arg = slash >= 0 ? decodeURIComponent(path.slice(slash + 1)) : "";
  const filters = {};
  for (const k of FILTER_KEYS) if (params.get(k)) filters[k] = params.get(k);
  return {view, arg, params, filters};
}

function go(view, extra) {
  const params = Object.assign({}, state.filters, extra || {});
  location.hash = view + qs(params);
}

function filtersForm() { return document.getElementById("filters"); }

function syncForm() {
  const form = filtersForm();
  for (const k of FILTER_KEYS) if (form.elements[k]) form.elements[k].value = state.filters[k] || "";
}

function route() {
  const r = readHash();
  state.filters = r.filters;
  syncForm();
  for (const a of document.querySelectorAll("#nav a[data-view]")) {
    a.classList.toggle("active", a.dataset.view === r.view || (r.view === "article" && a.dataset.view === "articles"));
  }
  const withFilters = ["events", "timeline", "network", "map"].includes(r.view);
  filtersForm().hidden = !withFilters;
  const main = clear(document.getElementById("view"));
  const views = {code: viewCode, events: viewEvents, timeline: viewTimeline, network: viewNetwork, map: viewMap,
                 articles: viewArticles, article: viewArticle};
  (views[r.view] || viewEvents)(main, r).catch(err => main.appendChild(errorBox(err)));
}

function selectionParams() { return Object.assign({}, state.filters); }

// ------------------------------------------------------------------ event cards and article text

function eventCard(ev, onClick) {
  const loc = ev.location;
  const when = ev.date ? (ev.date_end && ev.date_end !== ev.date ? ev.date + " … " + ev.date_end : ev.date) : "date ?";
  const arrow = ev.symmetric ? " ↔ " : " → ";
  return h("div", {class: "card " + ev.quad_class, "data-event": ev.id, onclick: onClick},
    h("div", {class: "top"}, h("span", null, ev.type + (ev.mode ? "/" + ev.mode : "")),
      h("span", {class: "badge " + ev.quad_class}, ev.quad_class), h("span", {class: "muted"}, when)),
    h("div", {class: "who"}, side(ev.actor), ev.recipient && ev.recipient.length ? arrow + side(ev.recipient) : ""),
    h("div", {class: "codes"}, "CAMEO " + (ev.cameo || "-") + " · trigger “" + (ev.trigger || "") + "”"),
    h("div", {class: "meta"},
      "place: " + (loc ? loc.name + (loc.country ? " (" + loc.country + ")" : "") : "-"),
      " · modality: " + ev.modality,
      " · attribution: " + (ev.attribution || "-"),
      " · confidence: " + Number(ev.confidence).toFixed(2)),
    ev.outlet !== undefined && ev.published ? h("div", {class: "meta"}, (ev.outlet || "") + " " + ev.published) : null);
}

function articleText(segments) {
  const box = h("div", {class: "article-text"});
  for (const seg of segments) {
    if (!seg.kinds.length && !seg.events.length) { box.appendChild(document.createTextNode(seg.text)); continue; }
    const cls = ["hl"].concat(seg.kinds.map(k => "hl-" + k), seg.events.length ? ["ev"] : []).join(" ");
    box.appendChild(h("mark", {class: cls, "data-events": seg.events.join(" ")}, seg.text));
  }
  return box;
}

const LEGEND = () => h("div", {class: "legend"},
  h("span", null, h("mark", {class: "hl-actor"}, "actor")), h("span", null, h("mark", {class: "hl-trigger"}, "trigger")),
  h("span", null, h("mark", {class: "hl-date"}, "date")), h("span", null, h("mark", {class: "hl-place"}, "place")),
  h("span", null, h("mark", {class: "ev"}, "evidence")), h("span", {class: "muted"}, "click an event to highlight its evidence"));

function linkCards(textBox, cardsBox, events, initial) {
  function activate(id) {
    for (const c of cardsBox.querySelectorAll(".card")) c.classList.toggle("active", c.dataset.event === id);
    let first = null;
    for (const m of textBox.querySelectorAll("mark")) {
      const on = (m.dataset.events || "").split(" ").includes(id);
      m.classList.toggle("active", on);
      if (on && !first) first = m;
    }
    if (first) first.scrollIntoView({block: "center", behavior: "smooth"});
  }
  for (const ev of events) cardsBox.appendChild(eventCard(ev, () => activate(ev.id)));
  if (!events.length) cardsBox.appendChild(h("p", {class: "muted"}, "No events."));
  textBox.addEventListener("click", e => {
    const m = e.target.closest("mark");
    if (m && m.dataset.events) activate(m.dataset.events.split(" ")[0]);
  });
  if (initial) setTimeout(() => activate(initial), 50);
}

// ------------------------------------------------------------------ code an article

async function viewCode(main) {
  const form = h("form", {class: "code-form panel"},
    h("textarea", {name: "text", placeholder: "Paste the article text (Indonesian) here…"}),
    h("div", {class: "row"},
      h("label", null, "or URL", h("input", {name: "url", type: "url", placeholder: "address of a news page"})),
      h("label", null, "published", h("input", {name: "published", type: "date",
        value: new Date().toISOString().slice(0, 10)})),
      h("label", null, "title", h("input", {name: "title"})),
      h("label", null, "outlet", h("input", {name: "outlet"})),
      h("label", null, "token (for saving on a shared server)",
        h("input", {name: "token", type: "password", value: state.token, autocomplete: "off"})),
      h("button", {type: "submit", class: "primary"}, "Code"),
      h("button", {type: "button", name: "save", disabled: true}, "Save")));
  const out = h("div");
  main.append(form, out);
  let last = null;

  function body() {
    const f = form.elements;
    const b = {published: f.published.value || null, title: f.title.value || null, outlet: f.outlet.value || null};
    if (f.url.value.trim()) b.url = f.url.value.trim(); else b.text = f.text.value;
    return b;
  }

  form.addEventListener("submit", async e => {
    e.preventDefault();
    clear(out);
    form.elements.save.disabled = true;
    status("coding…");
    try {
      last = body();
      const res = await api("/api/code", {method: "POST", headers: {"Content-Type": "application/json"},
                                          body: JSON.stringify(last)});
      if (last.url) { form.elements.text.value = res.article.text; }
      const textBox = articleText(res.segments);
      const cards = h("div");
      out.appendChild(h("div", {class: "code-layout"},
        h("div", {class: "panel"}, h("h3", null, res.article.title || "Article"), LEGEND(), textBox),
        h("div", null, h("h3", null, res.events.length + " events"), cards)));
      linkCards(textBox, cards, res.events);
      form.elements.save.disabled = false;
    } catch (err) { out.appendChild(errorBox(err)); }
    status("");
  });

  form.elements.save.addEventListener("click", async () => {
    if (!last) return;
    const token = form.elements.token.value.trim();
    if (token) { state.token = token; sessionStorage.setItem("warta-token", token); }
    const headers = {"Content-Type": "application/json"};
    if (state.token) headers["Authorization"] = "Bearer " + state.token;
    try {
      const res = await api("/api/articles", {method: "POST", headers, body: JSON.stringify(last)});
      const msg = res.stored
        ? h("div", {class: "msg ok"}, "Stored as ", h("a", {href: "#article/" + encodeURIComponent(res.article_id)},
            res.article_id), " with " + res.events.length + " events.")
        : h("div", {class: "msg ok"}, "This text is already stored; nothing changed.");
      out.prepend(msg);
      form.elements.save.disabled = true;
    } catch (err) {
      out.prepend(errorBox(err.status === 401 ? new Error(err.message + " — enter the token printed by warta serve")
                                              : err));
    }
  });
}

// ------------------------------------------------------------------ events table

const COLUMNS = [
  ["date", "date", true], ["actor", "actor → recipient", true], ["type", "type", true],
  ["quad_class", "quad class", true], ["place", "place", true], ["modality", "modality", true],
  ["outlet", "outlet", true], ["confidence", "conf.", true], ["evidence", "evidence", false],
];

async function viewEvents(main, r) {
  const sort = r.params.get("sort") || "date";
  const order = r.params.get("order") || "desc";
  const cursors = [null];
  let page = 0;
  const info = h("span", {class: "muted"});
  const prev = h("button", {type: "button", disabled: true}, "‹ previous");
  const next = h("button", {type: "button", disabled: true}, "next ›");
  const sel = selectionParams();
  const exportLinks = ["csv", "jsonl", "parquet"].map(f =>
    h("a", {href: "/api/export" + qs(Object.assign({}, sel, {format: f})), download: "warta-events." + f}, f));
  const table = h("table");
  main.append(h("div", {class: "pager"}, prev, next, info, h("span", {class: "spacer"}),
    "export selection: ", exportLinks.flatMap((a, i) => i ? [" · ", a] : [a])), table);

  const head = h("tr", null, COLUMNS.map(([key, label, sortable]) => {
    const mark = key === sort ? (order === "desc" ? " ▼" : " ▲") : "";
    return h("th", sortable ? {class: "sortable", onclick: () => {
      const o = key === sort && order === "desc" ? "asc" : (key === sort ? "desc" : (key === "date" ? "desc" : "asc"));
      go("events", {sort: key, order: o});
    }} : null, label + mark);
  }));

  async function load() {
    status("loading…");
    const res = await api("/api/events" + qs(Object.assign({}, sel, {sort, order, limit: 50, cursor: cursors[page]})));
    clear(table).appendChild(head);
    for (const ev of res.events) {
      const loc = ev.location;
      table.appendChild(h("tr", {class: "clickable", onclick: () => {
        location.hash = "article/" + encodeURIComponent(ev.article) + "?event=" + encodeURIComponent(ev.id);
      }},
        h("td", null, ev.date || h("span", {class: "muted"}, ev.published)),
        h("td", null, side(ev.actor), ev.recipient.length ? (ev.symmetric ? " ↔ " : " → ") + side(ev.recipient) : ""),
        h("td", null, ev.type + (ev.mode ? "/" + ev.mode : ""), h("div", {class: "muted"}, "CAMEO " + ev.cameo)),
        h("td", null, h("span", {class: "badge " + ev.quad_class}, ev.quad_class)),
        h("td", null, loc ? loc.name + (loc.country ? " (" + loc.country + ")" : "") : ""),
        h("td", null, ev.modality), h("td", null, ev.outlet || ""),
        h("td", null, Number(ev.confidence).toFixed(2)),
        h("td", {class: "evid"}, shorten(ev.evidence.length ? ev.evidence[0].text : "", 160))));
    }
    if (!res.events.length) table.appendChild(h("tr", null, h("td", {colspan: COLUMNS.length}, "No events match.")));
    cursors[page + 1] = res.next_cursor;
    const from = page * res.limit + (res.events.length ? 1 : 0);
    info.textContent = from + "–" + (page * res.limit + res.events.length) + " of " + res.total + " events";
    prev.disabled = page === 0;
    next.disabled = !res.next_cursor;
    status("");
  }
  prev.addEventListener("click", () => { page -= 1; load().catch(e => main.appendChild(errorBox(e))); });
  next.addEventListener("click", () => { page += 1; load().catch(e => main.appendChild(errorBox(e))); });
  await load();
}

// ------------------------------------------------------------------ timeline

function legend(keys, colors) {
  return h("div", {class: "legend"}, keys.map(k => h("span", null, h("i", {class: "sw", "data-c": colors[k]}), k)));
}

function paintLegend(root) {
  for (const i of root.querySelectorAll("i.sw")) i.style.background = i.dataset.c;
}

function dayRange(first, last) {
  const out = [];
  const d = new Date(first + "T00:00:00Z");
  const end = new Date(last + "T00:00:00Z");
  while (d <= end && out.length < 20000) { out.push(d.toISOString().slice(0, 10)); d.setUTCDate(d.getUTCDate() + 1); }
  return out;
}

function bucketOf(day, unit) { return unit === "month" ? day.slice(0, 7) : unit === "week" ? weekOf(day) : day; }

function weekOf(day) {
  const d = new Date(day + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function stackedBars(rows, keyOf, colorOf, opts) {
  // rows: {day, key, count, sign?}; sign -1 draws below the axis (dyad view)
  const W = 960, H = opts && opts.mirror ? 360 : 280, padL = 40, padB = 40, padT = 10;
  if (!rows.length) return h("p", {class: "muted"}, "No events in the selection.");
  const days = rows.map(r => r.day).sort();
  const all = dayRange(days[0], days[days.length - 1]);
  const unit = all.length > 800 ? "month" : all.length > 150 ? "week" : "day";
  const buckets = [...new Set(all.map(d => bucketOf(d, unit)))];
  const index = new Map(buckets.map((b, i) => [b, i]));
  const stacks = buckets.map(() => ({up: [], down: []}));
  for (const r of rows) {
    const st = stacks[index.get(bucketOf(r.day, unit))];
    const arr = r.sign < 0 ? st.down : st.up;
    const found = arr.find(x => x.key === keyOf(r));
    if (found) found.count += r.count; else arr.push({key: keyOf(r), count: r.count});
  }
  const max = Math.max(1, ...stacks.map(st => Math.max(st.up.reduce((a, x) => a + x.count, 0),
                                                      st.down.reduce((a, x) => a + x.count, 0))));
  const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, width: W, height: H});
  const plotH = H - padB - padT;
  const axisY = opts && opts.mirror ? padT + plotH / 2 : padT + plotH;
  const scale = (opts && opts.mirror ? plotH / 2 : plotH) / max;
  const bw = (W - padL - 10) / buckets.length;
  svg.appendChild(s("line", {x1: padL, x2: W - 10, y1: axisY, y2: axisY, stroke: "#999"}));
  svg.appendChild(s("text", {x: 4, y: padT + 10}, String(max)));
  stacks.forEach((st, i) => {
    const x = padL + i * bw;
    for (const [arr, dir] of [[st.up, -1], [st.down, 1]]) {
      let y = axisY;
      for (const seg of arr) {
        const hgt = seg.count * scale;
        const yy = dir < 0 ? y - hgt : y;
        svg.appendChild(s("rect", {x: x + 0.5, y: yy, width: Math.max(1, bw - 1), height: hgt, fill: colorOf(seg.key)},
          s("title", null, buckets[i] + " " + seg.key + ": " + seg.count)));
        y = dir < 0 ? y - hgt : y + hgt;
      }
    }
  });
  const step = Math.max(1, Math.ceil(buckets.length / 10));
  buckets.forEach((b, i) => {
    if (i % step) return;
    // the last labels end at the right edge instead of running off the drawing
    const x = padL + i * bw;
    const end = x + 60 > W;
    svg.appendChild(s("text", {x: end ? Math.min(x + bw, W - 4) : x, y: H - padB + 16,
                               "text-anchor": end ? "end" : null}, b));
  });
  svg.appendChild(s("text", {x: W - 10, y: H - 6, "text-anchor": "end"}, "per " + unit));
  return svg;
}

async function viewTimeline(main, r) {
  const by = r.params.get("by") || "quad_class";
  const bySel = h("select", {onchange: () => go("timeline", {by: bySel.value})},
    h("option", {value: "quad_class", selected: by === "quad_class"}, "quad class"),
    h("option", {value: "type", selected: by === "type"}, "event type"));
  const a = h("input", {placeholder: "actor A", value: r.params.get("a") || ""});
  const b = h("input", {placeholder: "actor B", value: r.params.get("b") || ""});
  const dyadBtn = h("button", {type: "button", onclick: () => go("timeline", {by, a: a.value, b: b.value})},
    "Dyad view");
  main.append(h("div", {class: "pager"}, "Events over time by ", bySel, h("span", {class: "spacer"}), a, " ⇄ ", b,
    dyadBtn));
  const sel = selectionParams();
  if (r.params.get("a") && r.params.get("b")) {
    const res = await api("/api/dyad" + qs(Object.assign({}, sel, {a: r.params.get("a"), b: r.params.get("b")})));
    const [ab, ba] = [r.params.get("a") + " → " + r.params.get("b"), r.params.get("b") + " → " + r.params.get("a")];
    const rows = res.rows.map(x => Object.assign({}, x, {sign: x.direction === ab ? 1 : -1}));
    main.append(h("p", null, "Above the axis: " + ab + "; below: " + ba + ". " +
      res.rows.reduce((n, x) => n + x.count, 0) + " events."), legend(QUADS, QUAD_COLOR),
      stackedBars(rows, x => x.key, k => QUAD_COLOR[k], {mirror: true}));
    void ba;
  } else {
    const res = await api("/api/timeline" + qs(Object.assign({}, sel, {by})));
    const keys = by === "type" ? TYPES : QUADS;
    const colors = by === "type" ? TYPE_COLOR : QUAD_COLOR;
    main.append(legend(keys, colors), stackedBars(res.rows, x => x.key, k => colors[k] || "#999"));
  }
  paintLegend(main);
}

// ------------------------------------------------------------------ network

function layout(nodes, edges, W, H) {
  // a small deterministic force layout: repulsion between all nodes, springs along edges
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({x: W / 2 + Math.cos(2 * Math.PI * i / n) * W / 3,
                                    y: H / 2 + Math.sin(2 * Math.PI * i / n) * H / 3, dx: 0, dy: 0}));
  const idx = new Map(nodes.map((nd, i) => [nd.id, i]));
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.45;
  for (let it = 0, t = W / 8; it < 400; it++, t *= 0.99) {
    for (const p of pos) { p.dx = 0; p.dy = 0; }
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const d = Math.max(1, Math.hypot(dx, dy)), f = (k * k) / d;
      pos[i].dx += dx / d * f; pos[i].dy += dy / d * f; pos[j].dx -= dx / d * f; pos[j].dy -= dy / d * f;
    }
    for (const e of edges) {
      const a = pos[idx.get(e.source)], b = pos[idx.get(e.target)];
      if (!a || !b || a === b) continue;
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(1, Math.hypot(dx, dy)), f = (d * d) / k;
      a.dx -= dx / d * f; a.dy -= dy / d * f; b.dx += dx / d * f; b.dy += dy / d * f;
    }
    for (const p of pos) {
      // gravity keeps unconnected groups together in the middle
      const gx = W / 2 - p.x, gy = H / 2 - p.y, gd = Math.max(1, Math.hypot(gx, gy));
      p.dx += gx / gd * gd * gd / k * 0.05; p.dy += gy / gd * gd * gd / k * 0.05;
      const d = Math.max(1, Math.hypot(p.dx, p.dy));
      p.x += p.dx / d * Math.min(d, t); p.y += p.dy / d * Math.min(d, t);
    }
  }
  // fit the drawing into the viewport, leaving room for labels on the right
  const xs = pos.map(p => p.x), ys = pos.map(p => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (const p of pos) {
    p.x = 40 + (x1 > x0 ? (p.x - x0) / (x1 - x0) : 0.5) * (W - 220);
    p.y = 30 + (y1 > y0 ? (p.y - y0) / (y1 - y0) : 0.5) * (H - 60);
  }
  return {pos, idx};
}

async function viewNetwork(main) {
  const res = await api("/api/network" + qs(Object.assign({}, selectionParams(), {max_nodes: 40})));
  main.append(h("p", {class: "muted"}, res.nodes.length + " actors, " + res.edges.length + " edges" +
    (res.truncated ? " (the 40 most active actors)" : "") +
    ". Edge colour: quad class; width: events. Click an actor or an edge to filter the events."),
    legend(QUADS, QUAD_COLOR));
  if (!res.nodes.length) { main.append(h("p", null, "No actor → recipient events in the selection.")); return; }
  const W = 960, H = 620;
  const {pos, idx} = layout(res.nodes, res.edges, W, H);
  const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, width: W, height: H});
  const defs = s("defs");
  for (const q of QUADS) {
    defs.appendChild(s("marker", {id: "arrow-" + q, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 6,
      markerHeight: 6, orient: "auto-start-reverse"}, s("path", {d: "M 0 0 L 10 5 L 0 10 z", fill: QUAD_COLOR[q]})));
  }
  svg.appendChild(defs);
  const maxC = Math.max(...res.nodes.map(n => n.count));
  const radius = nd => 5 + 14 * Math.sqrt(nd.count / maxC);
  const seen = new Map();
  for (const e of res.edges) {
    const a = pos[idx.get(e.source)], b = pos[idx.get(e.target)];
    const pair = e.source + "\u0000" + e.target;
    const nth = seen.get(pair) || 0;
    seen.set(pair, nth + 1);
    const width = 1 + Math.log2(1 + e.count) * 1.5;
    let d;
    if (a === b) {
      d = `M ${a.x} ${a.y - 8} c 30 -40 50 10 8 12`;
    } else {
      const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2, dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy);
      const bend = 18 + 14 * nth;
      const cx = mx - dy / len * bend, cy = my + dx / len * bend;
      const rb = radius(res.nodes[idx.get(e.target)]) + 2;
      const ex = b.x - (b.x - cx) / Math.hypot(b.x - cx, b.y - cy) * rb;
      const ey = b.y - (b.y - cy) / Math.hypot(b.x - cx, b.y - cy) * rb;
      d = `M ${a.x} ${a.y} Q ${cx} ${cy} ${ex} ${ey}`;
    }
    svg.appendChild(s("path", {d, class: "edge", stroke: QUAD_COLOR[e.quad_class], "stroke-width": width,
      "stroke-opacity": 0.75, "marker-end": "url(#arrow-" + e.quad_class + ")",
      onclick: () => go("events", {actor: e.source, recipient: e.target, quad_class: e.quad_class})},
      s("title", null, e.source + " → " + e.target + ": " + e.count + " " + e.quad_class)));
  }
  res.nodes.forEach((nd, i) => {
    const p = pos[i];
    svg.appendChild(s("g", {class: "node", onclick: () => go("events", {actor: nd.id})},
      s("circle", {cx: p.x, cy: p.y, r: radius(nd), fill: "#4a78a8", "fill-opacity": 0.85, stroke: "#fff"}),
      // a label goes right of its node, or left of it in the right part of the drawing, so none is cut off
      s("text", p.x > W - 260 ? {x: p.x - radius(nd) - 3, y: p.y + 4, "text-anchor": "end"}
                              : {x: p.x + radius(nd) + 3, y: p.y + 4}, nd.id + (nd.country ? " (" + nd.country + ")" : "")),
      s("title", null, nd.id + ": " + nd.count + " events")));
  });
  main.append(svg);
  paintLegend(main);
}

// ------------------------------------------------------------------ map

let worldCache = null;

async function world() {
  // an optional offline basemap shipped with the package: GeoJSON-like {"polygons": [[[lon, lat], ...], ...]}
  if (worldCache !== null) return worldCache;
  try { worldCache = await api("/static/world.json"); } catch (e) { worldCache = {polygons: []}; }
  return worldCache;
}

async function viewMap(main) {
  const [res, basemap] = await Promise.all([api("/api/places" + qs(selectionParams())), world()]);
  const W = 1000, H = 500;
  const X = lon => (lon + 180) / 360 * W, Y = lat => (90 - lat) / 180 * H;
  const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, width: W, height: H});
  for (const poly of basemap.polygons || []) {
    svg.appendChild(s("path", {class: "land", d: "M" + poly.map(p => X(p[0]).toFixed(1) + "," + Y(p[1]).toFixed(1))
      .join("L") + "Z"}));
  }
  for (let lon = -180; lon <= 180; lon += 30) svg.appendChild(s("line", {class: "graticule", x1: X(lon), x2: X(lon), y1: 0, y2: H}));
  for (let lat = -90; lat <= 90; lat += 30) svg.appendChild(s("line", {class: "graticule", x1: 0, x2: W, y1: Y(lat), y2: Y(lat)}));
  svg.appendChild(s("line", {x1: 0, x2: W, y1: Y(0), y2: Y(0), stroke: "#c8d0da"}));
  const maxC = Math.max(1, ...res.places.map(p => p.count));
  for (const p of [...res.places].sort((a, b) => b.count - a.count)) {
    svg.appendChild(s("circle", {class: "point", cx: X(p.lon), cy: Y(p.lat), r: 3 + 15 * Math.sqrt(p.count / maxC),
      onclick: () => go("events", {place: p.name})},
      s("title", null, p.name + (p.country ? " (" + p.country + ")" : "") + ": " + p.count + " events")));
  }
  const total = res.places.reduce((n, p) => n + p.count, 0);
  main.append(h("p", {class: "muted"}, res.places.length + " places, " + total +
    " located events. Circle area: events. Click a place to list its events." +
    ((basemap.polygons || []).length ? "" : " (No basemap is installed: a 30° graticule is shown.)")), svg);
  const list = h("table", null, h("tr", null, h("th", null, "place"), h("th", null, "country"), h("th", null, "events")));
  for (const p of res.places.slice(0, 30)) {
    list.appendChild(h("tr", {class: "clickable", onclick: () => go("events", {place: p.name})},
      h("td", null, p.name), h("td", null, p.country || ""), h("td", null, String(p.count))));
  }
  main.append(h("h3", null, "Most frequent places"), list);
}

// ------------------------------------------------------------------ articles

async function viewArticles(main, r) {
  const q = r.params.get("q") || "";
  const offset = Number(r.params.get("offset") || 0);
  const input = h("input", {type: "search", value: q, placeholder: "title or id"});
  const form = h("form", {class: "pager", onsubmit: e => { e.preventDefault(); location.hash = "articles" + qs({q: input.value}); }},
    "Search articles ", input, h("button", {type: "submit"}, "Search"));
  const res = await api("/api/articles" + qs({q, offset, limit: 50}));
  const table = h("table", null, h("tr", null, ["published", "outlet", "title", "events", "source", "duplicate of"]
    .map(t => h("th", null, t))));
  for (const a of res.articles) {
    table.appendChild(h("tr", {class: "clickable", onclick: () => { location.hash = "article/" + encodeURIComponent(a.id); }},
      h("td", null, a.published), h("td", null, a.outlet || ""), h("td", null, a.title || a.id),
      h("td", null, String(a.events)), h("td", null, a.source || ""),
      h("td", null, a.dup_cluster && a.dup_cluster !== a.id ? a.dup_cluster : "")));
  }
  const pager = h("div", {class: "pager"},
    h("button", {type: "button", disabled: offset === 0,
      onclick: () => { location.hash = "articles" + qs({q, offset: Math.max(0, offset - 50)}); }}, "‹ previous"),
    h("button", {type: "button", disabled: offset + 50 >= res.total,
      onclick: () => { location.hash = "articles" + qs({q, offset: offset + 50}); }}, "next ›"),
    h("span", {class: "muted"}, res.total + " articles"));
  main.append(form, pager, table);
}

async function viewArticle(main, r) {
  const a = await api("/api/articles/" + encodeURIComponent(r.arg));
  const prov = h("dl", {class: "prov"});
  const add = (k, v) => { if (v !== null && v !== undefined && v !== "") prov.append(h("dt", null, k), h("dd", null, v)); };
  add("id", a.id); add("published", a.published); add("outlet", a.outlet);
  add("url", a.url ? h("a", {href: a.url, rel: "noreferrer noopener", target: "_blank"}, a.url) : null);
  add("source", a.source); add("attributed source", a.attributed_source);
  add("near-duplicate cluster", a.dup_cluster && a.dup_cluster !== a.id
    ? h("a", {href: "#article/" + encodeURIComponent(a.dup_cluster)}, a.dup_cluster) : null);
  if (a.duplicates.length) add("near-duplicates", a.duplicates.flatMap((d, i) => [i ? ", " : "",
    h("a", {href: "#article/" + encodeURIComponent(d.id)}, d.id), " (" + Number(d.similarity).toFixed(2) + ")"]));
  add("ingested", a.ingested_at); add("language", a.lang); add("content hash", a.content_hash);
  add("plain page", h("a", {href: "/articles/" + encodeURIComponent(a.id)}, "/articles/" + a.id));
  const textBox = articleText(a.segments);
  const cards = h("div");
  main.append(h("div", {class: "code-layout"},
    h("div", null, h("div", {class: "panel"}, h("h2", null, a.title || a.id), LEGEND(), textBox)),
    h("div", null, h("div", {class: "panel"}, h("h3", null, "Provenance"), prov),
      h("h3", null, a.events.length + " events"), cards)));
  linkCards(textBox, cards, a.events, r.params.get("event"));
}

// ------------------------------------------------------------------ start

function start() {
  const typeSel = filtersForm().elements.type;
  for (const t of TYPES) typeSel.appendChild(h("option", null, t));
  filtersForm().addEventListener("submit", e => {
    e.preventDefault();
    const f = {};
    for (const k of FILTER_KEYS) { const v = filtersForm().elements[k].value.trim(); if (v) f[k] = v; }
    state.filters = f;
    const view = readHash().view;
    location.hash = view + qs(Object.assign({}, f, view === "timeline" ? {by: readHash().params.get("by")} : {}));
  });
  document.getElementById("clear-filters").addEventListener("click", () => {
    state.filters = {};
    location.hash = readHash().view;
  });
  window.addEventListener("hashchange", route);
  route();
}

start();
