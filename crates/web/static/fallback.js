// Says why the game did not start when its module cannot even load: a page opened from a
// file (browsers do not load modules from files), or a browser without modules or
// WebAssembly. (When the module loads but the game cannot start, start.js says it.)
(function () {
  function failed() {
    var loading = document.getElementById("loading");
    if (loading) loading.parentNode.removeChild(loading);
    var note = document.getElementById("load-failed");
    if (note) note.removeAttribute("hidden");
  }
  // This runs in the page's head, before the game's module is even in the page.
  if (typeof WebAssembly !== "object" || !("noModule" in document.createElement("script"))) {
    document.addEventListener("DOMContentLoaded", failed);
    return;
  }
  document.addEventListener(
    "error",
    function (e) {
      if (e.target && e.target.id === "start") failed();
    },
    true
  );
})();
