//! The browser's local storage, holding what the terminal game keeps in files, in the same
//! JSON: `state.json` (settings, language, best scores, handbook) and `results.json`.
//! A value that cannot be read is never written over, as with the files.

use redflag_core::results::record::{NotResults, parse_doc};
use redflag_core::results::{Record, ResultsDoc};
use redflag_core::tui::state::{Saved, Store};

/// The keys, named after the files they stand for.
pub const STATE: &str = "redflag/state.json";
pub const RESULTS: &str = "redflag/results.json";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether the browser lets the page keep anything (private windows and some settings do
/// not); without it everything lasts until the tab is closed.
pub fn available() -> bool {
    let Some(s) = storage() else { return false };
    let probe = "redflag/probe";
    let ok = s.set_item(probe, "1").is_ok();
    let _ = s.remove_item(probe);
    ok
}

fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Writes `value`; the browser's reason when it refuses (full, or not allowed). Without any
/// storage nothing is written, and nothing is said each time: the start screen said so.
fn set(key: &str, value: &str) -> Result<(), String> {
    let Some(s) = storage() else {
        return Ok(());
    };
    s.set_item(key, value).map_err(|e| crate::page::reason(&e))
}

/// The saved state, as [`Store::open`] reads the file: missing is a fresh start, unreadable
/// is `broken` (shown, and never written over).
pub fn load_state() -> Store {
    let mut store = Store::in_memory(Saved::default());
    if let Some(text) = get(STATE) {
        match serde_json::from_str::<Saved>(&text) {
            Ok(saved) => store.saved = saved,
            Err(e) => store.broken = Some(e.to_string()),
        }
    }
    store
}

/// Writes the state when it changed since `last`; keeps any failure for the screen.
pub fn save_state(store: &mut Store, last: &mut Saved) {
    if store.broken.is_some() || store.saved == *last {
        return;
    }
    let mut json = match serde_json::to_string_pretty(&store.saved) {
        Ok(j) => j,
        Err(e) => {
            store.write_error = Some(e.to_string());
            return;
        }
    };
    json.push('\n');
    store.write_error = set(STATE, &json).err();
    if store.write_error.is_none() {
        *last = store.saved.clone();
    }
}

/// The results kept in this browser; `Err` with the reason when the stored value is not
/// results (it is then left as it is, and nothing is recorded).
pub fn load_results() -> Result<ResultsDoc, NotResults> {
    match get(RESULTS) {
        None => Ok(ResultsDoc::default()),
        Some(text) => parse_doc(text.as_bytes(), true),
    }
}

/// Writes `records` as the stored results, in the document `doc` came in (its format,
/// version and any fields of its own), as `results.json` holds them.
pub fn write_results(doc: &ResultsDoc, records: &[Record]) -> Result<(), String> {
    let doc = ResultsDoc {
        records: records.to_vec(),
        ..doc.clone()
    };
    let mut json = serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?;
    json.push('\n');
    set(RESULTS, &json)
}
