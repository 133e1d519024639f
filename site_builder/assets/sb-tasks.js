// "Hạn sắp tới và quá hạn" (templates/deadlines.html): filter the task tables by place and by lead
// unit, in the browser. Without JavaScript there is no form; the per-place and per-unit pages give
// the same lists. Columns: 0 task, 1 lead units ("; "), 2 deadline, 3 status, 4 plan, 5 place.
(function () {
  "use strict";
  var tables = document.querySelectorAll(".sb-task-list table");
  if (!tables.length) return;
  function text(row, i) { return row.cells[i] ? row.cells[i].textContent.trim() : ""; }
  function units(row) { return text(row, 1).split(";").map(function (u) { return u.trim(); }).filter(Boolean); }
  var rows = [], places = {}, leads = {};
  tables.forEach(function (table) {
    Array.prototype.forEach.call(table.tBodies[0] ? table.tBodies[0].rows : [], function (row) {
      rows.push(row);
      places[text(row, 5)] = true;
      units(row).forEach(function (u) { if (u !== "—") leads[u] = true; });
    });
  });
  function select(label, name, values) {
    var wrap = document.createElement("label"), box = document.createElement("select");
    wrap.textContent = label + " ";
    box.name = name;
    box.add(new Option("Tất cả", ""));
    Object.keys(values).sort(function (a, b) { return a.localeCompare(b, "vi"); })
      .forEach(function (v) { box.add(new Option(v, v)); });
    wrap.appendChild(box);
    return wrap;
  }
  var form = document.createElement("form");
  form.className = "sb-task-filter";
  form.setAttribute("role", "search");
  form.setAttribute("aria-label", "Lọc nhiệm vụ");
  form.appendChild(select("Địa bàn", "place", places));
  form.appendChild(select("Đơn vị chủ trì", "unit", leads));
  var status = document.createElement("span");
  status.setAttribute("role", "status");
  form.appendChild(status);
  var first = document.querySelector(".sb-task-list");
  var heading = first.previousElementSibling;
  while (heading && !/^H2$/.test(heading.tagName)) heading = heading.previousElementSibling;
  (heading || first).parentNode.insertBefore(form, heading || first);
  var params = new URLSearchParams(location.search);
  ["place", "unit"].forEach(function (n) { if (params.get(n)) form.elements[n].value = params.get(n); });
  function apply() {
    var place = form.elements.place.value, unit = form.elements.unit.value, shown = 0;
    rows.forEach(function (row) {
      var ok = (!place || text(row, 5) === place) && (!unit || units(row).indexOf(unit) >= 0);
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    status.textContent = place || unit ? "Đang hiện " + shown + "/" + rows.length + " việc." : "";
    var query = new URLSearchParams();
    if (place) query.set("place", place);
    if (unit) query.set("unit", unit);
    history.replaceState(null, "", location.pathname + (query.toString() ? "?" + query : "") + location.hash);
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
})();
