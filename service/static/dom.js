// Small DOM helpers. Text from the API goes in as textContent; the one exception is the server's
// highlight, which is escaped there (only <mark> added) and still checked here before use.

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export const $ = (id) => document.getElementById(id);

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

export function button(className, text, onClick) {
  const node = el("button", className, text);
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}

export const fmtDate = (iso) => (iso ? dateFormat.format(new Date(`${String(iso).slice(0, 10)}T00:00:00Z`)) : "");
export const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function setHighlight(node, html, plain) {
  const tpl = document.createElement("template");
  tpl.innerHTML = html; // inert: nothing in a template runs or loads
  const onlyMarks = [...tpl.content.querySelectorAll("*")].every((n) => n.tagName === "MARK" && !n.attributes.length);
  if (onlyMarks) node.replaceChildren(tpl.content);
  else node.textContent = plain;
}

export function showError(box, err) {
  const p = err.problem || {};
  const lines = [err.status ? `${p.title || "Error"} (${err.status})` : p.title, p.detail];
  Object.entries(p.errors || {}).forEach(([field, msgs]) => lines.push(`${field}: ${[].concat(msgs).join(" ")}`));
  if (err.status === 503) lines.push("The search service is busy or down; try again in a few seconds.");
  box.replaceChildren(...lines.filter(Boolean).map((t) => el("p", "", t)));
  box.hidden = false;
}
