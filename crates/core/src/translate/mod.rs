//! The translator's tools, which need the whole library (so they sit above it, not inside
//! the localizer): skeleton files and their update ([`skeleton`]), stale translations and
//! their lock files ([`stale`]), and each locale's completeness ([`status`]).

pub mod skeleton;
pub mod stale;
pub mod status;
