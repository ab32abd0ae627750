// The practice set-up pages. No inline scripts or styles (the CSP forbids them): positions and colours travel in
// data- attributes and become CSS custom properties here; fields that only matter for one choice hide otherwise.
(function () {
  "use strict";

  function place(root) {
    // colours: a swatch, a provider's heading, a template block
    root.querySelectorAll("[data-colour]").forEach(function (el) {
      if (/^#[0-9a-fA-F]{6}$/.test(el.dataset.colour)) {
        el.style.setProperty("--colour", el.dataset.colour);
      }
    });
    // template entries and hour labels: tenths of a percent of the hours shown
    root.querySelectorAll("[data-top]").forEach(function (el) {
      el.style.setProperty("--top", (Number(el.dataset.top) / 10) + "%");
      if (el.dataset.height) {
        el.style.setProperty("--height", (Number(el.dataset.height) / 10) + "%");
      }
    });
    var week = root.querySelector("#template-week[data-hours]");
    if (week) {
      week.style.setProperty("--hours", week.dataset.hours);
    }
  }

  // A checkbox with data-reveals="#id" shows that field only while ticked (the video link of a telemedicine type).
  function reveals(box) {
    var target = document.querySelector(box.dataset.reveals);
    if (target) {
      target.hidden = !box.checked;
    }
  }

  // A select with data-reveals-when="VALUE" data-target="#id" shows the field only for that choice (a block's type).
  function revealsWhen(select) {
    var target = document.querySelector(select.dataset.target);
    if (target) {
      target.hidden = select.value !== select.dataset.revealsWhen;
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    place(document);
    document.querySelectorAll("input[data-reveals]").forEach(reveals);
    document.querySelectorAll("select[data-reveals-when]").forEach(revealsWhen);
  });

  document.addEventListener("change", function (event) {
    var el = event.target;
    if (el.matches && el.matches("input[data-reveals]")) {
      reveals(el);
    } else if (el.matches && el.matches("select[data-reveals-when]")) {
      revealsWhen(el);
    }
  });
})();
