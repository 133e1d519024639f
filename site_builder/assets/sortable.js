// Sortable tables: each header of a `.sb-sortable` table becomes a button that sorts by that
// column (a cell's `data-sort` value when it has one, e.g. an ISO date behind "tháng 01 năm 2025").
(function () {
  "use strict";
  var collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });

  function key(row, column) {
    var cell = row.cells[column];
    if (!cell) return "";
    var marked = cell.querySelector("[data-sort]");
    return marked ? marked.getAttribute("data-sort") : cell.textContent.trim();
  }

  function enhance(table) {
    var head = table.tHead && table.tHead.rows[0];
    var body = table.tBodies[0];
    if (!head || !body) return;
    Array.prototype.forEach.call(head.cells, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sb-sort";
      button.textContent = th.textContent;
      button.title = "Sắp xếp theo cột này";
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(head.cells, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var order = collator.compare(key(a, column), key(b, column));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function init() {
    document.querySelectorAll(".sb-sortable table").forEach(function (table) {
      if (!table.hasAttribute("data-sb-sortable")) {
        table.setAttribute("data-sb-sortable", "");
        enhance(table);
      }
    });
  }

  // Material's instant navigation swaps pages without a reload; document$ announces each page.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
