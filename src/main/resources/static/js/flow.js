// The flow board's live parts. htmx polls the board (hx-trigger "every 5s"); this script keeps the wait times and
// the late cues ticking between reads, paints the type colours (the CSP forbids style attributes, not CSSOM), lets a
// "changed since you looked" answer (409) replace the board, and pauses the polling while nobody uses the page so
// that an unattended screen still reaches the session's idle sign-out.
(function () {
  "use strict";

  var offset = 0; // the server's clock minus this computer's, so that waits do not depend on the desk's clock
  var lastUse = Date.now();

  function board() {
    return document.getElementById("flow-board");
  }

  function pad(n) {
    return n < 10 ? "0" + n : String(n);
  }

  // "m:ss", or "h:mm:ss" from an hour on: the same format the server renders (BoardRow.clock).
  function clock(ms) {
    var seconds = Math.floor(Math.max(0, ms) / 1000);
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds % 60;
    return h > 0 ? h + ":" + pad(m) + ":" + pad(s) : m + ":" + pad(s);
  }

  function tick() {
    var b = board();
    if (!b) {
      return;
    }
    var now = Date.now() + offset;
    var long = Number(b.dataset.longWait) * 1000;
    var overdue = Number(b.dataset.overdueWait) * 1000;
    b.querySelectorAll(".wait[data-since]").forEach(function (el) {
      var until = el.dataset.until ? Number(el.dataset.until) : now;
      var ms = until - Number(el.dataset.since);
      el.textContent = clock(ms);
      if (el.classList.contains("total")) {
        el.classList.toggle("wait-long", ms >= long && ms < overdue);
        el.classList.toggle("wait-overdue", ms >= overdue);
      }
    });
    b.querySelectorAll("tr.visit[data-expected]").forEach(function (row) {
      var start = Number(row.dataset.start);
      var late = now > start;
      row.classList.toggle("late", late);
      var cue = row.querySelector(".late-cue");
      if (cue) {
        cue.hidden = !late;
        cue.textContent = late ? Math.floor((now - start) / 60000) + " min late" : "";
      }
    });
  }

  function paint(root) {
    root.querySelectorAll("[data-colour]").forEach(function (el) {
      if (/^#[0-9a-fA-F]{6}$/.test(el.dataset.colour)) {
        el.style.backgroundColor = el.dataset.colour;
      }
    });
  }

  // Runs for the page's first content and for every board swapped in.
  document.addEventListener("htmx:load", function (event) {
    var b = board();
    if (b && b.dataset.serverNow) {
      offset = Number(b.dataset.serverNow) - Date.now();
    }
    paint(event.detail.elt);
    tick();
  });
  setInterval(tick, 1000);

  // A poll that was under way when the clerk clicked a step may answer after the step did; its board is older.
  var lastStepSent = 0;
  document.addEventListener("htmx:beforeRequest", function (event) {
    event.detail.xhr.flowSent = Date.now();
    if (event.detail.requestConfig && event.detail.requestConfig.verb === "post") {
      lastStepSent = event.detail.xhr.flowSent;
    }
  });

  document.addEventListener("htmx:beforeSwap", function (event) {
    var xhr = event.detail.xhr;
    if (event.detail.requestConfig && event.detail.requestConfig.verb === "get" && xhr.flowSent < lastStepSent) {
      event.detail.shouldSwap = false;
      return;
    }
    // The session ended (idle sign-out) and the poll was sent to the login page: go there, do not paste it in.
    if (xhr.responseURL && xhr.responseURL.indexOf("/login") !== -1) {
      event.detail.shouldSwap = false;
      window.location.href = xhr.responseURL;
      return;
    }
    // "Changed since you looked" and refused steps come back as 409 with the current board and the reason.
    if (xhr.status === 409 && event.detail.target && event.detail.target.id === "flow-board") {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  ["mousemove", "mousedown", "keydown", "touchstart", "wheel"].forEach(function (name) {
    document.addEventListener(name, function () {
      lastUse = Date.now();
      var notice = document.getElementById("board-paused");
      if (notice) {
        notice.hidden = true;
      }
    }, { capture: true, passive: true });
  });

  // Polling keeps the session alive, so it stops after half the idle timeout without a touch: the session then
  // ends at most one and a half timeouts after the last use, instead of never.
  document.addEventListener("htmx:beforeRequest", function (event) {
    var b = board();
    if (!b || event.detail.elt !== b) {
      return;
    }
    var idleLimit = Number(b.dataset.idleSeconds) * 500;
    if (idleLimit > 0 && Date.now() - lastUse > idleLimit) {
      event.preventDefault();
      var notice = document.getElementById("board-paused");
      if (notice) {
        notice.hidden = false;
      }
    }
  });

  // A step that ends the visit without it happening (no-show) asks first.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button[data-confirm]");
    if (button && !window.confirm(button.dataset.confirm)) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, true);

  // Changing the location or provider shows that board at once.
  document.addEventListener("change", function (event) {
    var form = event.target.closest && event.target.closest("form[data-autosubmit]");
    if (form) {
      form.submit();
    }
  });
})();
