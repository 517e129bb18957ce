// Type-ahead: fill each search field's datalist from /api/entities as the user types.
// No inline script anywhere: the page's Content-Security-Policy forbids it.
(function () {
  "use strict";
  function debounce(fn, ms) {
    var t;
    return function () { var args = arguments; clearTimeout(t); t = setTimeout(function () { fn.apply(null, args); }, ms); };
  }
  function attach(input) {
    var list = document.getElementById(input.getAttribute("data-typeahead"));
    if (!list) { return; }
    if (!input.getAttribute("list")) { input.setAttribute("list", list.id); }
    var last = "";
    input.addEventListener("input", debounce(function () {
      var q = input.value.trim();
      if (q.length < 2 || q === last) { return; }
      last = q;
      fetch("/api/entities?limit=10&q=" + encodeURIComponent(q), {headers: {"Accept": "application/json"}})
        .then(function (r) { return r.ok ? r.json() : {entities: [], suggestions: []}; })
        .then(function (data) {
          var names = data.entities.map(function (e) { return e.name; }).concat(data.suggestions);
          list.replaceChildren.apply(list, names.map(function (name) {
            var option = document.createElement("option");
            option.value = name;  // set as a property: never parsed as markup
            return option;
          }));
        })
        .catch(function () {});
    }, 150));
  }
  document.querySelectorAll("input[data-typeahead]").forEach(attach);
})();
