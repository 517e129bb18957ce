// Graph view: the neighbourhood from /api/graph drawn with the vendored cytoscape.js.
// Click (or Enter on the list below) an edge to read its evidence; click a node to open it.
// Every text from the store is put into the page with textContent, never as markup.
(function () {
  "use strict";
  var box = document.getElementById("graph");
  var info = document.getElementById("edge-info");
  var listing = document.getElementById("edge-list");
  if (!box || !window.cytoscape) { return; }
  var colours = {ORG: "#1f5fbf", PERSON: "#2e8b57", PRODUCT: "#c06014", EVENT: "#7a4fb0"};

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }
  function entityUrl(name) { return "/entity/" + encodeURIComponent(name); }

  function showFact(edge) {
    info.replaceChildren(el("p", "Loading…"));
    fetch("/api/facts/" + edge.fact_id + "?limit=5")
      .then(function (r) { return r.json(); })
      .then(function (fact) {
        var parts = [el("h2", fact.kind + ": " + [fact.subject, fact.object].filter(Boolean).join(" → "))];
        parts.push(el("p", (edge.label ? edge.label + " · " : "") + fact.modality, "mod"));
        (fact.evidence || []).forEach(function (ev) {
          var q = el("blockquote", null, "ev");
          var a = el("a", ev.sentence);
          a.href = "/document/" + encodeURIComponent(ev.document_id) + "#e" + ev.start;
          q.appendChild(a);
          q.appendChild(el("footer", (ev.published || "undated") + " · " + (ev.title || ev.source || "")));
          parts.push(q);
        });
        info.replaceChildren.apply(info, parts);
      })
      .catch(function () { info.replaceChildren(el("p", "Could not load the evidence.")); });
  }

  fetch("/api/graph/" + encodeURIComponent(box.dataset.entity) + "?depth=" + encodeURIComponent(box.dataset.depth))
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var elements = data.nodes.map(function (n) {
        return {data: {id: n.id, label: n.id, colour: colours[n.type] || "#555", root: n.root ? 1 : 0}};
      }).concat(data.edges.map(function (e) {
        return {data: {id: "f" + e.fact_id, source: e.source, target: e.target, label: e.kind, edge: e}};
      }));
      var cy = window.cytoscape({
        container: box, elements: elements, wheelSensitivity: 0.3,
        // the entity in the middle, its neighbours around it, farther ones outside
        layout: {name: "concentric", animate: false, minNodeSpacing: 28,
                 concentric: function (n) { return n.data("root") ? 2 : 1; }, levelWidth: function () { return 1; }},
        style: [
          {selector: "node", style: {"background-color": "data(colour)", "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3, "width": 18, "height": 18}},
          {selector: "node[root = 1]", style: {"width": 30, "height": 30, "border-width": 3, "border-color": "#f0a000"}},
          {selector: "edge", style: {"width": 1.5, "line-color": "#9aa3b5", "target-arrow-color": "#9aa3b5", "target-arrow-shape": "triangle", "curve-style": "bezier", "font-size": 9, "color": "#555"}},
          {selector: "edge:selected", style: {"line-color": "#f0a000", "target-arrow-color": "#f0a000", "width": 3, "label": "data(label)"}}
        ]
      });
      cy.on("tap", "edge", function (evt) { showFact(evt.target.data("edge")); });
      cy.on("tap", "node", function (evt) { window.location.href = entityUrl(evt.target.id()); });
      var notes = document.getElementById("graph-notes");
      if (notes && data.notes && data.notes.length) {  // what a read around a hub left out
        notes.textContent = data.notes.join("; ") + ".";
        notes.hidden = false;
      }
      box.dataset.nodes = String(data.nodes.length);
      box.dataset.edges = String(data.edges.length);
      data.edges.forEach(function (e) {
        var li = el("li");
        var b = el("button", e.source + " —" + e.kind + "→ " + e.target, "linkish");
        b.type = "button";
        b.addEventListener("click", function () { showFact(e); });
        li.appendChild(b);
        listing.appendChild(li);
      });
    })
    .catch(function () { box.textContent = "Could not load the graph."; });
})();
