// Keeps the page's own files in the browser, so that once the game has been opened it
// opens and plays again without a network (on the bus, in a room whose Wi-Fi failed).
// It fetches nothing but those files and keeps nothing else. `cargo xtask web` writes the
// list of files and a version that changes with them; a new version replaces the old.
const CACHE = "redflag-__VERSION__";
const FILES = __FILES__;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith("redflag-") && k !== CACHE)
            .map((k) => caches.delete(k))
        )
      )
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  // The page's address may carry ?lang=, ?seed=…: the file is the same.
  event.respondWith(
    caches
      .match(event.request, { ignoreSearch: true })
      .then((hit) => hit || fetch(event.request))
  );
});
