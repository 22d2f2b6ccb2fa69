// Talking to the public API, and reading its records. Relative URLs: the page works under any prefix.
// Only the server's highlight is parsed as HTML (it is escaped there, <mark> only); it is still
// checked here before it reaches the page, and everything else goes in as textContent.

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function api(path, params) {
  const query = params ? `?${params}` : "";
  let response;
  try {
    response = await fetch(path + query, { headers: { Accept: "application/json" } });
  } catch (err) {
    throw new ApiError(0, { title: "The service cannot be reached", detail: "Check your connection and try again." });
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

// The wire format names a few things two ways across endpoints; read both.
export const speakerOf = (r) => (r.speaker && typeof r.speaker === "object" ? r.speaker : { id: r.speaker_id, name: r.speaker });
export const sourceOf = (r) => r.source || r.article || { id: r.article_id, title: r.title, outlet: r.outlet, published: r.published };
export const statementOf = (r) => r.statement_id || (r.statement && (r.statement.id || r.statement)) || null;
export const fmtDate = (iso) => (iso ? dateFormat.format(new Date(`${String(iso).slice(0, 10)}T00:00:00Z`)) : "");
export const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function setHighlight(el, html, plain) {
  const tpl = document.createElement("template");
  tpl.innerHTML = html; // inert: nothing in a template runs or loads
  const onlyMarks = [...tpl.content.querySelectorAll("*")].every((n) => n.tagName === "MARK" && !n.attributes.length);
  if (onlyMarks) el.replaceChildren(tpl.content);
  else el.textContent = plain;
}

export function showError(box, err) {
  const p = err.problem || {};
  const lines = [err.status ? `${p.title || "Error"} (${err.status})` : p.title, p.detail];
  Object.entries(p.errors || {}).forEach(([field, msgs]) => lines.push(`${field}: ${[].concat(msgs).join(" ")}`));
  if (err.status === 503) lines.push("The search service is busy or down; try again in a few seconds.");
  box.replaceChildren(...lines.filter(Boolean).map((t) => Object.assign(document.createElement("p"), { textContent: t })));
  box.hidden = false;
}

