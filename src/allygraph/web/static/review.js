// Review queue: send confirm / correct / reject to the API with the operator's bearer token.
(function () {
  "use strict";
  var queue = document.getElementById("queue");
  var user = document.getElementById("rv-user");
  var token = document.getElementById("rv-token");
  if (!queue || !user || !token) return;
  user.value = sessionStorage.getItem("allygraph-user") || "";
  token.value = sessionStorage.getItem("allygraph-token") || "";
  user.addEventListener("change", function () { sessionStorage.setItem("allygraph-user", user.value); });
  token.addEventListener("change", function () { sessionStorage.setItem("allygraph-token", token.value); });

  function show(item, text, ok) {
    var out = item.querySelector(".result");
    out.textContent = text;
    out.className = "result " + (ok ? "ok" : "bad");
  }

  queue.addEventListener("click", function (ev) {
    var btn = ev.target.closest("button.act");
    if (!btn) return;
    var item = btn.closest(".review-item");
    var id = item.getAttribute("data-claim");
    var action = btn.getAttribute("data-action");
    var note = item.querySelector(".note-in").value;
    sessionStorage.setItem("allygraph-user", user.value);
    sessionStorage.setItem("allygraph-token", token.value);
    var body = { action: action, user: user.value.trim() || "anonymous", note: note };
    if (action === "correct" && note) body.correction = { note: note };
    fetch("/api/claims/" + encodeURIComponent(id) + "/review", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Authorization": "Bearer " + token.value },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (data) { return { ok: r.ok, data: data }; });
    }).then(function (res) {
      if (!res.ok) { show(item, String(res.data.detail || "error"), false); return; }
      var st = res.data.status;
      var badge = item.querySelector(".status");
      badge.className = "status s-" + st;
      badge.textContent = queue.getAttribute("data-" + st) || st;
      item.classList.add("done", "done-" + st);
      var hist = item.querySelector(".history");
      if (!hist) { hist = document.createElement("ul"); hist.className = "history"; item.appendChild(hist); }
      var last = res.data.reviews[res.data.reviews.length - 1];
      var li = document.createElement("li");
      li.textContent = last.at + " · " + last.user + " · " + last.action + (last.note ? " · " + last.note : "");
      hist.appendChild(li);
      show(item, queue.getAttribute("data-saved"), true);
    }).catch(function (e) { show(item, String(e), false); });
  });
})();
