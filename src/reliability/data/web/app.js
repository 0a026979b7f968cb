// The reliability page: send the pasted text to /analyze and show the report.
// Document text is only ever written with textContent / createTextNode, never
// as markup, so pasted <script> or onerror= attributes stay inert text.
"use strict";

(function () {
  // Labels and order of the scores an editor knows; any other score the
  // report carries is shown after them under its own name.
  const LABELS = {
    overall: "Overall", attribution: "Attribution", unsourced: "Sourced claims",
    hedging: "Hedging", loaded: "Neutral wording", provenance: "Provenance",
  };
  const MISSING = {
    provenance: "No rated outlet: the publisher is not known or not rated, and the text cites no rated outlet.",
  };
  const FOUND_BY = {
    "meta:url": "from the URL", "meta:outlet": "from the outlet given",
    "text:masthead": "from the masthead", "text:also-on": "from an \u201cAlso on\u201d line",
    "text:promo": "from a promotional line", "text:copyright": "from the copyright line",
    "text:dateline": "from the dateline",
  };
  // The report's bands: 70 and up good, 40 to 70 fair, below 40 poor.
  function band(value) {
    if (value === null || value === undefined) return "na";
    return value >= 70 ? "good" : value >= 40 ? "fair" : "poor";
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Report offsets count code points; JavaScript strings count UTF-16 units.
  function utf16Offsets(text) {
    const map = [0];
    let unit = 0;
    for (const ch of text) {
      unit += ch.length;
      map.push(unit);
    }
    return map;
  }

  function collectMarks(report) {
    const marks = [];
    report.sentences.forEach(function (s, i) {
      if (s.boilerplate) marks.push({ start: s.start, end: s.end, cls: "boilerplate", label: "boilerplate" });
      if (s.unsourced_claim) marks.push({ start: s.start, end: s.end, cls: "unsourced", label: "unsourced claim" });
      s.attributions.forEach(function (a) {
        marks.push({ start: a.cue.start, end: a.cue.end, cls: "mark attribution",
                     label: "attribution cue (" + a.source_type.replace(/_/g, " ") + ")" });
        if (a.source) {
          marks.push({ start: a.source.start, end: a.source.end, cls: "mark source",
                       label: "source (" + a.source_type.replace(/_/g, " ") + ")" });
        }
      });
      s.hedges.forEach(function (h) {
        marks.push({ start: h.start, end: h.end, cls: "mark hedge", label: "hedge" });
      });
      s.loaded.forEach(function (c) {
        marks.push({ start: c.start, end: c.end, cls: "mark loaded", label: "loaded term" });
      });
    });
    return marks;
  }

  function renderText(container, report) {
    const text = report.text;
    const units = utf16Offsets(text);
    const last = units.length - 1;
    const marks = collectMarks(report);
    const cuts = new Set([0, last]);
    marks.forEach(function (m) { cuts.add(m.start); cuts.add(m.end); });
    const bounds = Array.from(cuts).filter(function (b) { return b >= 0 && b <= last; })
      .sort(function (a, b) { return a - b; });
    container.replaceChildren();
    for (let k = 0; k + 1 < bounds.length; k++) {
      const a = bounds[k], b = bounds[k + 1];
      const piece = text.slice(units[a], units[b]);
      const covering = marks.filter(function (m) { return m.start <= a && b <= m.end; });
      if (covering.length === 0) {
        container.appendChild(document.createTextNode(piece));
        continue;
      }
      const span = el("span", covering.map(function (m) { return m.cls; }).join(" "), piece);
      span.setAttribute("title", covering.map(function (m) { return m.label; }).join(", "));
      span.dataset.start = String(a);  // code-point offsets, as in the report
      span.dataset.end = String(b);
      container.appendChild(span);
    }
  }

  function scoreNames(scores) {
    const known = Object.keys(LABELS);
    const extra = Object.keys(scores).filter(function (k) {
      const v = scores[k];
      return known.indexOf(k) < 0 && v && typeof v === "object" && "explanation" in v;
    });
    return known.concat(extra);
  }

  function valueCell(value) {
    const cell = el("td", "value");
    const cls = band(value);
    if (value !== null && value !== undefined) {
      const bar = el("span", "bar");
      const fill = el("i", cls);
      fill.style.width = Math.round(value) + "%";
      bar.appendChild(fill);
      cell.appendChild(bar);
    }
    cell.appendChild(el("span", cls, value === null || value === undefined ? "n/a" : String(value)));
    return cell;
  }

  // When a score has no value its weight is left out of the overall mean, and
  // the others are divided by the sum of the weights used: say so, so that
  // the figure can be redone by hand.
  function rescaleNote(scores) {
    const weights = Array.from((scores.overall.explanation || "").matchAll(/\(weight ([\d.]+)\)/g))
      .map(function (m) { return Number(m[1]); });
    const used = weights.reduce(function (a, b) { return a + b; }, 0);
    const missing = Object.keys(LABELS).filter(function (k) {
      return k !== "overall" && (!scores[k] || scores[k].value === null);
    }).map(function (k) { return LABELS[k].toLowerCase(); });
    if (!weights.length || Math.abs(used - 1) < 1e-9) return "";
    return " " + (missing.length ? missing.join(", ") + ": no score, weight left out; " : "") +
      "the weights used add up to " + Number(used.toFixed(4)) + ", so the weighted sum is divided by " +
      Number(used.toFixed(4)) + ".";
  }

  function renderScores(tbody, scores) {
    tbody.replaceChildren();
    if (!scores) return;
    scoreNames(scores).forEach(function (name) {
      const score = scores[name];
      if (score === undefined) return;  // not in this version's reports
      const row = el("tr");
      row.dataset.score = name;
      row.dataset.band = band(score ? score.value : null);
      row.appendChild(el("td", "name", LABELS[name] || name.replace(/_/g, " ")));
      row.appendChild(valueCell(score ? score.value : null));
      let why = score ? score.explanation : (MISSING[name] || "Not computed.");
      if (name === "overall" && score) why += rescaleNote(scores);
      row.appendChild(el("td", "why", why));
      tbody.appendChild(row);
    });
  }

  function ratingWords(outlet) {
    const parts = (outlet.ratings || []).map(function (r) {
      let verdict = r.label;
      if (!verdict) {
        verdict = r.value === null ? "rated" : r.value >= 0.75 ? "generally reliable"
          : r.value >= 0.4 ? "mixed reliability" : "generally unreliable";
      }
      return verdict + " according to " + r.source + (r.date ? ", " + r.date : "");
    });
    if (parts.length === 0) parts.push("not rated by any rating list the library carries");
    if (outlet.state_affiliated) parts.push("state-affiliated");
    return parts.join("; ");
  }

  function outletName(o) { return o.name ? o.name + " (" + o.domain + ")" : o.domain; }

  function renderOutlet(line, report) {
    line.replaceChildren();
    line.appendChild(document.createTextNode("Outlet: "));
    const o = report.outlet;
    if (!o) {
      line.appendChild(el("b", "na", "unknown"));
      line.appendChild(document.createTextNode(
        ". Give the URL or the outlet above; the text names no outlet the library knows."));
    } else {
      line.appendChild(el("b", "", outletName(o)));
      const found = FOUND_BY[o.rule] ? ", found " + FOUND_BY[o.rule] : "";
      line.appendChild(document.createTextNode(found + ": " + ratingWords(o) + "."));
    }
    (report.cited_outlets || []).forEach(function (c, i) {
      line.appendChild(document.createTextNode(i === 0 ? " Cites: " : "; "));
      line.appendChild(el("b", "", outletName(c.outlet)));
      line.appendChild(document.createTextNode(" (" + plural(c.claims, "claim") + "): " + ratingWords(c.outlet)));
    });
    if (report.published) line.appendChild(document.createTextNode(" Published " + report.published + "."));
  }

  function request() {
    const body = { text: document.getElementById("input").value };
    ["url", "outlet", "published"].forEach(function (key) {
      const value = document.getElementById(key).value.trim();
      if (value) body[key] = value;  // empty fields are left out, not sent as ""
    });
    return body;
  }

  async function analyse() {
    const status = document.getElementById("status");
    const button = document.getElementById("analyze");
    status.className = "";
    status.textContent = "Analysing\u2026";
    button.disabled = true;
    try {
      const response = await fetch("analyze", {  // relative: works when the app is mounted under a prefix
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(request()),
      });
      const body = await response.json();
      if (!response.ok) {
        const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
        throw new Error(detail + " (HTTP " + response.status + ")");
      }
      renderText(document.getElementById("output"), body);
      renderScores(document.getElementById("score-rows"), body.scores);
      renderOutlet(document.getElementById("outlet-line"), body);
      document.getElementById("scores").hidden = false;
      const n = document.querySelectorAll("#output .mark").length;
      status.textContent = "Done: " + reportSummary(body, n);
      document.body.dataset.state = "done";
    } catch (err) {
      status.className = "error";
      status.textContent = String(err.message || err);
      document.body.dataset.state = "error";
    } finally {
      button.disabled = false;
    }
  }

  function reportSummary(report, marks) {
    const unsourced = report.sentences.filter(function (s) { return s.unsourced_claim; }).length;
    return plural(report.sentences.length, "sentence") + ", " + plural(marks, "mark") + ", " +
      plural(unsourced, "unsourced claim") + ".";
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.getElementById("analyze").addEventListener("click", analyse);
  });
})();
