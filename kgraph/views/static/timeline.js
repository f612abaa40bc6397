/* kgraph timeline: one city's ties, their dated steps, its events and articles on a time axis
   (vis-timeline). Draws into #kg-timeline from the JSON in #kg-timeline-data. Item and group
   contents are DOM elements built with textContent, so vis-timeline never parses a name as HTML. */
(function () {
  "use strict";
  var host = document.getElementById("kg-timeline");
  if (!host) return;
  var C = window.kgraphCommon;
  var D = JSON.parse(document.getElementById("kg-timeline-data").textContent);
  var ITEMS = D.items, meta = D.meta;
  var api = { drawn: false, firstDrawMs: null };
  window.kgraphTimeline = api;
  var started = performance.now();

  function sourceText(it) {
    if (it.g === "articles") { var a = D.articles[it.art]; return [a[1], a[2]].filter(Boolean).join(" \u00b7 "); }
    var parts = [];
    if (it.src) parts.push(C.tr("sources", it.src));
    var ev = it.ev.length ? D.evidence[it.ev[0]] : null;
    if (ev && ev[1] >= 0) parts.push(D.articles[ev[1]][0]);
    else if (it.hist && it.art >= 0) parts.push(D.articles[it.art][0]);
    return parts.join(" \u00b7 ");
  }
  function label(it) {
    if (it.g === "ties") return C.name(it) + " \u00b7 " + C.tr("ties", it.tie);
    if (it.hist) return C.name(it) + " \u00b7 " + it.hist[C.lang];
    if (it.g === "steps") return C.name(it) + " \u00b7 " + C.fmt(it.step === "registry" ? "step_registry" : "step_since", { year: it.text });
    return C.name(it);
  }
  // a history step without a date of its own stands at the date it was reported, and says so
  function when(it) { return it.hist && !it.hist.date && it.text ? C.fmt("step_reported", { date: it.text }) : it.text; }
  function content(it) {
    var box = C.el("span");
    box.appendChild(C.el("span", "kg-label", label(it).length > 60 ? label(it).slice(0, 59) + "\u2026" : label(it)));
    var src = sourceText(it);
    if (src) box.appendChild(C.el("span", "kg-src", (it.text ? when(it) + " \u00b7 " : "") + (src.length > 48 ? src.slice(0, 47) + "\u2026" : src)));
    return box;
  }
  function visItem(it) {
    var cls = it.g === "ties" ? "kg-tie-" + it.tie : it.g === "steps" ? "kg-step" : it.g === "events" ? "kg-event" : "kg-article";
    if (it.hist) cls += " kg-history kg-history-" + (it.hist.type || "unspecified") + (it.hist.date ? "" : " kg-reported");
    var v = { id: it.id, group: it.g, start: it.start, content: content(it), className: cls,
              type: it.end ? "range" : (it.g === "steps" || it.g === "articles" ? "point" : "box") };
    if (it.end) v.end = it.end;
    return v;
  }
  function visGroup(g) { return { id: g, content: C.el("span", null, C.ui("tl_" + g)) }; }

  var tlHost = C.el("div", "tl-host");
  host.appendChild(tlHost);
  var dated = ITEMS.filter(function (it) { return it.start; });
  var items = new vis.DataSet(dated.map(visItem));
  var groups = new vis.DataSet(D.groups.map(visGroup));
  var range = meta.range;
  var options = {
    stack: true, orientation: "top", zoomMin: 1000 * 60 * 60 * 24 * 30, selectable: true, multiselect: false,
    margin: { item: { horizontal: 4, vertical: 6 } }, groupOrder: function (a, b) { return D.groups.indexOf(a.id) - D.groups.indexOf(b.id); },
    tooltip: { followMouse: false }, showCurrentTime: false, locale: "en"
  };
  if (range) {
    var lo = new Date(range[0]), hi = new Date(range[1]);
    var pad = Math.max((hi - lo) * 0.12, 1000 * 60 * 60 * 24 * 365);  // box items reach past their date
    options.start = new Date(lo.getTime() - pad);
    options.end = new Date(hi.getTime() + pad);
  }
  var timeline = new vis.Timeline(tlHost, items, groups, options);

  // ---------- undated items: listed, never dropped
  var undated = ITEMS.filter(function (it) { return !it.start; });
  var undatedBox = C.el("section", "kg-undated");
  host.appendChild(undatedBox);
  function fillUndated() {
    undatedBox.textContent = "";
    if (!undated.length) return;
    undatedBox.appendChild(C.el("h2", null, C.ui("undated_items") + " (" + undated.length + ")"));
    var ul = C.el("ul", "plain");
    undated.forEach(function (it) {
      var li = C.el("li");
      li.appendChild(C.button(label(it), function () { openItem(it.id); }, "linkish"));
      li.appendChild(C.el("span", "muted", " " + C.ui("tl_" + it.g)));
      ul.appendChild(li);
    });
    undatedBox.appendChild(ul);
  }

  // ---------- the same items as a list (keyboard route, and what prints)
  var list = document.getElementById("kg-tl-list");
  function fillList() {
    if (!list) return;
    list.textContent = "";
    dated.slice().sort(function (a, b) { return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id - b.id; }).forEach(function (it) {
      if (hidden.has(it.g)) return;
      var li = C.el("li");
      li.appendChild(C.el("span", "when", when(it)));
      li.appendChild(C.button(label(it), function () { timeline.setSelection([it.id], { focus: true }); openItem(it.id); }, "linkish"));
      list.appendChild(li);
    });
  }

  // ---------- the panel
  function history(it) {  // the tie's recorded steps in one line, each a button to its item
    var box = C.el("section", "kg-history");
    box.appendChild(C.el("h3", null, C.ui("tl_steps")));
    var ol = C.el("ol", "plain kg-chain");
    it.chain.forEach(function (id) {
      var step = ITEMS[id], li = C.el("li");
      var text = step.hist["short_" + C.lang] + (step.hist.date ? " " + step.hist.date : "");
      if (id === it.id) { var cur = C.el("strong", null, text); cur.setAttribute("aria-current", "step"); li.appendChild(cur); }
      else li.appendChild(C.button(text, function () { if (step.start) timeline.setSelection([id], { focus: true }); openItem(id); }, "linkish"));
      ol.appendChild(li);
    });
    box.appendChild(ol);
    return box;
  }
  function openItem(id) {
    var it = ITEMS[id];
    C.open(function (body) {
      body.appendChild(C.el("h2", null, it.g === "articles" ? D.articles[it.art][0] : label(it)));
      var sub = [C.ui("tl_" + it.g)];
      if (it.text) sub.push(when(it) + (it.end ? " \u2013 " + it.end : ""));
      body.appendChild(C.el("div", "muted", sub.join(" \u00b7 ")));
      if (it.g === "ties" || it.g === "steps") {
        body.appendChild(C.el("div", "tags", C.name(meta) + " \u2014 " + C.name(it) + " \u00b7 " + C.tr("ties", it.tie) + " \u00b7 " + C.tr("sources", it.src)));
      }
      if (it.hist && it.hist.date && it.hist.rep) body.appendChild(C.el("div", "muted", C.fmt("step_dates", { date: it.hist.date, reported: it.hist.rep })));
      if (it.hist && it.art >= 0 && !it.ev.length) body.appendChild(C.articleLine(D, it.art));  // else each sentence names its article
      if (it.chain.length) body.appendChild(history(it));
      if (it.g === "articles") body.appendChild(C.articleLine(D, it.art));
      if (it.f.length) { body.appendChild(C.el("h3", null, C.ui("facts"))); body.appendChild(C.facts(D, it.f)); }
      if (it.g !== "articles") {
        body.appendChild(C.el("h3", null, C.ui("evidence")));
        if (it.ev.length) body.appendChild(C.evidence(D, it.ev));
        else body.appendChild(C.el("p", "muted", C.ui("no_evidence")));
      }
    });
    api.selected = id;
  }
  timeline.on("select", function (props) { if (props.items && props.items.length) openItem(props.items[0]); });

  // ---------- controls
  var hidden = new Set();
  document.querySelectorAll("input[data-filter=groups]").forEach(function (box) {
    box.addEventListener("change", function () {
      if (box.checked) hidden.delete(box.value); else hidden.add(box.value);
      groups.update({ id: box.value, visible: box.checked });
      fillList();
      showStatus();
    });
  });
  function bind(id, fn) { var b = document.getElementById(id); if (b) b.addEventListener("click", fn); }
  bind("kg-tl-in", function () { timeline.zoomIn(0.5); });
  bind("kg-tl-out", function () { timeline.zoomOut(0.5); });
  bind("kg-tl-fit", function () { timeline.fit(); });
  host.addEventListener("keydown", function (ev) {
    if (ev.target !== host) return;
    var w = timeline.getWindow(), span = w.end - w.start, handled = true;
    if (ev.key === "ArrowLeft") timeline.setWindow(w.start - span * 0.2, w.end - span * 0.2, { animation: false });
    else if (ev.key === "ArrowRight") timeline.setWindow(+w.start + span * 0.2, +w.end + span * 0.2, { animation: false });
    else if (ev.key === "+" || ev.key === "=") timeline.zoomIn(0.5);
    else if (ev.key === "-") timeline.zoomOut(0.5);
    else handled = false;
    if (handled) ev.preventDefault();
  });
  var status = document.getElementById("kg-status");
  function showStatus() {
    var shown = dated.filter(function (it) { return !hidden.has(it.g); }).length;
    if (status) status.textContent = C.fmt("tl_status", { items: shown, undated: undated.length });
    api.shownItems = shown;
  }
  C.onLang(function () {
    items.update(dated.map(function (it) { return { id: it.id, content: content(it) }; }));
    groups.update(D.groups.map(visGroup));
    fillUndated();
    fillList();
    showStatus();
  });
  timeline.once("changed", function () {
    api.firstDrawMs = performance.now() - started;
    api.drawn = true;
    document.body.setAttribute("data-timeline-drawn", "1");
  });
  fillUndated();
  fillList();
  showStatus();

  // ---------- API (tests and scripting)
  api.timeline = timeline;
  api.itemCount = dated.length;
  api.undatedCount = undated.length;
  api.open = openItem;
  api.itemIds = function (group) { return ITEMS.filter(function (it) { return it.g === group; }).map(function (it) { return it.id; }); };
  api.itemOf = function (iri, group) {
    for (var i = 0; i < ITEMS.length; i++) if (ITEMS[i].other === iri && (!group || ITEMS[i].g === group)) return i;
    return -1;
  };
  api.visibleItems = function () { return timeline.getVisibleItems().length; };
})();
