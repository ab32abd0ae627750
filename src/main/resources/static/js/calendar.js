// The calendar pages: lays the grid out from its data- attributes, books from an empty slot, and runs the panel (a
// <dialog>) that booking and the appointment open in. Moving by drag is in calendar-drag.js.
// No inline scripts or styles anywhere: the Content Security Policy forbids them, so positions and colours are set
// here through the CSSOM.
(function () {
  "use strict";

  // htmx copies "style" from old to new elements of the same id while settling a swap; that is an inline style to the
  // Content Security Policy, and the positions come from the new element's data- attributes anyway.
  htmx.config.attributesToSettle = ["class", "width", "height"];

  var PX_PER_MINUTE = 1.2;
  var CLICK_STEP = 15; // a click books on the quarter hour
  var NO_ROOM = "none"; // the rooms view's column of appointments without a room

  // ---- layout -------------------------------------------------------------------------------------------------

  function layout(root) {
    var grids = root.matches && root.matches(".cal") ? [root] : Array.prototype.slice.call(root.querySelectorAll(".cal"));
    grids.forEach(function (cal) {
      var height = Number(cal.dataset.minutes) * PX_PER_MINUTE + "px";
      cal.querySelectorAll(".cal-column, .cal-body .cal-gutter").forEach(function (el) {
        el.style.height = height;
      });
      cal.querySelectorAll("[data-top]").forEach(function (el) {
        el.style.top = Number(el.dataset.top) * PX_PER_MINUTE + "px";
        if (el.dataset.minutes) {
          el.style.height = Number(el.dataset.minutes) * PX_PER_MINUTE + "px";
        }
      });
      cal.querySelectorAll(".appt").forEach(function (el) {
        var lanes = Number(el.dataset.lanes) || 1;
        var lane = Number(el.dataset.lane) || 0;
        el.style.left = "calc(" + (lane * 100) / lanes + "% + 2px)";
        el.style.width = "calc(" + 100 / lanes + "% - 4px)";
      });
      cal.querySelectorAll("[data-colour]").forEach(function (el) {
        if (el.dataset.colour) {
          el.style.setProperty("--colour", el.dataset.colour);
        }
      });
    });
    return grids;
  }

  var scrollKept = null;

  function settle(root) {
    var grids = layout(root);
    grids.forEach(function (cal) {
      if (scrollKept) {
        cal.scrollTop = scrollKept.top;
        cal.scrollLeft = scrollKept.left;
        scrollKept = null;
      } else {
        var now = cal.querySelector(".cal-now");
        if (now) {
          cal.scrollTop = Math.max(0, Number(now.dataset.top) * PX_PER_MINUTE - 90);
        }
      }
    });
  }

  document.addEventListener("htmx:beforeSwap", function (event) {
    var cal = document.querySelector("#calendar .cal");
    if (cal && event.detail.target && event.detail.target.id === "calendar") {
      scrollKept = { top: cal.scrollTop, left: cal.scrollLeft };
    }
  });

  function refresh() {
    htmx.trigger(document.body, "calendar-changed");
  }

  // ---- messages -----------------------------------------------------------------------------------------------

  function say(text, kind) {
    var box = document.getElementById("calendar-message");
    if (!box) {
      return;
    }
    box.textContent = text;
    box.className = "calendar-message " + kind;
    box.setAttribute("role", kind === "refused" ? "alert" : "status");
    box.hidden = false;
  }

  // ---- time arithmetic ----------------------------------------------------------------------------------------

  function zoneOf(el) {
    var cal = el.closest(".cal");
    return cal ? cal.dataset.zone : undefined;
  }

  function clockText(millis, zone) {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone, hour: "numeric", minute: "2-digit" })
      .format(new Date(millis));
  }

  function instantAt(column, minutes) {
    return Date.parse(column.dataset.start) + minutes * 60000;
  }

  function minutesAt(column, clientY, step, length) {
    var rect = column.getBoundingClientRect();
    var minutes = Math.floor((clientY - rect.top) / PX_PER_MINUTE / step) * step;
    return Math.max(0, Math.min(minutes, Number(column.dataset.minutes) - (length || step)));
  }

  // ---- the panel ----------------------------------------------------------------------------------------------

  function openPanel(url) {
    var panel = document.getElementById("panel");
    if (!panel) {
      window.location.href = url;
      return;
    }
    htmx.ajax("GET", url, { target: "#panel-content", swap: "innerHTML" }).then(function () {
      if (!panel.open) {
        panel.showModal();
      }
      focusFirst(document.getElementById("panel-content"));
    });
  }

  function focusFirst(root) {
    if (!root) {
      return;
    }
    var target = root.querySelector("[aria-invalid=true]") || root.querySelector("[autofocus]")
      || root.querySelector("#patient-search:not([hidden] *)") || root.querySelector("input:not([type=hidden]), select, button");
    if (target && !target.closest("[hidden]")) {
      target.focus();
    }
  }

  document.addEventListener("click", function (event) {
    var closer = event.target.closest("[data-close-panel]");
    if (closer) {
      var panel = closer.closest("dialog");
      if (panel) {
        panel.close();
      }
    }
  });

  // After the booking form comes back (errors, a clash, or booked): put the focus where the clerk goes next.
  document.addEventListener("htmx:afterSwap", function (event) {
    var booking = document.getElementById("booking");
    if (booking && (event.detail.target === booking || event.detail.elt === booking || booking.contains(event.detail.elt))) {
      var conflict = booking.querySelector("#booking-conflict");
      var next = booking.querySelector("[aria-invalid=true]") || (conflict && booking.querySelector("#booking-time"))
        || booking.querySelector("#open-day");
      if (next) {
        next.focus();
      }
    }
  });

  // ---- booking: an empty slot, the patient look-up, the form's dependent lists ---------------------------------

  var suppressClick = false;

  document.addEventListener("click", function (event) {
    if (suppressClick) {
      suppressClick = false;
      return;
    }
    var column = event.target.closest(".cal-column[data-bookable]");
    if (!column || event.target.closest(".appt, .cal-busy")) {
      return;
    }
    var start = new Date(instantAt(column, minutesAt(column, event.clientY, CLICK_STEP))).toISOString();
    var params = new URLSearchParams({ start: start, location: column.dataset.location });
    if (column.dataset.provider) {
      params.set("provider", column.dataset.provider);
    }
    if (column.dataset.room && column.dataset.room !== NO_ROOM) {
      params.set("room", column.dataset.room);
    }
    openPanel("/schedule/book?" + params.toString());
  });

  // A dashed "+ 9:15 AM" follows the pointer over empty time.
  document.addEventListener("pointermove", function (event) {
    if (window.frontdeskCalendar.dragging) {
      return;
    }
    var hint = document.querySelector(".cal-slot-hint");
    var column = event.target.closest && event.target.closest(".cal-column[data-bookable]");
    if (!column || event.target.closest(".appt, .cal-busy")) {
      if (hint) {
        hint.remove();
      }
      return;
    }
    if (!hint) {
      hint = document.createElement("div");
      hint.className = "cal-slot-hint";
      hint.setAttribute("aria-hidden", "true");
    }
    if (hint.parentNode !== column) {
      column.appendChild(hint);
    }
    var minutes = minutesAt(column, event.clientY, CLICK_STEP);
    hint.style.top = minutes * PX_PER_MINUTE + "px";
    hint.style.height = CLICK_STEP * PX_PER_MINUTE + "px";
    hint.textContent = "+ " + clockText(instantAt(column, minutes), zoneOf(column));
  });

  // The look-up: Enter or ↓ goes to the first match instead of submitting the form.
  document.addEventListener("keydown", function (event) {
    if (event.target.id !== "patient-search" || (event.key !== "Enter" && event.key !== "ArrowDown")) {
      return;
    }
    event.preventDefault();
    var first = document.querySelector("#patient-choices input[type=radio]");
    if (first) {
      first.checked = true;
      first.focus();
    }
  });

  document.addEventListener("click", function (event) {
    var change = event.target.closest("[data-change-patient]");
    if (!change) {
      return;
    }
    var chosen = document.getElementById("chosen-patient");
    var lookup = document.getElementById("patient-lookup");
    if (chosen) {
      chosen.remove();
    }
    if (lookup) {
      lookup.hidden = false;
      lookup.querySelector("input").focus();
    }
  });

  // Only the chosen provider's appointment types, only the chosen location's rooms.
  function filterOptions(select) {
    var target = document.querySelector(select.dataset.filters);
    if (!target) {
      return;
    }
    var value = select.value;
    Array.prototype.forEach.call(target.options, function (option) {
      if (option.dataset.for !== undefined) {
        option.hidden = (" " + option.dataset.for + " ").indexOf(" " + value + " ") < 0;
      }
    });
    var selected = target.options[target.selectedIndex];
    if (!selected || selected.hidden || (!selected.value && target.id === "booking-type")) {
      var first = Array.prototype.find.call(target.options, function (o) {
        return !o.hidden && o.value;
      });
      target.value = first && target.id === "booking-type" ? first.value : "";
    }
  }

  document.addEventListener("change", function (event) {
    var select = event.target.closest && event.target.closest("select[data-filters]");
    if (select) {
      filterOptions(select);
    }
  });

  // An appointment has the focus: Enter (or Space) opens its panel, as a click does.
  document.addEventListener("keydown", function (event) {
    if ((event.key === "Enter" || event.key === " ") && event.target.classList
        && event.target.classList.contains("appt")) {
      event.preventDefault();
      openPanel("/schedule/appointments/" + event.target.dataset.id);
    }
  });

  // ---- the day and week pickers submit themselves -------------------------------------------------------------

  document.addEventListener("change", function (event) {
    var form = event.target.closest && event.target.closest("form[data-autosubmit]");
    if (!form || (event.target.type === "date" && !event.target.value)) {
      return;
    }
    if (event.target.closest(".provider-filter")) {
      form.dataset.dirty = "true"; // several may be ticked: submit when the list closes
      return;
    }
    form.requestSubmit();
  });

  document.addEventListener("toggle", function (event) {
    var details = event.target;
    if (details.matches && details.matches(".provider-filter") && !details.open) {
      var form = details.closest("form");
      if (form && form.dataset.dirty) {
        form.requestSubmit();
      }
    }
  }, true);

  // ---- for calendar-drag.js ----------------------------------------------------------------------------------

  window.frontdeskCalendar = {
    PX_PER_MINUTE: PX_PER_MINUTE,
    NO_ROOM: NO_ROOM,
    instantAt: instantAt,
    clockText: clockText,
    zoneOf: zoneOf,
    say: say,
    refresh: refresh,
    openPanel: openPanel,
    /** Set by the drag while a block is being moved, so that the slot hint keeps out of the way. */
    dragging: false,
    /** The click that ends a drag is not a click on an empty slot. */
    ignoreNextClick: function () {
      suppressClick = true;
      window.setTimeout(function () {
        suppressClick = false;
      }, 100);
    }
  };

  // ---- start --------------------------------------------------------------------------------------------------

  htmx.onLoad(function (content) {
    settle(content);
    content.querySelectorAll && content.querySelectorAll("select[data-filters]").forEach(filterOptions);
  });
})();
