// Search UI over Pagefind: the header box on every page and the search page with filters.
// Pagefind is loaded from this site's own pagefind/ folder, and only once a visitor starts to
// search (many readers are on slow phone networks). The index is written by site_builder.search.

const TEXT = {
  searching: "Đang tìm…",
  none: "Không tìm thấy kế hoạch nào.",
  count: (n) => `Tìm thấy ${n} kế hoạch.`,
  failed: "Chưa tải được chức năng tìm kiếm. Hãy tải lại trang và thử lại.",
  prompt: "Nhập từ khóa hoặc chọn một bộ lọc.",
  all: "Tất cả",
  noNumber: "chưa có số",
  noDate: "chưa rõ ngày ban hành",
};
const EXCERPT_WORDS = 30;
const HEADER_RESULTS = 6;
const PAGE_SIZE = 20;
const DELAY_MS = 150;

// ---- Vietnamese text --------------------------------------------------------------------

// Queries arrive NFD from some keyboards; the index is NFC. Spaces typed inside a document
// number ("33 / CT-TTg") would split it into words that Pagefind no longer joins.
export function normaliseQuery(text) {
  return (text || "")
    .normalize("NFC")
    .replace(/([\p{L}\p{N}])\s*([\/-])\s*(?=[\p{L}\p{N}])/gu, "$1$2")
    .replace(/\s+/g, " ")
    .trim();
}

// For highlighting only: no marks, đ→d, lower case, letters and digits, so "Đảng," ~ "dang"
// and "33-CT/TTg" ~ "33/ct-ttg", as Pagefind matches them.
export function fold(text) {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

function queryTerms(query) {
  return query ? query.split(" ").map(fold).filter(Boolean) : [];
}

// ---- Pagefind ---------------------------------------------------------------------------

const loaded = new Map();

function loadPagefind(root) {
  const script = new URL(root.dataset.pagefind, document.baseURI);
  if (!loaded.has(script.href)) {
    const promise = (async () => {
      const pagefind = await import(script.href);
      // Result URLs are site-relative; the site may live below a path (e.g. /tinh-a/).
      await pagefind.options({ baseUrl: new URL("../", script).pathname, excerptLength: EXCERPT_WORDS });
      for (const other of (root.dataset.merge || "").split(/\s+/).filter(Boolean)) {
        const bundle = new URL(other, document.baseURI);
        await pagefind.mergeIndex(bundle.href, { baseUrl: new URL("../", bundle).pathname });
      }
      return pagefind;
    })();
    promise.catch(() => loaded.delete(script.href)); // let a later attempt retry
    loaded.set(script.href, promise);
  }
  return loaded.get(script.href);
}

// ---- Results ----------------------------------------------------------------------------

// Excerpts are built here from the article text rather than taken from Pagefind: a word found
// only through the đ-folded copy (or the hidden metadata words) sits after the text, and
// Pagefind would show those hidden words. "sb_tail" says how many trailing words they are.
export function excerptParts(content, tail, terms) {
  const words = content.split(/\s+/).filter(Boolean);
  const body = tail > 0 && tail < words.length ? words.slice(0, words.length - tail) : words;
  const hits = body.map((word) => {
    const folded = fold(word);
    return folded !== "" && terms.some((term) => folded.startsWith(term));
  });
  let start = 0;
  let best = 0;
  let count = 0;
  for (let i = 0; i < body.length; i++) {
    count += hits[i] ? 1 : 0;
    if (i >= EXCERPT_WORDS) count -= hits[i - EXCERPT_WORDS] ? 1 : 0;
    if (count > best) {
      best = count;
      start = Math.max(0, i - EXCERPT_WORDS + 1);
    }
  }
  const first = hits.indexOf(true, start);
  if (first > start + 5) start = Math.min(first - 5, Math.max(0, body.length - EXCERPT_WORDS));
  const end = Math.min(body.length, start + EXCERPT_WORDS);
  const parts = body.slice(start, end).map((word, i) => ({ word, hit: hits[start + i] }));
  return { parts, before: start > 0, after: end < body.length };
}

function excerptNode(data, terms) {
  const p = document.createElement("p");
  p.className = "sb-result__excerpt";
  const { parts, before, after } = excerptParts(data.content || "", parseInt(data.meta.sb_tail, 10) || 0, terms);
  if (before) p.append("… ");
  parts.forEach(({ word, hit }, i) => {
    if (i > 0) p.append(" ");
    if (hit) {
      const mark = document.createElement("mark");
      mark.textContent = word;
      p.append(mark);
    } else {
      p.append(word);
    }
  });
  if (after) p.append(" …");
  return p;
}

function metaLine(meta) {
  const type = meta.type || "Văn bản";
  const number = meta.number && meta.number !== "Chưa có số" ? `${type} số ${meta.number}` : `${type} (${TEXT.noNumber})`;
  const issued = meta.issued && meta.issued !== "Chưa rõ" ? meta.issued : TEXT.noDate;
  return [number, meta.issuer, issued].filter(Boolean).join(" · ");
}

function resultItem(data, terms) {
  const li = document.createElement("li");
  li.className = "sb-result";
  const link = document.createElement("a");
  link.className = "sb-result__title";
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  const meta = document.createElement("p");
  meta.className = "sb-result__meta";
  meta.textContent = metaLine(data.meta);
  li.append(link, meta, excerptNode(data, terms));
  return li;
}

// ---- Keyboard: arrows move between the box and the result links, Escape goes back --------

function arrowNavigation(container, input, onEscape) {
  container.addEventListener("keydown", (event) => {
    const links = [...container.querySelectorAll("a[href]")].filter((a) => a.offsetParent !== null);
    const at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && links.length) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : links[at - 1]).focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      onEscape();
    }
  });
}

function focusOnSlash(input) {
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    const typing = target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey && input.offsetParent !== null) {
      event.preventDefault();
      input.focus();
    }
  });
}

// ---- The header box ---------------------------------------------------------------------

function setupHeader(form) {
  const input = form.querySelector("input[name=q]");
  const panel = form.querySelector(".sb-search__panel");
  const status = panel.querySelector(".sb-search__status");
  const list = panel.querySelector(".sb-results");
  const more = panel.querySelector(".sb-search__more");
  const searchPage = new URL(form.getAttribute("action"), document.baseURI);
  let serial = 0;
  let timer = null;

  const close = () => {
    panel.hidden = true;
    input.setAttribute("aria-expanded", "false");
  };
  const open = () => {
    panel.hidden = false;
    input.setAttribute("aria-expanded", "true");
  };

  async function update() {
    const query = normaliseQuery(input.value);
    const mine = ++serial;
    if (!query) return close();
    open();
    status.textContent = TEXT.searching;
    try {
      const pagefind = await loadPagefind(form);
      const search = await pagefind.search(query);
      const shown = await Promise.all(search.results.slice(0, HEADER_RESULTS).map((r) => r.data()));
      if (mine !== serial) return; // a newer query is on its way
      const terms = queryTerms(query);
      list.replaceChildren(...shown.map((data) => resultItem(data, terms)));
      status.textContent = search.results.length ? TEXT.count(search.results.length) : TEXT.none;
      const url = new URL(searchPage);
      url.searchParams.set("q", query);
      more.href = url.href;
      more.hidden = search.results.length === 0;
    } catch (error) {
      if (mine === serial) status.textContent = TEXT.failed;
      console.error(error);
    }
  }

  input.setAttribute("aria-expanded", "false");
  input.addEventListener("focus", () => loadPagefind(form).catch(() => {}), { once: true });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(update, DELAY_MS);
  });
  arrowNavigation(form, input, () => {
    input.focus(); // first: focusing the box reopens the panel when it holds a query
    close();
  });
  // Tabbing away closes the panel; a click elsewhere too. (Not every focusout: some browsers
  // do not focus a clicked link, and closing first would swallow the click.)
  form.addEventListener("focusout", (event) => {
    if (event.relatedTarget && !form.contains(event.relatedTarget)) close();
  });
  document.addEventListener("pointerdown", (event) => {
    if (!form.contains(event.target)) close();
  });
  input.addEventListener("focus", () => {
    if (normaliseQuery(input.value) && list.children.length) open();
  });
  focusOnSlash(input);
}

// ---- The search page --------------------------------------------------------------------

async function setupPage(root) {
  const form = root.querySelector("form");
  const input = form.querySelector("input[name=q]");
  const selects = [...form.querySelectorAll("select[data-filter]")];
  const status = root.querySelector(".sb-search__status");
  const list = root.querySelector(".sb-results");
  const moreButton = root.querySelector(".sb-search-page__more");
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  let serial = 0;
  let timer = null;
  let pending = [];
  let terms = [];

  status.textContent = TEXT.searching;
  let pagefind;
  let available;
  try {
    pagefind = await loadPagefind(root);
    available = await pagefind.filters();
  } catch (error) {
    status.textContent = TEXT.failed;
    console.error(error);
    return;
  }
  const collator = new Intl.Collator("vi");
  for (const select of selects) {
    const values = Object.keys(available[select.dataset.filter] || {});
    values.sort(select.dataset.filter === "year" ? (a, b) => collator.compare(b, a) : collator.compare);
    for (const value of values) select.add(new Option(value, value));
    select.closest("[data-filter-box]").hidden = values.length === 0;
    const wanted = params.get(select.name);
    if (wanted && values.includes(wanted)) select.value = wanted;
  }

  function showCounts(counts) {
    for (const select of selects) {
      const known = counts[select.dataset.filter] || {};
      for (const option of select.options) {
        if (option.value) option.textContent = `${option.value} (${known[option.value] || 0})`;
      }
    }
  }

  async function showMore() {
    const batch = pending.splice(0, PAGE_SIZE);
    const serialAtStart = serial;
    const datas = await Promise.all(batch.map((r) => r.data()));
    if (serialAtStart !== serial) return;
    list.append(...datas.map((data) => resultItem(data, terms)));
    moreButton.hidden = pending.length === 0;
  }

  async function run() {
    const query = normaliseQuery(input.value);
    const filters = {};
    const url = new URL(location.href);
    url.search = "";
    if (query) url.searchParams.set("q", query);
    for (const select of selects) {
      if (select.value) {
        filters[select.dataset.filter] = select.value;
        url.searchParams.set(select.name, select.value);
      }
    }
    history.replaceState(null, "", url);
    const mine = ++serial;
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      moreButton.hidden = true;
      status.textContent = TEXT.prompt;
      showCounts(available);
      return;
    }
    status.textContent = TEXT.searching;
    // Without a query there is no relevance to rank by: newest first.
    const options = query ? { filters } : { filters, sort: { date: "desc" } };
    const search = await pagefind.search(query || null, options);
    if (mine !== serial) return;
    terms = queryTerms(query);
    pending = [...search.results];
    list.replaceChildren();
    showCounts(search.filters || {});
    await showMore();
    // Announced (and, for tests, "done") only once the first results are on the page.
    if (mine === serial) status.textContent = search.results.length ? TEXT.count(search.results.length) : TEXT.none;
  }

  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(run, DELAY_MS);
  };
  input.addEventListener("input", later);
  for (const select of selects) select.addEventListener("change", run);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  form.addEventListener("reset", () => setTimeout(() => {
    input.focus();
    run();
  }));
  moreButton.addEventListener("click", showMore);
  arrowNavigation(list, input, () => input.focus());
  await run();
  if (!input.value) input.focus();
}

for (const form of document.querySelectorAll("[data-sb-search=header]")) setupHeader(form);
for (const root of document.querySelectorAll("[data-sb-search=page]")) setupPage(root);
