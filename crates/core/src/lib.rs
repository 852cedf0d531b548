//! redflag's core: everything the game is that knows nothing of terminals, networks or the
//! command line, shared by the terminal program (the `redflag` crate) and other front ends.
//!
//! The parts, from the data up:
//! - [`content`]: where files come from (built in, or packs on disk);
//! - [`scenario`]: the scenario format, its parsing and validation;
//! - [`i18n`]: Fluent bundles, language negotiation and fallback;
//! - [`library`]: everything loaded and checked together;
//! - [`engine`]: the pure game state machine and scoring;
//! - [`present`]: engine events in words;
//! - [`quiz`]: the before/after check's items;
//! - [`results`]: workshop results, their statistics, export and boosters;
//! - [`datafile`]: the data folder and atomic writes;
//! - [`plain`]: the plain-text front end;
//! - [`tui`]: the screens: model, update and view (a shell feeds them keys and draws);
//! - [`check`]: the author's checker;
//! - [`translate`]: the translator's tools (skeletons, stale translations, status).

pub mod check;
pub mod content;
pub mod datafile;
pub mod diag;
pub mod engine;
pub mod i18n;
pub mod library;
pub mod plain;
pub mod present;
pub mod quiz;
pub mod results;
pub mod sanitize;
pub mod scenario;
pub mod translate;
pub mod tui;
