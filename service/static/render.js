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

export function renderHistogram(days, chosenDay, onPick) {
  const box = $("histogram");
  if (!days.length) {
    box.textContent = "No dated quotes.";
    return;
  }
  const max = Math.max(1, ...days.map((d) => d.count));
  box.replaceChildren(...days.map((d) => {
    const day = String(d.key).slice(0, 10);
    const said = `${fmtDate(day)}: ${plural(d.count, "quote")}`;
    const bar = button("bar", "", () => onPick(day));
    bar.title = said;
    bar.setAttribute("aria-label", `${said}. Show only this day.`);
    bar.setAttribute("aria-pressed", String(day === chosenDay));
    const fill = el("span", "fill");
    fill.style.height = `${Math.max(4, Math.round((100 * d.count) / max))}%`; // CSSOM: allowed by the CSP
    bar.append(fill, el("span", "bar-label", day.slice(5)));
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
