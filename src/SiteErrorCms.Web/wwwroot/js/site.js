// Progressive enhancement only: every page works without this file.
(() => {
  "use strict";

  // Snippet tabs: turn the stacked snippets into an ARIA tab list with arrow-key navigation.
  for (const tabs of document.querySelectorAll("[data-tabs]")) {
    const list = tabs.querySelector("[role=tablist]");
    const buttons = Array.from(list.querySelectorAll("[role=tab]"));
    const panels = buttons.map((b) => document.getElementById(b.getAttribute("aria-controls")));
    const select = (index, focus) => {
      buttons.forEach((button, i) => {
        const selected = i === index;
        button.setAttribute("aria-selected", String(selected));
        button.tabIndex = selected ? 0 : -1;
        panels[i].hidden = !selected;
      });
      if (focus) buttons[index].focus();
    };
    panels.forEach((panel, i) => {
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", buttons[i].id);
      panel.tabIndex = 0;
    });
    buttons.forEach((button, i) => {
      button.addEventListener("click", () => select(i, false));
      button.addEventListener("keydown", (e) => {
        const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: buttons.length - 1 - i };
        if (e.key in moves) {
          e.preventDefault();
          select((i + moves[e.key] + buttons.length) % buttons.length, true);
        }
      });
    });
    list.hidden = false;
    tabs.classList.add("tabs-ready");
    select(0, false);
  }

  // Copy buttons on code blocks, where the clipboard API is available (secure contexts).
  if (navigator.clipboard) {
    for (const pre of document.querySelectorAll(".tab-panel pre, .http-example")) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = "Copy";
      button.addEventListener("click", async () => {
        try {
          await navigator.clipboard.writeText(pre.querySelector("code")?.innerText ?? pre.innerText);
          button.textContent = "Copied";
        } catch {
          button.textContent = "Copy failed";
        }
        setTimeout(() => { button.textContent = "Copy"; }, 2000);
      });
      pre.style.position = "relative";
      pre.appendChild(button);
    }
  }
})();
