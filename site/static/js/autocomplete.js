/*
 * Search suggestions as you type: turns every <input data-suggest-url> into a combobox with a
 * list of page titles, following the WAI-ARIA 1.2 combobox pattern ("list" autocomplete).
 *
 * Without this script the input is a plain search field that submits its form. With it:
 * - typing two characters or more asks GET {data-suggest-url}?q=… (after a 150 ms pause; a newer
 *   request aborts the older one; errors are ignored and the field keeps working as a field);
 * - Down/Up arrows move through the suggestions (the input keeps the focus, the highlighted option
 *   is its aria-activedescendant), Enter opens the highlighted page or else submits the form,
 *   Escape closes the list, Tab leaves it; a click on a suggestion opens it;
 * - a visually hidden live region says how many suggestions there are.
 * Texts come from the template (data-suggest-*), translated there with gettext.
 */
(function () {
    "use strict";

    var MIN_CHARS = 2;
    var DELAY = 150;
    var counter = 0;

    function Combobox(input) {
        counter += 1;
        this.input = input;
        this.form = input.form;
        this.url = input.getAttribute("data-suggest-url");
        this.texts = {
            label: input.getAttribute("data-suggest-label") || "",
            one: input.getAttribute("data-suggest-one") || "",
            many: input.getAttribute("data-suggest-many") || "",
            none: input.getAttribute("data-suggest-none") || "",
        };
        this.suggestions = [];
        this.active = -1;
        this.timer = null;
        this.controller = null;
        this.cache = new Map();
        this.lastQuery = "";

        var base = (input.id || "search-input-" + counter) + "-suggestions";
        this.listbox = document.createElement("ul");
        this.listbox.id = base;
        this.listbox.className = "autocomplete__listbox";
        this.listbox.setAttribute("role", "listbox");
        this.listbox.setAttribute("aria-label", this.texts.label);
        this.listbox.hidden = true;

        this.status = document.createElement("div");
        this.status.className = "visually-hidden";
        this.status.setAttribute("role", "status");
        this.status.setAttribute("aria-live", "polite");
        this.status.setAttribute("aria-atomic", "true");

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", this.listbox.id);
        input.setAttribute("autocomplete", "off");
        input.parentNode.classList.add("autocomplete");
        input.insertAdjacentElement("afterend", this.listbox);
        this.listbox.insertAdjacentElement("afterend", this.status);

        input.addEventListener("input", this.onInput.bind(this));
        input.addEventListener("keydown", this.onKeyDown.bind(this));
        input.addEventListener("blur", this.close.bind(this));
        // Keep the focus in the input while a suggestion is clicked.
        this.listbox.addEventListener("mousedown", function (event) {
            event.preventDefault();
        });
        this.listbox.addEventListener("click", this.onClick.bind(this));
    }

    Combobox.prototype.onInput = function () {
        var query = this.input.value.trim();
        window.clearTimeout(this.timer);
        this.setActive(-1);
        if (query.length < MIN_CHARS) {
            this.abort();
            this.lastQuery = "";
            this.show([]);
            return;
        }
        this.timer = window.setTimeout(this.fetch.bind(this, query), DELAY);
    };

    Combobox.prototype.abort = function () {
        if (this.controller) {
            this.controller.abort();
            this.controller = null;
        }
    };

    Combobox.prototype.fetch = function (query) {
        var self = this;
        this.abort();
        if (this.cache.has(query)) {
            this.lastQuery = query;
            this.show(this.cache.get(query));
            return;
        }
        var controller = new AbortController();
        this.controller = controller;
        var url = this.url + (this.url.indexOf("?") === -1 ? "?" : "&") + "q=" + encodeURIComponent(query);
        window
            .fetch(url, {
                signal: controller.signal,
                credentials: "same-origin",
                headers: { Accept: "application/json" },
            })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("HTTP " + response.status);
                }
                return response.json();
            })
            .then(function (data) {
                var suggestions = (data && Array.isArray(data.suggestions) ? data.suggestions : [])
                    .filter(function (item) {
                        return item && item.title && item.url;
                    })
                    .slice(0, 8);
                self.cache.set(query, suggestions);
                if (self.controller === controller) {
                    self.controller = null;
                }
                // Only what the field still says is worth showing.
                if (self.input.value.trim() === query && document.activeElement === self.input) {
                    self.lastQuery = query;
                    self.show(suggestions);
                }
            })
            .catch(function () {
                // Aborted, offline or refused: the field simply stays a search field.
            });
    };

    Combobox.prototype.show = function (suggestions) {
        var self = this;
        this.suggestions = suggestions;
        this.active = -1;
        this.input.removeAttribute("aria-activedescendant");
        this.listbox.textContent = "";
        suggestions.forEach(function (item, index) {
            var option = document.createElement("li");
            option.id = self.listbox.id + "-" + index;
            option.className = "autocomplete__option";
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.setAttribute("data-index", String(index));
            option.textContent = item.title;
            self.listbox.appendChild(option);
        });
        if (suggestions.length) {
            this.open();
        } else {
            this.close();
        }
        this.announce(suggestions.length);
    };

    Combobox.prototype.announce = function (count) {
        var text = "";
        if (count === 1) {
            text = this.texts.one;
        } else if (count > 1) {
            text = this.texts.many.replace("{count}", String(count));
        } else if (this.lastQuery) {
            text = this.texts.none;
        }
        if (this.status.textContent !== text) {
            this.status.textContent = text;
        }
    };

    Combobox.prototype.open = function () {
        this.listbox.hidden = false;
        this.input.setAttribute("aria-expanded", "true");
    };

    Combobox.prototype.close = function () {
        this.setActive(-1);
        this.listbox.hidden = true;
        this.input.setAttribute("aria-expanded", "false");
    };

    Combobox.prototype.isOpen = function () {
        return !this.listbox.hidden;
    };

    Combobox.prototype.setActive = function (index) {
        var options = this.listbox.children;
        if (this.active >= 0 && options[this.active]) {
            options[this.active].setAttribute("aria-selected", "false");
        }
        this.active = index;
        if (index >= 0 && options[index]) {
            var option = options[index];
            option.setAttribute("aria-selected", "true");
            this.input.setAttribute("aria-activedescendant", option.id);
            if (option.scrollIntoView) {
                option.scrollIntoView({ block: "nearest" });
            }
        } else {
            this.input.removeAttribute("aria-activedescendant");
        }
    };

    Combobox.prototype.move = function (step) {
        var count = this.suggestions.length;
        if (!count) {
            return;
        }
        if (!this.isOpen()) {
            this.open();
            this.setActive(step > 0 ? 0 : count - 1);
            return;
        }
        var next = this.active + step;
        if (next >= count) {
            next = 0;
        } else if (next < 0) {
            next = count - 1;
        }
        this.setActive(next);
    };

    Combobox.prototype.go = function (index) {
        var item = this.suggestions[index];
        if (item) {
            this.close();
            window.location.assign(item.url);
        }
    };

    Combobox.prototype.onKeyDown = function (event) {
        if (event.isComposing) {
            return; // Keys that compose a character (input methods) are not for the list.
        }
        if (event.altKey && event.key === "ArrowDown") {
            if (this.suggestions.length) {
                this.open();
                event.preventDefault();
            }
            return;
        }
        switch (event.key) {
            case "ArrowDown":
            case "Down":
                if (this.suggestions.length) {
                    event.preventDefault();
                    this.move(1);
                }
                break;
            case "ArrowUp":
            case "Up":
                if (this.suggestions.length) {
                    event.preventDefault();
                    this.move(-1);
                }
                break;
            case "Enter":
                if (this.isOpen() && this.active >= 0) {
                    event.preventDefault();
                    this.go(this.active);
                }
                // Otherwise the form is submitted as usual.
                break;
            case "Escape":
            case "Esc":
                if (this.isOpen()) {
                    event.preventDefault();
                    this.close();
                }
                break;
            case "Tab":
                this.close();
                break;
            default:
                break;
        }
    };

    Combobox.prototype.onClick = function (event) {
        var option = event.target.closest("[role=option]");
        if (option) {
            this.go(Number(option.getAttribute("data-index")));
        }
    };

    function enhance() {
        if (!("fetch" in window) || !("AbortController" in window)) {
            return;
        }
        var inputs = document.querySelectorAll("input[data-suggest-url]");
        Array.prototype.forEach.call(inputs, function (input) {
            if (!input.hasAttribute("role")) {
                new Combobox(input);
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", enhance);
    } else {
        enhance();
    }
})();
