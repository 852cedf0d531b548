//! The page: one [`App`] (the core's model and a ratatui terminal on the page's grid),
//! events in, a frame out after each batch of them. No animation loop: a frame is drawn
//! when something happened (a key, a tap, a timer the model asked for, a resize), so an idle
//! page uses no CPU, as the idle terminal game does.

use std::cell::{Cell, RefCell};
use std::sync::{Arc, Mutex};

use ratatui::Terminal;
use redflag_core::i18n::args;
use redflag_core::library::Library;
use redflag_core::results::store::Tap;
use redflag_core::results::{Record, Recorder, ResultsDoc};
use redflag_core::tui::state::Saved;
use redflag_core::tui::web_keys::{key_msg, scroll_msgs, tap_msgs, wheel_lines};
use redflag_core::tui::{self, Env, Model, Msg, Screen, TuiOptions};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement, KeyboardEvent, MouseEvent, TouchEvent, WheelEvent};
use web_time::Instant;

use crate::backend::PageBackend;
use crate::storage;

/// The element the grid is drawn in, and the text mirror beside it.
const GRID: &str = "grid";
const MIRROR: &str = "screen-text";

pub struct App {
    pub model: Model<'static>,
    term: Terminal<PageBackend>,
    /// The mirror's row elements, each holding one text node, and their text.
    mirror: Vec<(Element, String)>,
    /// The pending `setTimeout` for the model's timer.
    timer: Option<i32>,
    /// The state as last written to storage.
    last_saved: Saved,
    /// The stored results' document, less its records (they are the model's `kept`);
    /// `None` when the stored value is not results (it is left alone, nothing recorded).
    results: Option<ResultsDoc>,
    /// Frames drawn, for the tests and the benchmark.
    pub frames: u64,
    /// Plain mode's own state while it is shown instead of the grid.
    pub plain: Option<crate::plain::Plain>,
}

thread_local! {
    static APP: RefCell<Option<App>> = const { RefCell::new(None) };
    static TICK: RefCell<Option<Closure<dyn FnMut()>>> = const { RefCell::new(None) };
    static TOUCH_Y: Cell<Option<f64>> = const { Cell::new(None) };
}

/// Finished runs, handed over by the recorder's tap; stored after each update.
static FINISHED: Mutex<Vec<Record>> = Mutex::new(Vec::new());

pub fn window() -> web_sys::Window {
    web_sys::window().expect("a page has a window")
}

pub fn document() -> Document {
    window().document().expect("a page has a document")
}

pub fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// What the browser says went wrong, in its own words (a string it threw, or an error's
/// message).
pub fn reason(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{e:?}"))
}

/// Runs `f` on the app, when there is one (there is, once the page started).
pub fn with_app<R>(f: impl FnOnce(&mut App) -> R) -> Option<R> {
    APP.with(|a| a.borrow_mut().as_mut().map(f))
}

/// The page's address: `?lang=de&seed=42&scenario=…&plain=1`.
fn query(name: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

/// Seconds since the Unix epoch, for the records.
fn now_secs() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

#[wasm_bindgen(start)]
pub fn start() -> Result<(), JsValue> {
    console_error_panic_hook::set_once();
    let lib: &'static Library = Box::leak(Box::new(Library::load(&[])));
    let app = App::new(lib, None)?;
    APP.with(|a| *a.borrow_mut() = Some(app));
    TICK.with(|t| {
        *t.borrow_mut() = Some(Closure::new(|| {
            dispatch(|_| vec![Msg::Tick]);
        }))
    });
    listen()?;
    with_app(|app| {
        if app.model.store.saved.settings.plain || query("plain").is_some_and(|p| p == "1") {
            crate::plain::enter(app);
        }
        app.refresh();
    });
    Ok(())
}

impl App {
    /// A model over `lib` with the browser's language and what this browser kept; `notes`
    /// go on the start screen (a pack's report).
    pub fn new(lib: &'static Library, notes: Option<Vec<String>>) -> Result<App, JsValue> {
        let store = storage::load_state();
        let available = lib.catalog.langs();
        let asked = query("lang");
        // `?lang=` wins; then the language picked in the switcher; then the browser's.
        let requested = if asked.is_some() || store.saved.lang.is_none() {
            Some(redflag_core::i18n::lang::for_page(
                asked.as_deref(),
                &browser_languages(),
                &available,
            ))
        } else {
            None
        };
        let results = storage::load_results();
        let asked_code = query("participant").filter(|p| !p.trim().is_empty());
        let participant = asked_code
            .clone()
            .filter(|p| redflag_core::results::valid_participant(p));
        let recorder = Recorder {
            path: None,
            // A workshop's participant code (`?participant=B7`), checked as the terminal
            // checks `--participant`; anything else is left out (and said on the list).
            participant: participant.clone(),
            clock: now_secs,
            broken: false,
            tap: Some(Tap(Arc::new(|r: &Record| {
                if let Ok(mut f) = FINISHED.lock() {
                    f.push(r.clone());
                }
            }))),
        };
        let opts = TuiOptions {
            scenario: query("scenario"),
            seed: query("seed").and_then(|s| s.trim().parse().ok()),
            quiz: None,
            recorder,
            results_path: None,
            notices: notes.unwrap_or_default(),
        };
        let env = Env {
            no_color: false,
            utf8: true,
        };
        let last_saved = store.saved.clone();
        let broken = store.broken.clone();
        let mut model = Model::new(lib, requested, opts, store, env, Instant::now());
        model.rerun = redflag_core::present::Rerun::Address;
        // What the start screen says about this browser, in the model's language.
        let loc = &model.loc;
        let mut notices = Vec::new();
        if !storage::available() {
            notices.push(loc.text("web-storage-off"));
        }
        if let Err(why) = &results {
            notices.push(loc.fmt(
                "web-results-unreadable",
                &args([("reason", why.reason(loc).into())]),
            ));
        }
        if let Some(why) = broken {
            notices.push(loc.fmt("web-state-unreadable", &args([("reason", why.into())])));
        }
        if let Some(code) = asked_code.filter(|_| participant.is_none()) {
            notices.push(loc.fmt(
                "results-bad-participant",
                &args([("code", redflag_core::sanitize::clean_line(&code).into())]),
            ));
        }
        model.notices.extend(notices);
        let results = results.ok().map(|mut doc| {
            model.kept = Some(std::mem::take(&mut doc.records));
            doc
        });
        // A fresh grid (and mirror): whatever was there (the loading note, the grid of the
        // game before a pack was loaded) goes.
        for id in [GRID, MIRROR] {
            if let Some(el) = by_id(id) {
                el.set_inner_html("");
            }
        }
        let term = Terminal::new(PageBackend::new(GRID).map_err(|e| e.to_string())?)
            .map_err(|e| e.to_string())?;
        Ok(App {
            model,
            term,
            mirror: Vec::new(),
            timer: None,
            last_saved,
            results,
            frames: 0,
            plain: None,
        })
    }

    /// Applies one message, and keeps what changed.
    pub fn update(&mut self, msg: Msg) {
        tui::update(&mut self.model, msg, Instant::now());
        if self.model.quit {
            // A page has nothing to quit to: back to the list.
            self.model.quit = false;
            self.model.overlay = None;
            self.model.screen = Screen::Start;
        }
        self.keep();
    }

    /// Writes the settings and scores when they changed, and any finished runs.
    pub fn keep(&mut self) {
        storage::save_state(&mut self.model.store, &mut self.last_saved);
        let finished: Vec<Record> = FINISHED
            .lock()
            .map(|mut f| std::mem::take(&mut *f))
            .unwrap_or_default();
        if let (Some(doc), Some(kept)) = (&self.results, &mut self.model.kept)
            && !finished.is_empty()
        {
            kept.extend(finished);
            self.model.record_error = storage::write_results(doc, kept).err().map(|e| {
                self.model
                    .loc
                    .fmt("web-results-unwritable", &args([("reason", e.into())]))
            });
        }
    }

    /// The records kept in this browser, for "export my results".
    pub fn records(&self) -> &[Record] {
        self.model.kept.as_deref().unwrap_or_default()
    }

    /// Draws the model into the grid and the text mirror.
    pub fn render(&mut self) {
        if self.plain.is_some() {
            return;
        }
        let model = &self.model;
        let rows = match self.term.draw(|f| tui::view(model, f)) {
            // The rows as the terminal shows them (a wide character once), without the
            // blanks at their ends.
            Ok(frame) => tui::screens::rows(frame.buffer)
                .into_iter()
                .map(|r| r.trim_end().to_string())
                .collect::<Vec<_>>(),
            Err(e) => {
                web_sys::console::error_1(&e.to_string().into());
                return;
            }
        };
        self.frames += 1;
        self.mirror_rows(&rows);
        if self.frames == 1 {
            mark_frame("first");
        }
    }

    fn mirror_rows(&mut self, rows: &[String]) {
        let Some(mirror) = by_id(MIRROR) else { return };
        let doc = document();
        while self.mirror.len() > rows.len() {
            if let Some((el, _)) = self.mirror.pop() {
                el.remove();
            }
        }
        while self.mirror.len() < rows.len() {
            let Ok(el) = doc.create_element("div") else {
                return;
            };
            let _ = mirror.append_child(&el);
            self.mirror.push((el, String::from("\u{0}")));
        }
        for ((el, old), new) in self.mirror.iter_mut().zip(rows) {
            if old != new {
                // One text node per row: textContent replaces the children with one.
                el.set_text_content(Some(new));
                *old = new.clone();
            }
        }
    }

    /// Asks the browser to wake the model when its timer runs out.
    pub fn schedule(&mut self) {
        let w = window();
        if let Some(t) = self.timer.take() {
            w.clear_timeout_with_handle(t);
        }
        if self.plain.is_some() {
            return;
        }
        let Some(due) = self.model.timer(Instant::now()) else {
            return;
        };
        let ms = due.as_millis().min(60_000) as i32;
        TICK.with(|t| {
            if let Some(cb) = t.borrow().as_ref() {
                self.timer = w
                    .set_timeout_with_callback_and_timeout_and_arguments_0(
                        cb.as_ref().unchecked_ref(),
                        ms,
                    )
                    .ok();
            }
        });
    }

    /// The page's own words (buttons, labels, the document's language) in the model's
    /// language, then a frame.
    pub fn refresh(&mut self) {
        label_page(&self.model);
        if self.model.store.saved.settings.plain && self.plain.is_none() {
            crate::plain::enter(self);
        }
        if self.plain.is_some() {
            crate::plain::render(self);
        } else {
            self.render();
        }
        self.schedule();
    }

    /// A new grid after the window changed size: the backend measures again.
    pub fn resize(&mut self) {
        if let Some(grid) = by_id(GRID) {
            grid.set_inner_html("");
        }
        self.mirror.clear();
        if let Some(m) = by_id(MIRROR) {
            m.set_inner_html("");
        }
        match PageBackend::new(GRID).and_then(Terminal::new) {
            Ok(t) => self.term = t,
            Err(e) => web_sys::console::error_1(&e.to_string().into()),
        }
        if let Ok(size) = self.term.size() {
            self.update(Msg::Resize(size.width, size.height));
        }
    }

    /// A cell's size in CSS pixels.
    pub fn cell(&self) -> (f64, f64) {
        self.term.backend().cell
    }
}

/// Runs `msgs` (made from the app) through the model, then draws once.
pub fn dispatch(msgs: impl FnOnce(&App) -> Vec<Msg>) {
    with_app(|app| {
        let lang = app.model.loc.lang().to_string();
        let plain = app.model.store.saved.settings.plain;
        for m in msgs(app) {
            app.update(m);
        }
        if app.model.loc.lang() != lang || app.model.store.saved.settings.plain != plain {
            app.refresh();
        } else {
            app.render();
            app.schedule();
        }
    });
}

/// Sets the page's words from Fluent: every element with `data-msg` gets that message as
/// its text (or, with `data-label`, as its accessible name), and the document its language.
pub fn label_page(model: &Model) {
    let doc = document();
    let loc = &model.loc;
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", loc.lang());
    }
    doc.set_title(&loc.text("web-title"));
    let Ok(list) = doc.query_selector_all("[data-msg]") else {
        return;
    };
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let Some(id) = el.get_attribute("data-msg") else {
            continue;
        };
        let text = loc.text(&id);
        if el.has_attribute("data-label") {
            let _ = el.set_attribute("aria-label", &text);
            let _ = el.set_attribute("title", &text);
        } else {
            el.set_text_content(Some(&text));
        }
    }
}

/// Gives the keyboard back to the game after one of the page's buttons was used.
pub fn unfocus() {
    if let Some(el) = document()
        .active_element()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.blur();
    }
}

/// Whether a key event belongs to a control of the page (a button, the file picker), which
/// handles it itself.
fn on_a_control(e: &web_sys::Event) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().to_ascii_lowercase().as_str(),
                "button" | "input" | "select" | "textarea" | "a" | "summary"
            )
        })
}

/// Listens for `kind` events (as `E`) on `target` for the page's life; `passive` says the
/// listener never cancels the browser's own handling (scrolling, for one).
fn on<E: JsCast + 'static>(
    target: &web_sys::EventTarget,
    kind: &str,
    passive: bool,
    mut f: impl FnMut(E) + 'static,
) {
    let f = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
        if let Ok(e) = e.dyn_into::<E>() {
            f(e);
        }
    });
    let opts = web_sys::AddEventListenerOptions::new();
    opts.set_passive(passive);
    let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
        kind,
        f.as_ref().unchecked_ref(),
        &opts,
    );
    // The listeners live as long as the page.
    f.forget();
}

fn listen() -> Result<(), JsValue> {
    let doc = document();
    on(&doc, "keydown", false, |e: KeyboardEvent| {
        if on_a_control(&e) || with_app(|a| a.plain.is_some()).unwrap_or(true) {
            return;
        }
        let held = e.ctrl_key() || e.alt_key() || e.meta_key();
        // Tab stays the browser's: it reaches the page's buttons.
        if e.key() == "Tab" {
            return;
        }
        let Some(msg) = key_msg(&e.key(), held) else {
            return;
        };
        e.prevent_default();
        let began = window().performance().map(|p| p.now()).unwrap_or_default();
        dispatch(|_| vec![msg]);
        let end = window().performance().map(|p| p.now()).unwrap_or_default();
        let stamp = e.time_stamp();
        time_key(stamp, began, end);
    });
    let grid: web_sys::EventTarget = by_id(GRID).ok_or("no #grid")?.into();
    on(&grid, "click", true, |e: MouseEvent| {
        let Some(cell) = cell_at(e.client_x() as f64, e.client_y() as f64) else {
            return;
        };
        dispatch(|app| tap_msgs(&app.model, cell.0, cell.1));
    });
    on(&grid, "wheel", false, |e: WheelEvent| {
        e.prevent_default();
        dispatch(|app| {
            let (_, h) = app.cell();
            let rows = app.term.size().map(|s| s.height).unwrap_or(24);
            scroll_msgs(wheel_lines(e.delta_y(), e.delta_mode(), h, rows))
        });
    });
    on(&grid, "touchstart", true, |e: TouchEvent| {
        TOUCH_Y.with(|y| y.set(e.touches().get(0).map(|t| f64::from(t.client_y()))));
    });
    on(&grid, "touchmove", false, |e: TouchEvent| {
        let (Some(start), Some(now)) = (
            TOUCH_Y.with(Cell::get),
            e.touches().get(0).map(|t| f64::from(t.client_y())),
        ) else {
            return;
        };
        e.prevent_default();
        let h = with_app(|a| a.cell().1).unwrap_or(20.0).max(1.0);
        // A finger pushing the text up reads on, as on any phone.
        let lines = ((start - now) / h).trunc() as i32;
        if lines != 0 {
            TOUCH_Y.with(|y| y.set(Some(start - f64::from(lines) * h)));
            dispatch(|_| scroll_msgs(lines));
        }
    });
    on(&window(), "resize", true, |_: web_sys::Event| {
        with_app(|app| {
            app.resize();
            app.refresh();
        });
    });
    // The touch keys: each names a key as the browser does.
    if let Ok(list) = doc.query_selector_all("[data-key]") {
        for i in 0..list.length() {
            let Some(el) = list.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
                continue;
            };
            let key = el.get_attribute("data-key").unwrap_or_default();
            let button = el.clone();
            on(&el, "click", true, move |_: web_sys::Event| {
                // The keyboard's keys go to the game again, not to this button.
                let _ = button.blur();
                if let Some(msg) = key_msg(&key, false) {
                    dispatch(|_| vec![msg]);
                }
            });
        }
    }
    crate::pack::listen()?;
    crate::plain::listen()?;
    if let Some(b) = by_id("plain-on") {
        on(&b, "click", true, |_: web_sys::Event| {
            unfocus();
            with_app(|app| {
                app.model.store.saved.settings.plain = true;
                app.keep();
                app.refresh();
            });
        });
    }
    if let Some(b) = by_id("export") {
        on(&b, "click", true, |_: web_sys::Event| {
            unfocus();
            with_app(|app| export(app.records()));
        });
    }
    Ok(())
}

/// The cell under a point of the window, in the grid's cells.
fn cell_at(x: f64, y: f64) -> Option<(u16, u16)> {
    let grid = by_id(GRID)?;
    let r = grid.get_bounding_client_rect();
    let (w, h) = with_app(|a| a.cell())?;
    let (cx, cy) = ((x - r.left()) / w.max(1.0), (y - r.top()) / h.max(1.0));
    if cx < 0.0 || cy < 0.0 || !cx.is_finite() || !cy.is_finite() {
        return None;
    }
    Some((
        cx.min(f64::from(u16::MAX)) as u16,
        cy.min(f64::from(u16::MAX)) as u16,
    ))
}

/// Leaves a mark in the page's performance timeline after a frame (the benchmark reads
/// them); `performance.mark` records nothing anywhere but in this page.
pub fn mark_frame(what: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(&format!("redflag-{what}-frame"));
    }
}

thread_local! {
    /// Whether keys are timed (only while the benchmark asks: see [`reset_key_times`]).
    static TIMING: Cell<bool> = const { Cell::new(false) };
    /// Per key, in milliseconds: [event to frame drawn, the page's own part (handler to
    /// frame drawn), event to the frame's style and layout done, event to the next
    /// animation frame].
    static KEY_TIMES: RefCell<[Vec<f64>; 4]> = const { RefCell::new([Vec::new(), Vec::new(), Vec::new(), Vec::new()]) };
}

/// Notes how long the key of `event_time` took, when the benchmark asked.
fn time_key(event_time: f64, began: f64, end: f64) {
    if !TIMING.with(Cell::get) {
        return;
    }
    let Some(perf) = window().performance() else {
        return;
    };
    let drawn = perf.now() - event_time;
    // The browser's own part of the frame, done now instead of before the next paint
    // (reading a size makes it lay the page out).
    let _ = by_id(GRID).map(|g| g.client_height());
    let laid = perf.now() - event_time;
    KEY_TIMES.with(|k| {
        let mut k = k.borrow_mut();
        k[0].push(drawn);
        k[1].push(end - began);
        k[2].push(laid);
    });
    let next = Closure::once_into_js(move |_: f64| {
        if let Some(perf) = window().performance() {
            KEY_TIMES.with(|k| k.borrow_mut()[3].push(perf.now() - event_time));
        }
    });
    let _ = window().request_animation_frame(next.unchecked_ref());
}

/// The page's hooks for its tests and benchmark (reachable as `window.redflag`): they read
/// the model; only `bench_scrollback` changes it, as the terminal's benchmark does.
#[wasm_bindgen]
pub fn screen_name() -> String {
    with_app(|a| {
        if a.plain.is_some() {
            "plain".to_string()
        } else {
            tui::activity(&a.model).screen.to_string()
        }
    })
    .unwrap_or_default()
}

/// Fills the open chat's scrollback to `n` messages with copies of its own (the shape of
/// `cargo bench --bench tui`), and draws; returns how many there are.
#[wasm_bindgen]
pub fn bench_scrollback(n: usize) -> usize {
    with_app(|a| {
        let count = match &mut a.model.screen {
            Screen::Chat(c) => {
                let sample = c.items.clone();
                while !sample.is_empty() && c.items.len() < n {
                    c.items.extend(sample.iter().cloned());
                }
                c.items.len()
            }
            _ => 0,
        };
        a.render();
        count
    })
    .unwrap_or(0)
}

/// The grid's size in cells: columns, rows.
#[wasm_bindgen]
pub fn grid_size() -> Vec<u16> {
    with_app(|a| {
        a.term
            .size()
            .map(|s| vec![s.width, s.height])
            .unwrap_or_default()
    })
    .unwrap_or_default()
}

/// Starts timing keys afresh (the benchmark measures one kind of key at a time).
#[wasm_bindgen]
pub fn reset_key_times() {
    TIMING.with(|t| t.set(true));
    KEY_TIMES.with(|k| k.borrow_mut().iter_mut().for_each(Vec::clear));
}

/// The key timings so far (see `time_key`): series `n` of them.
#[wasm_bindgen]
pub fn key_times(n: usize) -> Vec<f64> {
    KEY_TIMES.with(|k| k.borrow().get(n).cloned().unwrap_or_default())
}

/// The JSON "export my results" downloads: `redflag results export --format json`'s.
fn export_text(records: &[Record]) -> Option<String> {
    redflag_core::results::export::to_json(records).ok()
}

/// The export, for the page's test (it reads it back as `workshop summary` does).
#[wasm_bindgen]
pub fn export_json() -> String {
    with_app(|a| export_text(a.records()))
        .flatten()
        .unwrap_or_default()
}

/// "Export my results": downloads the export as a file made in the page (a blob); nothing
/// is sent anywhere.
pub fn export(records: &[Record]) {
    let Some(json) = export_text(records) else {
        return;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(&json));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let doc = document();
    if let Ok(a) = doc.create_element("a")
        && let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>()
        && let Some(body) = doc.body()
    {
        a.set_href(&url);
        a.set_download("redflag-results.json");
        // Some browsers download only from a link in the page.
        let _ = body.append_child(&a);
        a.click();
        a.remove();
    }
    // The file is the browser's once the download started; the blob goes a little later.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
}
