/* kgraph overview of a big graph: countries as meta-nodes (sized by their cities, linked by their
   ties), expanded on click; search jumps to any city's ego network. Drawn with vis-network from the
   JSON in #kg-overview-data; names become canvas labels and textContent only. */
(function () {
  "use strict";
  var host = document.getElementById("kg-overview");
  if (!host) return;
  var C = window.kgraphCommon;
  var D = JSON.parse(document.getElementById("kg-overview-data").textContent);
  var G = D.groups, CT = D.cities, T = D.ties, meta = D.meta;
  var nCities = CT.u.length, nTies = T.length / 4;
  var TIES = ["sister", "friendship", "other", "unspecified"];
  var api = { drawn: false, firstDrawMs: null, mode: "overview" };
  window.kgraphOverview = api;

  // ---------- indexes: cities by group, ties by city
  var byGroup = G.map(function () { return []; });
  for (var i = 0; i < nCities; i++) byGroup[CT.g[i]].push(i);
  byGroup.forEach(function (list) { list.sort(function (a, b) { return CT.d[b] - CT.d[a] || a - b; }); });
  var tieStart = new Int32Array(nCities + 1), tieList;
  (function () {
    var count = new Int32Array(nCities);
    for (var t = 0; t < nTies; t++) { count[T[4 * t]]++; count[T[4 * t + 1]]++; }
    for (var c = 0; c < nCities; c++) tieStart[c + 1] = tieStart[c] + count[c];
    tieList = new Int32Array(tieStart[nCities]);
    var fill = tieStart.slice(0, nCities);
    for (t = 0; t < nTies; t++) { tieList[fill[T[4 * t]]++] = t; tieList[fill[T[4 * t + 1]]++] = t; }
  })();
  function tiesOf(c) { return Array.prototype.slice.call(tieList, tieStart[c], tieStart[c + 1]); }
  function cityName(c) { return C.lang === "ko" ? CT.ko[c] : CT.en[c]; }
  function groupName(g) { return C.name(G[g]); }

  // ---------- what is shown: meta-nodes for collapsed groups, cities for expanded ones, or an ego network
  var expanded = new Set(), egoOf = -1;
  var META = 1e9, MORE = 2e9;  // node ids: cities 0..n-1, groups META+g, "more" nodes MORE+g
  var ST = C.ST;
  function metaNode(g) {
    var size = 10 + 4 * Math.sqrt(G[g].n);
    return { id: META + g, label: groupName(g) + "\n" + G[g].n, x: G[g].x, y: G[g].y, shape: "dot", size: Math.min(size, 90),
             color: { background: "#dbe4ff", border: "#364fc7" }, font: { size: 14 + Math.min(Math.sqrt(G[g].n), 30) },
             title: groupName(g) + " \u00b7 " + C.fmt("ov_group_tip", { cities: G[g].n, ties: G[g].t }) };
  }
  function cityNode(c, x, y, center) {
    return { id: c, label: cityName(c), x: x, y: y, shape: "dot", size: center ? 16 : 6 + Math.min(Math.sqrt(CT.d[c]) * 2, 14),
             color: { background: center ? "#d6336c" : ST.nodes.city.color, border: ST.nodes.city.border },
             title: cityName(c) + " \u00b7 " + groupName(CT.g[c]) };
  }
  function discRadius(n) { return 30 + 38 * Math.sqrt(n); }
  function shownCities(g) { return byGroup[g].slice(0, meta.expandMax); }
  function compute() {
    var nodes = [], rep = new Map(), edges = new Map();
    if (egoOf >= 0) {
      var ring = [];
      tiesOf(egoOf).forEach(function (t) { var o = T[4 * t] === egoOf ? T[4 * t + 1] : T[4 * t]; if (!rep.has(o)) { rep.set(o, o); ring.push(o); } });
      nodes.push(cityNode(egoOf, 0, 0, true));
      rep.set(egoOf, egoOf);
      var r = Math.max(250, ring.length * 14);
      ring.forEach(function (o, k) {
        var a = 2 * Math.PI * k / ring.length;
        nodes.push(cityNode(o, r * Math.cos(a), r * Math.sin(a), false));
      });
      tiesOf(egoOf).forEach(function (t) { addEdge(edges, egoOf, T[4 * t] === egoOf ? T[4 * t + 1] : T[4 * t], t); });
      return { nodes: nodes, edges: Array.from(edges.values()) };
    }
    var discs = [];
    expanded.forEach(function (g) { discs.push({ g: g, r: discRadius(shownCities(g).length) }); });
    function place(g) {  // a collapsed country near an expanded one is pushed out of its disc
      var x = G[g].x, y = G[g].y;
      discs.forEach(function (d) {
        var dx = x - G[d.g].x, dy = y - G[d.g].y, dist = Math.sqrt(dx * dx + dy * dy) || 1;
        if (dist < d.r + 120) { x += dx / dist * (d.r + 120); y += dy / dist * (d.r + 120); }
      });
      return [x, y];
    }
    G.forEach(function (grp, g) {
      if (!expanded.has(g)) { var m = metaNode(g), at = place(g); m.x = at[0]; m.y = at[1]; nodes.push(m); return; }
      var list = shownCities(g), rr = discRadius(list.length);
      list.forEach(function (c, k) {  // a sunflower disc around the group's place, best connected in the middle
        var rad = rr * Math.sqrt((k + 0.5) / list.length), ang = k * 2.39996;
        nodes.push(cityNode(c, grp.x + rad * Math.cos(ang), grp.y + rad * Math.sin(ang), false));
        rep.set(c, c);
      });
      if (byGroup[g].length > list.length) {
        nodes.push({ id: MORE + g, label: C.fmt("more", { n: byGroup[g].length - list.length }), x: grp.x, y: grp.y - rr - 40,
                     shape: "box", color: { background: "#f1f3f5", border: "#868e96" }, font: { size: 14 } });
      }
    });
    function repOf(c) {
      if (rep.has(c)) return rep.get(c);
      var g = CT.g[c];
      return expanded.has(g) ? MORE + g : META + g;
    }
    for (var t = 0; t < nTies; t++) {
      var a = repOf(T[4 * t]), b = repOf(T[4 * t + 1]);
      if (a !== b) addEdge(edges, a, b, t);
    }
    return { nodes: nodes, edges: Array.from(edges.values()) };
  }
  function addEdge(edges, a, b, t) {
    var key = a < b ? a + "-" + b : b + "-" + a, e = edges.get(key);
    if (!e) { e = { id: key, from: a, to: b, n: 0, tie: t }; edges.set(key, e); }
    e.n++;
  }
  function visEdge(e) {
    if (e.n === 1 && e.from < META && e.to < META) {
      return { id: e.id, from: e.from, to: e.to, width: 1.5, color: { color: ST.ties[TIES[T[4 * e.tie + 2]]], opacity: 0.8 } };
    }
    return { id: e.id, from: e.from, to: e.to, width: Math.min(1 + Math.log(e.n) * 1.6, 14),
             color: { color: "#868e96", opacity: 0.55 } };
  }

  var nodes = new vis.DataSet(), edges = new vis.DataSet();
  var network = new vis.Network(host, { nodes: nodes, edges: edges }, {
    physics: false, layout: { improvedLayout: false },
    nodes: { font: { face: "Noto Sans CJK KR, Noto Sans KR, sans-serif", color: "#1f2933", strokeWidth: 3, strokeColor: "#fff" } },
    edges: { smooth: false }, interaction: { hover: true, tooltipDelay: 250, hideEdgesOnDrag: true, keyboard: false }
  });
  var started = performance.now();
  network.once("afterDrawing", function () {
    api.firstDrawMs = performance.now();
    api.drawn = true;
    document.body.setAttribute("data-drawn", "1");
  });
  var status = document.getElementById("kg-status");
  function redraw(fit) {
    var shown = compute();
    nodes.clear(); edges.clear();
    nodes.add(shown.nodes);
    edges.add(shown.edges.map(visEdge));
    api.nodeCount = shown.nodes.length;
    api.edgeCount = shown.edges.length;
    api.mode = egoOf >= 0 ? "ego" : "overview";
    if (status) status.textContent = egoOf >= 0 ? C.fmt("ov_ego_status", { name: cityName(egoOf), n: shown.nodes.length - 1 })
      : C.fmt("ov_status", { nodes: shown.nodes.length, edges: shown.edges.length, expanded: expanded.size });
    back.hidden = egoOf < 0;
    if (fit) network.fit({ animation: false });
    fillGroups();
  }

  // ---------- actions
  function focusOn(ids) {  // fit the given nodes into the part of the canvas the side panel leaves free
    network.fit({ nodes: ids, animation: false, maxZoomLevel: 1.5 });
    var panel = document.getElementById("kg-panel");
    var shift = panel && !panel.hidden ? panel.getBoundingClientRect().width / 2 : 0;
    network.moveTo({ position: network.getViewPosition(), scale: network.getScale() * 0.85, offset: { x: -shift, y: 0 }, animation: false });
  }
  function expand(g) {
    egoOf = -1; expanded.add(g); redraw(false); openGroup(g);
    focusOn(shownCities(g).concat(byGroup[g].length > meta.expandMax ? [MORE + g] : []));
  }
  function collapse(g) { expanded.delete(g); redraw(false); }
  function ego(c) { egoOf = c; redraw(true); openCity(c); focusOn(nodes.getIds()); }
  function overview() { egoOf = -1; redraw(true); C.close(); }
  function openGroup(g) {
    C.open(function (body) {
      body.appendChild(C.el("h2", null, groupName(g)));
      body.appendChild(C.el("div", "muted", C.fmt("ov_group_tip", { cities: G[g].n, ties: G[g].t })));
      if (G[g].u) body.appendChild(C.el("div", "iri", G[g].u));
      var row = C.el("div", "buttons");
      row.appendChild(expanded.has(g) ? C.button(C.ui("ov_collapse"), function () { collapse(g); openGroup(g); }, "btn")
        : C.button(C.ui("ov_expand"), function () { expand(g); }, "btn"));
      body.appendChild(row);
      body.appendChild(C.el("h3", null, C.ui("ov_top_cities")));
      var ul = C.el("ul", "plain");
      byGroup[g].slice(0, 25).forEach(function (c) {
        var li = C.el("li");
        li.appendChild(C.button(cityName(c), function () { ego(c); }, "linkish"));
        li.appendChild(C.el("span", "muted", " " + CT.d[c]));
        ul.appendChild(li);
      });
      body.appendChild(ul);
    });
    api.selected = { group: g };
  }
  function openCity(c) {
    C.open(function (body) {
      body.appendChild(C.el("h2", null, cityName(c)));
      var other = C.lang === "ko" ? CT.en[c] : CT.ko[c];
      body.appendChild(C.el("div", "muted", [C.tr("types", "city"), other !== cityName(c) ? other : "", groupName(CT.g[c])].filter(Boolean).join(" \u00b7 ")));
      body.appendChild(C.el("div", "iri", CT.u[c]));
      if (egoOf !== c) body.appendChild(C.button(C.ui("ov_show_ego"), function () { ego(c); }, "btn"));
      var mine = tiesOf(c);
      body.appendChild(C.el("h3", null, C.ui("tl_ties") + " (" + mine.length + ")"));
      mine.slice(0, 200).forEach(function (t) {
        var o = T[4 * t] === c ? T[4 * t + 1] : T[4 * t];
        var box = C.el("div", "conn");
        box.appendChild(C.button(cityName(o), function () { ego(o); }));
        var tags = [C.tr("ties", TIES[T[4 * t + 2]]), groupName(CT.g[o])];
        if (T[4 * t + 3]) tags.push(C.ui("since") + " " + T[4 * t + 3]);
        box.appendChild(C.el("div", "tags", tags.join(" \u00b7 ")));
        body.appendChild(box);
      });
      body.appendChild(C.el("p", "note", C.fmt("ov_evidence_hint", { iri: CT.u[c] })));
    });
    api.selected = { city: c };
  }
  network.on("click", function (p) {
    if (!p.nodes.length) return;
    var id = p.nodes[0];
    if (id >= MORE) openGroup(id - MORE);
    else if (id >= META) expand(id - META);
    else openCity(id);
  });

  // ---------- search (names and aliases, any language; case and accents ignored)
  var input = document.getElementById("kg-search"), results = document.getElementById("kg-results");
  function search(q) {
    q = C.fold(q.trim());
    if (!q) return [];
    var hits = [];
    for (var c = 0; c < nCities && hits.length < 400; c++) {
      var at = CT.q[c].indexOf(q);
      if (at >= 0) hits.push({ c: c, rank: (at === 0 ? 0 : 1) * 1e6 - CT.d[c] });
    }
    hits.sort(function (a, b) { return a.rank - b.rank || a.c - b.c; });
    return hits.slice(0, 12).map(function (h) { return h.c; });
  }
  function showResults() {
    results.textContent = "";
    var found = search(input.value);
    if (!input.value.trim()) { results.hidden = true; return; }
    if (!found.length) results.appendChild(C.el("li", "none", C.ui("no_match")));
    found.forEach(function (c) {
      var li = C.el("li");
      var b = C.button(cityName(c), function () { results.hidden = true; ego(c); }, "");
      b.appendChild(C.el("span", "kind", " \u00b7 " + groupName(CT.g[c])));
      li.appendChild(b);
      results.appendChild(li);
    });
    results.hidden = false;
  }
  input.addEventListener("input", showResults);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var f = search(input.value); if (f.length) { results.hidden = true; ego(f[0]); } }
    else if (ev.key === "Escape") results.hidden = true;
  });
  var back = document.getElementById("kg-back");
  back.addEventListener("click", overview);

  // ---------- the group list: the keyboard's way to every country
  var list = document.getElementById("kg-group-list");
  function fillGroups() {
    if (!list) return;
    list.textContent = "";
    G.map(function (g, i) { return i; }).sort(function (a, b) { return G[b].n - G[a].n || a - b; }).forEach(function (g) {
      var li = C.el("li");
      li.appendChild(C.button(groupName(g), function () { if (expanded.has(g)) openGroup(g); else expand(g); }, "linkish"));
      li.appendChild(C.el("span", "muted", " " + G[g].n + (expanded.has(g) ? " \u00b7 " + C.ui("ov_expanded") : "")));
      list.appendChild(li);
    });
  }
  C.onLang(function () { redraw(false); });
  redraw(true);

  api.network = network;
  api.expand = expand;
  api.collapse = collapse;
  api.ego = ego;
  api.overview = overview;
  api.search = function (q) { return search(q).map(function (c) { return CT.u[c]; }); };
  api.cityOf = function (iri) { return CT.u.indexOf(iri); };
  api.groupOf = function (iri) { for (var g = 0; g < G.length; g++) if (G[g].u === iri) return g; return -1; };
  api.domPosition = function (id) {
    var p = network.canvasToDOM(network.getPositions([id])[id]), box = host.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  };
  api.META = META;
  void started;
})();
