// Network view: fetch /api/graph and draw a deterministic force layout in SVG (no libraries).
(function () {
  "use strict";
  var svg = document.getElementById("network");
  if (!svg) return;
  var NS = "http://www.w3.org/2000/svg";
  var W = 960, H = 640;
  var preds = (svg.getAttribute("data-predicates") || "").split(",").filter(Boolean);
  var q = preds.map(function (p) { return "predicate=" + encodeURIComponent(p); });
  q.push("lang=" + encodeURIComponent(svg.getAttribute("data-lang") || "en"));
  var sel = document.getElementById("net-pred");
  if (sel) sel.addEventListener("change", function () { sel.form.submit(); });

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }

  function layout(nodes, edges) {
    var n = nodes.length, idx = {}, i, j, it;
    nodes.forEach(function (d, k) {
      idx[d.id] = k;
      var a = 2 * Math.PI * k / Math.max(n, 1);
      d.x = W / 2 + (W / 3) * Math.cos(a);
      d.y = H / 2 + (H / 3) * Math.sin(a);
    });
    var k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.7, t = W / 8;
    for (it = 0; it < 300; it++) {
      var dx = new Float64Array(n), dy = new Float64Array(n);
      for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) {
        var ex = nodes[i].x - nodes[j].x, ey = nodes[i].y - nodes[j].y;
        var d2 = Math.max(ex * ex + ey * ey, 0.01), f = (k * k) / d2;
        dx[i] += ex * f; dy[i] += ey * f; dx[j] -= ex * f; dy[j] -= ey * f;
      }
      edges.forEach(function (e) {
        var a = idx[e.source], b = idx[e.target];
        var ex = nodes[a].x - nodes[b].x, ey = nodes[a].y - nodes[b].y;
        var d = Math.max(Math.sqrt(ex * ex + ey * ey), 0.1), f = d / k;
        dx[a] -= ex * f; dy[a] -= ey * f; dx[b] += ex * f; dy[b] += ey * f;
      });
      for (i = 0; i < n; i++) {
        dx[i] += (W / 2 - nodes[i].x) * 0.02; dy[i] += (H / 2 - nodes[i].y) * 0.02;
        var len = Math.max(Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]), 0.01), s = Math.min(len, t) / len;
        nodes[i].x = Math.min(W - 30, Math.max(30, nodes[i].x + dx[i] * s));
        nodes[i].y = Math.min(H - 20, Math.max(20, nodes[i].y + dy[i] * s));
      }
      t *= 0.985;
    }
    return idx;
  }

  fetch("/api/graph?" + q.join("&")).then(function (r) { return r.json(); }).then(function (g) {
    var idx = layout(g.nodes, g.edges);
    var ge = el("g", { "class": "edges" }, svg), gn = el("g", { "class": "nodes" }, svg);
    g.edges.forEach(function (e) {
      var a = g.nodes[idx[e.source]], b = g.nodes[idx[e.target]];
      var line = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "class": "edge p-" + e.predicate }, ge);
      el("title", {}, line).textContent = a.label + " — " + e.label + " — " + b.label;
    });
    g.nodes.forEach(function (d) {
      var a = el("a", { href: "/entity/" + encodeURIComponent(d.id), "class": "node t-" + (d.type || "x") }, gn);
      el("circle", { cx: d.x, cy: d.y, r: Math.min(5 + d.degree, 14) }, a);
      var tx = el("text", { x: d.x + 8, y: d.y + 4 }, a);
      tx.textContent = d.label;
      el("title", {}, a).textContent = d.label + " (" + d.id + ")";
    });
    svg.setAttribute("data-nodes", String(g.nodes.length));
    svg.setAttribute("data-edges", String(g.edges.length));
  });
})();
