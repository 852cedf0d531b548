//! The scenario format: its model, the ids of its words, parsing and validation.

pub mod data;
pub mod graph_export;
pub mod ids;
pub mod load;
pub mod model;
pub mod ron_index;
pub mod validate;

pub use model::*;
