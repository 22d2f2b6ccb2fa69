// The dashboard's state, its loading and its rendering: filters live in the URL, so a search can be
// bookmarked and Back undoes a filter.
import { api, fmtDate, plural, setHighlight, showError, sourceOf, speakerOf, statementOf } from "./api.js";
import { openStatement } from "./statement.js";

const $ = (id) => document.getElementById(id);
const PAGE_SIZE = 10;

const state = { q: "", speakers: [], sources: [], from: "", to: "", sort: "", page: 1 };
const labels = new Map(); // filter value -> display name, learnt from facets and suggestions
let loadSeq = 0;

function filterParams(withPaging) {
  const p = new URLSearchParams();
  if (state.q) p.set("q", state.q);
  state.speakers.forEach((s) => p.append("speaker", s));
  state.sources.forEach((s) => p.append("source", s));
  if (state.from) p.set("from", state.from);
  if (state.to) p.set("to", state.to);
  if (withPaging) {
    if (state.sort) p.set("sort", state.sort);
    p.set("limit", String(PAGE_SIZE));
    if (state.page > 1) p.set("page", String(state.page));
  }
  return p;
}

function update(changes) {
  Object.assign(state, { page: 1 }, changes);
  const url = filterParams(true);
  url.delete("limit");
  history.pushState(null, "", `${location.pathname}${url.size ? `?${url}` : ""}`);
  load();
}

function readLocation() {
  const p = new URLSearchParams(location.search);
  Object.assign(state, {
    q: p.get("q") || "", speakers: p.getAll("speaker"), sources: p.getAll("source"),
    from: p.get("from") || "", to: p.get("to") || "", sort: p.get("sort") || "",
    page: Math.max(1, parseInt(p.get("page") || "1", 10) || 1),
  });
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
  const [quotes, facets] = await Promise.allSettled([
    api(state.q ? "quotes/search" : "quotes", filterParams(true)),
    api("facets", filterParams(false)),
  ]);
  if (seq !== loadSeq) return; // a newer request owns the page
  $("result-list").removeAttribute("aria-busy");
  renderChips();
  syncSourceSelect();
  if (facets.status === "fulfilled") renderFacets(facets.value);
  if (quotes.status === "fulfilled") renderResults(quotes.value);
  else {
    $("result-list").replaceChildren();
    $("status").textContent = "No results could be shown.";
    showError($("error"), quotes.reason);
    renderPager(null);
  }
}

function renderResults(page) {
  const list = $("result-list");
  const tpl = $("result-template");
  list.replaceChildren(...page.results.map((r) => {
    const li = tpl.content.firstElementChild.cloneNode(true);
    const speaker = speakerOf(r);
    const source = sourceOf(r);
    const text = li.querySelector(".quote-text");
    if (r.highlight) setHighlight(text, r.highlight, r.text);
    else text.textContent = r.text;
    const who = li.querySelector(".speaker");
    who.textContent = speaker.name || "Unattributed";
    who.disabled = !speaker.name;
    who.addEventListener("click", () => addSpeaker(speaker.id || speaker.name, speaker.name));
    li.querySelector(".role").textContent = r.role ? `, ${r.role}` : "";
    li.querySelector(".venue").textContent = r.venue ? ` — ${r.venue}` : "";
    li.querySelector(".title").textContent = source.title || "Untitled article";
    li.querySelector(".outlet").textContent = source.outlet || "";
    const time = li.querySelector(".date");
    time.textContent = fmtDate(source.published);
    if (source.published) time.dateTime = String(source.published).slice(0, 10);
    li.querySelector(".kind").textContent = r.kind === "partial" ? "partial quote" : "";
    const statement = statementOf(r);
    li.dataset.quoteId = r.id;
    if (statement) li.dataset.statementId = statement;
    const open = li.querySelector(".open-statement");
    if (statement) open.addEventListener("click", () => openStatement(statement, open));
    else open.remove();
    return li;
  }));
  const shown = page.total_exact === false ? `more than ${page.total}` : String(page.total);
  $("status").textContent = page.total
    ? `${shown} quote${page.total === 1 ? "" : "s"}${state.q ? ` matching “${state.q}”` : ""}`
    : `No quotes found${state.q ? ` for “${state.q}”` : ""}. Try fewer words or clear a filter.`;
  renderPager(page);
}

function renderPager(page) {
  const pages = page ? page.pages || 1 : 1;
  $("prev").disabled = !page || state.page <= 1;
  $("next").disabled = !page || !page.next;
  $("page-info").textContent = page && page.total ? `Page ${state.page} of ${pages}` : "";
}

function facetButton(bucket, active, onClick) {
  const li = document.createElement("li");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "facet-item";
  button.setAttribute("aria-pressed", String(active));
  const name = Object.assign(document.createElement("span"), { textContent: bucket.label || bucket.key });
  const count = Object.assign(document.createElement("span"), { className: "count", textContent: bucket.count });
  button.append(name, count);
  button.addEventListener("click", onClick);
  li.append(button);
  return li;
}

function renderFacets(facets) {
  (facets.speakers || []).forEach((b) => labels.set(b.key, b.label || b.key));
  $("speaker-facet").replaceChildren(...(facets.speakers || []).map((b) =>
    facetButton(b, state.speakers.includes(b.key), () => update({ speakers: toggleCopy(state.speakers, b.key) }))));
  $("outlet-facet").replaceChildren(...(facets.outlets || []).map((b) =>
    facetButton(b, state.sources.includes(b.key), () => update({ sources: toggleCopy(state.sources, b.key) }))));
  renderHistogram(facets.days || []);
}

// A copy of `list` with `value` added, or removed when it was there.
const toggleCopy = (list, value) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

function renderHistogram(days) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const box = $("histogram");
  if (!days.length) {
    box.textContent = "No dated quotes.";
    return;
  }
  box.replaceChildren(...days.map((d) => {
    const day = String(d.key).slice(0, 10);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "bar";
    button.title = `${fmtDate(day)}: ${plural(d.count, "quote")}`;
    button.setAttribute("aria-label", `${fmtDate(day)}: ${plural(d.count, "quote")}. Show only this day.`);
    button.setAttribute("aria-pressed", String(state.from === day && state.to === day));
    const fill = document.createElement("span");
    fill.className = "fill";
    fill.style.height = `${Math.max(4, Math.round((100 * d.count) / max))}%`; // CSSOM, allowed by the CSP
    const label = Object.assign(document.createElement("span"), { className: "bar-label", textContent: day.slice(5) });
    button.append(fill, label);
    button.addEventListener("click", () => update({ from: day, to: day }));
    return button;
  }));
}

function renderChips() {
  const chips = [];
  const chip = (text, onRemove) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "chip";
    b.textContent = `${text} ×`;
    b.setAttribute("aria-label", `Remove filter ${text}`);
    b.addEventListener("click", onRemove);
    chips.push(b);
  };
  state.speakers.forEach((s) => chip(`Speaker: ${labels.get(s) || s}`, () => update({ speakers: toggleCopy(state.speakers, s) })));
  state.sources.forEach((s) => chip(`Source: ${labels.get(s) || s}`, () => update({ sources: toggleCopy(state.sources, s) })));
  if (state.from || state.to) chip(`Dates: ${state.from || "…"} to ${state.to || "…"}`, () => update({ from: "", to: "" }));
  $("chips").replaceChildren(...chips);
}

function addSpeaker(value, name) {
  if (!value) return;
  if (name) labels.set(value, name);
  if (!state.speakers.includes(value)) update({ speakers: [...state.speakers, value] });
}

let suggestTimer = 0;
const suggestions = new Map(); // lower-cased name -> speaker id, from the last autocomplete answer

async function suggestSpeakers() {
  const prefix = $("speaker-input").value.trim();
  if (!prefix) return;
  try {
    const page = await api("speakers", new URLSearchParams({ prefix, limit: "8" }));
    suggestions.clear();
    $("speaker-options").replaceChildren(...page.results.map((s) => {
      suggestions.set(s.name.toLowerCase(), s.id);
      labels.set(s.id, s.name);
      const count = s.quote_count === undefined ? "" : ` (${plural(s.quote_count, "quote")})`;
      return Object.assign(document.createElement("option"), { value: s.name, label: `${s.name}${count}` });
    }));
  } catch {
    // Suggestions are a convenience: typing a name and pressing Enter still filters by it.
  }
}

async function loadSources() {
  try {
    const page = await api("sources", new URLSearchParams({ limit: "100" }));
    $("source-select").append(...page.results.map((a) => {
      labels.set(a.id, a.title || a.id);
      const text = [a.title || "Untitled", a.outlet, fmtDate(a.published)].filter(Boolean).join(" · ");
      return Object.assign(document.createElement("option"), { value: a.id, textContent: text });
    }));
    syncSourceSelect();
  } catch {
    $("source-select").disabled = true; // the outlet facet above still filters by source
  }
}

function syncSourceSelect() {
  const select = $("source-select");
  const chosen = state.sources.find((s) => [...select.options].some((o) => o.value === s));
  select.value = chosen || "";
}

// On a phone the filters start folded under their summary, so the results show first.
function foldFilters() {
  const narrow = window.matchMedia("(max-width: 760px)");
  const apply = () => { $("filters").open = !narrow.matches; };
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
  $("clear").addEventListener("click", () => {
    $("q").value = "";
    update({ q: "", speakers: [], sources: [], from: "", to: "" });
  });
  $("prev").addEventListener("click", () => turnPage(-1));
  $("next").addEventListener("click", () => turnPage(1));
  window.addEventListener("popstate", () => {
    readLocation();
    load();
  });
}

function turnPage(step) {
  Object.assign(state, { page: Math.max(1, state.page + step) });
  const url = filterParams(true);
  url.delete("limit");
  history.pushState(null, "", `${location.pathname}?${url}`);
  load().then(() => $("results").focus());
}

foldFilters();
wire();
readLocation();
loadSources();
load();
