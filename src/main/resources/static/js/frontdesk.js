// Frontdesk page behaviour. No inline scripts anywhere (the CSP forbids them); everything hangs off data- attributes.
(function () {
  "use strict";

  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector("meta[name=_csrf]");
    var header = document.querySelector("meta[name=_csrf_header]");
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Search results: arrow keys move through the rows, Enter opens the chosen patient.
  document.addEventListener("keydown", function (event) {
    var box = document.getElementById("patient-search");
    if (!box) {
      return;
    }
    var links = Array.prototype.slice.call(document.querySelectorAll("#search-results a.patient-link"));
    if (links.length === 0) {
      return;
    }
    var index = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown") {
      event.preventDefault();
      links[Math.min(index + 1, links.length - 1)].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (index <= 0) {
        box.focus();
      } else {
        links[index - 1].focus();
      }
    } else if (event.key === "Enter" && document.activeElement === box) {
      event.preventDefault();
      links[0].click();
    }
  });

  // Single-key shortcuts documented on their page: an element with data-shortcut="b" is clicked when B is pressed
  // outside a text field (and with no modifier, so browser and access keys keep working).
  document.addEventListener("keydown", function (event) {
    var tag = document.activeElement && document.activeElement.tagName;
    if (event.altKey || event.ctrlKey || event.metaKey || tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT"
        || !/^[a-z]$/i.test(event.key)) {
      return;
    }
    var target = document.querySelector('[data-shortcut="' + event.key.toLowerCase() + '"]');
    if (target) {
      event.preventDefault();
      target.click();
    }
  });

  // "/" jumps to the search box from anywhere that is not a text field.
  document.addEventListener("keydown", function (event) {
    var box = document.getElementById("patient-search");
    var tag = document.activeElement && document.activeElement.tagName;
    if (event.key === "/" && box && tag !== "INPUT" && tag !== "TEXTAREA" && tag !== "SELECT") {
      event.preventDefault();
      box.focus();
    }
  });
})();
