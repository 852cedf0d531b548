//! Plain mode in the page: the conversation as real text (paragraphs in a live region),
//! the answers as buttons. The text is the core's plain mode, word for word: the run is
//! played by `plain::play_answering` with the answers given so far, so nothing of the story
//! or its words is written twice. Where they run out, the answers on offer become buttons.

use redflag_core::engine::OptionView;
use redflag_core::plain::{self, Ended};
use redflag_core::present::{Rerun, Words, list_entry};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::page::{App, by_id, document, with_app};

/// Where plain mode is in the page.
pub struct Plain {
    /// The scenario being played; `None` on the list.
    scenario: Option<usize>,
    seed: u64,
    /// The answers given, as option numbers from 0.
    answers: Vec<usize>,
    /// Whether this run's debrief was recorded (it is replayed on every step).
    recorded: bool,
    /// When the run started, for the time it took.
    started: i64,
}

/// Shows plain mode instead of the grid, on the list.
pub fn enter(app: &mut App) {
    app.plain = Some(Plain {
        scenario: None,
        seed: 0,
        answers: Vec::new(),
        recorded: false,
        started: 0,
    });
    show(true);
}

/// Back to the grid (and the setting says so, as in the terminal's settings).
fn leave(app: &mut App) {
    app.plain = None;
    app.model.store.saved.settings.plain = false;
    app.keep();
    show(false);
}

fn show(plain: bool) {
    if let Some(g) = by_id("game") {
        let _ = g.toggle_attribute_with_force("hidden", plain);
    }
    if let Some(p) = by_id("plain") {
        let _ = p.toggle_attribute_with_force("hidden", !plain);
    }
}

/// One listener for every button plain mode makes (they come and go with each step).
pub fn listen() -> Result<(), JsValue> {
    let Some(el) = by_id("plain") else {
        return Ok(());
    };
    let f = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
        let Some(button) = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("button[data-act]").ok().flatten())
        else {
            return;
        };
        let act = button.get_attribute("data-act").unwrap_or_default();
        let n: usize = button
            .get_attribute("data-n")
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        with_app(|app| {
            act_on(app, &act, n);
            app.refresh();
        });
        // After the page changed, the first new thing to read gets the focus.
        if let Some(first) = by_id("plain-new")
            && let Ok(h) = first.dyn_into::<web_sys::HtmlElement>()
        {
            let _ = h.focus();
        }
    });
    el.add_event_listener_with_callback("click", f.as_ref().unchecked_ref())?;
    f.forget();
    Ok(())
}

fn act_on(app: &mut App, act: &str, n: usize) {
    match act {
        "grid" => leave(app),
        "play" => {
            let seed = app.model_seed();
            if let Some(p) = &mut app.plain {
                p.scenario = Some(n);
                p.seed = seed;
                p.answers.clear();
                p.recorded = false;
                p.started = app.model.recorder.now();
            }
        }
        "pick" => {
            if let Some(p) = &mut app.plain {
                p.answers.push(n);
            }
        }
        "list" => {
            if let Some(p) = &mut app.plain {
                p.scenario = None;
            }
        }
        _ => {}
    }
}

impl App {
    /// The seed of a new run: the address's `?seed=` when given, else a fresh one.
    fn model_seed(&self) -> u64 {
        self.model
            .seed()
            .unwrap_or_else(redflag_core::engine::rng::fresh_seed)
    }
}

/// Writes the current step into the page.
pub fn render(app: &mut App) {
    let (Some(log), Some(choices)) = (by_id("plain-log"), by_id("plain-choices")) else {
        return;
    };
    log.set_inner_html("");
    choices.set_inner_html("");
    let lib = app.model.lib;
    let Some(mut p) = app.plain.take() else {
        return;
    };
    let finished = step(&app.model.loc, lib, &mut p, &log, &choices);
    if let (Some(d), Some(i)) = (finished, p.scenario)
        && !p.recorded
    {
        p.recorded = true;
        let mut started = p.started;
        let lang = app.model.loc.lang().to_string();
        let record = app.model.recorder.finished_play(&d, &lang, &mut started);
        let _ = app.model.recorder.record(record);
        let flags: Vec<String> = d.flags.iter().map(|f| f.flag.clone()).collect();
        app.model
            .store
            .saved
            .record(&lib.scenarios[i].head.id, d.points, d.max, &flags);
        app.keep();
    }
    app.plain = Some(p);
}

/// Writes the list, or the run so far and its answers; the debrief when the run just
/// ended there.
fn step(
    loc: &redflag_core::i18n::Localizer,
    lib: &redflag_core::library::Library,
    p: &mut Plain,
    log: &Element,
    choices: &Element,
) -> Option<redflag_core::engine::Debrief> {
    let Some(i) = p.scenario else {
        para(log, &loc.text("web-plain-heading"), true);
        for k in 0..lib.scenarios.len() {
            if let Some((title, facts)) = list_entry(loc, lib, k) {
                button(choices, &format!("{title} ({facts})"), "play", k);
            }
        }
        button(choices, &loc.text("web-plain-grid"), "grid", 0);
        return None;
    };
    let Some(scenario) = lib.scenarios.get(i) else {
        p.scenario = None;
        return None;
    };
    // The answers given so far, then stop where answers are asked for: those become the
    // buttons. Where the last answer was given is noted, so the focus can go to what it
    // brought.
    let text = Shared::default();
    let mut given = p.answers.iter();
    let mut offered: Vec<String> = Vec::new();
    let mut last_answer_at = 0;
    let mut answer =
        |_: &mut dyn std::io::Write, words: &Words, options: &[OptionView]| match given.next() {
            Some(&k) => {
                last_answer_at = text.0.borrow().len();
                Ok(Some(k))
            }
            None => {
                offered = options.iter().map(|o| words.option(o)).collect();
                Ok(None)
            }
        };
    let mut finished = None;
    let ended = plain::play_answering(
        loc,
        scenario,
        p.seed,
        Rerun::Address,
        &mut text.clone(),
        &mut answer,
        &mut |d| finished = Some(d.clone()),
    );
    let text = String::from_utf8_lossy(&text.0.borrow()).into_owned();
    let new_from = text[..last_answer_at.min(text.len())].matches('\n').count();
    for (k, line) in text.trim_end().split('\n').enumerate() {
        if !line.trim().is_empty() {
            let el = para(log, line, k == new_from);
            if k < new_from {
                let _ = el.set_attribute("class", "before");
            }
        }
    }
    if let Ok(Ended::Quit) = ended {
        for (k, words) in offered.iter().enumerate() {
            button(choices, &format!("{}) {words}", k + 1), "pick", k);
        }
        return None;
    }
    button(choices, &loc.text("web-plain-list"), "list", 0);
    finished
}

/// The run's text as it is written: shared with the answerer, which notes how far it got.
#[derive(Default, Clone)]
struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Shared {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn para(parent: &Element, text: &str, first_new: bool) -> Element {
    let doc = document();
    let p = doc.create_element("p").expect("an element");
    p.set_text_content(Some(text));
    if first_new {
        p.set_id("plain-new");
        let _ = p.set_attribute("tabindex", "-1");
    }
    let _ = parent.append_child(&p);
    p
}

fn button(parent: &Element, text: &str, act: &str, n: usize) {
    let doc = document();
    let b = doc.create_element("button").expect("an element");
    b.set_text_content(Some(text));
    let _ = b.set_attribute("type", "button");
    let _ = b.set_attribute("data-act", act);
    let _ = b.set_attribute("data-n", &n.to_string());
    let _ = parent.append_child(&b);
}
