// Admin enhancements. Every form works without this file; it adds the Markdown toolbar and live preview.
(() => {
  "use strict";
})();
