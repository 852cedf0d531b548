// Loads the game: redflag.js (made by wasm-bindgen) fetches redflag_bg.wasm from this
// folder, and the game starts. The module's functions stay reachable for the page's
// tests and benchmark (window.redflag); nothing here talks to anyone.
import init, * as redflag from "./redflag.js";

await init();
window.redflag = redflag;
