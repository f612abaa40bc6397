/* kgraph map: cities at their coordinates on Natural Earth outlines (d3-geo + topojson-client), ties as
   arcs coloured by type, events as markers, a year slider, the evidence panel. Draws into #kg-map
   from the JSON in #kg-map-data and #kg-world; every name becomes an SVG text node, never markup. */
(function () {
  "use strict";
  var host = document.getElementById("kg-map");
  if (!host) return;
  var C = window.kgraphCommon;
  var D = JSON.parse(document.getElementById("kg-map-data").textContent);
  var world = JSON.parse(document.getElementById("kg-world").textContent);
  var meta = D.meta, CITIES = D.cities, TIES = D.ties, EVENTS = D.events;
  var api = { drawn: false, firstDrawMs: null };
  window.kgraphMap = api;
  var started = performance.now();

  // ---------- geometry
  var W = Math.max(host.clientWidth, 320), H = Math.max(host.clientHeight, 240);
  var placed = CITIES.filter(function (c) { return c.lon !== null; });
  var projection = d3.geoNaturalEarth1();
  function fitTo(cities) {
    var pts = [];
    cities.forEach(function (c) { pts.push([c.lon - 1.5, c.lat - 1], [c.lon + 1.5, c.lat + 1]); });
    if (!pts.length) { projection.fitExtent([[10, 10], [W - 10, H - 10]], { type: "Sphere" }); return; }
    projection.fitExtent([[40, 30], [W - 90, H - 30]], { type: "MultiPoint", coordinates: pts });  // room for labels
  }
  fitTo(placed);
  var path = d3.geoPath(projection);
  var countries = topojson.feature(world, world.objects.countries);
  var borders = topojson.mesh(world, world.objects.countries, function (a, b) { return a !== b; });
  var xy = CITIES.map(function (c) { return c.lon === null ? null : projection([c.lon, c.lat]); });

  var svg = C.svg("svg", { width: "100%", height: "100%", viewBox: "0 0 " + W + " " + H, tabindex: "0",
                           role: "application", "aria-roledescription": "map", "data-tx-label": "ui.map_label",
                           "aria-label": C.ui("map_label") });
  svg.classList.add("kg-map-svg");
  var zoomLayer = C.svg("g", { "class": "zoom" });
  svg.appendChild(zoomLayer);
  var base = C.svg("g", { "class": "base" });
  base.appendChild(C.svg("path", { d: path({ type: "Sphere" }), "class": "sphere" }));
  base.appendChild(C.svg("path", { d: path(countries), "class": "land" }));
  base.appendChild(C.svg("path", { d: path(borders), "class": "borders" }));
  zoomLayer.appendChild(base);
  var tieLayer = C.svg("g", { "class": "ties" }), eventLayer = C.svg("g", { "class": "events" });
  var cityLayer = C.svg("g", { "class": "cities" }), labelLayer = C.svg("g", { "class": "labels" });
  [tieLayer, cityLayer, eventLayer, labelLayer].forEach(function (g) { zoomLayer.appendChild(g); });
  host.appendChild(svg);

  // ---------- ties: a gentle arc between the two cities
  function arc(p, q) {
    var mx = (p[0] + q[0]) / 2, my = (p[1] + q[1]) / 2, dx = q[0] - p[0], dy = q[1] - p[1];
    var bend = 0.18 * (dx >= 0 ? 1 : -1);  // every arc bows northwards, whichever end comes first
    return "M" + p[0].toFixed(1) + "," + p[1].toFixed(1) + "Q" + (mx + dy * bend).toFixed(1) + "," +
      (my - dx * bend).toFixed(1) + " " + q[0].toFixed(1) + "," + q[1].toFixed(1);
  }
  var tieEls = TIES.map(function (t) {
    var p = xy[t.a], q = xy[t.b];
    if (!p || !q) return null;
    var line = C.ST.sources[t.src] || C.ST.sources.registry;
    var e = C.svg("path", { d: arc(p, q), "class": "tie", stroke: C.ST.ties[t.tie] || C.ST.ties.unspecified,
                            "stroke-width": line.width, "data-tie": t.id });
    if (line.dashes.length) e.setAttribute("stroke-dasharray", line.dashes.join(","));
    e.addEventListener("click", function (ev) { ev.stopPropagation(); openTie(t.id); });
    tieLayer.appendChild(e);
    return e;
  });

  // ---------- cities and their labels
  var degree = CITIES.map(function () { return 0; });
  TIES.forEach(function (t) { degree[t.a]++; degree[t.b]++; });
  var labelled = CITIES.map(function (c) { return c.c || placed.length <= 60 || degree[c.id] >= 6; });
  var cityEls = CITIES.map(function (c) {
    var p = xy[c.id];
    if (!p) return null;
    var e = C.svg("circle", { cx: p[0].toFixed(1), cy: p[1].toFixed(1), r: 4, "class": "city" + (c.ap ? " approx" : "") + (c.c ? " center" : ""),
                              tabindex: "0", role: "button", "data-city": c.id });
    e.setAttribute("aria-label", C.name(c));
    var title = C.svg("title");
    title.textContent = C.name(c) + (c.ap ? " (" + C.ui("approx_short") + ")" : "");
    e.appendChild(title);
    e.addEventListener("click", function (ev) { ev.stopPropagation(); openCity(c.id); });
    e.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); openCity(c.id); } });
    cityLayer.appendChild(e);
    return e;
  });
  var labelEls = CITIES.map(function (c) {
    var p = xy[c.id];
    if (!p || !labelled[c.id]) return null;
    var t = C.svg("text", { x: (p[0] + 6).toFixed(1), y: (p[1] + 4).toFixed(1), "class": "label" + (c.c ? " center" : "") });
    t.textContent = C.name(c);
    labelLayer.appendChild(t);
    return t;
  });

  // ---------- events: amber diamonds beside their city (several events at one city fan out)
  var atCount = {};
  var eventEls = EVENTS.map(function (e) {
    var p = e.at >= 0 ? xy[e.at] : null;
    if (!p) return null;
    var k = atCount[e.at] = (atCount[e.at] || 0) + 1;
    var angle = -Math.PI / 4 + (k - 1) * 0.9, r = 9 + 3 * Math.floor((k - 1) / 7);
    var g = C.svg("g", { "class": "event", tabindex: "0", role: "button", "data-event": e.id,
                         "data-x": (p[0] + r * Math.cos(angle)).toFixed(1), "data-y": (p[1] + r * Math.sin(angle)).toFixed(1) });
    g.appendChild(C.svg("path", { d: "M0,-5L5,0L0,5L-5,0Z" }));
    var title = C.svg("title");
    title.textContent = C.name(e);
    g.appendChild(title);
    g.setAttribute("aria-label", C.name(e));
    g.addEventListener("click", function (ev) { ev.stopPropagation(); openEvent(e.id); });
    g.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); openEvent(e.id); } });
    eventLayer.appendChild(g);
    return g;
  });

  // ---------- zoom and pan (the base map scales; markers and text keep their size on screen)
  var view = { k: 1, x: 0, y: 0 };
  function apply() {
    zoomLayer.setAttribute("transform", "translate(" + view.x.toFixed(1) + "," + view.y.toFixed(1) + ") scale(" + view.k.toFixed(4) + ")");
    var k = view.k;
    cityEls.forEach(function (e, i) { if (e) e.setAttribute("r", ((CITIES[i].c ? 7 : 4) / Math.sqrt(k)).toFixed(2)); });
    eventEls.forEach(function (g) {
      if (!g) return;
      var px = +g.getAttribute("data-x"), py = +g.getAttribute("data-y");
      g.setAttribute("transform", "translate(" + px + "," + py + ") scale(" + (1 / Math.sqrt(k)).toFixed(3) + ")");
    });
    labelEls.forEach(function (t, i) {
      if (!t) return;
      var p = xy[i];
      t.setAttribute("font-size", (12 / k).toFixed(2));
      t.setAttribute("x", (p[0] + 6 / Math.sqrt(k)).toFixed(2));
      t.setAttribute("y", (p[1] + 4 / k).toFixed(2));
    });
    labelLayer.setAttribute("stroke-width", (3 / k).toFixed(3));
  }
  function zoomAt(factor, cx, cy) {
    var k = Math.max(0.5, Math.min(80, view.k * factor));
    factor = k / view.k;
    view.x = cx - (cx - view.x) * factor;
    view.y = cy - (cy - view.y) * factor;
    view.k = k;
    apply();
  }
  function toSvg(ev) {
    var box = svg.getBoundingClientRect();
    return [(ev.clientX - box.left) * W / box.width, (ev.clientY - box.top) * H / box.height];
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = toSvg(ev);
    zoomAt(ev.deltaY < 0 ? 1.25 : 0.8, p[0], p[1]);
  }, { passive: false });
  var drag = null;
  svg.addEventListener("pointerdown", function (ev) {
    if (ev.target !== svg && !base.contains(ev.target)) return;
    drag = { p: toSvg(ev), x: view.x, y: view.y, moved: false };
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    var p = toSvg(ev);
    view.x = drag.x + p[0] - drag.p[0];
    view.y = drag.y + p[1] - drag.p[1];
    drag.moved = true;
    apply();
  });
  svg.addEventListener("pointerup", function () { drag = null; });
  svg.addEventListener("keydown", function (ev) {
    if (ev.target !== svg) return;
    var step = 40, handled = true;
    if (ev.key === "+" || ev.key === "=") zoomAt(1.25, W / 2, H / 2);
    else if (ev.key === "-") zoomAt(0.8, W / 2, H / 2);
    else if (ev.key === "ArrowLeft") view.x += step;
    else if (ev.key === "ArrowRight") view.x -= step;
    else if (ev.key === "ArrowUp") view.y += step;
    else if (ev.key === "ArrowDown") view.y -= step;
    else if (ev.key === "0") { view = { k: 1, x: 0, y: 0 }; }
    else handled = false;
    if (handled) { ev.preventDefault(); apply(); }
  });
  function bind(id, fn) { var b = document.getElementById(id); if (b) b.addEventListener("click", fn); }
  bind("kg-zoom-in", function () { zoomAt(1.5, W / 2, H / 2); });
  bind("kg-zoom-out", function () { zoomAt(1 / 1.5, W / 2, H / 2); });
  bind("kg-zoom-fit", function () { view = { k: 1, x: 0, y: 0 }; apply(); });
  bind("kg-zoom-world", function () {
    var sphere = path.bounds({ type: "Sphere" });
    var k = Math.min(W / (sphere[1][0] - sphere[0][0]), H / (sphere[1][1] - sphere[0][1]));
    view = { k: k, x: (W - k * (sphere[0][0] + sphere[1][0])) / 2, y: (H - k * (sphere[0][1] + sphere[1][1])) / 2 };
    apply();
  });
  function reveal(p) {  // pan so that a point is not hidden under the open side panel
    var panel = document.getElementById("kg-panel"), box = svg.getBoundingClientRect();
    if (!p || !panel || panel.hidden || !box.width) return;
    var free = W - panel.getBoundingClientRect().width * W / box.width;
    var sx = view.x + view.k * p[0];
    if (sx > free - 20 || sx < 20) { view.x += free / 2 - sx; apply(); }
  }
  function centreOn(p) {
    var k = Math.max(view.k, 3);
    view = { k: k, x: W / 2 - k * p[0], y: H / 2 - k * p[1] };
    apply();
  }

  // ---------- filters: tie types, the year slider, undated items
  var years = meta.years || [0, 0];
  var state = { ties: new Set(Object.keys(meta.counts.ties)), year: years[1], undated: true, events: true };
  function yearOk(y) { return y === null || y === undefined ? state.undated : y <= state.year; }
  function tieOk(t) { return state.ties.has(t.tie) && yearOk(t.yr); }
  function eventOk(e) { return state.events && yearOk(e.yr); }
  var status = document.getElementById("kg-status");
  function refresh() {
    var shownTies = 0, shownEvents = 0;
    TIES.forEach(function (t, i) { var ok = tieOk(t); if (tieEls[i]) tieEls[i].style.display = ok ? "" : "none"; if (ok) shownTies++; });
    EVENTS.forEach(function (e, i) { var ok = eventOk(e); if (eventEls[i]) eventEls[i].style.display = ok ? "" : "none"; if (ok) shownEvents++; });
    api.shownTies = shownTies;
    api.shownEvents = shownEvents;
    var yl = document.getElementById("kg-year-value");
    if (yl) yl.textContent = meta.years ? String(state.year) : "";
    if (status) status.textContent = C.fmt("map_status", { cities: placed.length, ties: shownTies, events: shownEvents });
  }
  document.querySelectorAll("input[data-filter=ties]").forEach(function (box) {
    box.addEventListener("change", function () { if (box.checked) state.ties.add(box.value); else state.ties.delete(box.value); refresh(); });
  });
  var slider = document.getElementById("kg-year");
  if (slider) slider.addEventListener("input", function () { state.year = parseInt(slider.value, 10); refresh(); });
  var undated = document.getElementById("kg-undated");
  if (undated) undated.addEventListener("change", function () { state.undated = undated.checked; refresh(); });
  var showEvents = document.getElementById("kg-events");
  if (showEvents) showEvents.addEventListener("change", function () { state.events = showEvents.checked; refresh(); });

  // ---------- panels
  function tieLine(t, from) {
    var box = C.el("div", "conn");
    var other = t.a === from ? t.b : t.a;
    if (from === undefined) {
      box.appendChild(C.el("strong", null, C.name(CITIES[t.a]) + " \u2014 " + C.name(CITIES[t.b])));
    } else {
      box.appendChild(C.button(C.name(CITIES[other]), function () { openCity(other); }));
    }
    var tags = [C.tr("ties", t.tie)];
    if (t.yr !== null) tags.push(C.ui("since") + " " + t.yr);
    tags.push(C.tr("sources", t.src));
    box.appendChild(C.el("div", "tags", tags.join(" \u00b7 ")));
    box.appendChild(C.button(C.ui("open_tie"), function () { openTie(t.id); }));
    return box;
  }
  function openCity(id) {
    var c = CITIES[id];
    C.open(function (body) {
      body.appendChild(C.el("h2", null, C.name(c)));
      var sub = [C.tr("types", "city")];
      if (C.other(c) && C.other(c) !== C.name(c)) sub.push(C.other(c));
      if (c.cc) sub.push(c.cc);
      body.appendChild(C.el("div", "muted", sub.join(" \u00b7 ")));
      body.appendChild(C.el("div", "iri", c.u));
      if (c.lon === null) body.appendChild(C.el("p", "note", C.ui("not_placed")));
      else if (c.ap) body.appendChild(C.el("p", "note", C.ui("approx_note")));
      else body.appendChild(C.el("div", "muted", c.lat.toFixed(4) + ", " + c.lon.toFixed(4)));
      var mine = TIES.filter(function (t) { return t.a === id || t.b === id; });
      if (mine.length) {
        body.appendChild(C.el("h3", null, C.ui("tl_ties") + " (" + mine.length + ")"));
        mine.forEach(function (t) { body.appendChild(tieLine(t, id)); });
      }
      var evs = EVENTS.filter(function (e) { return e.at === id || e.cities.indexOf(id) >= 0; });
      if (evs.length) {
        body.appendChild(C.el("h3", null, C.tr("types", "event") + " (" + evs.length + ")"));
        evs.forEach(function (e) {
          var box = C.el("div", "conn");
          box.appendChild(C.button(C.name(e), function () { openEvent(e.id); }));
          if (e.yr !== null) box.appendChild(C.el("div", "tags", String(e.yr)));
          body.appendChild(box);
        });
      }
    });
    api.selected = { city: id };
    reveal(xy[id]);
  }
  function openTie(id) {
    var t = TIES[id];
    C.open(function (body) {
      body.appendChild(C.el("h2", null, C.name(CITIES[t.a]) + " \u2014 " + C.name(CITIES[t.b])));
      body.appendChild(C.el("div", "muted", [C.tr("ties", t.tie), C.tr("sources", t.src)].join(" \u00b7 ")));
      [t.a, t.b].forEach(function (cid) {
        var row = C.el("div");
        row.appendChild(C.button(C.name(CITIES[cid]), function () { openCity(cid); }));
        body.appendChild(row);
      });
      if (t.f.length) { body.appendChild(C.el("h3", null, C.ui("facts"))); body.appendChild(C.facts(D, t.f)); }
      body.appendChild(C.el("h3", null, C.ui("evidence")));
      if (t.ev.length) body.appendChild(C.evidence(D, t.ev));
      else body.appendChild(C.el("p", "muted", C.ui("no_evidence")));
    });
    api.selected = { tie: id };
    if (xy[t.a] && xy[t.b]) reveal([(xy[t.a][0] + xy[t.b][0]) / 2, (xy[t.a][1] + xy[t.b][1]) / 2]);
  }
  function openEvent(id) {
    var e = EVENTS[id];
    C.open(function (body) {
      body.appendChild(C.el("h2", null, C.name(e)));
      body.appendChild(C.el("div", "muted", C.tr("types", "event") + (e.at >= 0 ? " \u00b7 " + C.name(CITIES[e.at]) : "")));
      if (e.cities.length) {
        var row = C.el("div", "tags");
        e.cities.forEach(function (cid, i) {
          if (i) row.appendChild(C.el("span", null, " \u00b7 "));
          row.appendChild(C.button(C.name(CITIES[cid]), function () { openCity(cid); }));
        });
        body.appendChild(row);
      }
      if (e.f.length) { body.appendChild(C.el("h3", null, C.ui("facts"))); body.appendChild(C.facts(D, e.f)); }
      if (e.ev.length) { body.appendChild(C.el("h3", null, C.ui("evidence"))); body.appendChild(C.evidence(D, e.ev)); }
    });
    api.selected = { event: id };
    if (e.at >= 0) reveal(xy[e.at]);
  }

  // ---------- the city list (keyboard route to every city) and what is not on the map
  var list = document.getElementById("kg-city-list"), filter = document.getElementById("kg-city-filter");
  function fillList() {
    if (!list) return;
    var q = filter && filter.value ? C.fold(filter.value.trim()) : "";
    list.textContent = "";
    var shown = 0;
    CITIES.forEach(function (c) {
      if (q && c.q.indexOf(q) < 0) return;
      if (shown++ >= 300) return;
      var li = C.el("li");
      li.appendChild(C.button(C.name(c), function () { if (xy[c.id]) centreOn(xy[c.id]); openCity(c.id); }, "linkish"));
      if (c.lon === null) li.appendChild(C.el("span", "muted", " " + C.ui("not_placed_short")));
      else if (c.ap) li.appendChild(C.el("span", "muted", " " + C.ui("approx_short")));
      list.appendChild(li);
    });
    if (shown > 300) list.appendChild(C.el("li", "muted", C.fmt("more", { n: shown - 300 })));
    if (!shown) list.appendChild(C.el("li", "muted", C.ui("no_match")));
  }
  if (filter) filter.addEventListener("input", fillList);
  var missing = document.getElementById("kg-unplaced");
  function fillMissing() {
    if (!missing) return;
    missing.textContent = "";
    CITIES.forEach(function (c) {
      if (c.lon !== null && !c.ap) return;
      var li = C.el("li");
      li.appendChild(C.button(C.name(c), function () { openCity(c.id); }, "linkish"));
      li.appendChild(C.el("span", "muted", " " + (c.lon === null ? C.ui("not_placed_short") : C.ui("approx_short"))));
      missing.appendChild(li);
    });
    EVENTS.forEach(function (e) {
      if (e.at >= 0 && xy[e.at]) return;
      var li = C.el("li");
      li.appendChild(C.button(C.name(e), function () { openEvent(e.id); }, "linkish"));
      li.appendChild(C.el("span", "muted", " " + C.ui("event_no_place")));
      missing.appendChild(li);
    });
    if (!missing.firstChild) missing.appendChild(C.el("li", "muted", C.ui("none")));
  }

  C.onLang(function () {
    cityEls.forEach(function (e, i) {
      if (!e) return;
      e.setAttribute("aria-label", C.name(CITIES[i]));
      e.firstChild.textContent = C.name(CITIES[i]) + (CITIES[i].ap ? " (" + C.ui("approx_short") + ")" : "");
    });
    labelEls.forEach(function (t, i) { if (t) t.textContent = C.name(CITIES[i]); });
    eventEls.forEach(function (g, i) { if (g) { g.setAttribute("aria-label", C.name(EVENTS[i])); g.lastChild.textContent = C.name(EVENTS[i]); } });
    svg.setAttribute("aria-label", C.ui("map_label"));
    fillList();
    fillMissing();
    refresh();
  });

  apply();
  fillList();
  fillMissing();
  refresh();
  requestAnimationFrame(function () {
    api.firstDrawMs = performance.now() - started;
    api.drawn = true;
    document.body.setAttribute("data-map-drawn", "1");
  });

  // ---------- the map's API (tests and scripting)
  api.cityCount = CITIES.length;
  api.placed = placed.length;
  api.idOf = function (iri) { for (var i = 0; i < CITIES.length; i++) if (CITIES[i].u === iri) return i; return -1; };
  api.eventIdOf = function (iri) { for (var i = 0; i < EVENTS.length; i++) if (EVENTS[i].u === iri) return i; return -1; };
  api.openCity = openCity;
  api.openTie = openTie;
  api.openEvent = openEvent;
  api.tieBetween = function (a, b) {
    for (var i = 0; i < TIES.length; i++) if ((TIES[i].a === a && TIES[i].b === b) || (TIES[i].a === b && TIES[i].b === a)) return i;
    return -1;
  };
  api.setYear = function (y) { if (slider) { slider.value = String(y); } state.year = y; refresh(); };
  api.screenPosition = function (sel) {
    var e = document.querySelector(sel);
    if (!e) return null;
    var r = e.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height };
  };
  api.tiePoint = function (id) {  // a point on the drawn arc, in page coordinates
    var e = tieEls[id];
    if (!e) return null;
    var len = e.getTotalLength(), pt = e.getPointAtLength(len / 2), m = e.getScreenCTM();
    return { x: m.a * pt.x + m.c * pt.y + m.e, y: m.b * pt.x + m.d * pt.y + m.f };
  };
})();
