// The dashboard's state and wiring. Filters live in the URL, so a search can be bookmarked and Back
// undoes a filter; every change reloads the quotes and the facets for the same filters.
import { api } from "./api.js";
import { $, el, fmtDate, plural, showError } from "./dom.js";
import { renderChips, renderFacet, renderHistogram, renderResults, renderStatus } from "./render.js";
import { openStatement } from "./statement.js";

const PAGE_SIZE = 10;
const state = { q: "", speakers: [], sources: [], from: "", to: "", sort: "", page: 1 };
const labels = new Map(); // filter value -> display name, learnt from facets, suggestions and sources
const suggestions = new Map(); // lower-cased name -> speaker id, from the last autocomplete answer
let loadSeq = 0;
let suggestTimer = 0;

// A copy of `list` with `value` added, or removed when it was there.
const toggled = (list, value) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

// The query string of the current filters; `omit` leaves one filter out, so that its own facet
// still lists the other values to choose from.
function filterParams(withPaging, omit = "") {
  const p = new URLSearchParams();
  if (state.q) p.set("q", state.q);
  if (omit !== "speaker") state.speakers.forEach((s) => p.append("speaker", s));
  if (omit !== "source") state.sources.forEach((s) => p.append("source", s));
  if (state.from) p.set("from", state.from);
  if (state.to) p.set("to", state.to);
  if (withPaging) {
    if (state.sort) p.set("sort", state.sort);
    if (state.page > 1) p.set("page", String(state.page));
  }
  return p;
}

function update(changes, focusResults = false) {
  Object.assign(state, { page: 1 }, changes);
  showInputs();
  const url = String(filterParams(true));
  history.pushState(null, "", `${location.pathname}${url ? `?${url}` : ""}`);
  load().then(() => focusResults && $("results").focus());
}

function readLocation() {
  const p = new URLSearchParams(location.search);
  Object.assign(state, {
    q: p.get("q") || "",
    speakers: p.getAll("speaker"),
    sources: p.getAll("source"),
    from: p.get("from") || "",
    to: p.get("to") || "",
    sort: p.get("sort") || "",
    page: Math.max(1, parseInt(p.get("page") || "1", 10) || 1),
  });
  showInputs();
}

function showInputs() {
  $("q").value = state.q;
  $("date-from").value = state.from;
  $("date-to").value = state.to;
  $("sort").value = state.sort;
}

async function load() {
  const seq = ++loadSeq;
  $("status").textContent = "Searching…";
  $("error").hidden = true;
  $("result-list").setAttribute("aria-busy", "true");
  const params = filterParams(true);
  params.set("limit", String(PAGE_SIZE));
  const [quotes, ...facets] = await Promise.allSettled([
    api(state.q ? "quotes/search" : "quotes", params),
    api("facets", filterParams(false)),
    state.speakers.length ? api("facets", filterParams(false, "speaker")) : null,
    state.sources.length ? api("facets", filterParams(false, "source")) : null,
  ]);
  if (seq !== loadSeq) return; // a newer request owns the page
  $("result-list").removeAttribute("aria-busy");
  const [all, speakers, sources] = facets.map((f) => (f.status === "fulfilled" ? f.value : undefined));
  if (all) showFacets(all, speakers || all, sources || all);
  else hideFacets();
  showChips();
  syncSourceSelect();
  if (quotes.status === "fulfilled") {
    const page = quotes.value;
    renderResults(page.results, { onSpeaker: (s) => addSpeaker(s.id || s.name, s.name), onStatement: (id, opener) => openStatement(id, opener, (articleId) => labels.get(articleId)) });
    renderStatus(page, state.q);
    showPager(page);
  } else {
    $("result-list").replaceChildren();
    $("status").textContent = "No results could be shown.";
    showError($("error"), quotes.reason);
    showPager(null);
  }
}

function showFacets(all, withoutSpeaker, withoutSource) {
  withoutSpeaker.speakers.forEach((b) => labels.set(b.key, b.label || b.key));
  const toggleSpeaker = (key) => update({ speakers: toggled(state.speakers, key) });
  const toggleSource = (key) => update({ sources: toggled(state.sources, key) });
  renderFacet("speaker-facet", withoutSpeaker.speakers, state.speakers, toggleSpeaker);
  renderFacet("outlet-facet", withoutSource.outlets, state.sources, toggleSource);
  renderHistogram(all, { from: state.from, to: state.to }, (from, to) => update({ from, to }));
}

function hideFacets() {
  // The results may still be fine; say that the counts are missing rather than show stale ones.
  $("speaker-facet").replaceChildren();
  $("outlet-facet").replaceChildren();
  $("histogram").textContent = "Counts are unavailable right now.";
}

function showChips() {
  const chips = [
    ...state.speakers.map((s) => ({
      text: `Speaker: ${labels.get(s) || s}`,
      onRemove: () => update({ speakers: toggled(state.speakers, s) }),
    })),
    ...state.sources.map((s) => ({
      text: `Source: ${labels.get(s) || s}`,
      onRemove: () => update({ sources: toggled(state.sources, s) }),
    })),
  ];
  if (state.from || state.to) {
    chips.push({ text: `Dates: ${state.from || "…"} to ${state.to || "…"}`, onRemove: () => update({ from: "", to: "" }) });
  }
  renderChips(chips);
}

function showPager(page) {
  $("pager").hidden = !page || page.pages <= 1;
  $("prev").disabled = !page || state.page <= 1;
  $("next").disabled = !page || !page.next;
  $("page-info").textContent = page && page.total ? `Page ${state.page} of ${page.pages}` : "";
}

function addSpeaker(value, name) {
  if (name) labels.set(value, name);
  if (!state.speakers.includes(value)) update({ speakers: [...state.speakers, value] });
}

async function suggestSpeakers() {
  const prefix = $("speaker-input").value.trim();
  if (!prefix) return;
  try {
    const page = await api("speakers", new URLSearchParams({ prefix, limit: "8" }));
    suggestions.clear();
    $("speaker-options").replaceChildren(...page.results.map((s) => {
      suggestions.set(s.name.toLowerCase(), s.id);
      labels.set(s.id, s.name);
      const option = el("option");
      option.value = s.name;
      option.label = `${s.name} (${plural(s.quote_count ?? 0, "quote")})`;
      return option;
    }));
  } catch {
    // Suggestions are a convenience: typing a name and pressing Enter still filters by it.
  }
}

async function loadSources() {
  try {
    const page = await api("sources", new URLSearchParams({ limit: "100" }));
    $("source-select").append(...page.results.map((a) => {
      labels.set(a.id, a.title || "Untitled article");
      const option = el("option", "", [a.title || "Untitled", a.outlet, fmtDate(a.published)].filter(Boolean).join(" · "));
      option.value = a.id;
      return option;
    }));
    syncSourceSelect();
  } catch {
    $("source-select").disabled = true; // the outlet facet still filters by source
  }
}

function syncSourceSelect() {
  const select = $("source-select");
  select.value = state.sources.find((s) => [...select.options].some((o) => o.value === s)) || "";
}

// On a phone the filters start folded under their summary, so the results come first.
function foldFilters() {
  const narrow = window.matchMedia("(max-width: 760px)");
  const apply = () => {
    $("filters").open = !narrow.matches;
  };
  narrow.addEventListener("change", apply);
  apply();
}

function wire() {
  $("search").addEventListener("submit", (e) => {
    e.preventDefault();
    update({ q: $("q").value.trim() });
  });
  $("speaker-input").addEventListener("input", () => {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(suggestSpeakers, 150);
  });
  $("speaker-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const name = $("speaker-input").value.trim();
    if (!name) return;
    addSpeaker(suggestions.get(name.toLowerCase()) || name, name);
    $("speaker-input").value = "";
  });
  $("source-select").addEventListener("change", (e) => {
    const articleIds = new Set([...e.target.options].map((o) => o.value));
    const others = state.sources.filter((s) => !articleIds.has(s));
    update({ sources: e.target.value ? [...others, e.target.value] : others });
  });
  $("date-from").addEventListener("change", (e) => update({ from: e.target.value }));
  $("date-to").addEventListener("change", (e) => update({ to: e.target.value }));
  $("sort").addEventListener("change", (e) => update({ sort: e.target.value }));
  $("clear").addEventListener("click", () => update({ q: "", speakers: [], sources: [], from: "", to: "" }));
  $("prev").addEventListener("click", () => update({ page: state.page - 1 }, true));
  $("next").addEventListener("click", () => update({ page: state.page + 1 }, true));
  window.addEventListener("popstate", () => {
    readLocation();
    load();
  });
}

foldFilters();
wire();
readLocation();
loadSources();
load();
