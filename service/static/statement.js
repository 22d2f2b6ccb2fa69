// The statement view: one thing said, every version of it that was reported, and by which outlets.
import { api } from "./api.js";
import { $, el, fmtDate, plural, showError } from "./dom.js";

let opener = null;
let titleOf = () => undefined;

// Open the view of statement `id`; `from` gets the focus back on close, `articleTitle` names articles.
export async function openStatement(id, from, articleTitle) {
  opener = from;
  titleOf = articleTitle || titleOf;
  const dialog = $("statement");
  $("statement-h").textContent = "Statement";
  $("statement-summary").textContent = "Loading…";
  $("statement-error").hidden = true;
  $("statement-outlets").replaceChildren();
  $("statement-variants").replaceChildren();
  if (!dialog.open) dialog.showModal();
  $("statement-h").focus();
  try {
    render(await api(`statements/${encodeURIComponent(id)}`));
  } catch (err) {
    $("statement-summary").textContent = "";
    showError($("statement-error"), err);
  }
}

function render(statement) {
  const variants = statement.variants || [];
  $("statement-h").textContent = `${statement.speaker || "Unattributed"}: “${statement.text}”`;
  const outlets = new Map(); // outlet -> earliest date it reported the statement
  variants.forEach((v) => {
    const name = v.outlet || "Unknown outlet";
    const seen = outlets.get(name);
    if (!seen || (v.published && v.published < seen)) outlets.set(name, v.published || seen || "");
  });
  const first = statement.first_reported ? `, first reported ${fmtDate(statement.first_reported)}` : "";
  $("statement-summary").textContent =
    `${plural(variants.length, "version")} in ${plural(outlets.size, "outlet")}${first}.`;
  $("statement-outlets").replaceChildren(...[...outlets].map(([name, day]) => {
    const li = el("li", "outlet-pill", name);
    if (day) li.append(el("span", "meta", ` · ${fmtDate(day)}`));
    return li;
  }));
  $("statement-variants").replaceChildren(...variants.map((v) => {
    const li = el("li", "variant");
    li.append(el("blockquote", "quote-text", v.text));
    const meta = [titleOf(v.article_id), v.outlet, fmtDate(v.published), v.kind === "partial" ? "partial quote" : ""];
    li.append(el("p", "meta", meta.filter(Boolean).join(" · ")));
    return li;
  }));
}

function close() {
  $("statement").close();
}

$("statement-close").addEventListener("click", close);
// Closing by Escape or the button hands focus back to the button that opened the view.
$("statement").addEventListener("close", () => opener && opener.isConnected && opener.focus());
$("statement").addEventListener("click", (e) => {
  if (e.target === e.currentTarget) close(); // a click on the backdrop
});
