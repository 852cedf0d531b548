//! redflag: a terminal training game about identity-proxy recruitment scams.
//!
//! The game itself (content, scenarios, words, the engine, the screens' model, update and
//! view, results and checks) is the `redflag-core` crate, re-exported here under the same
//! names. This crate is the terminal program around it:
//! - [`term`]: the terminal (crossterm): keys in, frames out, signals;
//! - [`cli`]: the command line;
//! - [`serve`]: the game over SSH for a room.

pub use redflag_core::{
    check, content, datafile, diag, engine, i18n, library, plain, present, quiz, results, sanitize,
    scenario, translate, tui,
};

pub mod cli;
pub mod serve;
pub mod term;
