// dateline reader: tooltips for the article's highlights and hover for the actor graph.
// Everything here is an extra: without JavaScript the same details are in the panels beside the text,
// and every highlight links to them. The tooltip copies nodes of those panels (cloneNode), never HTML
// strings, so nothing from an article is ever parsed as markup here.
(function () {
  "use strict";

  function marksAround(node) {
    var found = [];
    for (var el = node; el && el.nodeType === 1; el = el.parentElement) {
      if (el.matches("mark.hl[data-ref]")) found.push(el);
      if (el.id === "article-text") break;
    }
    return found;
  }

  function setupTooltips() {
    var text = document.getElementById("article-text");
    var tip = document.getElementById("tip");
    if (!text || !tip) return;
    var lit = [];

    function unlight() {
      lit.forEach(function (el) { el.classList.remove("lit"); });
      lit = [];
    }

    function hide() {
      tip.hidden = true;
      tip.replaceChildren();
      unlight();
    }

    function show(target, x, y) {
      var marks = marksAround(target);
      if (!marks.length) { hide(); return; }
      tip.replaceChildren();
      unlight();
      var seen = {};
      marks.slice(0, 4).forEach(function (mark) {
        var ref = mark.getAttribute("data-ref");
        if (seen[ref]) return;
        seen[ref] = true;
        var source = document.getElementById("tip-" + ref);
        if (!source) return;
        var part = document.createElement("div");
        part.className = "tip-part";
        source.childNodes.forEach(function (child) { part.appendChild(child.cloneNode(true)); });
        tip.appendChild(part);
      });
      var first = marks[0].getAttribute("data-ref");
      text.querySelectorAll("mark.hl").forEach(function (el) {
        if (el.getAttribute("data-ref") === first && el.getAttribute("data-layer") === marks[0].getAttribute("data-layer")) {
          el.classList.add("lit");
          lit.push(el);
        }
      });
      tip.hidden = false;
      place(x, y);
    }

    // x, y: viewport coordinates; the tooltip is placed in page coordinates so scrolling carries it along
    function place(x, y) {
      var width = tip.offsetWidth, height = tip.offsetHeight;
      var left = Math.max(8, Math.min(x - width / 2, document.documentElement.clientWidth - width - 8));
      var top = y + 12;
      if (top + height > window.innerHeight - 8 && y - height - 24 > 0) top = y - height - 24;
      tip.style.left = (left + window.scrollX) + "px";
      tip.style.top = (top + window.scrollY) + "px";
    }

    function anchorOf(el) {
      var box = el.getClientRects()[0] || el.getBoundingClientRect();
      return [box.left + Math.min(box.width, 160) / 2, box.bottom];
    }

    text.addEventListener("mouseover", function (event) {
      if (!event.target.closest || !event.target.closest("mark.hl[data-ref]")) {
        if (!text.contains(document.activeElement)) hide();
        return;
      }
      show(event.target, event.clientX, event.clientY + 6);
    });
    text.addEventListener("mouseleave", hide);
    text.addEventListener("focusin", function (event) {
      var at = anchorOf(event.target);
      show(event.target, at[0], at[1]);
    });
    text.addEventListener("focusout", hide);
    text.addEventListener("click", function (event) {
      var mark = event.target.closest && event.target.closest("mark.hl[data-ref]");
      if (mark) { var at = anchorOf(mark); show(mark, at[0], at[1]); }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") hide();
      if (event.key === "Enter" && event.target.matches && event.target.matches("mark.hl[tabindex]")) {
        var entry = document.getElementById("info-" + event.target.getAttribute("data-ref"));
        if (entry) { location.hash = "info-" + event.target.getAttribute("data-ref"); }
      }
    });
  }

  function setupGraph() {
    var svg = document.getElementById("graph");
    if (!svg) return;
    function focus(id) {
      svg.classList.add("focus");
      svg.querySelectorAll(".edge").forEach(function (edge) {
        var on = edge.getAttribute("data-source") === id || edge.getAttribute("data-target") === id;
        edge.classList.toggle("on", on);
      });
      var near = {};
      near[id] = true;
      svg.querySelectorAll(".edge.on").forEach(function (edge) {
        near[edge.getAttribute("data-source")] = true;
        near[edge.getAttribute("data-target")] = true;
      });
      svg.querySelectorAll(".node").forEach(function (node) { node.classList.toggle("on", !!near[node.getAttribute("data-id")]); });
    }
    function clear() { svg.classList.remove("focus"); }
    svg.querySelectorAll(".node").forEach(function (node) {
      var id = node.getAttribute("data-id");
      node.addEventListener("mouseenter", function () { focus(id); });
      node.addEventListener("focus", function () { focus(id); });
      node.addEventListener("mouseleave", clear);
      node.addEventListener("blur", clear);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupTooltips();
    setupGraph();
  });
})();
