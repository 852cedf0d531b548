//! redflag in a web page. A thin shell, as the terminal's `term` is: the browser's keys,
//! taps, wheel and swipes become the core's [`Msg`](redflag_core::tui::Msg)s (through
//! `tui::web_keys`, shared and tested with the terminal's keys), the core's `update` and
//! `view` run unchanged, and each frame is drawn with ratzilla's DOM backend and copied into
//! a text mirror (one text node per row) for screen readers, translation and tests.
//!
//! What the terminal keeps in files (settings, handbook, best scores, results) lives in the
//! browser's local storage, in the same JSON. Nothing leaves the browser.
//!
//! Everything is for `wasm32-unknown-unknown`; elsewhere the crate is empty.

#[cfg(target_arch = "wasm32")]
mod backend;
#[cfg(target_arch = "wasm32")]
mod pack;
#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
mod plain;
#[cfg(target_arch = "wasm32")]
mod storage;
