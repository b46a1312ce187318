// The query page's editor and results: YASGUI (bundled into web/vendor/yasgui at build time),
// configured to ask only this server, extended where the project adds something: completion of
// this knowledge base's classes and properties by label, result cells that link to entity pages
// and explain themselves, labels for the IRIs on the page shown, a chart of a numeric column.
// Nothing here asks anything of the internet (YASGUI's own class and property completion would
// ask LOV; it is replaced).
"use strict";

const CrlmQuery = (() => {
  const { Yasqe, Yasr } = window.Yasgui;
  const esc = s => String(s).replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  let prefixes = {};
  let aborted = false;
  const labelCache = new Map();
  let documents = new Map();

  function prefixed(iri) {
    for (const [p, ns] of Object.entries(prefixes)) if (iri.startsWith(ns) && /^[\w-]*$/.test(iri.slice(ns.length))) return p + ":" + iri.slice(ns.length);
    return "<" + iri + ">";
  }

  // Completion of the knowledge base's own terms: the label is shown, the prefixed IRI inserted.
  function completer(name, position, terms) {
    const byText = new Map(terms.map(t => [prefixed(t.iri), t]));
    return {
      name, bulk: false, autoShow: true, persistenceId: null,
      isValidCompletionPosition: Yasqe.Autocompleters[position].isValidCompletionPosition,
      get: (yasqe, token) => {
        const typed = ((token && token.string) || "").replace(/^</, "").toLowerCase();
        const words = typed.replace(/^\w+:/, "");
        return terms.filter(t => t.label.toLowerCase().includes(words) || prefixed(t.iri).toLowerCase().startsWith(typed))
          .sort((a, b) => (a.label.toLowerCase().startsWith(words) ? 0 : 1) - (b.label.toLowerCase().startsWith(words) ? 0 : 1)
            || a.label.localeCompare(b.label))
          .slice(0, 40).map(t => prefixed(t.iri));
      },
      postprocessHints: (yasqe, hints) => hints.map(h => ({ ...h, className: "crlm-hint",
        displayText: (byText.get(h.text) || { label: h.text }).label + "  \u2014 " + h.text })),
    };
  }

  // Result cells: an IRI is its label (read for the cells on the page shown), a link to its page,
  // and an "explain" action that asks why the row's entities are related.
  // A literal that is a corpus document's file name (as answers that cite a source give it) is
  // shown as the document's label, linked to its page; the file name stays in the cell's title.
  class Table extends Yasr.plugins.table {
    getCellContent(binding, cellPrefixes) {
      const document = binding.type === "literal" && documents.get(binding.value);
      if (document) {
        return `<a class="document" data-file="${esc(binding.value)}" title="${esc(binding.value)}"`
          + ` href="#/entity?iri=${encodeURIComponent(document.iri)}">${esc(document.label)}</a>`;
      }
      if (binding.type !== "uri") return super.getCellContent(binding, cellPrefixes);
      const iri = binding.value;
      const shown = labelCache.get(iri) || prefixed(iri);
      return `<span class="crlm-cell"><a class="iri" data-iri="${esc(iri)}" href="#/entity?iri=${encodeURIComponent(iri)}">${esc(shown)}</a>`
        + ` <button type="button" class="explain" data-iri="${esc(iri)}" title="Why is this in the answer?">explain</button></span>`;
    }
  }

  // A bar chart of the first numeric column against the first other column: counts and figures
  // read at a glance. Drawn as SVG, so nothing is loaded for it.
  class Chart {
    constructor(yasr) { this.yasr = yasr; this.priority = 1; this.label = "Chart"; }
    columns() {
      const results = this.yasr.results;
      if (!results || results.getType() !== "json" || !results.getVariables) return null;
      const vars = results.getVariables() || [];
      const rows = results.getBindings() || [];
      const numeric = vars.find(v => rows.length > 0 && rows.every(r => r[v] && r[v].type !== "uri" && r[v].value !== "" && !isNaN(Number(r[v].value))));
      if (!numeric) return null;
      return { numeric, label: vars.find(v => v !== numeric), rows };
    }
    canHandleResults() { return this.columns() !== null; }
    getIcon() { const i = document.createElement("span"); i.textContent = "\u2587"; return i; }
    draw() {
      const { numeric, label, rows } = this.columns();
      const shown = rows.slice(0, 60);
      const max = Math.max(...shown.map(r => Number(r[numeric].value)), 0) || 1;
      const height = 22 * shown.length + 10;
      const name = r => !label || !r[label] ? "" : r[label].type === "uri" ? (labelCache.get(r[label].value) || prefixed(r[label].value)) : r[label].value;
      const bars = shown.map((r, i) => {
        const value = Number(r[numeric].value);
        const width = Math.max(1, Math.round(300 * value / max));
        return `<text x="0" y="${22 * i + 16}" class="crlm-chart-label">${esc(name(r)).slice(0, 60)}</text>`
          + `<rect x="310" y="${22 * i + 4}" width="${width}" height="16"></rect>`
          + `<text x="${316 + width}" y="${22 * i + 16}">${esc(r[numeric].value)}</text>`;
      }).join("");
      const holder = document.createElement("div");
      holder.className = "crlm-chart";
      holder.innerHTML = `<p>${esc(numeric)}${label ? " by " + esc(label) : ""}${rows.length > shown.length ? ` (first ${shown.length} of ${rows.length} rows)` : ""}</p>`
        + `<svg role="img" aria-label="bar chart of ${esc(numeric)}" width="100%" viewBox="0 0 720 ${height}" preserveAspectRatio="xMinYMin meet">${bars}</svg>`;
      this.yasr.resultsEl.appendChild(holder);
    }
  }

  let installed = false;
  function install(vocabulary) {
    if (installed) return;
    installed = true;
    prefixes = vocabulary.prefixes;
    Yasqe.registerAutocompleter(completer("crlmClass", "class", vocabulary.classes));
    Yasqe.registerAutocompleter(completer("crlmProperty", "property", vocabulary.properties));
    Yasqe.forkAutocompleter("prefixes", { name: "crlmPrefixes", persistenceId: null,
      get: () => Object.entries(prefixes).map(([p, ns]) => `${p}: <${ns}>`) });
    // The static list, replaced whole: a list given in the configuration is merged index by index.
    Yasqe.defaults.autocompleters = ["variables", "crlmPrefixes", "crlmClass", "crlmProperty"];
    Yasr.registerPlugin("table", Table);
    Yasr.registerPlugin("chart", Chart);
    Yasr.defaults.pluginOrder = ["table", "response", "chart"];
    // The server's message as text, with its line marked in the editor; a cancelled query says so.
    Yasr.defaults.errorRenderers = [async error => {
      const box = document.createElement("div");
      box.className = "error";
      box.id = "query-error";
      box.textContent = aborted ? "Query cancelled." : errorMessage(error);
      return box;
    }];
    window.Yasgui.Tab.prototype.getShareableLink = function () {
      return shareLink(this.getQuery());
    };
  }

  // The text of YASGUI's error, read as the pages read the server's errors (errorText, app.js).
  function errorMessage(error) {
    return errorText(String((error && (error.text || error.statusText)) || (error && error.message) || error || "The query failed."));
  }

  // The IRIs a query names (full or prefixed, with its own PREFIX lines and the known ones): the
  // properties among them tell the explanation what the question was about.
  function predicatesOf(query) {
    const declared = { ...prefixes };
    for (const m of query.matchAll(/PREFIX\s+([\w-]*):\s*<([^>]*)>/gi)) declared[m[1]] = m[2];
    const iris = new Set();
    const text = query.replace(/#[^\n]*/g, "").replace(/PREFIX\s+[\w-]*:\s*<[^>]*>/gi, "");
    for (const m of text.matchAll(/<([^>\s]+)>/g)) iris.add(m[1]);
    for (const m of text.matchAll(/(?:^|[\s(;,/^|])([A-Za-z][\w-]*):([A-Za-z_][\w-]*)/g)) if (declared[m[1]]) iris.add(declared[m[1]] + m[2]);
    return [...iris].filter(i => /\/[a-z][A-Za-z]*$/.test(i) || /#[a-z][A-Za-z]*$/.test(i)).slice(0, 30);
  }

  let version = "";
  function shareLink(query) {
    return location.origin + location.pathname + "#/query?q=" + encodeURIComponent(query) + (version ? "&v=" + version : "");
  }

  // The labels of the IRIs on the page shown, read in one query and kept.
  async function labelVisible(root, sparql) {
    const links = [...root.querySelectorAll("a.iri[data-iri]")];
    const wanted = [...new Set(links.map(a => a.dataset.iri).filter(i => !labelCache.has(i)))].slice(0, 400);
    if (wanted.length > 0) {
      const values = wanted.map(i => "<" + i.replace(/[<>"{}|^`\\\s]/g, "") + ">").join(" ");
      try {
        const json = await sparql(`SELECT ?s (SAMPLE(?l) AS ?label) WHERE { VALUES ?s { ${values} } ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } GROUP BY ?s`);
        wanted.forEach(i => labelCache.set(i, null));
        for (const b of json.results.bindings) labelCache.set(b.s.value, b.label.value);
      } catch (e) { return; }
    }
    for (const a of links) {
      const label = labelCache.get(a.dataset.iri);
      if (label && a.textContent !== label) { a.textContent = label; a.title = a.dataset.iri; }
    }
  }

  function mount(holder, options) {
    install(options.vocabulary);
    version = options.version || "";
    documents = options.documents || new Map();
    const yasgui = new window.Yasgui(holder, {
      populateFromUrl: false, // it would clear the page's own route (location.hash)
      persistenceId: "crlm_query",
      autofocus: false,
      copyEndpointOnNewTab: false,
      requestConfig: {
        endpoint: location.origin + "/sparql", // absolute, or YASGUI cannot show the server's errors
        method: "POST",
        acceptHeaderSelect: "application/sparql-results+json",
        acceptHeaderGraph: "text/turtle",
      },
      endpointCatalogueOptions: { getData: () => [{ endpoint: location.origin + "/sparql" }] },
      yasqe: { value: options.defaultQuery, editorHeight: "300px" },
      yasr: { prefixes, maxPersistentResponseSize: 0 },
    });
    let marked = null;
    yasgui.on("queryBefore", (y, tab) => {
      aborted = false;
      if (marked !== null) { tab.getYasqe().removeLineClass(marked, "background", "error-line"); marked = null; }
      options.onStatus("Running\u2026 (Esc or the stop button cancels)");
    });
    yasgui.on("queryAbort", () => { aborted = true; options.onStatus("Cancelled."); });
    // Once the answer is drawn: the status line, or the error's line marked in the editor.
    const answered = (tab, millis) => {
      const results = tab.getYasr().results;
      if (!results) return;
      if (results.hasError()) {
        const line = /line (\d+)/.exec(errorMessage(results.getError()));
        if (line && !aborted) {
          marked = Number(line[1]) - 1;
          tab.getYasqe().addLineClass(marked, "background", "error-line");
        }
        options.onStatus(aborted ? "Cancelled." : "The query failed: the message is below.");
        return;
      }
      const answer = results.getBoolean ? results.getBoolean() : undefined;
      if (typeof answer === "boolean") {
        options.onStatus(`Answer: ${answer ? "yes" : "no"} in ${millis} ms`);
        options.onAnswered(tab.getQuery());
        return;
      }
      const bindings = results.getBindings && results.getType() === "json" ? results.getBindings() : null;
      const statements = !bindings && results.getStatements ? results.getStatements() : null;
      const count = bindings ? bindings.length : statements ? statements.length : 1;
      options.onStatus(`${count} ${statements ? "triple(s)" : "row(s)"} in ${millis} ms`);
      options.onAnswered(tab.getQuery());
    };
    const relabel = tab => labelVisible(tab.getYasr().resultsEl, options.sparql);
    const watch = tab => {
      if (!tab || tab._crlmWatched) return;
      tab._crlmWatched = true;
      const yasr = tab.getYasr();
      let millis = 0;
      tab.getYasqe().on("queryResponse", (yasqe, response, duration) => { millis = Math.round(duration || 0); });
      // An error is about the text that was run: editing the text clears it.
      tab.getYasqe().on("change", yasqe => {
        const error = yasr.resultsEl.querySelector("#query-error");
        if (!error) return;
        error.remove();
        if (marked !== null) { yasqe.removeLineClass(marked, "background", "error-line"); marked = null; }
        options.onStatus("");
      });
      yasr.on("drawn", () => {
        if (performance.getEntriesByName("crlm-answer").length === 0) performance.mark("crlm-answer");
        answered(tab, millis);
        relabel(tab);
        // DataTables redraws on paging and sorting; label the rows it brings into view.
        const table = yasr.resultsEl.querySelector("table.dataTable");
        if (table && table.dataset.crlmWatched !== "1") {
          table.dataset.crlmWatched = "1";
          let pending = null;
          const body = table.querySelector("tbody") || table;
          new MutationObserver(() => {
            clearTimeout(pending);
            pending = setTimeout(() => relabel(tab), 50);
          }).observe(body, { childList: true });
        }
      });
      yasr.resultsEl.addEventListener("click", event => {
        const button = event.target.closest("button.explain");
        if (!button) return;
        const row = button.closest("tr");
        const others = row ? [...row.querySelectorAll("a.iri[data-iri]")].map(a => a.dataset.iri).filter(i => i !== button.dataset.iri) : [];
        const params = new URLSearchParams({ iri: button.dataset.iri });
        [...new Set(others)].forEach(o => params.append("with", o));
        predicatesOf(tab.getQuery()).forEach(p => params.append("p", p));
        location.hash = "#/why?" + params.toString();
      });
    };
    watch(yasgui.getTab());
    yasgui.on("tabAdd", (y, id) => setTimeout(() => watch(yasgui.getTab(id)), 0));
    yasgui.on("tabSelect", (y, id) => setTimeout(() => watch(yasgui.getTab(id)), 0));
    holder.addEventListener("keydown", event => {
      if (event.key === "Escape") yasgui.getTab().getYasqe().abortQuery();
    });
    return yasgui;
  }

  return { mount, prefixed, labelCache, shareLink };
})();
