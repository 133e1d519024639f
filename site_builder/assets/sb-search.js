// Search UI over Pagefind: the header box on every page and the search page with filters.
// Pagefind is loaded from this site's own pagefind/ folder, and only once a visitor starts to
// search (many readers are on slow phone networks). The index is in bundles (site_builder.search_bundles,
// listed in pagefind/bundles.json): the newest plans answer first, older ones follow below them.

const TEXT = {
  searching: "Đang tìm…",
  none: "Không tìm thấy kế hoạch nào.",
  count: (n) => `Tìm thấy ${n} kết quả.`,
  plans: (plans, documents) => `Tìm thấy ${plans} kế hoạch` + (documents ? ` và ${documents} văn bản được trích dẫn.` : "."),
  countSoFar: (n) => `Đã có ${n} kết quả mới nhất; đang tìm tiếp trong các năm trước…`,
  older: "Kết quả cũ hơn",
  failed: "Chưa tải được chức năng tìm kiếm. Hãy tải lại trang và thử lại.",
  prompt: "Nhập từ khóa hoặc chọn một bộ lọc.",
  all: "Tất cả",
  noNumber: "chưa có số",
  noDate: "chưa rõ ngày ban hành",
  member: (name) => `Tìm trong toàn văn các kế hoạch trên trang ${name}.`,
  memberFailed: (name) => `Chưa tải được chỉ mục toàn văn của ${name}: kết quả chỉ tìm trong tên, số và cơ quan ban hành của kế hoạch.`,
  filters: "Bộ lọc",
  filtersActive: (n) => `Bộ lọc (${n} đang dùng)`,
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

// A search index: the bundles searched first (the cited documents and the newest plans, merged in one
// Pagefind instance) and, made only when a search needs them, the older bundles merged into a second.
const loaded = new Map();

async function bundlesOf(folder) {
  const listing = new URL("bundles.json", folder);
  const response = await fetch(listing);
  if (!response.ok) return [{ url: folder.href, first: true, years: [], undated: true }]; // an index in one bundle
  const { bundles } = await response.json();
  return bundles.map((b) => ({ ...b, url: new URL(`${b.id}/`, folder).href }));
}

function loadPagefind(root) {
  const merged = (root.dataset.merge || "").split(/\s+/).filter(Boolean).map((u) => new URL(u, document.baseURI));
  return loadIndex(new URL(root.dataset.pagefind, document.baseURI), merged);
}

// The index in `folder` (with the sites of `merged`); `moduleFrom` is a bundle of this site whose
// pagefind.js runs it, when `folder` is another site's (a portal's member: only its data is fetched).
function loadIndex(folder, merged = [], moduleFrom = null) {
  const key = [folder.href, ...merged.map((u) => u.href)].join(" ");
  if (!loaded.has(key)) {
    const promise = (async () => {
      // Other sites searched too (extra.search_merge): their newest bundle is ranked with ours,
      // their older ones with our older ones.
      const sites = [folder, ...merged];
      const listed = await Promise.all(sites.map(async (site) => {
        // Result URLs are site-relative; a site may live below a path (e.g. /tinh-a/), or elsewhere.
        const root = new URL("../", site);
        const baseUrl = root.origin === location.origin ? root.pathname : root.href;
        return (await bundlesOf(site)).map((bundle) => ({ ...bundle, baseUrl }));
      }));
      // Each site's first bundle is searched first; a site whose first bundle indexed nothing (it is
      // then not listed) has its older bundles searched first instead.
      const firsts = listed.map((site) => site.find((b) => b.first) || site[0]).filter(Boolean);
      const older = listed.flatMap((site) => site.filter((b) => !firsts.includes(b)));
      if (firsts.length === 0) return { firsts, first: NOTHING, rest: null, older: async () => null };
      const module = await import(new URL("pagefind.js", moduleFrom || firsts[0].url).href);
      const make = (bundle) => oneAtATime(module.createInstance({ basePath: bundle.url, baseUrl: bundle.baseUrl, excerptLength: EXCERPT_WORDS }));
      const first = make(firsts[0]);
      for (const bundle of firsts.slice(1)) await first.mergeIndex(bundle.url, { baseUrl: bundle.baseUrl });
      const index = { firsts: listed[0].filter((b) => firsts.includes(b)), first, rest: null };
      index.older = () => {
        index.rest ??= (async () => {
          if (older.length === 0) return null;
          // Pagefind's instances share one WebAssembly module in its worker; two loading it at once
          // would each start it, and the first's index would point into a module no longer used.
          await first.filters();
          const instance = make(older[0]);
          for (const bundle of older.slice(1)) await instance.mergeIndex(bundle.url, { baseUrl: bundle.baseUrl });
          return instance;
        })();
        return index.rest;
      };
      return index;
    })();
    promise.catch(() => loaded.delete(key)); // let a later attempt retry
    loaded.set(key, promise);
  }
  return loaded.get(key);
}

// A portal (site_builder.portal_search) indexes a short record of each member plan; the full text of
// one province is its member site's own index, listed in pagefind/members.json. Elsewhere: none.
async function membersOf(root) {
  try {
    const response = await fetch(new URL("members.json", new URL(root.dataset.pagefind, document.baseURI)));
    return response.ok ? (await response.json()).members : [];
  } catch {
    return [];
  }
}

// Pagefind's instance hands its index from call to call inside its WebAssembly module: two calls on
// one instance at once (a fast typist's searches) could use it twice. Each waits for the last.
function oneAtATime(instance) {
  let last = Promise.resolve();
  const queued = (method) => (...args) => {
    const call = last.then(() => instance[method](...args));
    last = call.catch(() => {});
    return call;
  };
  return { search: queued("search"), filters: queued("filters"), options: queued("options"), mergeIndex: queued("mergeIndex") };
}

// A site with nothing indexed: every search finds nothing.
const NOTHING = { search: async () => ({ results: [], filters: {} }), filters: async () => ({}) };

// Whether the bundles searched first can hold results for these filters (a year filter names its years).
function firstMayMatch(index, filters) {
  const year = filters.year;
  if (!year) return true;
  if (!/^\d+$/.test(year)) return index.firsts.some((b) => b.undated);
  return index.firsts.some((b) => (b.years || []).includes(Number(year)));
}

// How many results are plans, on the search page. Every plan has a type filter
// (partials/search-record.html) and no page of a cited document has one, so with no filter chosen the
// type counts of a search add up to its plans; with a filter chosen only plans match. Pagefind counts
// only with the filter files loaded: the search page loads them for its lists, the header box does
// not (a first result costs less) and counts results, not plans.
function plansIn(search, filtered) {
  if (filtered) return search.results.length;
  const typed = Object.values(search.filters?.type || {}).reduce((sum, n) => sum + n, 0);
  return Math.min(typed, search.results.length);
}

// The status line once every bundle searched has answered; `filtered` is null in the header box.
function foundText(searches, filtered = null) {
  const total = searches.reduce((sum, s) => sum + s.results.length, 0);
  if (!total) return TEXT.none;
  if (filtered === null) return TEXT.count(total);
  const plans = searches.reduce((sum, s) => sum + plansIn(s, filtered), 0);
  return TEXT.plans(plans, total - plans);
}

// Pagefind matches a query word to the indexed words it begins; when an index has none, it takes the
// longest indexed word the query word begins ("dang" → «dân»), and failing that leaves the word out
// of the search. Each bundle is an index of its own, so in a bundle of older plans none of which says
// «Hợp», "Hoằng Hợp" listed every older plan saying «Hoàng». As one index would, every word that
// some searched bundle holds must be in each result. For a query of several words: the pages each
// word finds alone in one instance (its merged bundles included), none when what it found is such a
// stand-in (its best page has no word the query word begins).
async function wordHits(instance, query) {
  const words = query ? query.split(" ") : [];
  if (words.length < 2 || !instance) return [];
  return Promise.all(words.map(async (word) => {
    const term = fold(word);
    const { results } = await instance.search(word);
    if (!term || results.length === 0) return new Set();
    const best = await results[0].data();
    const holds = (best.content || "").split(/\s+/).some((w) => fold(w).startsWith(term));
    return new Set(holds ? results.map((r) => r.id) : []);
  }));
}

// Until the browser has painted twice: Pagefind's searches run on this thread, and the checks that
// follow the first results would otherwise hold up what waits for a frame (a screen reader's live
// region, a test polling the page) until they end.
function nextPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

// The words (by position) that at least one of the instances holds.
function knownWords(...hits) {
  return (hits.find((h) => h.length) || []).map((_, i) => hits.some((h) => h.length && h[i].size > 0));
}

// The per-word check of both instances, once the first results are shown: the newest answer
// without the pages missing a word some bundle holds (`kept`), and the same for the older one (`thin`).
async function checkWords(index, rest, query, first) {
  const firstHits = await wordHits(index.first, query);
  const restHits = await wordHits(rest, query);
  const known = knownWords(firstHits, restHits);
  return { kept: holdingEvery(first, firstHits, known), thin: (answer) => holdingEvery(answer, restHits, known) };
}

// A search's answer without the pages missing a known word. Pagefind's filter counts cannot be
// recomputed without each page's data: an answer left empty counts nothing, a thinned one keeps them.
function holdingEvery(answer, hits, known) {
  if (!hits.length) return answer;
  const results = answer.results.filter((r) => hits.every((ids, i) => !known[i] || ids.has(r.id)));
  if (results.length === answer.results.length) return answer;
  return { ...answer, results, filters: results.length ? answer.filters : {} };
}

// Filter counts of two searches (or two indexes) added up.
function addCounts(a, b) {
  const sum = {};
  for (const counts of [a || {}, b || {}]) {
    for (const [name, values] of Object.entries(counts)) {
      sum[name] ??= {};
      for (const [value, n] of Object.entries(values)) sum[name][value] = (sum[name][value] || 0) + n;
    }
  }
  return sum;
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

// In the header's panel, results of older bundles arrive after the newest: they go in a list of their
// own below the first, under a line that says so, and nothing above them moves.
function olderList(list) {
  const next = list.nextElementSibling?.nextElementSibling;
  if (next?.classList.contains("sb-results--older")) return next;
  const heading = document.createElement("p");
  heading.className = "sb-results__older";
  heading.textContent = TEXT.older;
  const older = document.createElement("ol");
  older.className = "sb-results sb-results--older";
  list.after(heading, older);
  return older;
}

function dropOlder(list) {
  const next = list.nextElementSibling?.nextElementSibling;
  if (next?.classList.contains("sb-results--older")) {
    next.previousElementSibling.remove();
    next.remove();
  }
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
      const index = await loadPagefind(form);
      // The newest plans show as Pagefind answers; each word is checked alone afterwards (wordHits
      // costs a search and a fragment per word: before the first result it doubled its bytes).
      let first = await index.first.search(query);
      let shown = await Promise.all(first.results.slice(0, HEADER_RESULTS).map((r) => r.data()));
      if (mine !== serial) return; // a newer query is on its way
      const terms = queryTerms(query);
      list.replaceChildren(...shown.map((data) => resultItem(data, terms)));
      dropOlder(list);
      const url = new URL(searchPage);
      url.searchParams.set("q", query);
      more.href = url.href;
      more.hidden = first.results.length === 0;
      await nextPaint();
      const rest = await index.older();
      if (rest) status.textContent = TEXT.countSoFar(first.results.length);
      const { kept, thin } = await checkWords(index, rest, query, first);
      if (kept !== first) {
        // A word the newest shown lack (another bundle holds it, or Pagefind stood in another word).
        first = kept;
        shown = await Promise.all(first.results.slice(0, HEADER_RESULTS).map((r) => r.data()));
        if (mine !== serial) return;
        list.replaceChildren(...shown.map((data) => resultItem(data, terms)));
        more.hidden = first.results.length === 0;
      }
      if (!rest) {
        status.textContent = foundText([first]);
        return;
      }
      const older = thin(await rest.search(query));
      const room = HEADER_RESULTS - shown.length;
      const added = room > 0 ? await Promise.all(older.results.slice(0, room).map((r) => r.data())) : [];
      if (mine !== serial) return;
      if (added.length) olderList(list).append(...added.map((data) => resultItem(data, terms)));
      status.textContent = foundText([first, older]);
      more.hidden = first.results.length + older.results.length === 0;
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

// A list of results shown PAGE_SIZE at a time, with its «more» button.
function pagedList(list, button, terms) {
  let pending = [];
  let serial = 0;
  const paged = {
    reset(results) {
      serial++;
      pending = [...results];
      list.replaceChildren();
      button.hidden = true;
    },
    async more() {
      const mine = serial;
      const batch = pending.splice(0, PAGE_SIZE);
      const datas = await Promise.all(batch.map((result) => result.data()));
      if (mine !== serial) return;
      list.append(...datas.map((data) => resultItem(data, terms())));
      button.hidden = pending.length === 0;
    },
  };
  button.addEventListener("click", () => paged.more());
  return paged;
}

// issue 20: the filters' button says how many filters are in use, since on a phone they are folded.
function setupFilterToggle(form, selects) {
  const button = form.querySelector(".sb-filters-toggle");
  const fieldset = form.querySelector(".sb-filters");
  if (!button || !fieldset) return () => {};
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    fieldset.classList.toggle("sb-filters--open", open);
  });
  return () => {
    const active = selects.filter((select) => select.value).length;
    button.textContent = active ? TEXT.filtersActive(active) : TEXT.filters;
  };
}

async function setupPage(root) {
  const form = root.querySelector("form");
  const input = form.querySelector("input[name=q]");
  const selects = [...form.querySelectorAll("select[data-filter]")];
  const status = root.querySelector(".sb-search__status");
  const [list, olderList] = root.querySelectorAll(".sb-results");
  const [moreButton, olderButton] = root.querySelectorAll(".sb-search-page__more");
  const olderSection = root.querySelector(".sb-search-page__older");
  const showActive = setupFilterToggle(form, selects);
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  let serial = 0;
  let timer = null;
  let terms = [];
  const newest = pagedList(list, moreButton, () => terms);
  const older = pagedList(olderList, olderButton, () => terms);

  status.textContent = TEXT.searching;
  let index;
  let allOlder;
  let available;
  const members = await membersOf(root);
  // A province chosen on a portal: its full text, from its member's own index (null: none, or it failed).
  async function provinceIndex(filters) {
    const member = filters.province && members.find((m) => m.provinces.includes(filters.province));
    if (!member) return null;
    try {
      const own = await loadIndex(new URL(member.search), [], index.firsts[0]?.url);
      return { member, first: own, rest: await own.older() };
    } catch (error) {
      console.error(error);
      return { member, failed: true };
    }
  }
  try {
    index = await loadPagefind(root);
    allOlder = await index.older();
    const [mine, theirs] = await Promise.all([index.first.filters(), allOlder ? allOlder.filters() : {}]);
    available = addCounts(mine, theirs);
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
    showActive();
    const mine = ++serial;
    if (!query && Object.keys(filters).length === 0) {
      newest.reset([]);
      older.reset([]);
      olderSection.hidden = true;
      status.textContent = TEXT.prompt;
      showCounts(available);
      return;
    }
    status.textContent = TEXT.searching;
    // Without a query there is no relevance to rank by: newest first (the bundles are in date order).
    const options = query ? { filters } : { filters, sort: { date: "desc" } };
    const filtered = Object.keys(filters).length > 0;
    const empty = { results: [], filters: {} };
    const province = await provinceIndex(filters);
    if (mine !== serial) return;
    const searched = province && !province.failed ? province.first : index;
    const rest = province && !province.failed ? province.rest : allOlder;
    const scope = province ? " " + (province.failed ? TEXT.memberFailed(province.member.name) : TEXT.member(province.member.name)) : "";
    // The newest plans show as Pagefind answers, before the older bundles are read and before each word
    // is checked alone (issue 15: a first result from the first bundle alone); see the header box.
    let first = firstMayMatch(searched, filters) ? await searched.first.search(query || null, options) : empty;
    if (mine !== serial) return;
    terms = queryTerms(query);
    newest.reset(first.results);
    older.reset([]);
    olderSection.hidden = true;
    showCounts(first.filters || {});
    await newest.more();
    await nextPaint();
    if (rest) status.textContent = TEXT.countSoFar(first.results.length) + scope;
    const { kept, thin } = await checkWords(searched, rest, query, first);
    if (mine !== serial) return;
    if (kept !== first) {
      first = kept;
      newest.reset(first.results);
      showCounts(first.filters || {});
      await newest.more();
    }
    if (!rest) {
      if (mine === serial) status.textContent = foundText([first], filtered) + scope;
      return;
    }
    const then = thin(await rest.search(query || null, options));
    if (mine !== serial) return;
    older.reset(then.results);
    olderSection.hidden = then.results.length === 0;
    showCounts(addCounts(first.filters, then.filters));
    await older.more();
    // Announced (and, for tests, "done") only once every bundle has answered.
    if (mine === serial) status.textContent = foundText([first, then], filtered) + scope;
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
  arrowNavigation(list.parentElement, input, () => input.focus());
  await run();
  if (!input.value) input.focus();
}

for (const form of document.querySelectorAll("[data-sb-search=header]")) setupHeader(form);
for (const root of document.querySelectorAll("[data-sb-search=page]")) setupPage(root);
