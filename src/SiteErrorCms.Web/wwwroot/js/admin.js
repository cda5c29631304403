// Admin enhancements. Every form works without this file; it adds the Markdown toolbar and the live
// preview, which the server renders with the public site's own pipeline and sanitizer.
(() => {
  "use strict";

  const token = () => document.querySelector("input[name=__RequestVerificationToken]")?.value ?? "";

  const actions = [
    { label: "Bold", title: "Bold", wrap: ["**", "**"] },
    { label: "Italic", title: "Italic", wrap: ["_", "_"] },
    { label: "Code", title: "Inline code", wrap: ["`", "`"] },
    { label: "Link", title: "Link", wrap: ["[", "](/codes/)"] },
    { label: "List", title: "Bulleted list", prefix: "- " },
    { label: "Heading", title: "Heading", prefix: "### " },
  ];

  function apply(textarea, action) {
    const { selectionStart: start, selectionEnd: end, value } = textarea;
    const selected = value.slice(start, end);
    let text;
    let caret;
    if (action.wrap) {
      text = action.wrap[0] + selected + action.wrap[1];
      caret = start + action.wrap[0].length + selected.length;
    } else {
      const lineStart = value.lastIndexOf("\n", start - 1) + 1;
      textarea.setRangeText(action.prefix, lineStart, lineStart, "end");
      textarea.dispatchEvent(new Event("input"));
      textarea.focus();
      return;
    }
    textarea.setRangeText(text, start, end, "end");
    textarea.setSelectionRange(caret, caret);
    textarea.dispatchEvent(new Event("input"));
    textarea.focus();
  }

  function enhance(textarea) {
    const toolbar = document.createElement("div");
    toolbar.className = "md-toolbar";
    toolbar.setAttribute("role", "toolbar");
    const fieldName = document.querySelector(`label[for="${textarea.id}"]`)?.textContent ?? "this field";
    toolbar.setAttribute("aria-label", "Formatting for " + fieldName);
    toolbar.setAttribute("aria-controls", textarea.id);
    for (const action of actions) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = action.label;
      button.title = action.title;
      button.addEventListener("click", () => apply(textarea, action));
      toolbar.append(button);
    }
    textarea.before(toolbar);

    const preview = document.createElement("div");
    preview.className = "md-preview prose";
    // A name needs a role (aria-label on a plain div is prohibited); a group named after its field stays distinct.
    preview.setAttribute("role", "group");
    preview.setAttribute("aria-live", "polite");
    preview.setAttribute("aria-label", "Preview of " + fieldName);
    textarea.after(preview);

    let timer = 0;
    let sent = 0;
    const render = async () => {
      const mine = ++sent;
      const body = new URLSearchParams({ source: textarea.value, __RequestVerificationToken: token() });
      try {
        const response = await fetch("/admin/markdown-preview", { method: "POST", body, credentials: "same-origin" });
        if (response.ok && mine === sent) {
          preview.innerHTML = await response.text();
        }
      } catch {
        // Offline or signed out: the preview simply stops updating; the form still saves.
      }
    };
    textarea.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(render, 300);
    });
    if (textarea.value.trim() !== "") {
      render();
    }
  }

  document.querySelectorAll("textarea[data-markdown]").forEach(enhance);
})();
