// Starts the game: redflag.js (made by wasm-bindgen) fetches redflag_bg.wasm from this
// folder, and the game starts. The module's functions stay reachable for the page's
// tests and benchmark (window.redflag); nothing here talks to anyone but this folder. When
// the game cannot start (a failed load, a browser without WebAssembly), the page says so;
// when this module cannot even load, fallback.js does.
import init, * as redflag from "./redflag.js";

try {
  await init();
  window.redflag = redflag;
  // Kept for playing offline next time (sw.js); not where browsers allow no workers.
  if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
    navigator.serviceWorker.register("sw.js").catch(() => {});
  }
} catch (e) {
  document.getElementById("loading")?.remove();
  document.getElementById("load-failed")?.removeAttribute("hidden");
  console.error(e);
}
