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
    if (value === null || value === undefined) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat(Infinity)) {
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

function entityLink(iri, label) {
  return el("a", { href: "#/entity?iri=" + encodeURIComponent(iri), class: "entity" }, label || iri);
}

// A request to a service that does one thing at a time (explanations, version diffs): a busy
// answer (503) is asked again when its Retry-After says, up to ten times.
async function fetchWhenFree(url, onWait, options) {
  let response = await fetch(url, options);
  for (let tries = 0; response.status === 503 && tries < 10; tries++) {
    const wait = Math.min(10, Number(response.headers.get("Retry-After")) || 1);
    onWait(wait);
    await new Promise(resolve => setTimeout(resolve, wait * 1000));
    response = await fetch(url, options);
  }
  return response;
}

// The documents by their labels rather than their file names (read once; a file name it does not
// know stays as it is).
const documentNames = new Map();
const documentNamesRead = sparql(PREFIXES + "SELECT ?d ?file ?label WHERE { ?d crlm:fileName ?file ; rdfs:label ?label }")
  .then(({ json }) => json.results.bindings.forEach(b => documentNames.set(b.file.value, { iri: b.d.value, label: b.label.value })))
  .catch(() => {});

function documentLink(file) {
  const known = documentNames.get(file);
  if (!known) return file;
  const link = entityLink(known.iri, known.label);
  link.title = file;
  return link;
}

// --- Query page: YASGUI (web/query.js) -------------------------------------------------------------

// What the server says of itself: the knowledge base's version and the prefixes queries may use
// undeclared (read once).
let aboutServer = null;
function about() {
  aboutServer = aboutServer || fetch("/api/version").then(r => r.ok ? r.json() : { version: "", prefixes: {} })
    .catch(() => ({ version: "", prefixes: {} }));
  return aboutServer;
}

let vocabulary = null;
// The knowledge base's classes and properties with their labels, for the editor's completion.
async function loadVocabulary() {
  if (vocabulary) return vocabulary;
  const { json } = await sparql(PREFIXES + `SELECT ?iri (SAMPLE(?l) AS ?label) ?kind WHERE {
      VALUES (?type ?kind) { (owl:Class "class") (owl:ObjectProperty "property") (owl:DatatypeProperty "property")
        (owl:AnnotationProperty "property") (rdf:Property "property") }
      ?iri a ?type ; rdfs:label ?l . FILTER(isIRI(?iri)) } GROUP BY ?iri ?kind`);
  const terms = kind => json.results.bindings.filter(b => b.kind.value === kind).map(b => ({ iri: b.iri.value, label: b.label.value }));
  vocabulary = { prefixes: (await about()).prefixes, classes: terms("class"), properties: terms("property") };
  return vocabulary;
}

let yasgui = null;
let yasguiHolder = null;
async function queryPage(params) {
  const status = el("div", { class: "status", id: "status", role: "status" });
  const examples = el("select", { id: "examples", "aria-label": "Example questions" }, el("option", { value: "" }, "Example questions\u2026"));
  const notice = el("div", { id: "version-notice" });
  if (!window.Yasgui) {
    main.replaceChildren(el("h2", {}, "Ask the knowledge base"), el("div", { class: "error" },
      "The query editor (YASGUI) is not in web/vendor/yasgui. Build the project (mvn package), which bundles it from the npm registry."));
    return;
  }
  const [vocab, server] = await Promise.all([loadVocabulary(), about(), documentNamesRead]);
  const fresh = !yasguiHolder;
  if (fresh) yasguiHolder = el("div", { id: "yasgui" });
  // Attached before YASGUI is made: its editor measures itself as it starts.
  const keys = el("p", { class: "hint", id: "editor-keys" },
    "In the editor: Ctrl+Enter runs the query, Ctrl+Space completes a term, Esc leaves the editor (then Tab moves on) or cancels a running query.");
  main.replaceChildren(el("h2", {}, "Ask the knowledge base"), notice, examples, keys, yasguiHolder, status);
  if (fresh) {
    yasgui = CrlmQuery.mount(yasguiHolder, {
      vocabulary: vocab, version: server.version, documents: documentNames, sparql: async q => (await sparql(q)).json,
      defaultQuery: PREFIXES + "\nSELECT ?agent ?label WHERE {\n  ?agent a crlm:AntiEGFRAgent ; rdfs:label ?label .\n}\n",
      onStatus: text => { const s = document.getElementById("status"); if (s) s.textContent = text; },
      onAnswered: query => history.replaceState(null, "", "#/query?q=" + encodeURIComponent(query) + (server.version ? "&v=" + server.version : "")),
    });
  } else {
    yasgui.getTab().getYasqe().refresh();
  }
  const pinned = params.get("v");
  if (pinned && server.version && pinned !== server.version) {
    notice.append(el("p", { class: "warning", id: "version-warning" },
      `This link was made on knowledge base version ${pinned.slice(0, 12)}; this server has version ${server.version.slice(0, 12)}. The answer may differ. `,
      el("a", { href: `#/diff?from=${encodeURIComponent(pinned)}&to=${encodeURIComponent(server.version)}&q=${encodeURIComponent(params.get("q") || "")}` },
        "Show what changed")));
  }
  let list = [];
  fetch("/api/questions").then(r => r.json()).then(questions => {
    list = questions;
    questions.forEach((q, i) => examples.append(el("option", { value: i }, q.question)));
  });
  examples.addEventListener("change", () => {
    const chosen = list[examples.value];
    if (!chosen) return;
    const tab = yasgui.getTab();
    tab.setQuery(chosen.query);
    tab.query().catch(() => {});
  });
  if (params.get("q")) {
    const tab = yasgui.getTab();
    if (tab.getQuery() !== params.get("q") || !params.get("keep")) {
      tab.setQuery(params.get("q"));
      tab.query().catch(() => {});
    }
  }
}

// Plain words from the explanation API: text, and terms that link to their pages.
function words(parts, sentenceEnd = true) {
  const list = [...parts];
  if (!sentenceEnd && typeof list[list.length - 1] === "string") list[list.length - 1] = list[list.length - 1].replace(/\.$/, "");
  return el("span", { class: "words" }, ...list.map(p => typeof p === "string" ? p : entityLink(p.iri, p.label)));
}

// rdf:type and rdfs:subClassOf read as words; other properties by their labels.
function predicateName(iri, objectLabel) {
  if (iri.endsWith("#type")) return /^[aeiou]/i.test(objectLabel || "") ? "is an" : "is a";
  if (iri.endsWith("#subClassOf")) return "is a kind of";
  return CrlmQuery.prefixed(iri);
}

// --- Why page: the inferred statements that put an entity in an answer, the first one explained -----

async function whyPage(params) {
  const iri = params.get("iri");
  const others = params.getAll("with");
  const asked = params.getAll("p");
  main.replaceChildren(el("h2", {}, "Why?"), el("p", { class: "status" }, "Looking for what the reasoner inferred\u2026"));
  const q = `<${iri}>`;
  const { json } = await sparql(PREFIXES + `SELECT DISTINCT ?s ?p ?o ?sl ?pl ?ol WHERE {
      { GRAPH <https://w3id.org/crlm/graph/inferred> { ${q} ?p ?o } BIND(${q} AS ?s) }
      UNION { GRAPH <https://w3id.org/crlm/graph/inferred> { ?s ?p ${q} } BIND(${q} AS ?o) }
      FILTER(isIRI(?s) && isIRI(?o) && ?o != owl:NamedIndividual && ?o != owl:Thing && ?p != owl:sameAs && ?s != ?o)
      # Not the mere inverse of a stated fact (EGFR is the target of panitumumab, because panitumumab targets EGFR).
      FILTER NOT EXISTS { GRAPH <https://w3id.org/crlm/graph/asserted> { ?o ?q ?s } { ?q owl:inverseOf ?p } UNION { ?p owl:inverseOf ?q } }
      OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?p rdfs:label ?pl } OPTIONAL { ?o rdfs:label ?ol } } LIMIT 300`);
  const rows = json.results.bindings;
  // Statements linking the entity to the row's other entities first, then relations, then types.
  // What the question asked about (its properties) first, then the row's other entities, then
  // relations before kinds.
  const score = b => (asked.includes(b.p.value) ? 0 : 20) + (others.includes(b.s.value) || others.includes(b.o.value) ? 0 : 10)
    + (b.p.value.endsWith("#type") ? 2 : b.p.value.endsWith("#subClassOf") ? 3 : 0) + (b.o.value === iri ? 0 : 1);
  rows.sort((a, b) => score(a) - score(b) || (a.sl ? a.sl.value : "").localeCompare(b.sl ? b.sl.value : ""));
  const label = (b, k) => b[k + "l"] ? b[k + "l"].value : k === "p" ? predicateName(b.p.value, label(b, "o")) : CrlmQuery.prefixed(b[k].value);
  const explainHref = b => "#/explain?subject=" + encodeURIComponent("<" + b.s.value + ">")
    + (b.p.value.endsWith("#type") || b.p.value.endsWith("#subClassOf") ? "" : "&property=" + encodeURIComponent("<" + b.p.value + ">"))
    + "&object=" + encodeURIComponent("<" + b.o.value + ">");
  const items = rows.map(b => el("li", {}, entityLink(b.s.value, label(b, "s")), " ", label(b, "p"), " ", entityLink(b.o.value, label(b, "o")),
    " ", el("a", { href: explainHref(b), class: "explain-link" }, "explain")));
  const proof = el("div", { id: "why-proof" });
  main.replaceChildren(el("h2", {}, "Why is ", entityLink(iri, rows.length ? label(rows[0], rows[0].s.value === iri ? "s" : "o") : iri), " in the answer?"),
    el("p", {}, rows.length ? "What the reasoner inferred about it, the statements that tie it to the rest of the row first:"
      : "The reasoner inferred nothing about it: it is in the answer as the files state it."),
    el("ul", { id: "why-statements" }, ...items), proof);
  if (rows.length) {
    const [, query] = explainHref(rows[0]).split("?");
    await explainInto(proof, new URLSearchParams(query));
  }
}

// --- Explanation page: a proof in plain words --------------------------------------------------------

async function explainPage(params) {
  const holder = el("div", {});
  main.replaceChildren(holder);
  await explainInto(holder, params);
}

async function explainInto(holder, params) {
  const query = new URLSearchParams();
  for (const key of ["subject", "property", "object"]) if (params.get(key)) query.set(key, params.get(key));
  holder.replaceChildren(el("p", { class: "status" }, "Searching for justifications\u2026"));
  const response = await fetchWhenFree("/api/explain?" + query.toString(),
    wait => holder.replaceChildren(el("p", { class: "status" }, `Another explanation is being searched; asking again in ${wait} s\u2026`)));
  const text = await response.text();
  if (!response.ok) { holder.replaceChildren(el("div", { class: "error" }, errorText(text))); return; }
  const result = JSON.parse(text);
  const shownSentences = new Map();
  const evidence = e => {
    const key = `${e.document}#${e.start}-${e.end}`;
    const first = e.sentence && !shownSentences.has(key);
    if (first) shownSentences.set(key, shownSentences.size + 1);
    return el("li", { class: "evidence" },
      el("span", { class: "level" }, e.level ? e.level.label : "level not stated"), " \u00b7 ", e.label || e.item,
      e.document ? [" (", documentLink(e.document), e.start !== undefined ? `, characters ${e.start}-${e.end}` : "", ")"] : "",
      first ? el("blockquote", { class: "sentence" }, e.sentence)
        : e.sentence ? el("span", { class: "sentence-ref" }, ` \u2014 the sentence quoted above (${shownSentences.get(key)})`) : null);
  };
  const parts = [el("h2", { id: "explain-statement" }, "Why ", words(result.statementWords || [result.statement], false), "?"),
    el("p", { class: "status" }, result.entailed
      ? `${result.justifications.length} justification(s), the strongest evidence first; found in ${result.millis} ms`
      : "The knowledge base does not entail this statement.")];
  result.justifications.forEach((j, i) => {
    const weakest = j.weakestEvidence ? j.weakestEvidence.label : "no evidence level (the ontology's own axioms)";
    parts.push(el("section", { class: "justification" },
      el("h3", {}, `Proof ${i + 1}`, el("span", { class: "weakest" }, ` \u2014 weakest evidence: ${weakest}`)),
      el("ol", { class: "steps" }, ...j.axioms.map((a, step) => {
        const keys = a.evidence.map(e => `${e.item}`).sort().join(" ");
        const same = j.axioms.findIndex(b => b.evidence.length && b.evidence.map(e => `${e.item}`).sort().join(" ") === keys);
        return el("li", {}, words(a.words || [a.axiom]),
          !a.evidence.length ? el("span", { class: "source" }, " (ontology axiom)")
            : same < step ? el("span", { class: "source" }, ` (the same evidence as step ${same + 1})`)
            : el("ul", {}, ...a.evidence.map(evidence)));
      })),
      el("p", { class: "conclusion" }, "Therefore: ", words(result.statementWords || [result.statement]))));
  });
  holder.replaceChildren(...parts);
}

// --- Entity page: what it is, what it is related to (asserted and inferred), its evidence ------------

async function entityPage(params) {
  const iri = params.get("iri");
  const q = `<${iri}>`;
  const [about, relations, evidence] = await Promise.all([
    sparql(PREFIXES + `SELECT ?p ?v WHERE { ${q} ?p ?v FILTER(?p IN (rdfs:label, skos:altLabel, skos:definition)) }`),
    sparql(PREFIXES + `SELECT DISTINCT ?dir ?p ?x ?g (SAMPLE(?pl0) AS ?pl) (SAMPLE(?xl0) AS ?xl) WHERE {
        VALUES ?g { <https://w3id.org/crlm/graph/asserted> <https://w3id.org/crlm/graph/inferred> }
        { GRAPH ?g { ${q} ?p ?x } BIND("out" AS ?dir) } UNION { GRAPH ?g { ?x ?p ${q} } BIND("in" AS ?dir) }
        FILTER(isIRI(?x) && ?x != owl:NamedIndividual && ?x != owl:Thing && ?x != ${q} && ?p != owl:sameAs)
        OPTIONAL { ?p rdfs:label ?pl0 } OPTIONAL { ?x rdfs:label ?xl0 } }
      GROUP BY ?dir ?p ?x ?g ORDER BY ?dir ?p ?xl LIMIT 400`),
    sparql(PREFIXES + `SELECT DISTINCT ?e ?label ?file (crlm:quote(?doc, ?start, ?end) AS ?sentence) WHERE {
        { ${q} crlm:hasEvidence ?e } UNION { ?e a crlm:EvidenceItem ; crlm:intervention ${q} } UNION { ?e a crlm:EvidenceItem ; crlm:population ${q} }
        ?e rdfs:label ?label ; prov:wasDerivedFrom ?doc .
        ?doc crlm:fileName ?file . OPTIONAL { ?e crlm:hasLocator [ oa:start ?start ; oa:end ?end ] } }
      ORDER BY ?file ?start LIMIT 100`),
  ]);
  const get = p => about.json.results.bindings.filter(b => b.p.value.endsWith(p)).map(b => b.v.value);
  const name = get("label")[0] || iri;
  // One line per relation; asserted when the files state it, else inferred with its explanation.
  const byKey = new Map();
  for (const b of relations.json.results.bindings) {
    const key = b.dir.value + " " + b.p.value + " " + b.x.value;
    const entry = byKey.get(key) || { b, asserted: false };
    if (b.g.value.endsWith("/asserted")) entry.asserted = true;
    byKey.set(key, entry);
  }
  const predicateLabel = b => b.pl ? b.pl.value : predicateName(b.p.value, b.dir.value === "out" ? (b.xl ? b.xl.value : "") : name);
  const line = ({ b, asserted }) => {
    const out = b.dir.value === "out";
    const subject = out ? q : "<" + b.x.value + ">";
    const object = out ? "<" + b.x.value + ">" : q;
    const typeLike = /#(type|subClassOf)$/.test(b.p.value);
    const explain = "#/explain?subject=" + encodeURIComponent(subject) + (typeLike ? "" : "&property=" + encodeURIComponent("<" + b.p.value + ">"))
      + "&object=" + encodeURIComponent(object);
    const other = entityLink(b.x.value, b.xl ? b.xl.value : CrlmQuery.prefixed(b.x.value));
    return el("li", { class: asserted ? "asserted" : "inferred" },
      out ? [name, " ", predicateLabel(b), " ", other] : [other, " ", predicateLabel(b), " ", name],
      asserted ? el("span", { class: "mark" }, " (asserted)")
        : el("span", { class: "mark inferred" }, " (inferred) ", el("a", { href: explain, class: "explain-link" }, "explain")));
  };
  const entries = [...byKey.values()];
  const section = (title, id, list) => el("section", { id }, el("h3", {}, title),
    list.length ? el("ul", {}, ...list.map(line)) : el("p", {}, "none"));
  main.replaceChildren(
    el("h2", { id: "entity-label" }, name),
    el("p", { class: "iri-line" }, iri),
    el("p", {}, "Synonyms: " + (get("altLabel").join(", ") || "none")),
    el("p", { id: "entity-definition" }, get("definition")[0] || ""),
    section("Is a", "entity-types", entries.filter(e => e.b.dir.value === "out" && /#(type|subClassOf)$/.test(e.b.p.value))),
    section("Relations", "entity-relations", entries.filter(e => e.b.dir.value === "out" && !/#(type|subClassOf)$/.test(e.b.p.value))),
    section("Related to it", "entity-incoming", entries.filter(e => e.b.dir.value === "in" && !/#(type|subClassOf)$/.test(e.b.p.value))),
    section("Its kinds and members", "entity-instances", entries.filter(e => e.b.dir.value === "in" && /#(type|subClassOf)$/.test(e.b.p.value))),
    el("section", {}, el("h3", {}, "Evidence"), el("ul", {}, ...evidence.json.results.bindings.map(b => el("li", {}, b.label.value + " (" + b.file.value + ")",
      b.sentence ? el("blockquote", { class: "sentence" }, b.sentence.value) : null)))));
}

// --- Guideline check page: summary, filters, paging, a jump to the draft's row, export ----------------

function download(name, type, text) {
  const a = el("a", { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(a); a.click(); a.remove();
}

function csvCell(value) {
  const text = String(value === undefined || value === null ? "" : value);
  return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

function findingsCsv(findings) {
  const header = ["severity", "kind", "code", "where", "statement", "message", "explanation", "evidence", "fix"];
  const rows = findings.map(f => [f.severity, f.kind, f.code, f.where, f.statement, f.message, f.explanation.join(" | "),
    f.evidence.map(e => `${e.label || e.item} [${e.level ? e.level.label : ""}] ${e.document || ""}`).join(" | "), f.fix]);
  return [header, ...rows].map(r => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

const PAGE_SIZE = 50;

function checkPage() {
  const draft = el("textarea", { id: "draft", rows: 10, spellcheck: "false", "aria-label": "Draft guideline" });
  draft.value = "population\tintervention\trecommendation\tconditions\nmetastatic rectal cancer; KRAS G12D\tpanitumumab + FOLFOX\trecommend\tafter RAS testing\n";
  const format = el("select", { id: "format", "aria-label": "Draft format" }, ...["tsv", "csv", "turtle"].map(f => el("option", { value: f }, f)));
  const file = el("input", { type: "file", id: "draft-file", "aria-label": "Upload a draft" });
  file.addEventListener("change", async () => {
    const f = file.files[0];
    draft.value = await f.text();
    format.value = f.name.endsWith(".ttl") ? "turtle" : f.name.endsWith(".csv") ? "csv" : "tsv";
  });
  const out = el("div", { id: "findings" });
  const jump = where => {
    const row = /row (\d+)/.exec(where);
    if (!row) return;
    const lines = draft.value.split("\n");
    const n = Math.min(Number(row[1]), lines.length) - 1;
    const start = lines.slice(0, n).reduce((sum, l) => sum + l.length + 1, 0);
    draft.focus();
    draft.setSelectionRange(start, start + lines[n].length);
    draft.scrollTop = Math.max(0, (draft.scrollHeight / lines.length) * n - draft.clientHeight / 2);
  };
  const submit = async () => {
    out.replaceChildren(el("p", { class: "status" }, "Checking\u2026"));
    const response = await fetch("/api/check?format=" + format.value, { method: "POST", body: draft.value });
    const text = await response.text();
    if (!response.ok) { out.replaceChildren(el("div", { class: "error" }, errorText(text))); return; }
    showReport(JSON.parse(text));
  };
  const showReport = report => {
    const findings = report.findings;
    const kinds = [...new Set(findings.map(f => f.kind))].sort();
    const count = (severity, kind) => findings.filter(f => f.severity === severity && f.kind === kind).length;
    const summary = el("table", { id: "check-kinds", class: "summary" },
      el("tr", {}, el("th", {}, "kind"), el("th", {}, "errors"), el("th", {}, "warnings")),
      ...kinds.map(k => el("tr", {}, el("td", {}, k), el("td", {}, count("error", k)), el("td", {}, count("warning", k)))));
    const severityFilter = el("select", { id: "filter-severity", "aria-label": "Severity" },
      el("option", { value: "" }, "all severities"), el("option", { value: "error" }, "errors"), el("option", { value: "warning" }, "warnings"));
    const kindFilter = el("select", { id: "filter-kind", "aria-label": "Kind" }, el("option", { value: "" }, "all kinds"),
      ...kinds.map(k => el("option", { value: k }, k)));
    const textFilter = el("input", { id: "filter-text", type: "search", placeholder: "text in the finding or its statement", "aria-label": "Filter by text" });
    const shown = el("p", { class: "status", id: "filter-count" });
    const list = el("div", { id: "finding-list" });
    const pager = el("div", { id: "finding-pager" });
    let page = 0;
    // The row alone checked again with its proofs asked for (explain=true): the steps by which the
    // reasoner put its population in the finding's class, under the finding.
    const explainable = f => format.value !== "turtle" && /^row \d+/.test(f.where);
    const explainFinding = async (f, button) => {
      const lines = draft.value.split("\n");
      const row = Number(/^row (\d+)/.exec(f.where)[1]);
      button.disabled = true;
      button.textContent = "searching for the proof\u2026";
      const response = await fetchWhenFree("/api/check?explain=true&format=" + format.value,
        wait => { button.textContent = `busy; asking again in ${wait} s\u2026`; }, { method: "POST", body: lines[0] + "\n" + lines[row - 1] + "\n" });
      const text = await response.text();
      const box = el("div", { class: "finding-proof" });
      if (!response.ok) box.append(el("div", { class: "error" }, errorText(text)));
      else {
        const same = JSON.parse(text).findings.find(g => g.kind === f.kind && g.message === f.message) || JSON.parse(text).findings[0];
        box.append(el("h4", {}, "Proof"), same ? el("ol", { class: "steps" }, ...same.explanation.map(x => el("li", {}, x))) : el("p", {}, "none found"));
      }
      button.replaceWith(box);
    };
    const matching = () => {
      const words = textFilter.value.toLowerCase();
      return findings.filter(f => (!severityFilter.value || f.severity === severityFilter.value) && (!kindFilter.value || f.kind === kindFilter.value)
        && (!words || (f.message + " " + f.statement + " " + f.where).toLowerCase().includes(words)));
    };
    const render = () => {
      const all = matching();
      const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
      page = Math.min(page, pages - 1);
      shown.textContent = `${all.length} of ${findings.length} finding(s) shown` + (pages > 1 ? `, page ${page + 1} of ${pages}` : "");
      list.replaceChildren(...all.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map(f => el("div", { class: "finding severity-" + f.severity },
        el("strong", {}, `${f.severity.toUpperCase()} [${f.kind} ${f.code}] `),
        el("button", { type: "button", class: "jump", title: "Select this row in the draft", onclick: () => jump(f.where) }, f.where), ": ", f.message,
        el("div", {}, "Statement: " + f.statement),
        el("ul", {}, ...f.explanation.map(x => el("li", {}, x))),
        el("ul", {}, ...f.evidence.map(e => el("li", {}, `${e.label || e.item} [${e.level ? e.level.label : ""}] `, e.document ? documentLink(e.document) : "",
          e.sentence ? el("blockquote", { class: "sentence" }, e.sentence) : null))),
        el("div", {}, "Fix: " + f.fix),
        explainable(f) ? el("button", { type: "button", class: "explain", onclick: event => explainFinding(f, event.target) },
          "explain: the reasoner's proof") : null)));
      pager.replaceChildren(
        el("button", { type: "button", id: "page-previous", disabled: page === 0 ? "" : null, onclick: () => { page--; render(); } }, "\u2190 previous"),
        el("button", { type: "button", id: "page-next", disabled: page >= pages - 1 ? "" : null, onclick: () => { page++; render(); } }, "next \u2192"));
    };
    for (const control of [severityFilter, kindFilter]) control.addEventListener("change", () => { page = 0; render(); });
    textFilter.addEventListener("input", () => { page = 0; render(); });
    out.replaceChildren(
      el("p", { class: "status", id: "check-summary" },
        `${report.statements} statement(s): ${report.errors} error(s), ${report.warnings} warning(s) in ${report.millis} ms`),
      summary,
      el("div", { class: "controls" }, "Show ", severityFilter, " ", kindFilter, " ", textFilter, " ",
        el("button", { type: "button", id: "export-csv", onclick: () => download("findings.csv", "text/csv", findingsCsv(matching())) }, "Export CSV"),
        el("button", { type: "button", id: "export-json", onclick: () => download("findings.json", "application/json",
          JSON.stringify({ ...report, findings: matching() }, null, 2)) }, "Export JSON")),
      shown, list, pager);
    render();
  };
  main.replaceChildren(el("h2", {}, "Check a draft guideline"), el("div", {}, "Format: ", format, " or upload: ", file), draft,
    el("button", { id: "check", onclick: submit }, "Check"), out);
}

// --- Patient profile page: every field the API takes, the whole answer as a clinician reads it ---------

// The vocabulary's terms of a kind (instances of a class, or its subclasses), labels and synonyms, for
// the form's suggestions; what is typed is resolved by the server the same way.
const termLists = {};
async function termList(id, root, subclasses) {
  if (termLists[id]) return termLists[id];
  const pattern = subclasses ? `?t rdfs:subClassOf+ crlm:${root}` : `?t a crlm:${root}`;
  const { json } = await sparql(PREFIXES + `SELECT DISTINCT ?name WHERE { ${pattern} . FILTER(isIRI(?t)) { ?t rdfs:label ?name } UNION { ?t skos:altLabel ?name } } ORDER BY LCASE(?name)`);
  const list = el("datalist", { id }, ...json.results.bindings.map(b => el("option", { value: b.name.value })));
  document.body.append(list);
  termLists[id] = list;
  return list;
}

function profilePage() {
  const field = (id, label, value, list, hint) => el("label", { class: "field" }, el("span", {}, label),
    el("input", { id, value: value || "", list: list || null, autocomplete: "off", "aria-describedby": hint ? id + "-hint" : null }),
    hint ? el("small", { id: id + "-hint" }, hint) : null);
  // A list field: one term per line of input, more added with the button.
  const multi = (id, label, values, list) => {
    const rows = el("div", { id, class: "multi" });
    const add = value => rows.append(el("input", { value: value || "", list, autocomplete: "off", "aria-label": label }));
    (values.length ? values : [""]).forEach(add);
    return el("fieldset", {}, el("legend", {}, label), rows,
      el("button", { type: "button", class: "add", onclick: () => add("") }, "+ another"));
  };
  const events = el("div", { id: "adverse-events", class: "multi" });
  const addEvent = () => events.append(el("div", { class: "pair" },
    el("input", { class: "event", list: "terms-adverse", placeholder: "event (e.g. peripheral neuropathy)", "aria-label": "adverse event" }),
    el("input", { class: "agent", list: "terms-intervention", placeholder: "agent (e.g. oxaliplatin)", "aria-label": "agent that caused it" })));
  addEvent();
  const form = el("form", { id: "profile-form", onsubmit: e => { e.preventDefault(); submit(); } },
    el("div", { class: "grid" },
      field("site", "Primary site", "rectum", "terms-site"),
      field("side", "Side", "", "terms-side", "left or right, when the site does not say"),
      field("histology", "Histology", "", "terms-histology"),
      field("tnm", "TNM", "pT4b pN2a pM1b", null, "e.g. cT3 cN1 cM1a, or pT4b pN2a pM1b"),
      field("timing", "Metastases found", "", "terms-timing", "synchronous or metachronous"),
      field("resectability", "Resectability", "", "terms-resectability"),
      field("ecog", "ECOG performance status", "", null, "0 to 4")),
    multi("biomarkers", "Biomarkers", ["KRAS G12D", "MSS"], "terms-feature"),
    multi("metastases", "Metastasis sites", ["right ovary", "vagina"], "terms-site"),
    multi("prior", "Prior therapies", [], "terms-intervention"),
    el("fieldset", {}, el("legend", {}, "Adverse events"), events,
      el("button", { type: "button", class: "add", onclick: addEvent }, "+ another")),
    el("button", { id: "answer", type: "submit" }, "Answer"));
  const out = el("div", { id: "profile-answer", "aria-live": "polite" });
  const values = id => [...document.querySelectorAll(`#${id} input`)].map(i => i.value.trim()).filter(Boolean);
  const value = id => document.getElementById(id).value.trim();
  const submit = async () => {
    const profile = { id: "web", primarySite: value("site") };
    for (const [key, id] of [["side", "side"], ["histology", "histology"], ["tnm", "tnm"], ["metastasisTiming", "timing"],
      ["resectability", "resectability"]]) if (value(id)) profile[key] = value(id);
    if (value("ecog")) profile.ecog = Number(value("ecog"));
    profile.biomarkers = values("biomarkers");
    profile.metastases = values("metastases");
    profile.priorTherapies = values("prior");
    profile.adverseEvents = [...events.querySelectorAll(".pair")].map(p => ({ event: p.querySelector(".event").value.trim(), agent: p.querySelector(".agent").value.trim() }))
      .filter(e => e.event || e.agent);
    out.replaceChildren(el("p", { class: "status" }, "Reasoning\u2026"));
    const response = await fetch("/api/profile?explain=true", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(profile) });
    const text = await response.text();
    if (!response.ok) { out.replaceChildren(el("div", { class: "error" }, errorText(text))); return; }
    showAnswer(JSON.parse(text));
  };
  const shown = new Set();
  const evidenceList = list => list && list.length ? el("ul", { class: "evidence-list" }, ...list.map(e => {
    const key = `${e.document}#${e.start}`;
    const first = e.sentence && !shown.has(key);
    if (first) shown.add(key);
    return el("li", {}, el("span", { class: "level" }, e.level ? e.level.label : "level not stated"), " \u00b7 ", e.label || e.item,
      e.document ? [" (", documentLink(e.document), ")"] : "", first ? el("blockquote", { class: "sentence" }, e.sentence) : e.sentence ? el("span", { class: "sentence-ref" }, " \u2014 sentence quoted above") : null);
  })) : null;
  const names = xs => (xs || []).map(x => x.label).join(", ");
  const entry = e => el("li", { class: "entry" },
    el("div", { class: "entry-head" }, entityLink(e.iri, e.label),
      e.strength ? el("span", { class: "tag strength" }, e.strength.label) : null,
      e.investigational ? el("span", { class: "tag investigational" }, "investigational" + (e.phase ? ", phase " + e.phase : "")) : null,
      e.contraindicated ? el("span", { class: "tag against" }, "contraindicated") : null,
      ...(e.qualifiers || []).map(q => el("span", { class: "tag hedge" }, q))),
    e.population ? el("div", {}, "For: ", entityLink(e.population.iri, e.population.label)) : null,
    e.interventions ? el("div", {}, "Interventions: ", names(e.interventions)) : null,
    e.biomarker ? el("div", {}, "Biomarker: ", names([].concat(e.biomarker))) : null,
    e.targets ? el("div", {}, "Targets: ", names(e.targets)) : null,
    e.requiresTest ? el("div", {}, "Requires the test: ", names([].concat(e.requiresTest))) : null,
    e.alreadyGiven ? el("div", {}, "Already given: ", names(e.alreadyGiven)) : null,
    e.conflictsWithNoBenefit ? el("div", { class: "warning" }, "Conflicts with no benefit for: ", names(e.conflictsWithNoBenefit)) : null,
    e.advisedAgainstBy ? el("div", {}, "Advised against by: ", e.advisedAgainstBy.join(", ")) : null,
    e.exceptInCombination ? el("div", {}, "Except in combination with: ", names(e.exceptInCombination)) : null,
    e.registryIds ? el("div", {}, "Registry: ", e.registryIds.join(", ")) : null,
    e.why ? el("div", { class: "why" }, "Why: ", e.why) : null,
    e.reasons ? el("ul", { class: "reasons" }, ...e.reasons.map(r => el("li", {}, r.why, evidenceList(r.evidence), proof(r.whyThePopulation)))) : null,
    e.source ? el("div", { class: "source" }, "Source: ", e.source) : null,
    evidenceList(e.evidence), proof(e.whyThePopulation));
  // Why the patient falls in the population: the reasoner's steps, one click away.
  const proof = steps => steps && steps.length ? el("details", { class: "proof" }, el("summary", {}, "explain: why this patient is in the population"),
    el("ol", { class: "steps" }, ...steps.map(step => el("li", {}, step.words ? words(step.words) : step.axiom, evidenceList(step.evidence))))) : null;
  const group = (title, id, sections) => {
    const filled = sections.filter(([, list]) => list && list.length);
    return el("section", { class: "group", id }, el("h3", {}, title),
      filled.length ? filled.map(([name, list, note]) => el("div", { class: "subsection" }, el("h4", {}, name, note ? el("small", {}, " " + note) : null),
        el("ul", {}, ...list.map(entry)))) : el("p", {}, "nothing"));
  };
  const showAnswer = a => {
    shown.clear();
    out.replaceChildren(
      ...(a.warnings || []).map(w => el("p", { class: "warning" }, "Warning: " + w)),
      el("section", { class: "group", id: "profile-stage" }, el("h3", {}, "Stage"),
        el("p", { id: "stage" }, "Stage group: " + (names(a.stageGroup) || "not determined")),
        el("p", {}, "Populations it falls in: ", ...(a.populations || []).flatMap((p, i) => [i ? ", " : "", entityLink(p.iri, p.label)]))),
      group("What applies", "profile-applies", [["Recommendations", a.recommendations], ["Evidence of benefit", a.evidenceOfBenefit],
        ["Possible benefit", a.possibleBenefit, "(hedged by the source: benefit not established)"], ["Targeted agents for the biomarkers", a.targetedAgents]]),
      group("What to avoid, and why", "profile-avoid", [["No benefit (contraindicated)", a.noBenefit],
        ["Likely no benefit", a.likelyNoBenefit, "(hedged by the source)"], ["Advised against", a.advisedAgainst],
        ["Ruled out by adverse events", a.excludedByAdverseEvents]]),
      group("Trials and studies", "profile-trials", [["Studies", a.trials]]),
      group("What sources disagree on", "profile-disagree", [["Reported against by a source", a.reportedAgainst],
        ["Not applicable to this patient", a.notApplicable]]),
      el("p", { class: "status" }, `Answered in ${a.millis} ms.`));
    out.scrollIntoView({ block: "start" });
  };
  main.replaceChildren(el("h2", {}, "Patient profile"), form, out);
  // The vocabulary's own terms as suggestions (read once).
  Promise.all([termList("terms-site", "AnatomicalSite"), termList("terms-histology", "HistologicalType"),
    termList("terms-feature", "MolecularFeature"), termList("terms-timing", "MetastasisTiming"),
    termList("terms-resectability", "Resectability"), termList("terms-intervention", "Intervention"),
    termList("terms-adverse", "AdverseEventType")]).catch(() => {});
  if (!document.getElementById("terms-side")) document.body.append(el("datalist", { id: "terms-side" }, el("option", { value: "left" }), el("option", { value: "right" })));
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

// --- Diff page: what the answers gained and lost between two versions --------------------------------

async function diffPage(params) {
  const query = new URLSearchParams();
  for (const key of ["from", "to", "q"]) if (params.get(key)) query.set(key, params.get(key));
  main.replaceChildren(el("h2", {}, "What changed"), el("p", { class: "status" }, "Comparing the answers of the two versions\u2026"));
  const response = await fetchWhenFree("/api/diff?" + query.toString(), wait => main.replaceChildren(el("h2", {}, "What changed"),
    el("p", { class: "status" }, `Another comparison is running; asking again in ${wait} s\u2026`)));
  const text = await response.text();
  if (!response.ok) { main.replaceChildren(el("h2", {}, "What changed"), el("div", { class: "error", id: "diff-error" }, errorText(text))); return; }
  const diff = JSON.parse(text);
  const changed = diff.questions.filter(q => q.added.length || q.removed.length);
  const cells = row => row.split("\t").map(v => el("td", {}, v));
  const table = (title, css, header, rows) => rows.length ? el("div", { class: css },
    el("h4", {}, `${title} (${rows.length})`),
    el("div", { class: "scroll" }, el("table", {}, el("tr", {}, ...header.split("\t").map(h => el("th", {}, h))),
      ...rows.map(r => el("tr", {}, ...cells(r)))))) : null;
  main.replaceChildren(el("h2", {}, "What changed"),
    el("p", { id: "diff-summary" }, `From version ${diff.from.slice(0, 12)} to ${diff.to.slice(0, 12)}: ${changed.length} of ${diff.questions.length} question(s) answered differently.`),
    ...diff.questions.map(q => el("section", { class: "diff-question" + (q.added.length || q.removed.length ? " changed" : "") },
      el("h3", {}, q.name, el("span", { class: "mark" }, q.added.length || q.removed.length ? ` +${q.added.length} \u2212${q.removed.length}` : " unchanged")),
      table("Rows added", "added", q.header, q.added), table("Rows removed", "removed", q.header, q.removed))));
}

// --- Routing ---------------------------------------------------------------------------------------

function route() {
  const [path, query] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(query || "");
  document.querySelectorAll("header nav a").forEach(a => {
    const current = a.getAttribute("href") === "#" + path;
    a.classList.toggle("active", current);
    if (current) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  });
  const page = { "/entity": entityPage, "/explain": explainPage, "/why": whyPage, "/check": checkPage, "/profile": profilePage,
    "/figures": figuresPage, "/diff": diffPage }[path] || queryPage;
  Promise.resolve(page(params)).catch(e => main.replaceChildren(el("div", { class: "error" }, e.message)))
    .finally(() => { if (performance.getEntriesByName("crlm-rendered").length === 0) performance.mark("crlm-rendered"); });
}
window.addEventListener("hashchange", route);
// The skip link moves the focus to the page's content; followed as a link, its "#main" would be
// read as a route and show the query page instead.
document.querySelector("a.skip").addEventListener("click", event => { event.preventDefault(); main.focus(); });
route();
