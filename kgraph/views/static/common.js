/* kgraph map, timeline and dossier: shared helpers (texts, ko/en switch, evidence, side panel).
   Data from the graph only ever becomes text (textContent, SVG text nodes): never markup. */
(function () {
  "use strict";
  var common = JSON.parse(document.getElementById("kg-common").textContent);
  var TX = common.texts, ST = common.styles, meta = common.meta;
  var own = Object.prototype.hasOwnProperty;
  var listeners = [];
  var C = { lang: meta.lang, TX: TX, ST: ST, meta: meta };
  window.kgraphCommon = C;

  C.tr = function (table, key) { var t = TX[C.lang][table]; return t && own.call(t, key) ? t[key] : key; };
  C.ui = function (key) { return C.tr("ui", key); };
  C.el = function (tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  };
  C.svg = function (tag, attrs) {
    var e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  };
  C.fold = function (s) { return s.normalize("NFKD").replace(/\p{Mn}/gu, "").normalize("NFC").toLowerCase(); };
  C.name = function (o) { return C.lang === "ko" ? o.ko : o.en; };
  C.other = function (o) { return C.lang === "ko" ? o.en : o.ko; };
  C.isWeb = function (url) { return typeof url === "string" && /^https?:\/\//i.test(url); };
  C.link = function (url, text) {
    if (!C.isWeb(url)) return C.el("span", null, text);
    var a = C.el("a", null, text);
    a.href = url;  // an http(s) address only: never javascript: or data:
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  };
  C.button = function (text, onClick, cls) {
    var b = C.el("button", cls || "linkish inline", text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  };
  C.fmt = function (key, values) {
    return C.ui(key).replace(/\{(\w+)\}/g, function (m, k) { return own.call(values, k) ? String(values[k]) : m; });
  };

  // ---------- evidence: [sentence, article id, start, end]; articles: [headline, publisher, date, url, node]
  C.articleLine = function (data, ai) {
    var a = data.articles[ai];
    var line = C.el("div", "src");
    line.appendChild(C.el("span", null, C.ui("article") + ": "));
    line.appendChild(C.el("span", "headline", a[0]));
    var more = [a[1], a[2]].filter(function (x) { return x; });
    if (more.length) line.appendChild(C.el("span", null, " \u00b7 " + more.join(" \u00b7 ")));
    if (C.isWeb(a[3])) {
      line.appendChild(C.el("span", null, " \u00b7 "));
      var out = C.link(a[3], C.ui("open_article"));
      out.title = a[3];
      line.appendChild(out);
    }
    return line;
  };
  C.evidence = function (data, ids) {
    var box = document.createDocumentFragment();
    ids.forEach(function (i) {
      var ev = data.evidence[i];
      var fig = C.el("figure", "evidence");
      fig.appendChild(C.el("blockquote", null, ev[0] ? ev[0] : C.ui("no_sentence")));
      if (ev[1] >= 0) fig.appendChild(C.articleLine(data, ev[1]));
      if (ev[2] !== null && ev[2] !== undefined) {
        fig.appendChild(C.el("div", "src", C.ui("chars") + " " + ev[2] + "\u2013" + (ev[3] === null ? "" : ev[3])));
      }
      box.appendChild(fig);
    });
    return box;
  };
  C.facts = function (data, facts) {  // [property, value, language, kind, evidence]
    var dl = C.el("dl"), last = null;
    facts.forEach(function (f) {
      if (f[0] !== last) { dl.appendChild(C.el("dt", null, C.tr("props", f[0]))); last = f[0]; }
      var dd = C.el("dd");
      if (f[3] === "a") dd.appendChild(C.articleLine(data, f[1]));
      else if (f[3] === "u") dd.appendChild(C.link(f[1], f[1]));
      else if (f[3] === "tie") dd.appendChild(C.el("span", null, C.tr("ties", f[1])));
      else dd.appendChild(C.el("span", null, f[1]));
      if (f[2]) dd.appendChild(C.el("span", "lang", f[2]));
      if (f[4].length) dd.appendChild(C.evidence(data, f[4]));
      dl.appendChild(dd);
    });
    return dl;
  };

  // ---------- side panel: one per page; a view fills it with a builder function
  var panel = document.getElementById("kg-panel"), body = document.getElementById("kg-panel-body");
  var current = null;
  C.open = function (build) {
    if (!panel) return;
    current = build;
    body.textContent = "";
    build(body);
    panel.hidden = false;
    panel.scrollTop = 0;
  };
  C.close = function () { if (panel) { panel.hidden = true; current = null; } };
  C.panelText = function () { return panel && !panel.hidden ? body.textContent : null; };
  var closer = document.getElementById("kg-close");
  if (closer) closer.addEventListener("click", C.close);
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && panel && !panel.hidden) C.close();
  });

  // ---------- ko/en switch
  C.onLang = function (fn) { listeners.push(fn); };
  C.setLang = function (code) {
    if (!TX[code]) return;
    C.lang = code;
    document.documentElement.lang = code;
    document.querySelectorAll("[data-tx]").forEach(function (node) {
      var path = node.getAttribute("data-tx").split(".");
      node.textContent = C.tr(path[0], path[1]);
    });
    document.querySelectorAll("[data-tx-ph]").forEach(function (node) {
      var path = node.getAttribute("data-tx-ph").split(".");
      node.setAttribute("placeholder", C.tr(path[0], path[1]));
    });
    document.querySelectorAll("[data-tx-label]").forEach(function (node) {
      var path = node.getAttribute("data-tx-label").split(".");
      node.setAttribute("aria-label", C.tr(path[0], path[1]));
    });
    document.querySelectorAll("[data-ko]").forEach(function (node) {
      node.textContent = node.getAttribute(code === "ko" ? "data-ko" : "data-en");
    });
    if (meta.titles && meta.titles[code]) {
      var h = document.getElementById("kg-title");
      if (h) h.textContent = meta.titles[code];
      document.title = meta.titles[code];
    }
    listeners.forEach(function (fn) { fn(code); });
    if (current) C.open(current);
    document.querySelectorAll("input[name=kg-lang]").forEach(function (r) { r.checked = r.value === code; });
  };
  document.querySelectorAll("input[name=kg-lang]").forEach(function (r) {
    r.addEventListener("change", function () { if (r.checked) C.setLang(r.value); });
  });
})();
