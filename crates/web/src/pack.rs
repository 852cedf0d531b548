//! A pack picked with the browser's file picker: a `.zip`, or a folder's files. It is read
//! with the same rules as a pack folder (`content::pack_from_memory`) and checked with the
//! same checks as `redflag check` runs on a loaded library (`check::check_library`); its
//! problems are listed under the game, and what is good in it plays.

use std::collections::HashMap;
use std::io::Read;

use redflag_core::content::{self, MAX_FILE_BYTES, MAX_MEMORY_BYTES, MAX_MEMORY_FILES};
use redflag_core::diag::{Diagnostic, Pos};
use redflag_core::i18n::{Localizer, args};
use redflag_core::library::Library;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, HtmlInputElement};

use crate::page::{App, by_id, with_app};

pub fn listen() -> Result<(), JsValue> {
    for (button, input) in [
        ("pack-zip-button", "pack-zip"),
        ("pack-folder-button", "pack-folder"),
    ] {
        let (Some(b), Some(i)) = (by_id(button), by_id(input)) else {
            continue;
        };
        let Ok(i) = i.dyn_into::<HtmlInputElement>() else {
            continue;
        };
        let picker = i.clone();
        let open = Closure::<dyn FnMut()>::new(move || picker.click());
        b.add_event_listener_with_callback("click", open.as_ref().unchecked_ref())?;
        open.forget();
        let source = i.clone();
        let changed = Closure::<dyn FnMut()>::new(move || {
            let Some(list) = source.files() else { return };
            let files: Vec<File> = (0..list.length()).filter_map(|k| list.get(k)).collect();
            // The same pack picked again is read again.
            source.set_value("");
            crate::page::unfocus();
            wasm_bindgen_futures::spawn_local(load(files));
        });
        i.add_event_listener_with_callback("change", changed.as_ref().unchecked_ref())?;
        changed.forget();
    }
    Ok(())
}

/// The file's bytes; `None` when it is larger than `limit` (it is not read: its size is
/// enough to refuse it).
async fn bytes_of(file: &File, limit: usize) -> Result<Option<Vec<u8>>, String> {
    if file.size() > limit as f64 {
        return Ok(None);
    }
    let buf = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| crate::page::reason(&e))?;
    Ok(Some(js_sys::Uint8Array::new(&buf).to_vec()))
}

/// The files inside a zip, each read to one byte more than a content file may hold, at most
/// [`MAX_MEMORY_FILES`] of them and [`MAX_MEMORY_BYTES`] in all (E016 for the rest).
fn unzip(name: &str, bytes: Vec<u8>, diags: &mut Vec<Diagnostic>) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut archive = match zip::ZipArchive::new(std::io::Cursor::new(bytes)) {
        Ok(a) => a,
        Err(e) => {
            diags
                .push(Diagnostic::error("E002", name, Pos::default()).arg("reason", e.to_string()));
            return out;
        }
    };
    let mut total = 0usize;
    let count = archive.len();
    for k in 0..count {
        let mut f = match archive.by_index(k) {
            Ok(f) => f,
            Err(e) => {
                diags.push(
                    Diagnostic::error("E002", name, Pos::default()).arg("reason", e.to_string()),
                );
                continue;
            }
        };
        if f.is_dir() {
            continue;
        }
        // Paths that climb out or are absolute are not a pack's.
        let Some(path) = f.enclosed_name() else {
            continue;
        };
        let rel = path.to_string_lossy().replace('\\', "/");
        if out.len() >= MAX_MEMORY_FILES || total >= MAX_MEMORY_BYTES {
            diags.push(content::too_much(name, count, total));
            break;
        }
        let mut data = Vec::new();
        if let Err(e) = (&mut f).take(MAX_FILE_BYTES + 1).read_to_end(&mut data) {
            diags.push(
                Diagnostic::error("E002", &format!("{name}/{rel}"), Pos::default())
                    .arg("reason", e.to_string()),
            );
            continue;
        }
        total += data.len();
        out.push((rel, data));
    }
    out
}

/// Reads the picked files, loads them over the built-in content, checks them, and starts
/// the game again with them.
async fn load(files: Vec<File>) {
    if files.is_empty() {
        return;
    }
    let mut diags = Vec::new();
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    let mut name = String::new();
    let mut total = 0usize;
    let mut skipped = 0usize;
    for f in &files {
        let fname = f.name();
        if fname.to_ascii_lowercase().ends_with(".zip") {
            name = fname.clone();
            match bytes_of(f, MAX_MEMORY_BYTES).await {
                Ok(None) => diags.push(content::too_much(&fname, 1, f.size() as usize)),
                Ok(Some(b)) => entries.extend(unzip(&fname, b, &mut diags)),
                Err(e) => {
                    diags.push(Diagnostic::error("E002", &fname, Pos::default()).arg("reason", e))
                }
            }
            continue;
        }
        // A folder's file comes with its path from the picked folder ("my-pack/scenarios/a.ron").
        let rel = js_sys::Reflect::get(f, &"webkitRelativePath".into())
            .ok()
            .and_then(|p| p.as_string())
            .filter(|p| !p.is_empty())
            .unwrap_or(fname);
        if name.is_empty() {
            name = rel.split('/').next().unwrap_or("pack").to_string();
        }
        if entries.len() >= MAX_MEMORY_FILES || total >= MAX_MEMORY_BYTES {
            skipped += 1;
            continue;
        }
        match bytes_of(f, MAX_FILE_BYTES as usize).await {
            Ok(Some(b)) => {
                total += b.len();
                entries.push((rel, b));
            }
            Ok(None) => diags.push(content::too_large(&rel, f.size() as usize)),
            Err(e) => diags.push(Diagnostic::error("E002", &rel, Pos::default()).arg("reason", e)),
        }
    }
    if skipped > 0 {
        diags.push(content::too_much(&name, files.len(), total));
    }
    let (pack, read_diags) = content::pack_from_memory(&name, entries);
    diags.extend(read_diags);
    let mut all = content::builtin_files();
    all.extend(pack);
    // The game's screens borrow their library for the page's life; a page loads a pack a
    // few times at most, so each library is kept (leaked) rather than counted.
    let lib: &'static Library = Box::leak(Box::new(Library::from_files(all, Vec::new())));
    // The pack's problems: reading it, loading it, and the checks on what loaded.
    let prefix = format!("{}/", redflag_core::sanitize::clean_line(&name));
    diags.extend(
        redflag_core::check::check_library(lib)
            .into_iter()
            .filter(|d| d.file.starts_with(&prefix) || d.file == name),
    );
    let diags = redflag_core::check::finish(diags, None);
    with_app(|app| {
        let loc = &app.model.loc;
        let played = lib
            .scenarios
            .iter()
            .filter(|s| !s.origin.is_builtin())
            .count();
        let (errors, warnings) = redflag_core::check::render::totals(&diags);
        let note = loc.fmt(
            "web-pack-loaded",
            &args([
                ("name", redflag_core::sanitize::clean_line(&name).into()),
                ("scenarios", played.into()),
                ("errors", errors.into()),
                ("warnings", warnings.into()),
            ]),
        );
        report(loc, lib, &name, &diags);
        match App::new(lib, Some(vec![note])) {
            Ok(mut fresh) => {
                fresh.plain = app.plain.take();
                *app = fresh;
                app.refresh();
            }
            Err(e) => web_sys::console::error_1(&e),
        }
    });
}

/// Shows the pack's problems under the game as `redflag check` shows them: each at
/// `file:line:col` with its source line, a caret and a hint, then the count.
fn report(loc: &Localizer, lib: &Library, name: &str, diags: &[Diagnostic]) {
    let Some(text) = by_id("pack-problems") else {
        return;
    };
    if let Some(section) = by_id("pack-report") {
        let _ = section.toggle_attribute_with_force("hidden", false);
    }
    if let Some(h) = by_id("pack-report-title") {
        h.set_text_content(Some(&loc.fmt(
            "web-pack-report",
            &args([
                ("name", redflag_core::sanitize::clean_line(name).into()),
                ("count", diags.len().into()),
            ]),
        )));
    }
    let sources: HashMap<String, String> = lib
        .files
        .iter()
        .filter(|f| !f.origin.is_builtin())
        .map(|f| (f.display.clone(), f.text.to_string()))
        .collect();
    text.set_text_content(Some(&redflag_core::check::render::text(
        loc, diags, &sources,
    )));
}
