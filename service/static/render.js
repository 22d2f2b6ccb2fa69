// Drawing what the API answered: the result list, the facets, the date histogram and the filter chips.
import { $, button, el, fmtDate, plural, setHighlight } from "./dom.js";

export function renderResults(results, { onSpeaker, onStatement }) {
  const tpl = $("result-template");
  $("result-list").replaceChildren(...results.map((r) => {
    const li = tpl.content.firstElementChild.cloneNode(true);
    li.dataset.quoteId = r.id;
    const text = li.querySelector(".quote-text");
    if (r.highlight) setHighlight(text, r.highlight, r.text);
    else text.textContent = r.text;
    const who = li.querySelector(".speaker");
    who.textContent = r.speaker ? r.speaker.name : "Unattributed";
    who.disabled = !r.speaker;
    if (r.speaker) who.addEventListener("click", () => onSpeaker(r.speaker));
    li.querySelector(".role").textContent = r.role ? `, ${r.role}` : "";
    li.querySelector(".venue").textContent = r.venue ? ` — ${r.venue}` : "";
    li.querySelector(".source").replaceChildren(...sourceLine(r));
    const open = li.querySelector(".open-statement");
    if (r.statement_id) {
      li.dataset.statementId = r.statement_id;
      open.addEventListener("click", () => onStatement(r.statement_id, open));
    } else open.remove();
    return li;
  }));
}

function sourceLine(r) {
  const source = r.source || {};
  const time = el("time", "date", fmtDate(source.published));
  if (source.published) time.dateTime = String(source.published).slice(0, 10);
  const parts = [
    el("cite", "title", source.title || "Untitled article"),
    source.outlet && el("span", "outlet", source.outlet),
    source.published && time,
    r.kind === "partial" && el("span", "kind", "partial quote"),
  ].filter(Boolean);
  return parts.flatMap((part, i) => (i ? [" · ", part] : [part]));
}

export function renderFacet(listId, buckets, chosen, onToggle) {
  $(listId).replaceChildren(...buckets.map((b) => {
    const item = button("facet-item", "", () => onToggle(b.key));
    item.setAttribute("aria-pressed", String(chosen.includes(b.key)));
    item.append(el("span", "name", b.label || b.key), el("span", "count", b.count));
    const li = el("li");
    li.append(item);
    return li;
  }));
}

// The last day of the period that starts on `start` (ISO dates; weeks run Monday to Sunday).
function periodEnd(start, interval) {
  const d = new Date(`${start}T00:00:00Z`);
  if (interval === "week") d.setUTCDate(d.getUTCDate() + 6);
  else if (interval === "month") d.setUTCMonth(d.getUTCMonth() + 1, 0);
  else if (interval === "year") d.setUTCFullYear(d.getUTCFullYear(), 11, 31);
  return d.toISOString().slice(0, 10);
}

const PERIOD_NAME = { day: "day", week: "week", month: "month", year: "year" };

function periodLabel(start, interval) {
  if (interval === "year") return start.slice(0, 4);
  if (interval === "month") return start.slice(0, 7);
  return start.slice(5);
}

// `facets` is the /facets answer: its `days` buckets each cover one `interval` from their key.
// `chosen` is the selected {from, to}; onPick(from, to) selects a bar's whole period.
export function renderHistogram(facets, chosen, onPick) {
  const box = $("histogram");
  const days = facets.days;
  const interval = facets.interval || "day";
  if (!days.length) {
    box.textContent = "No dated quotes.";
    return;
  }
  const max = Math.max(1, ...days.map((d) => d.count));
  box.replaceChildren(...days.map((d) => {
    const start = String(d.key).slice(0, 10);
    const end = periodEnd(start, interval);
    const when = interval === "day" ? fmtDate(start) : `${fmtDate(start)} to ${fmtDate(end)}`;
    const said = `${when}: ${plural(d.count, "quote")}`;
    const bar = button("bar", "", () => onPick(start, end));
    bar.title = said;
    bar.setAttribute("aria-label", `${said}. Show only this ${PERIOD_NAME[interval] || "period"}.`);
    bar.setAttribute("aria-pressed", String(start === chosen.from && end === chosen.to));
    const fill = el("span", "fill");
    fill.style.height = `${Math.max(4, Math.round((100 * d.count) / max))}%`; // CSSOM: allowed by the CSP
    bar.append(fill, el("span", "bar-label", periodLabel(start, interval)));
    return bar;
  }));
}

export function renderChips(chips) {
  $("chips").replaceChildren(...chips.map(({ text, onRemove }) => {
    const chip = button("chip", `${text} ×`, onRemove);
    chip.setAttribute("aria-label", `Remove filter ${text}`);
    return chip;
  }));
}

export function renderStatus(page, q) {
  const shown = page.total_exact === false ? `more than ${page.total}` : String(page.total);
  $("status").textContent = page.total
    ? `${shown} ${page.total === 1 ? "quote" : "quotes"}${q ? ` matching “${q}”` : ""}`
    : `No quotes found${q ? ` for “${q}”` : ""}. Try fewer words or clear a filter.`;
}
