/* kgraph's query page: YASGUI on this server's /sparql, the named queries as examples.
   Loaded from the server itself (the page's CSP allows no inline script and no other origin). */
(function () {
  "use strict";
  var examples = JSON.parse(document.getElementById("kgraph-examples").textContent);
  var endpoint = new URL("sparql", document.baseURI).href;
  var byName = {};
  examples.forEach(function (ex) { byName[ex.name] = ex; });
  document.getElementById("endpoint").textContent = endpoint;

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    populateFromUrl: false,
    persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { value: examples.length ? examples[0].sparql : "SELECT * WHERE { ?s ?p ?o } LIMIT 10" }
  });
  window.kgraphYasgui = yasgui;

  function run(name) {
    var ex = byName[name];
    if (!ex) { return; }
    var tab = yasgui.getTab();
    tab.setEndpoint(endpoint);
    tab.setName(name);
    tab.setQuery(ex.sparql);
    tab.getYasqe().query();
  }

  Array.prototype.forEach.call(document.querySelectorAll("button.example"), function (button) {
    button.addEventListener("click", function () { run(button.getAttribute("data-name")); });
  });
}());
