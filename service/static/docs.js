// Renders /openapi.json as a plain list of operations. Everything from the document is inserted
// as text (never as HTML), and nothing is loaded from outside this server.
"use strict";

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function schemaText(schema) {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop();
  let text = schema.type || "";
  if (schema.items) text += " of " + schemaText(schema.items);
  if (schema.enum) text += " (" + schema.enum.join(" | ") + ")";
  if (schema.maximum !== undefined) text += " ≤ " + schema.maximum;
  if (schema.maxLength !== undefined) text += ", ≤ " + schema.maxLength + " chars";
  if (schema.pattern) text += " " + schema.pattern;
  return text;
}

function operation(path, method, op) {
  const section = el("section");
  const head = el("h2");
  head.append(el("span", method.toUpperCase(), "method"), el("code", path));
  section.append(head, el("p", op.summary || ""), el("p", op.description || "", "desc"));
  const params = op.parameters || [];
  if (params.length) {
    const table = el("table");
    for (const p of params) {
      const row = el("tr");
      row.append(el("td", p.name), el("td", p.in), el("td", schemaText(p.schema)), el("td", p.description || ""));
      table.append(row);
    }
    section.append(table);
  }
  const codes = Object.keys(op.responses || {}).join(", ");
  section.append(el("p", "Responses: " + codes));
  return section;
}

fetch("/openapi.json")
  .then((r) => r.json())
  .then((spec) => {
    const main = document.getElementById("docs");
    main.replaceChildren(el("p", (spec.info && spec.info.description) || "", "desc"));
    document.getElementById("title").textContent = spec.info.title + " API " + spec.info.version;
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (method !== "parameters") main.append(operation(path, method, op));
      }
    }
  })
  .catch((err) => { document.getElementById("docs").textContent = "Could not load /openapi.json: " + err; });
