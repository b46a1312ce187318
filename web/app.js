// The crlm web UI: query, entity, guideline check, patient profile and figures pages, over the server's
// SPARQL endpoint and JSON APIs. Every value from the data is put on the page as text
// (textContent), never as markup, so a literal that contains a tag stays inert.
"use strict";

const PREFIXES = `PREFIX crlm: <https://w3id.org/crlm/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
`;

const main = document.getElementById("main");

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// The server's errors: JSON under /api/ ({message, requestId}), plain text elsewhere.
function errorText(text) {
  try {
    const error = JSON.parse(text);
    if (error && typeof error.message === "string") return error.message + (error.requestId ? ` (request id ${error.requestId})` : "");
  } catch (notJson) { /* plain text */ }
  return text;
}

async function sparql(query) {
  const started = performance.now();
  const response = await fetch("/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json" },
    body: query,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(text);
  return { json: JSON.parse(text), millis: Math.round(performance.now() - started), cap: response.headers.get("X-Crlm-Row-Cap") };
}

async function labels(iris) {
  if (iris.length === 0) return {};
  const values = iris.map(i => "<" + i + ">").join(" ");
  const { json } = await sparql(PREFIXES + `SELECT ?s ?l WHERE { VALUES ?s { ${values} } ?s rdfs:label ?l }`);
  const map = {};
  for (const b of json.results.bindings) map[b.s.value] = b.l.value;
  return map;
}

function entityLink(iri, label) {
  return el("a", { href: "#/entity?iri=" + encodeURIComponent(iri), class: "entity" }, label || iri);
}

// --- Query page -----------------------------------------------------------------------------

async function queryPage(params) {
  const editor = el("textarea", { id: "query", rows: 14, spellcheck: "false" });
  editor.value = params.get("q") || PREFIXES + "\nSELECT ?agent ?label WHERE {\n  ?agent a crlm:AntiEGFRAgent ; rdfs:label ?label .\n}\n";
  // The editor highlights SPARQL (CodeMirror, bundled in web/vendor); without it, the plain text area serves.
  let cm = null;
  const text = () => cm ? cm.getValue() : editor.value;
  const setText = value => cm ? cm.setValue(value) : (editor.value = value);
  let marked = null;
  const examples = el("select", { id: "examples" }, el("option", { value: "" }, "Example questions…"));
  const status = el("div", { class: "status", id: "status" });
  const results = el("div", { id: "results" });
  const downloads = el("span", {});
  const run = async () => {
    history.replaceState(null, "", "#/query?q=" + encodeURIComponent(text()));
    if (cm && marked !== null) { cm.removeLineClass(marked, "background", "error-line"); marked = null; }
    status.textContent = "Running…";
    results.replaceChildren();
    downloads.replaceChildren();
    try {
      const { json, millis, cap } = await sparql(text());
      await showResults(json, results);
      const rows = json.results ? json.results.bindings.length : (json.boolean !== undefined ? 1 : 0);
      status.textContent = `${rows} row(s) in ${millis} ms` + (cap && rows >= Number(cap) ? ` (the server answers at most ${cap} rows; add a LIMIT or narrow the query)` : "");
      downloads.append(downloadLink(text(), "text/csv", "Download CSV", "results.csv"), " ",
        downloadLink(text(), "application/sparql-results+json", "Download JSON", "results.json"));
    } catch (e) {
      status.textContent = "";
      results.append(el("div", { class: "error", id: "query-error" }, e.message));
      const line = /line (\d+)/.exec(e.message);
      if (cm && line) {
        marked = Number(line[1]) - 1;
        cm.addLineClass(marked, "background", "error-line");
      }
    }
  };
  editor.addEventListener("keydown", e => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); } });
  examples.addEventListener("change", () => {
    const chosen = examplesList[examples.value];
    if (chosen) { setText(chosen.query); run(); }
  });
  let examplesList = [];
  fetch("/api/questions").then(r => r.json()).then(list => {
    examplesList = list;
    list.forEach((q, i) => examples.append(el("option", { value: i }, q.question)));
  });
  main.replaceChildren(el("h2", {}, "Ask the knowledge base"), examples, editor,
    el("div", {}, el("button", { id: "run", onclick: run }, "Run (Ctrl+Enter)"), downloads), status, results);
  if (window.CodeMirror) {
    cm = CodeMirror.fromTextArea(editor, { mode: "application/sparql-query", lineNumbers: true,
      extraKeys: { "Ctrl-Enter": run, "Cmd-Enter": run } });
  }
  if (params.get("q")) run();
}

function downloadLink(query, type, text, file) {
  return el("button", { onclick: async () => {
    const response = await fetch("/sparql", { method: "POST", headers: { "Content-Type": "application/sparql-query", "Accept": type }, body: query });
    const blob = await response.blob();
    const a = el("a", { href: URL.createObjectURL(blob), download: file });
    document.body.append(a); a.click(); a.remove();
  } }, text);
}

async function showResults(json, into) {
  if (json.boolean !== undefined) { into.append(el("p", { id: "ask-answer" }, json.boolean ? "yes" : "no")); return; }
  const vars = json.head.vars;
  const rows = json.results.bindings;
  const iris = [...new Set(rows.flatMap(r => Object.values(r)).filter(v => v.type === "uri").map(v => v.value))];
  const names = await labels(iris.slice(0, 500));
  const table = el("table", { id: "results-table" }, el("tr", {}, ...vars.map(v => el("th", {}, v))));
  for (const row of rows) {
    table.append(el("tr", {}, ...vars.map(v => {
      const value = row[v];
      if (!value) return el("td", {});
      return el("td", {}, value.type === "uri" ? entityLink(value.value, names[value.value]) : value.value);
    })));
  }
  into.append(table);
}

// --- Entity page ------------------------------------------------------------------------------

async function entityPage(params) {
  const iri = params.get("iri");
  const q = `<${iri}>`;
  const [about, supers, types, evidence, instances] = await Promise.all([
    sparql(PREFIXES + `SELECT ?p ?v WHERE { ${q} ?p ?v FILTER(?p IN (rdfs:label, skos:altLabel, skos:definition)) }`),
    sparql(PREFIXES + `SELECT DISTINCT ?c ?g WHERE { GRAPH ?g { ${q} rdfs:subClassOf ?c } FILTER(isIRI(?c)) }`),
    sparql(PREFIXES + `SELECT DISTINCT ?c ?g WHERE { GRAPH ?g { ${q} a ?c } FILTER(isIRI(?c) && ?c != owl:NamedIndividual) }`),
    sparql(PREFIXES + `PREFIX prov: <http://www.w3.org/ns/prov#>
      SELECT DISTINCT ?e ?label ?file (crlm:quote(?doc, ?start, ?end) AS ?sentence) WHERE {
        { ${q} crlm:hasEvidence ?e } UNION { ?e a crlm:EvidenceItem ; crlm:intervention ${q} } UNION { ?e a crlm:EvidenceItem ; crlm:population ${q} }
        ?e rdfs:label ?label ; prov:wasDerivedFrom ?doc .
        ?doc crlm:fileName ?file . OPTIONAL { ?e crlm:hasLocator [ <http://www.w3.org/ns/oa#start> ?start ; <http://www.w3.org/ns/oa#end> ?end ] } }
      ORDER BY ?file ?start LIMIT 100`),
    sparql(PREFIXES + `SELECT DISTINCT ?c ?g WHERE { GRAPH ?g { ?c a ${q} } FILTER(isIRI(?c)) } LIMIT 200`),
  ]);
  const get = p => about.json.results.bindings.filter(b => b.p.value.endsWith(p)).map(b => b.v.value);
  const section = (title, rows) => el("section", {}, el("h3", {}, title), rows.length ? el("ul", {}, ...rows) : el("p", {}, "none"));
  const classRows = async (result, asObject) => {
    const rows = result.json.results.bindings;
    const names = await labels(rows.map(b => b.c.value));
    return rows.map(b => el("li", {}, entityLink(b.c.value, names[b.c.value]),
      b.g.value.endsWith("inferred") ? el("span", { class: "inferred" }, " (inferred) ",
        el("a", { href: "#/explain?subject=" + encodeURIComponent(asObject ? "<" + b.c.value + ">" : q)
          + "&object=" + encodeURIComponent(asObject ? q : "<" + b.c.value + ">") }, "explain")) : " (asserted)"));
  };
  main.replaceChildren(
    el("h2", { id: "entity-label" }, get("label")[0] || iri),
    el("p", {}, iri),
    el("p", {}, "Synonyms: " + (get("altLabel").join(", ") || "none")),
    el("p", { id: "entity-definition" }, get("definition")[0] || ""),
    section("Superclasses", await classRows(supers)),
    section("Types", await classRows(types)),
    section("Instances", await classRows(instances, true)),
    section("Evidence", evidence.json.results.bindings.map(b => el("li", {}, b.label.value + " (" + b.file.value + ")",
      b.sentence ? el("div", { class: "sentence" }, b.sentence.value) : null))));
}

// --- Explanation page ------------------------------------------------------------------------------

async function explainPage(params) {
  const query = new URLSearchParams();
  for (const key of ["subject", "property", "object"]) if (params.get(key)) query.set(key, params.get(key));
  main.replaceChildren(el("h2", {}, "Why?"), el("p", { class: "status" }, "Searching for justifications…"));
  const response = await fetch("/api/explain?" + query.toString());
  const text = await response.text();
  if (!response.ok) { main.replaceChildren(el("h2", {}, "Why?"), el("div", { class: "error" }, errorText(text))); return; }
  const result = JSON.parse(text);
  const parts = [el("h2", { id: "explain-statement" }, result.statement),
    el("p", { class: "status" }, result.entailed ? `${result.justifications.length} justification(s) in ${result.millis} ms`
      : "The knowledge base does not entail this statement.")];
  result.justifications.forEach((j, i) => parts.push(el("section", {}, el("h3", {}, `Justification ${i + 1}`
      + (j.weakestEvidence ? ` (weakest evidence: ${j.weakestEvidence.label})` : "")),
    el("ul", {}, ...j.axioms.map(a => el("li", {}, a.axiom,
      el("ul", {}, ...a.evidence.map(e => el("li", {}, `${e.label || e.item} [${e.level ? e.level.label : ""}] ${e.document || ""}`,
        e.sentence ? el("div", { class: "sentence" }, e.sentence) : null)))))))));
  main.replaceChildren(...parts);
}

// --- Guideline check page -------------------------------------------------------------------------

function checkPage() {
  const draft = el("textarea", { id: "draft", rows: 10, spellcheck: "false" });
  draft.value = "population\tintervention\trecommendation\tconditions\nmetastatic rectal cancer; KRAS G12D\tpanitumumab + FOLFOX\trecommend\tafter RAS testing\n";
  const format = el("select", { id: "format" }, ...["tsv", "csv", "turtle"].map(f => el("option", { value: f }, f)));
  const file = el("input", { type: "file", id: "draft-file" });
  file.addEventListener("change", async () => {
    const f = file.files[0];
    draft.value = await f.text();
    format.value = f.name.endsWith(".ttl") ? "turtle" : f.name.endsWith(".csv") ? "csv" : "tsv";
  });
  const out = el("div", { id: "findings" });
  const submit = async () => {
    out.replaceChildren(el("p", { class: "status" }, "Checking…"));
    const response = await fetch("/api/check?format=" + format.value, { method: "POST", body: draft.value });
    const text = await response.text();
    if (!response.ok) { out.replaceChildren(el("div", { class: "error" }, errorText(text))); return; }
    const report = JSON.parse(text);
    out.replaceChildren(el("p", { class: "status", id: "check-summary" },
      `${report.statements} statement(s): ${report.errors} error(s), ${report.warnings} warning(s) in ${report.millis} ms`));
    for (const f of report.findings) {
      out.append(el("div", { class: "finding severity-" + f.severity },
        el("strong", {}, `${f.severity.toUpperCase()} [${f.kind} ${f.code}] ${f.where}: `), f.message,
        el("div", {}, "Statement: " + f.statement),
        el("ul", {}, ...f.explanation.map(s => el("li", {}, s))),
        el("ul", {}, ...f.evidence.map(e => el("li", {}, `${e.label || e.item} [${e.level ? e.level.label : ""}] ${e.document || ""}`,
          e.sentence ? el("div", { class: "sentence" }, e.sentence) : null))),
        el("div", {}, "Fix: " + f.fix)));
    }
  };
  main.replaceChildren(el("h2", {}, "Check a draft guideline"), el("div", {}, "Format: ", format, " or upload: ", file), draft,
    el("button", { id: "check", onclick: submit }, "Check"), out);
}

// --- Patient profile page ------------------------------------------------------------------------

function profilePage() {
  const field = (id, label, value) => el("label", {}, label + " ", el("input", { id, value, size: 40 }));
  const form = el("div", { id: "profile-form" },
    el("div", {}, field("site", "Primary site", "rectum"), " ", field("side", "Side (left/right)", "")),
    el("div", {}, field("tnm", "TNM", "pT4b pN2a pM1b")),
    el("div", {}, field("biomarkers", "Biomarkers (comma-separated)", "KRAS G12D, MSS")),
    el("div", {}, field("metastases", "Metastases (comma-separated)", "right ovary, vagina")),
    el("div", {}, field("prior", "Prior therapies (comma-separated)", "")));
  const out = el("div", { id: "profile-answer" });
  const list = id => document.getElementById(id).value.split(",").map(s => s.trim()).filter(Boolean);
  const submit = async () => {
    const profile = { id: "web", primarySite: document.getElementById("site").value.trim() };
    const side = document.getElementById("side").value.trim();
    if (side) profile.side = side;
    const tnm = document.getElementById("tnm").value.trim();
    if (tnm) profile.tnm = tnm;
    profile.biomarkers = list("biomarkers");
    profile.metastases = list("metastases");
    profile.priorTherapies = list("prior");
    const response = await fetch("/api/profile", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(profile) });
    const text = await response.text();
    if (!response.ok) { out.replaceChildren(el("div", { class: "error" }, errorText(text))); return; }
    const a = JSON.parse(text);
    const names = xs => xs.map(x => x.label).join(", ") || "none";
    const section = (title, entries) => el("section", {}, el("h3", {}, title),
      entries.length ? el("ul", {}, ...entries.map(e => el("li", {}, e.label + (e.qualifiers ? " (" + e.qualifiers.join(", ") + ")" : ""),
        e.why ? el("div", {}, "Why: " + e.why) : null,
        e.reasons ? el("ul", {}, ...e.reasons.map(r => el("li", {}, r.why))) : null))) : el("p", {}, "none"));
    out.replaceChildren(...(a.warnings || []).map(w => el("p", { class: "warning" }, "Warning: " + w)),
      el("p", { id: "stage" }, "Stage group: " + names(a.stageGroup)),
      el("p", {}, "Populations: " + names(a.populations)),
      section("Recommendations", a.recommendations), section("Advised against", a.advisedAgainst),
      section("No benefit (contraindicated)", a.noBenefit),
      section("Likely no benefit (hedged by the source: a warning)", a.likelyNoBenefit || []),
      section("Ruled out by adverse events", a.excludedByAdverseEvents),
      section("Evidence of benefit", a.evidenceOfBenefit),
      section("Possible benefit (hedged by the source: benefit not established)", a.possibleBenefit || []), section("Targeted agents for the biomarkers", a.targetedAgents),
      section("Not applicable", a.notApplicable), section("Studies", a.trials));
  };
  main.replaceChildren(el("h2", {}, "Patient profile"), form, el("button", { id: "answer", onclick: submit }, "Answer"), out);
}

// --- Figures page: the figure comparator's findings ----------------------------------------------

async function figuresPage(params) {
  main.replaceChildren(el("h2", {}, "Figures compared"), el("p", { class: "status" }, "Loading…"));
  const response = await fetch("/api/figures/comparisons");
  const text = await response.text();
  if (!response.ok) { main.replaceChildren(el("h2", {}, "Figures compared"), el("div", { class: "error" }, errorText(text))); return; }
  const all = JSON.parse(text).comparisons;
  const wanted = params.get("verdict");
  const shown = wanted ? all.filter(c => c.verdict === wanted) : all;
  const verdicts = ["conflict", "population-dependent", "compatible discrepancy"];
  const filter = el("p", { id: "figure-filter" }, "Show: ",
    el("a", { href: "#/figures" }, `all (${all.length})`), ...verdicts.flatMap(v => [" · ",
      el("a", { href: "#/figures?verdict=" + encodeURIComponent(v) }, `${v} (${all.filter(c => c.verdict === v).length})`)]));
  const figure = f => el("div", { class: "figure" },
    el("strong", {}, f.label), ` ${f.values} ${f.unit}; ${f.document}${f.part ? ", " + f.part.replace(/.*\//, "") : ""}`,
    el("ul", {}, ...f.evidence.map(e => el("li", {}, `${e.label || e.item} [${e.level ? e.level.label : ""}]`,
      e.sentence ? el("div", { class: "sentence" }, e.sentence) : null))));
  const items = shown.map(c => el("section", { class: "comparison verdict-" + c.verdict.replace(/ /g, "-") },
    el("h3", {}, c.verdict + (c.withinDocument ? " (within one document)" : " (between documents)")),
    figure(c.figures[0]), figure(c.figures[1]),
    el("ol", { class: "steps" }, ...c.steps.map(s => el("li", {}, s.replace(/^\d+\. /, ""))))));
  main.replaceChildren(el("h2", {}, "Figures compared"),
    el("p", {}, "Pairs of reported figures of one measure, compared after unit conversion for the same or nested populations and the same time point: "
      + "a conflict cannot both hold; population-dependent figures are about one population within the other; a compatible discrepancy differs but overlaps."),
    filter, ...(items.length ? items : [el("p", {}, "none")]));
}

// --- Routing ---------------------------------------------------------------------------------------

function route() {
  const [path, query] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(query || "");
  document.querySelectorAll("header a").forEach(a => a.classList.toggle("active", a.getAttribute("href") === "#" + path));
  const page = { "/entity": entityPage, "/explain": explainPage, "/check": checkPage, "/profile": profilePage,
    "/figures": figuresPage }[path] || queryPage;
  Promise.resolve(page(params)).catch(e => main.replaceChildren(el("div", { class: "error" }, e.message)));
}
window.addEventListener("hashchange", route);
route();
