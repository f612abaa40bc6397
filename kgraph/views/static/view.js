/* kgraph graph view: draws the JSON in #kg-data with vis-network and runs the legend, filters,
   search, ko/en switch and side panel. Data from the graph only ever becomes text (textContent,
   canvas labels, string tooltips, which vis-network sets with innerText): never markup. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var meta = data.meta, ST = data.styles, TX = data.texts;
  var lang = meta.lang;
  var N = data.nodes, E = data.edges;
  var view = { drawn: false, frozen: false, firstDrawMs: null };
  window.kgraphView = view;

  // ---------- small helpers
  var own = Object.prototype.hasOwnProperty;
  function tr(table, key) { var t = TX[lang][table]; return t && own.call(t, key) ? t[key] : key; }
  function ui(key) { return tr("ui", key); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fold(s) { return s.normalize("NFKD").replace(/\p{Mn}/gu, "").normalize("NFC").toLowerCase(); }
  function nameOf(n) { return lang === "ko" ? n.ko : n.en; }
  function otherName(n) { return lang === "ko" ? n.en : n.ko; }
  function short(s) { return s.length > 40 ? s.slice(0, 39) + "\u2026" : s; }
  function isWeb(url) { return typeof url === "string" && /^https?:\/\//i.test(url); }
  function link(url, text) {
    if (!isWeb(url)) return el("span", null, text);
    var a = el("a", null, text);
    a.href = url;  // an http(s) address only: never javascript: or data:
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  // ---------- adjacency and filters
  var adj = N.map(function () { return []; });
  E.forEach(function (e) { adj[e.a].push(e.id); if (e.b !== e.a) adj[e.b].push(e.id); });
  function presentKeys(obj, group) {
    var hidden = (meta.hidden && meta.hidden[group]) || [];
    return new Set(Object.keys(obj || {}).filter(function (k) { return hidden.indexOf(k) < 0; }));
  }
  var years = meta.years || [0, 0];
  var state;
  function resetState() {
    state = {
      types: presentKeys(meta.counts.types, "types"), ties: presentKeys(meta.counts.ties, "ties"),
      sources: presentKeys(meta.counts.sources, "sources"), links: presentKeys(meta.counts.links, "links"),
      from: years[0], to: years[1], undated: true
    };
  }
  resetState();
  var visible = new Uint8Array(N.length);
  function yearOk(y) { return (y === null || y === undefined) ? state.undated : (y >= state.from && y <= state.to); }
  function nodeOk(n) { return state.types.has(n.t) && (n.t === "event" || n.t === "article" ? yearOk(n.yr) : true); }
  function edgeOk(e) {
    if (!state.links.has(e.k) || !visible[e.a] || !visible[e.b]) return false;
    return e.k !== "tie" || (state.ties.has(e.tie) && state.sources.has(e.src) && yearOk(e.yr));
  }
  function computeVisible() { N.forEach(function (n) { visible[n.id] = nodeOk(n) ? 1 : 0; }); }
  computeVisible();

  // ---------- vis items
  function nodeTitle(n) { return nameOf(n) + " \u00b7 " + tr("types", n.t); }
  function edgeTitle(e) {
    var parts = [nameOf(N[e.a]) + (e.k === "tie" ? " \u2014 " : " \u2192 ") + nameOf(N[e.b])];
    if (e.k === "tie") {
      parts.push(tr("ties", e.tie));
      if (e.yr !== null) parts.push(String(e.yr));
      parts.push(tr("sources", e.src));
    } else {
      parts.push(tr("props", e.p));
    }
    return parts.join(" \u00b7 ");
  }
  function labelSize(n) {
    if (n.c) return 22;
    if (!big) return 17;
    // large views are seen zoomed out: a hub's label grows so countries and provinces stay readable
    // (vis-network caps a label's size on screen at scaling.label.maxVisible when zoomed in)
    return n.t === "country" ? Math.min(20 + 6 * Math.sqrt(n.d), 150) : Math.min(14 + 2.5 * Math.sqrt(n.d), 60);
  }
  function visNode(n) {
    var st = ST.nodes[n.t] || ST.nodes.other;
    var size = Math.min(9 + 2.5 * Math.sqrt(n.d), 36) * (n.c ? 1.5 : 1);
    return {
      id: n.id, label: short(nameOf(n)), title: nodeTitle(n), x: n.x, y: n.y, shape: st.shape, size: size,
      borderWidth: n.c ? 4 : 1.5,
      mass: n.c ? 5 : 1 + Math.min(n.d, 30) / 10,  // hubs push harder, so their labels get room
      color: { background: st.color, border: st.border, highlight: { background: st.color, border: "#000" },
               hover: { background: st.color, border: "#000" } },
      font: { size: labelSize(n) }
    };
  }
  function visEdge(e) {
    var color, width, dashes, arrows = false;
    if (e.k === "tie") {
      var line = ST.sources[e.src] || ST.sources.registry;
      color = ST.ties[e.tie] || ST.ties.unspecified; width = line.width; dashes = line.dashes;
    } else {
      var ls = ST.links[e.k] || ST.links.other;
      color = ls.color; width = ls.width; dashes = ls.dashes; arrows = ls.arrows;
    }
    return {
      id: e.id, from: e.a, to: e.b, title: edgeTitle(e), width: width,
      length: e.k === "mentions" ? 320 : undefined,  // an article mentions everything: long springs keep it off the middle
      dashes: dashes.length ? dashes : false,
      arrows: arrows ? { to: { enabled: true, scaleFactor: 0.45 } } : { to: { enabled: false } },
      color: { color: color, highlight: "#111111", hover: "#111111", opacity: e.k === "in" ? 0.7 : 0.95 }
    };
  }
  var big = !meta.physics;
  var nodes = new vis.DataSet(N.map(visNode));
  var edges = new vis.DataSet(E.map(visEdge));
  var nodeView = new vis.DataView(nodes, { filter: function (item) { return visible[item.id] === 1; } });
  var edgeView = new vis.DataView(edges, { filter: function (item) { return edgeOk(E[item.id]); } });

  // physics, edges and interaction come from Python (pyvis's options model); fonts and hover are the page's
  var options = meta.options || {};
  options.autoResize = true;
  options.layout = { improvedLayout: false };
  options.nodes = {
    font: { face: "Noto Sans CJK KR, Noto Sans KR, Apple SD Gothic Neo, Malgun Gothic, sans-serif",
            color: "#1f2933", strokeWidth: 3, strokeColor: "#ffffff" },
    scaling: { label: { drawThreshold: 7, maxVisible: 28 } }
  };
  options.interaction = Object.assign({}, options.interaction || {},
    { hover: !big, tooltipDelay: 250, hideEdgesOnDrag: big, hideEdgesOnZoom: big, keyboard: false });
  if (!meta.physics) { options.physics = false; }
  var container = document.getElementById("kg-canvas");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  var status = document.getElementById("kg-status");

  var subtitle = document.querySelector("#kg-header .subtitle");
  function showSubtitle() {
    if (subtitle) subtitle.textContent = ui("totals").replace("{nodes}", String(N.length)).replace("{edges}", String(E.length));
  }
  function showStatus() {
    status.textContent = ui("shown").replace("{nodes}", String(nodeView.length)).replace("{edges}", String(edgeView.length))
      + " \u00b7 " + (meta.physics ? (view.frozen ? ui("layout_frozen") : ui("drawing")) : ui("layout_fixed"));
  }
  network.once("afterDrawing", function () {
    view.firstDrawMs = performance.now();
    view.drawn = true;
    document.body.setAttribute("data-drawn", "1");
    showStatus();
  });
  if (meta.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      view.frozen = true;
      showStatus();
    });
  } else {
    view.frozen = true;
    network.fit({ animation: false });
  }

  function refresh() {
    computeVisible();
    nodeView.refresh();
    edgeView.refresh();
    showStatus();
  }

  // ---------- legend and filters
  document.querySelectorAll("input[data-filter]").forEach(function (box) {
    box.addEventListener("change", function () {
      var set = state[box.getAttribute("data-filter")];
      if (box.checked) set.add(box.value); else set.delete(box.value);
      refresh();
    });
  });
  var yFrom = document.getElementById("kg-year-from"), yTo = document.getElementById("kg-year-to");
  var undated = document.getElementById("kg-undated");
  function readYears() {
    state.from = yFrom && yFrom.value !== "" ? Number(yFrom.value) : years[0];
    state.to = yTo && yTo.value !== "" ? Number(yTo.value) : years[1];
    state.undated = undated ? undated.checked : true;
    refresh();
  }
  [yFrom, yTo, undated].forEach(function (input) { if (input) input.addEventListener("change", readYears); });
  document.getElementById("kg-fit").addEventListener("click", function () { network.fit({ animation: { duration: 300 } }); });
  document.getElementById("kg-reset").addEventListener("click", function () {
    resetState();
    document.querySelectorAll("input[data-filter]").forEach(function (box) {
      box.checked = state[box.getAttribute("data-filter")].has(box.value);
    });
    if (yFrom) yFrom.value = String(years[0]);
    if (yTo) yTo.value = String(years[1]);
    if (undated) undated.checked = true;
    refresh();
  });

  // ---------- side panel
  var panel = document.getElementById("kg-panel"), body = document.getElementById("kg-panel-body");
  var current = null;
  function closePanel() { panel.hidden = true; current = null; }
  document.getElementById("kg-close").addEventListener("click", function () { closePanel(); network.unselectAll(); });

  function articleLine(ai) {
    var a = data.articles[ai];  // [headline, publisher, date, url, node id]
    var line = el("div", "src");
    line.appendChild(el("span", null, ui("article") + ": "));
    if (a[4] >= 0) {  // the article is drawn: its title jumps to it
      var go = el("button", "linkish inline", a[0]);
      go.type = "button";
      go.addEventListener("click", function () { selectNode(a[4]); });
      line.appendChild(go);
    } else {
      line.appendChild(el("span", "headline", a[0]));
    }
    var more = [a[1], a[2]].filter(function (x) { return x; });
    if (more.length) line.appendChild(el("span", null, " \u00b7 " + more.join(" \u00b7 ")));
    if (isWeb(a[3])) {
      line.appendChild(el("span", null, " \u00b7 "));
      var out = link(a[3], ui("open_article"));
      out.title = a[3];
      line.appendChild(out);
    }
    return line;
  }
  function evidenceBlock(ids) {
    var box = document.createDocumentFragment();
    ids.forEach(function (i) {
      var ev = data.evidence[i];  // [sentence, article id, start, end]
      var fig = el("figure", "evidence");
      fig.appendChild(el("blockquote", null, ev[0] ? ev[0] : ui("no_sentence")));
      if (ev[1] >= 0) fig.appendChild(articleLine(ev[1]));
      if (ev[2] !== null && ev[2] !== undefined) {
        fig.appendChild(el("div", "src", ui("chars") + " " + ev[2] + "\u2013" + (ev[3] === null ? "" : ev[3])));
      }
      box.appendChild(fig);
    });
    return box;
  }
  function factValue(f) {  // [property, value, language, kind, evidence]
    var dd = el("dd");
    if (f[3] === "a") dd.appendChild(articleLine(f[1]));
    else if (f[3] === "u") dd.appendChild(link(f[1], f[1]));
    else if (f[3] === "tie") dd.appendChild(el("span", null, tr("ties", f[1])));
    else dd.appendChild(el("span", null, f[1]));
    if (f[2]) dd.appendChild(el("span", "lang", f[2]));
    if (f[4].length) dd.appendChild(evidenceBlock(f[4]));
    return dd;
  }
  // minor facts (identifiers, coordinates, gazetteer sources) go into a closed "more" box
  var MINOR = new Set(["owl:sameAs", "prov:wasDerivedFrom", "schema:latitude", "schema:longitude", "kg:adminType",
                       "kg:region", "kg:kostatCode", "kg:iso3166", "schema:inLanguage"]);
  function factList(facts) {
    var dl = el("dl"), last = null, dd = null;
    facts.forEach(function (f) {
      if (f[0] !== last) {
        dl.appendChild(el("dt", null, tr("props", f[0])));
        last = f[0];
      }
      dd = factValue(f);
      dl.appendChild(dd);
    });
    return dl;
  }
  function factSections(facts) {
    var frag = document.createDocumentFragment();
    var main = facts.filter(function (f) { return !MINOR.has(f[0]) || f[4].length; });
    var minor = facts.filter(function (f) { return MINOR.has(f[0]) && !f[4].length; });
    if (main.length) {
      frag.appendChild(el("h3", null, ui("facts")));
      frag.appendChild(factList(main));
    }
    return { main: frag, minor: minor };
  }
  function moreBox(minor) {
    var box = el("details", "more");
    box.appendChild(el("summary", null, ui("details") + " (" + minor.length + ")"));
    box.appendChild(factList(minor));
    return box;
  }
  function edgeTags(e) {
    var tags = [];
    if (e.k === "tie") {
      tags.push(tr("ties", e.tie));
      if (e.yr !== null) tags.push(ui("since") + " " + e.yr);
      tags.push(tr("sources", e.src));
    } else {
      tags.push(tr("props", e.p));
    }
    return tags.join(" \u00b7 ");
  }
  function openNode(id) {
    var n = N[id];
    current = { node: id };
    body.textContent = "";
    body.appendChild(el("h2", null, nameOf(n)));
    var sub = tr("types", n.t) + (otherName(n) && otherName(n) !== nameOf(n) ? " \u00b7 " + otherName(n) : "");
    body.appendChild(el("div", "muted", sub));
    body.appendChild(el("div", "iri", n.u));
    var sections = factSections(n.f);
    body.appendChild(sections.main);
    var ids = adj[id];
    if (ids.length) {
      body.appendChild(el("h3", null, ui("connections") + " (" + ids.length + ")"));
      var order = ids.slice().sort(function (x, y) {
        var ex = E[x], ey = E[y];
        return (ex.k === "tie" ? 0 : 1) - (ey.k === "tie" ? 0 : 1) || ey.ev.length - ex.ev.length || x - y;
      });
      order.slice(0, 150).forEach(function (eid) {
        var e = E[eid], other = e.a === id ? e.b : e.a;
        var box = el("div", "conn");
        var arrow = e.k === "tie" ? "\u2014 " : (e.a === id ? "\u2192 " : "\u2190 ");
        box.appendChild(el("span", null, arrow));
        var go = el("button", "linkish", nameOf(N[other]));
        go.addEventListener("click", function () { selectNode(other); });
        box.appendChild(go);
        box.appendChild(el("div", "tags", edgeTags(e)));
        if (e.ev.length) box.appendChild(evidenceBlock(e.ev));
        body.appendChild(box);
      });
      if (order.length > 150) body.appendChild(el("p", "muted", ui("more").replace("{n}", String(order.length - 150))));
    }
    if (sections.minor.length) body.appendChild(moreBox(sections.minor));
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function openEdge(id) {
    var e = E[id];
    current = { edge: id };
    body.textContent = "";
    body.appendChild(el("h2", null, nameOf(N[e.a]) + (e.k === "tie" ? " \u2014 " : " \u2192 ") + nameOf(N[e.b])));
    body.appendChild(el("div", "muted", e.k === "tie" ? tr("links", "tie") : tr("props", e.p)));
    [e.a, e.b].forEach(function (nid) {
      var go = el("button", "linkish", "\u2192 " + nameOf(N[nid]) + " (" + tr("types", N[nid].t) + ")");
      go.addEventListener("click", function () { selectNode(nid); });
      body.appendChild(go);
    });
    var dl = el("dl");
    if (e.k === "tie") {
      dl.appendChild(el("dt", null, ui("tie_source")));
      dl.appendChild(el("dd", null, tr("sources", e.src)));
    }
    body.appendChild(dl);
    var sections = factSections(e.f);
    body.appendChild(sections.main);
    if (sections.minor.length) body.appendChild(moreBox(sections.minor));
    if (e.ev.length) {
      body.appendChild(el("h3", null, ui("evidence")));
      body.appendChild(evidenceBlock(e.ev));
    }
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function selectNode(id) {
    if (!visible[id]) {
      status.textContent = nameOf(N[id]) + " \u00b7 " + ui("hidden_by_filter");
      openNode(id);
      return;
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 350 } });
    openNode(id);
  }
  network.on("click", function (p) {
    if (p.nodes.length) openNode(p.nodes[0]);
    else if (p.edges.length) openEdge(p.edges[0]);
    else closePanel();
  });

  // ---------- search
  var input = document.getElementById("kg-search"), results = document.getElementById("kg-results");
  function search(q) {
    var f = fold(q.trim());
    if (!f) return [];
    var hits = [];
    N.forEach(function (n) {
      var at = n.q.indexOf(f);
      if (at < 0) return;
      var exact = fold(n.ko) === f || fold(n.en) === f ? 0 : 1;
      hits.push({ n: n, rank: [exact, at === 0 || n.q.indexOf("\n" + f) >= 0 ? 0 : 1, -n.d] });
    });
    hits.sort(function (x, y) {
      for (var i = 0; i < 3; i++) if (x.rank[i] !== y.rank[i]) return x.rank[i] - y.rank[i];
      return x.n.id - y.n.id;
    });
    return hits.slice(0, 12).map(function (h) { return h.n; });
  }
  function showResults() {
    var found = search(input.value);
    results.textContent = "";
    if (!input.value.trim()) { results.hidden = true; return; }
    if (!found.length) results.appendChild(el("li", "none", ui("no_match")));
    found.forEach(function (n) {
      var li = el("li"), b = el("button");
      b.type = "button";
      b.appendChild(el("span", null, nameOf(n) + " "));
      b.appendChild(el("span", "kind", tr("types", n.t) + (visible[n.id] ? "" : " \u00b7 " + ui("hidden_by_filter"))));
      b.addEventListener("click", function () { results.hidden = true; selectNode(n.id); });
      li.appendChild(b);
      results.appendChild(li);
    });
    results.hidden = false;
  }
  input.addEventListener("input", showResults);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var found = search(input.value);
      if (found.length) { results.hidden = true; selectNode(found[0].id); }
    } else if (ev.key === "Escape") {
      results.hidden = true;
    }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "/" && document.activeElement !== input) { ev.preventDefault(); input.focus(); }
    else if (ev.key === "Escape" && document.activeElement !== input) closePanel();
  });

  // ---------- ko/en switch
  function applyTexts() {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-tx]").forEach(function (node) {
      var path = node.getAttribute("data-tx").split(".");
      node.textContent = tr(path[0], path[1]);
    });
    document.querySelectorAll("[data-tx-ph]").forEach(function (node) {
      var path = node.getAttribute("data-tx-ph").split(".");
      node.setAttribute("placeholder", tr(path[0], path[1]));
    });
  }
  function setLang(code) {
    if (!TX[code]) return;
    lang = code;
    applyTexts();
    showSubtitle();
    if (meta.titles && meta.titles[code]) {
      document.getElementById("kg-title").textContent = meta.titles[code];
      document.title = meta.titles[code];
    }
    nodes.update(N.map(function (n) { return { id: n.id, label: short(nameOf(n)), title: nodeTitle(n) }; }));
    edges.update(E.map(function (e) { return { id: e.id, title: edgeTitle(e) }; }));
    if (current && current.node !== undefined) openNode(current.node);
    else if (current && current.edge !== undefined) openEdge(current.edge);
    if (!results.hidden) showResults();
    showStatus();
    document.querySelectorAll("input[name=kg-lang]").forEach(function (r) { r.checked = r.value === code; });
  }
  document.querySelectorAll("input[name=kg-lang]").forEach(function (r) {
    r.addEventListener("change", function () { if (r.checked) setLang(r.value); });
  });

  // ---------- the page's API (used by tests and by anyone scripting the page)
  view.network = network;
  view.nodeCount = function () { return nodeView.length; };
  view.edgeCount = function () { return edgeView.length; };
  view.totalNodes = N.length;
  view.totalEdges = E.length;
  view.idOf = function (iri) { for (var i = 0; i < N.length; i++) if (N[i].u === iri) return i; return -1; };
  view.search = function (q) { return search(q).map(function (n) { return { id: n.id, label: nameOf(n) }; }); };
  view.select = selectNode;
  view.setLang = setLang;
  view.panelText = function () { return panel.hidden ? null : body.textContent; };
  view.domPosition = function (id) {
    var p = network.canvasToDOM(network.getPositions([id])[id]);
    var box = container.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  };
})();
