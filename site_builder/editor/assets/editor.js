/* The plans' file format for Decap CMS: front-matter as officials write it by hand (every text in double
   quotes, a full date plain, lists one item a line, keys in the field table's order, from data-key-order), and, when an existing
   plan is saved, every front-matter key whose value did not change written back exactly as it was, so that
   editing one field changes one line of the file. Registered before Decap reads config.yml. */
(function () {
  "use strict";
  var script = document.currentScript;
  var DATE_FIELDS = (script && script.dataset.dateFields || "").split(",").filter(Boolean);
  var ORDER = JSON.parse(script && script.dataset.keyOrder || "{}"); // path → the field table's key order
  var UNIONS = JSON.parse(script && script.dataset.unions || '{"list":[],"short":[]}');
  var FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
  var KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):/;
  var originals = []; // front-matter of each file read: key order and each key's text, by value

  function load(text) {
    return jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }); // dates stay text, as the checker reads them
  }

  // The form's shape of a value the file may write two ways: one text where the form has a list (a
  // list of one), a deadline's group {repeat, by} where the form has a text box (its short text, which
  // the checker reads the same). A group with from/until has no short text and is left as it is.
  function formShape(value, path) {
    if (Array.isArray(value)) return value.map(function (item) { return formShape(item, path); });
    if (UNIONS.short.indexOf(path) >= 0 && value && typeof value === "object" && !("from" in value) && !("until" in value)) {
      return (value.by ? "trước ngày " + value.by + " " : "") + value.repeat;
    }
    if (UNIONS.list.indexOf(path) >= 0 && typeof value === "string") return [value];
    if (value && typeof value === "object" && !(value instanceof Date)) {
      var out = {};
      Object.keys(value).forEach(function (k) { out[k] = formShape(value[k], path ? path + "." + k : k); });
      return out;
    }
    return value;
  }

  function split(content) {
    var m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(content);
    if (!m) return { front: "", body: content, gap: "\n" };
    var rest = content.slice(m[0].length), gap = /^\r?\n/.test(rest) ? "\n" : "";
    return { front: m[1], body: rest.replace(/^\r?\n/, ""), gap: gap };
  }

  function blocks(front) {
    var found = { order: [], text: {} }, key = null, lines = [];
    function close() {
      if (key === null) return;
      var text = lines.join("\n");
      try { found.text[key] = { json: JSON.stringify(formShape(load(text), "")[key]), text: text }; } catch (e) { /* rewritten */ }
    }
    front.split(/\r?\n/).forEach(function (line) {
      var m = KEY_LINE.exec(line);
      if (m) { close(); key = m[1]; lines = [line]; found.order.push(key); }
      else if (key !== null) lines.push(line);
    });
    close();
    return found;
  }

  function empty(value) {
    if (value === null || value === undefined || value === "") return true;
    if (Array.isArray(value)) return value.length === 0;
    if (typeof value === "object") return Object.keys(value).length === 0;
    return false;
  }

  function clean(value) {
    if (Array.isArray(value)) return value.map(clean).filter(function (v) { return !empty(v); });
    if (value && typeof value === "object") {
      var out = {};
      Object.keys(value).forEach(function (k) { var v = clean(value[k]); if (!empty(v)) out[k] = v; });
      return out;
    }
    return typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value;
  }

  function scalar(key, value) {
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    var text = String(value);
    if (DATE_FIELDS.indexOf(key) >= 0 && FULL_DATE.test(text)) return text;
    return JSON.stringify(text); // a JSON string is a valid YAML double-quoted scalar
  }

  function ordered(keys, path) {
    var order = ORDER[path] || [];
    return keys.slice().sort(function (a, b) {
      var i = order.indexOf(a), j = order.indexOf(b);
      return (i < 0 ? order.length : i) - (j < 0 ? order.length : j);
    });
  }

  function emit(key, value, indent, path) {
    var pad = new Array(indent + 1).join(" ");
    if (Array.isArray(value)) {
      var lines = [pad + key + ":"];
      value.forEach(function (item) {
        if (item && typeof item === "object") {
          var inner = ordered(Object.keys(item), path).map(function (k) { return emit(k, item[k], indent + 4, path + "." + k); }).join("\n");
          lines.push(pad + "  - " + inner.slice(indent + 4));
        } else {
          lines.push(pad + "  - " + scalar(key, item));
        }
      });
      return lines.join("\n");
    }
    if (value && typeof value === "object") {
      return [pad + key + ":"].concat(ordered(Object.keys(value), path).map(function (k) { return emit(k, value[k], indent + 2, path + "." + k); })).join("\n");
    }
    return pad + key + ": " + scalar(key, value);
  }

  // The file being saved is the one read with the same text, or with all keys but one the same (the
  // form changed one field); a new plan matches none and is written in the field table's order.
  function closest(data, body) {
    var best = null, bestScore = 0;
    originals.forEach(function (o) {
      var keys = Object.keys(o.text), score = 0;
      keys.forEach(function (k) { if (o.text[k].json === JSON.stringify(data[k])) score += 1; });
      if (o.body !== body && score < keys.length - 1) return;
      if (score > bestScore) { best = o; bestScore = score; }
    });
    return best;
  }

  window.sbPlanFormat = {
    fromFile: function (content) {
      var parts = split(content);
      var data = formShape(parts.front.trim() ? load(parts.front) || {} : {}, "");
      var read = blocks(parts.front);
      read.body = parts.body;
      read.gap = parts.gap; // a blank line after the front-matter, or none: kept as the file had it
      originals.push(read);
      data.body = parts.body;
      return data;
    },
    toFile: function (data) {
      var body = typeof data.body === "string" ? data.body : "";
      var values = {};
      Object.keys(data).forEach(function (k) { if (k !== "body") { var v = clean(data[k]); if (!empty(v)) values[k] = v; } });
      var original = closest(values, body);
      var order = (original ? original.order : []).concat(ordered(Object.keys(values), ""));
      var seen = {}, lines = [];
      order.forEach(function (k) {
        if (seen[k] || !(k in values)) return;
        seen[k] = true;
        var kept = original && original.text[k];
        lines.push(kept && kept.json === JSON.stringify(values[k]) ? kept.text : emit(k, values[k], 0, k));
      });
      body = body.replace(/\r\n?/g, "\n");
      if (body && !/\n$/.test(body)) body += "\n";
      return "---\n" + lines.join("\n") + "\n---\n" + (original ? original.gap : "\n") + body;
    },
  };
  if (window.CMS) window.CMS.registerCustomFormat("ke-hoach-md", "md", window.sbPlanFormat);
})();
