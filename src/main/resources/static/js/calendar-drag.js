// Moving an appointment by dragging it to another time or column, with pointer events (mouse, pen, touch; WebDriver
// drives them too). The server checks the move like any booking; a refused move glides back and the reason is shown.
(function () {
  "use strict";

  var calendar = window.frontdeskCalendar;
  var PX_PER_MINUTE = calendar.PX_PER_MINUTE;
  var DRAG_STEP = 5; // a drag moves by five minutes
  var DRAG_THRESHOLD = 4; // pixels before a press becomes a drag

  var drag = null;

  document.addEventListener("pointerdown", function (event) {
    var block = event.target.closest(".appt");
    if (!block || event.button !== 0 || block.classList.contains("appt-ghost")) {
      return;
    }
    drag = { block: block, x: event.clientX, y: event.clientY, pointer: event.pointerId, ghost: null };
  });

  document.addEventListener("pointermove", function (event) {
    if (!drag || event.pointerId !== drag.pointer) {
      return;
    }
    if (!drag.ghost) {
      if (Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < DRAG_THRESHOLD || !drag.block.dataset.movable) {
        return;
      }
      begin();
    }
    event.preventDefault();
    follow(event);
  });

  function begin() {
    calendar.dragging = true;
    var block = drag.block;
    var hint = document.querySelector(".cal-slot-hint");
    if (hint) {
      hint.remove();
    }
    var ghost = block.cloneNode(true);
    ghost.removeAttribute("id");
    ghost.removeAttribute("tabindex");
    ghost.setAttribute("aria-hidden", "true");
    ghost.classList.add("appt-ghost");
    ghost.style.left = "2px";
    ghost.style.width = "calc(100% - 4px)";
    block.classList.add("drag-origin");
    block.parentNode.appendChild(ghost);
    drag.ghost = ghost;
    drag.origin = block.parentNode;
    drag.top = Number(block.dataset.top);
    drag.minutes = Number(block.dataset.minutes);
  }

  function columnAt(cal, clientX) {
    var columns = Array.prototype.slice.call(cal.querySelectorAll(".cal-column"));
    var best = null;
    var distance = Infinity;
    columns.forEach(function (column) {
      var rect = column.getBoundingClientRect();
      var d = clientX < rect.left ? rect.left - clientX : clientX > rect.right ? clientX - rect.right : 0;
      if (d < distance) {
        distance = d;
        best = column;
      }
    });
    return best;
  }

  function follow(event) {
    var column = columnAt(drag.origin.closest(".cal"), event.clientX) || drag.origin;
    var top = drag.top + (event.clientY - drag.y) / PX_PER_MINUTE;
    top = Math.round(top / DRAG_STEP) * DRAG_STEP;
    top = Math.max(0, Math.min(top, Number(column.dataset.minutes) - drag.minutes));
    if (drag.ghost.parentNode !== column) {
      column.appendChild(drag.ghost);
    }
    drag.ghost.style.top = top * PX_PER_MINUTE + "px";
    var time = drag.ghost.querySelector(".appt-time");
    if (time) {
      time.textContent = calendar.clockText(calendar.instantAt(column, top), calendar.zoneOf(column)).replace(/ [AP]M$/, "");
    }
    drag.target = { column: column, top: top };
  }

  document.addEventListener("pointerup", function (event) {
    if (!drag || event.pointerId !== drag.pointer) {
      return;
    }
    var current = drag;
    drag = null;
    calendar.dragging = false;
    if (!current.ghost) {
      calendar.openPanel("/schedule/appointments/" + current.block.dataset.id); // a click, not a drag
      return;
    }
    calendar.ignoreNextClick();
    drop(current);
  });

  document.addEventListener("pointercancel", function () {
    if (drag && drag.ghost) {
      putBack(drag);
    }
    drag = null;
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && drag && drag.ghost) {
      putBack(drag);
      drag = null;
    }
  });

  function putBack(moving) {
    calendar.dragging = false;
    moving.ghost.remove();
    moving.block.classList.remove("drag-origin");
  }

  function drop(moving) {
    var target = moving.target;
    var block = moving.block;
    if (!target || (target.column === moving.origin && target.top === moving.top)) {
      putBack(moving);
      return;
    }
    var body = new URLSearchParams({
      version: block.dataset.version,
      start: new Date(calendar.instantAt(target.column, target.top)).toISOString(),
      provider: target.column.dataset.provider || block.dataset.provider,
      room: target.column.dataset.room === calendar.NO_ROOM ? "" : target.column.dataset.room || block.dataset.room || ""
    });
    moving.ghost.classList.add("pending");
    var headers = { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" };
    var token = document.querySelector("meta[name=_csrf]");
    var header = document.querySelector("meta[name=_csrf_header]");
    if (token && header) {
      headers[header.content] = token.content;
    }
    fetch("/schedule/appointments/" + block.dataset.id + "/move",
      { method: "POST", headers: headers, body: body.toString(), credentials: "same-origin" })
      .then(function (response) {
        return response.json().then(function (data) {
          return { ok: response.ok, data: data };
        });
      })
      .then(function (answer) {
        if (answer.ok) {
          calendar.say(answer.data.message + (answer.data.warning ? " " + answer.data.warning : ""),
            answer.data.warning ? "warn" : "ok");
          calendar.refresh();
        } else {
          snapBack(moving, answer.data.detail || "Not moved.");
        }
      })
      .catch(function () {
        snapBack(moving, "Not moved: the calendar could not reach the server (signed out?). Nothing changed.");
      });
  }

  // A refused move glides back to where it was, and the reason is shown above the calendar.
  function snapBack(moving, reason) {
    var ghost = moving.ghost;
    var from = ghost.getBoundingClientRect();
    var to = moving.block.getBoundingClientRect();
    ghost.classList.remove("pending");
    ghost.classList.add("snapping-back");
    ghost.style.transform = "translate(" + (to.left - from.left) + "px, " + (to.top - from.top) + "px)";
    var done = false;
    function finish() {
      if (done) {
        return;
      }
      done = true;
      putBack(moving);
      moving.block.classList.add("refused");
      moving.block.setAttribute("data-refused", reason);
      window.setTimeout(function () {
        moving.block.classList.remove("refused");
      }, 4000);
    }
    ghost.addEventListener("transitionend", finish);
    window.setTimeout(finish, 450);
    calendar.say(reason, "refused");
  }
})();
