/*
 * The search page's filters: a sidebar on wide screens, a closed <details> on narrow ones.
 *
 * The template renders the <details> open, so that without this script every filter is shown
 * and works. With it, the filters start closed on narrow screens and are always open on wide
 * ones (where the CSS hides the <summary>), including after the window is resized.
 */
(function () {
    "use strict";

    var WIDE = window.matchMedia("(min-width: 64rem)");

    function update(details, initial) {
        if (WIDE.matches) {
            details.open = true;
        } else if (initial) {
            details.open = false;
        }
    }

    function enhance() {
        var all = document.querySelectorAll("details[data-search-filters]");
        Array.prototype.forEach.call(all, function (details) {
            update(details, true);
            var onChange = function () {
                update(details, false);
            };
            if (WIDE.addEventListener) {
                WIDE.addEventListener("change", onChange);
            } else if (WIDE.addListener) {
                WIDE.addListener(onChange);
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", enhance);
    } else {
        enhance();
    }
})();
