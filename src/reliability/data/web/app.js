// The reliability page: send the pasted text to /analyze and show the report.
// Document text is only ever written with textContent / createTextNode, never
// as markup, so pasted <script> or onerror= attributes stay inert text.
"use strict";

(function () {
  const SCORES = ["overall", "attribution", "unsourced", "hedging", "loaded", "provenance"];

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
                     label: "attribution cue (" + a.source_type + ")" });
        if (a.source) {
          marks.push({ start: a.source.start, end: a.source.end, cls: "mark source",
                       label: "source (" + a.source_type + ")" });
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

  function renderScores(tbody, scores) {
    tbody.replaceChildren();
    if (!scores) return;
    SCORES.forEach(function (name) {
      const score = scores[name];
      if (!score) return;
      const row = el("tr");
      row.dataset.score = name;
      row.appendChild(el("td", "name", name));
      row.appendChild(el("td", "value", score.value === null ? "n/a" : String(score.value)));
      row.appendChild(el("td", "why", score.explanation));
      tbody.appendChild(row);
    });
  }

  async function analyse() {
    const input = document.getElementById("input");
    const status = document.getElementById("status");
    const button = document.getElementById("analyze");
    status.className = "";
    status.textContent = "Analysing\u2026";
    button.disabled = true;
    try {
      const response = await fetch("analyze", {  // relative: works when the app is mounted under a prefix
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: input.value }),
      });
      const body = await response.json();
      if (!response.ok) {
        const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
        throw new Error(detail + " (HTTP " + response.status + ")");
      }
      renderText(document.getElementById("output"), body);
      renderScores(document.getElementById("score-rows"), body.scores);
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
    return report.sentences.length + " sentences, " + marks + " marks, " + unsourced + " unsourced claims.";
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.getElementById("analyze").addEventListener("click", analyse);
  });
})();
