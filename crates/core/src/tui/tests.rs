//! Update tests (Msg -> Model) and screen tests on ratatui's `TestBackend`, in English and
//! German, at 80x24 and 40x12, with CJK, emoji and combining marks.

use std::collections::VecDeque;
use std::io;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;

use super::state::{Saved, Speed, Store};
use super::wrap::width;
use super::*;
use crate::content::{ContentFile, Kind, Origin, builtin_files};
use crate::library::Library;

const ENV: Env = Env {
    no_color: false,
    utf8: true,
};

fn lib() -> Library {
    Library::load(&[])
}

/// The built-in content plus a pack named `pack` holding one scenario: its structure and
/// its English words.
fn lib_with(pack: &str, id: &str, ron: &str, ftl: &str) -> Library {
    let origin = Origin::Pack {
        name: pack.into(),
        dir: pack.into(),
    };
    let file = |rel: String, kind: Kind, text: &str| ContentFile {
        origin: origin.clone(),
        kind,
        display: format!("{pack}/{rel}"),
        rel,
        text: text.to_string().into(),
    };
    let mut files = builtin_files();
    files.push(file(format!("scenarios/{id}.ron"), Kind::Scenario, ron));
    files.push(file(
        format!("locales/en/{id}.ftl"),
        Kind::Locale {
            lang: "en".into(),
            name: id.into(),
        },
        ftl,
    ));
    let lib = Library::from_files(files, Vec::new());
    assert!(
        lib.find(id).is_some(),
        "{:?}",
        lib.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>()
    );
    lib
}

/// The built-in content plus a pack whose words are CJK, emoji and combining marks.
fn wide_lib() -> Library {
    lib_with(
        "wide",
        "wide-test",
        r#"Scenario(
            id: "wide-test", perspective: freelancer, difficulty: easy, minutes: 2,
            cast: ["boss"], channels: ["telegram"],
            nodes: [
                Message(id: "hi", from: "boss", delay: 500),
                Event(id: "file", icon: file),
                Choice(id: "c", shuffle: false, options: [
                    (id: "yes", goto: "bad", assess: { "remote-access": missed }),
                    (id: "no", goto: "good", assess: { "remote-access": spotted }, feedback: true),
                ]),
                Ending(id: "bad", outcome: compromised),
                Ending(id: "good", outcome: walked_away),
            ],
        )"#,
        "wide-test-title = 日本語のテスト 🚩\n\
         wide-test-summary = 要約\n\
         wide-test-cast-boss = 王小明\n\
         wide-test-hi = こんにちは！AnyDeskをインストールしてください🙂 Donaudampfschifffahrtsgesellschaftskapitänsmütze cafe\u{301}\n\
         wide-test-file = 📎 AnyDesk.exe 受信\n\
         wide-test-c-yes = はい、どうぞ 👍\n\
         wide-test-c-no = いいえ。Nein, danke, cafe\u{301}\n\
         wide-test-c-no-feedback = 正解です\n\
         wide-test-bad = 乗っ取られました\n\
         wide-test-good = 立ち去りました\n",
    )
}

fn instant() -> Saved {
    let mut s = Saved::default();
    s.settings.typing = Speed::Instant;
    s
}

/// A model on the start screen with "subcontract-anydesk" (Upwork, then Telegram) selected.
fn model<'a>(lib: &'a Library, lang: &str, saved: Saved) -> Model<'a> {
    let mut m = Model::new(
        lib,
        Some(lang.into()),
        TuiOptions {
            scenario: None,
            seed: Some(7),
            ..TuiOptions::default()
        },
        Store::in_memory(saved),
        ENV,
        Instant::now(),
    );
    m.start_sel = anydesk(lib);
    m
}

fn anydesk(lib: &Library) -> usize {
    lib.scenarios
        .iter()
        .position(|s| s.head.id == "subcontract-anydesk")
        .expect("the built-in scenario")
}

fn key(m: &mut Model, k: Key) {
    let now = m.now;
    update(m, Msg::Key(k), now);
}

/// Draws the model at `w`x`h`; returns the terminal for its buffer and cursor.
fn draw(m: &Model, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view(m, f)).unwrap();
    t
}

/// The rows as text, wide characters once (their second cell skipped).
fn rows(buf: &Buffer) -> Vec<String> {
    super::screens::rows(buf)
}

fn screen(t: &Terminal<TestBackend>) -> String {
    rows(t.backend().buffer()).join("\n")
}

fn has(t: &Terminal<TestBackend>, needle: &str) -> bool {
    rows(t.backend().buffer())
        .iter()
        .any(|r| r.contains(needle))
}

fn assert_has(t: &Terminal<TestBackend>, needle: &str) {
    assert!(has(t, needle), "{needle:?} not on screen:\n{}", screen(t));
}

fn cursor(t: &mut Terminal<TestBackend>) -> (u16, u16) {
    let p = t.get_cursor_position().unwrap();
    (p.x, p.y)
}

fn row_of(t: &Terminal<TestBackend>, needle: &str) -> Option<u16> {
    rows(t.backend().buffer())
        .iter()
        .position(|r| r.contains(needle))
        .map(|y| y as u16)
}

fn selected_title(lib: &Library, m: &Model) -> String {
    crate::present::list_entry(&m.loc, lib, m.start_sel)
        .unwrap()
        .0
}

/// Plays answer 1 until the story ends; returns to the caller with the chat waiting.
fn play_through(m: &mut Model) {
    for _ in 0..50 {
        let Screen::Chat(c) = &m.screen else {
            panic!("not in a chat")
        };
        if c.ended() && c.waiting() {
            return;
        }
        key(m, Key::Space);
        key(m, Key::Char('1'));
    }
    panic!("the story did not end");
}

// ---------------------------------------------------------------- update

#[test]
fn selection_moves_and_stays_in_range() {
    let lib = lib();
    let mut m = model(&lib, "en", instant());
    m.start_sel = 0;
    key(&mut m, Key::Up);
    assert_eq!(m.start_sel, 0);
    for _ in 0..lib.scenarios.len() + 3 {
        key(&mut m, Key::Down);
    }
    assert_eq!(m.start_sel, lib.scenarios.len() - 1);
    key(&mut m, Key::Home);
    assert_eq!(m.start_sel, 0);
}

#[test]
fn every_selection_is_on_screen_with_the_cursor_on_it() {
    // The start screen formats only the scenarios it can show: whichever is selected, at
    // any height, it is drawn, the cursor sits on it and the list above it is in order.
    let lib = lib();
    let mut m = model(&lib, "en", instant());
    for (w, h) in [(100, 30), (80, 24), (40, 12)] {
        for sel in 0..lib.scenarios.len() {
            m.start_sel = sel;
            let mut t = draw(&m, w, h);
            let lead = format!("{}. ", sel + 1);
            let row = row_of(&t, &lead).unwrap_or_else(|| panic!("{lead:?}:\n{}", screen(&t)));
            assert_eq!(cursor(&mut t).1, row, "{w}x{h}, {sel}:\n{}", screen(&t));
            if sel > 0 {
                let above = format!("{}. ", sel);
                if let Some(r) = row_of(&t, &above) {
                    assert!(r < row, "{w}x{h}, {sel}:\n{}", screen(&t));
                }
            }
        }
        // The top of the list fills the screen when the first one is selected.
        m.start_sel = 0;
        let t = draw(&m, w, h);
        assert_has(&t, "1. ");
        assert_has(&t, "2. ");
    }
}

#[test]
fn language_switches_live_from_the_start_screen() {
    let lib = lib();
    let mut m = model(&lib, "en", instant());
    key(&mut m, Key::Char('l'));
    let de = m.langs.iter().position(|(t, _)| t == "de").unwrap();
    let en = m.lang_index();
    for _ in 0..de.abs_diff(en) {
        key(&mut m, if de > en { Key::Down } else { Key::Up });
    }
    key(&mut m, Key::Enter);
    assert_eq!(m.loc.lang(), "de");
    assert_eq!(m.store.saved.lang.as_deref(), Some("de"));
    assert!(m.overlay.is_none());
    let t = draw(&m, 80, 24);
    assert_has(&t, "Wähle ein Gespräch");
}

#[test]
fn no_language_means_the_picker_first_and_languages_by_their_own_names() {
    let lib = lib();
    let mut m = Model::new(
        &lib,
        None,
        TuiOptions::default(),
        Store::in_memory(Saved::default()),
        ENV,
        Instant::now(),
    );
    assert!(matches!(m.screen, Screen::Languages { .. }));
    let t = draw(&m, 80, 24);
    assert_has(&t, "English");
    assert_has(&t, "Deutsch");
    key(&mut m, Key::Enter);
    assert!(matches!(m.screen, Screen::Start));
    assert!(m.store.saved.lang.is_some());
}

#[test]
fn a_saved_language_skips_the_picker() {
    let lib = lib();
    let saved = Saved {
        lang: Some("de".into()),
        ..Saved::default()
    };
    let m = Model::new(
        &lib,
        None,
        TuiOptions::default(),
        Store::in_memory(saved),
        ENV,
        Instant::now(),
    );
    assert!(matches!(m.screen, Screen::Start));
    assert_eq!(m.loc.lang(), "de");
}

#[test]
fn typing_waits_for_the_timer_and_space_reveals_all() {
    let lib = lib();
    let mut m = model(&lib, "en", Saved::default());
    key(&mut m, Key::Enter);
    let now = m.now;
    let Screen::Chat(c) = &m.screen else { panic!() };
    assert!(c.typing.is_some(), "the first message is typed");
    assert!(c.options.len() > 1 && !c.waiting());
    let wait = m.timer(now).expect("a timer while typing");
    assert!(wait <= Duration::from_millis(400));
    // Nothing changes without time passing.
    update(&mut m, Msg::Tick, now);
    let Screen::Chat(c) = &m.screen else { panic!() };
    let shown = c.items.len();
    update(&mut m, Msg::Tick, now + Duration::from_millis(1000));
    let Screen::Chat(c) = &m.screen else { panic!() };
    assert!(c.items.len() > shown, "a message appeared");
    key(&mut m, Key::Space);
    let Screen::Chat(c) = &m.screen else { panic!() };
    assert!(c.waiting() && c.typing.is_none());
    assert_eq!(m.timer(now), None, "an idle game has no timer");
}

#[test]
fn instant_typing_shows_everything_at_once() {
    let lib = lib();
    let mut m = model(&lib, "en", instant());
    key(&mut m, Key::Enter);
    let Screen::Chat(c) = &m.screen else { panic!() };
    assert!(c.waiting());
    assert!(m.timer(m.now).is_none());
}

#[test]
fn enter_does_not_leave_the_debrief_and_the_run_is_remembered() {
    let lib = lib();
    let mut m = model(&lib, "en", instant());
    key(&mut m, Key::Enter);
    play_through(&mut m);
    key(&mut m, Key::Enter);
    assert!(matches!(m.screen, Screen::Debrief(_)));
    for _ in 0..3 {
        key(&mut m, Key::Enter);
        key(&mut m, Key::Space);
        assert!(matches!(m.screen, Screen::Debrief(_)));
    }
    let id = &lib.scenarios[anydesk(&lib)].head.id;
    assert_eq!(m.store.saved.scores[id].plays, 1);
    assert!(!m.store.saved.met.is_empty());
    key(&mut m, Key::Esc);
    assert!(matches!(m.screen, Screen::Start));
    // The start screen now shows the best score.
    let t = draw(&m, 80, 24);
    assert_has(&t, "played once");
    // And q from the debrief returns too.
    key(&mut m, Key::Enter);
    play_through(&mut m);
    key(&mut m, Key::Enter);
    key(&mut m, Key::Char('q'));
    assert!(matches!(m.screen, Screen::Start));
    assert!(!m.quit);
}

#[test]
fn scrolling_up_holds_the_view_and_follows_again_at_the_bottom() {
    let lib = lib();
    let mut m = model(&lib, "en", instant());
    key(&mut m, Key::Enter);
    // Draw small, so the chat overflows.
    draw(&m, 40, 12);
    let Screen::Chat(c) = &mut m.screen else {
        panic!()
    };
    assert_eq!(c.scroll, None, "follows the newest at first");
    key(&mut m, Key::PageUp);
    let Screen::Chat(c) = &m.screen else { panic!() };
    let held = c.scroll.expect("scrolled up");
    // A message arriving while scrolled up does not move the view.
    let Screen::Chat(c) = &mut m.screen else {
        panic!()
    };
    c.items.push(c.items[0].clone());
    draw(&m, 40, 12);
    let Screen::Chat(c) = &m.screen else { panic!() };
    assert_eq!(c.scroll, Some(held));
    // Paging down to the bottom follows again.
    for _ in 0..20 {
        key(&mut m, Key::PageDown);
    }
    let Screen::Chat(c) = &m.screen else { panic!() };
    assert_eq!(c.scroll, None);
    key(&mut m, Key::Home);
    let Screen::Chat(c) = &m.screen else { panic!() };
    assert_eq!(c.scroll, Some(0));
    key(&mut m, Key::End);
    let Screen::Chat(c) = &m.screen else { panic!() };
    assert_eq!(c.scroll, None);
}

#[test]
fn arrows_move_the_answer_and_number_keys_answer() {
    let lib = lib();
    let mut m = model(&lib, "en", instant());
    key(&mut m, Key::Enter);
    key(&mut m, Key::Down);
    key(&mut m, Key::Down);
    key(&mut m, Key::Down);
    let Screen::Chat(c) = &m.screen else { panic!() };
    assert_eq!(c.sel, c.options.len() - 1);
    let before = c.items.len();
    key(&mut m, Key::Char('2'));
    let Screen::Chat(c) = &m.screen else { panic!() };
    assert!(c.items.len() > before);
    assert_eq!(c.items[before].kind, chat::Kind::Yours);
}

#[test]
fn ctrl_c_quits_from_every_screen() {
    let lib = lib();
    for setup in 0..5 {
        let mut m = model(&lib, "en", instant());
        match setup {
            1 => key(&mut m, Key::Enter),
            2 => {
                key(&mut m, Key::Enter);
                play_through(&mut m);
                key(&mut m, Key::Enter);
            }
            3 => key(&mut m, Key::Char('h')),
            4 => key(&mut m, Key::Char('s')),
            _ => {}
        }
        update(&mut m, Msg::Quit, Instant::now());
        assert!(m.quit, "screen {setup}");
    }
}

#[test]
fn settings_cycle_and_apply() {
    let lib = lib();
    let mut m = model(&lib, "en", Saved::default());
    key(&mut m, Key::Char('s'));
    key(&mut m, Key::Enter);
    assert_eq!(m.store.saved.settings.typing, Speed::Fast);
    key(&mut m, Key::Down);
    key(&mut m, Key::Space);
    assert!(m.store.saved.settings.reduced_motion);
    key(&mut m, Key::Down);
    key(&mut m, Key::Down);
    key(&mut m, Key::Enter);
    assert!(m.store.saved.settings.plain);
    key(&mut m, Key::Down);
    key(&mut m, Key::Enter);
    assert_eq!(m.store.saved.settings.ascii, Some(true));
    let t = draw(&m, 80, 24);
    assert_has(&t, "ASCII symbols only: on");
    assert!(!screen(&t).contains('─'), "no box drawing in ASCII mode");
    key(&mut m, Key::Esc);
    assert!(m.overlay.is_none());
}

// ---------------------------------------------------------------- screens

const SIZES: [(u16, u16); 2] = [(80, 24), (40, 12)];

#[test]
fn start_screen_in_english_and_german() {
    let lib = lib();
    for lang in ["en", "de"] {
        for (w, h) in SIZES {
            let m = model(&lib, lang, Saved::default());
            let mut t = draw(&m, w, h);
            let heading = if lang == "en" {
                "Choose a conversation"
            } else {
                "Wähle ein Gespräch"
            };
            assert_has(&t, heading);
            let title = selected_title(&lib, &m);
            let prefix: String = title.chars().take((w as usize) / 2).collect();
            assert_has(&t, &prefix);
            // The cursor is on the selected scenario.
            let row = row_of(&t, &prefix).unwrap();
            assert_eq!(cursor(&mut t), (2, row), "{lang} {w}x{h}");
            let not_played = if lang == "en" {
                "not played"
            } else {
                "noch nicht"
            };
            if h >= 24 {
                assert_has(&t, not_played);
            }
        }
    }
}

#[test]
fn chat_screen_in_english_and_german() {
    let lib = lib();
    for lang in ["en", "de"] {
        for (w, h) in SIZES {
            let mut m = model(&lib, lang, instant());
            key(&mut m, Key::Enter);
            let mut t = draw(&m, w, h);
            // Header: channel name and contact.
            let top = rows(t.backend().buffer())[0].clone();
            assert!(top.contains("Upwork"), "{top}");
            let Screen::Chat(c) = &m.screen else { panic!() };
            assert!(top.contains(c.contact.as_str()), "{top}");
            // The bottom line shows the keys and no running tally: nothing on screen
            // confirms whether an answer was right before the debrief.
            let keys: String = m
                .loc
                .text("tui-chat-keys")
                .chars()
                .take(w as usize - 2)
                .collect();
            let bottom = rows(t.backend().buffer())[h as usize - 1].clone();
            assert!(bottom.contains(keys.trim()), "{bottom}");
            let spotted = if lang == "en" { "spotted" } else { "erkannt" };
            assert!(!has(&t, spotted), "{}", screen(&t));
            // The cursor is on answer 1, then on answer 2 after Down.
            let (x, y) = cursor(&mut t);
            assert_eq!(x, 1);
            let row = &rows(t.backend().buffer())[y as usize];
            assert!(row.contains("1. "), "{row}");
            key(&mut m, Key::Down);
            let mut t = draw(&m, w, h);
            let (_, y2) = cursor(&mut t);
            let row = &rows(t.backend().buffer())[y2 as usize];
            assert!(row.contains("2. "), "{row}");
            assert!(y2 > y);
        }
    }
}

/// Gives the answer whose option id (in the scenario file) is `id`, by its number on screen.
fn answer_by_id(m: &mut Model, id: &str) {
    // Space shows what is still pending; it never answers.
    key(m, Key::Space);
    let k = super::screens::answer_key(m, |o| o.id == id)
        .unwrap_or_else(|| panic!("no option {id} at the choice on screen"));
    key(m, k);
}

#[test]
fn chat_shows_bubbles_left_and_right_and_the_channel_switch() {
    let lib = lib();
    let mut m = model(&lib, "en", instant());
    key(&mut m, Key::Enter);
    // Accept the call, then go to Telegram: the answer that goes along.
    answer_by_id(&mut m, "yes");
    answer_by_id(&mut m, "go");
    let t = draw(&m, 80, 24);
    assert_has(&t, "The conversation moves from Upwork to Telegram");
    let top = rows(t.backend().buffer())[0].clone();
    assert!(top.contains("Telegram"), "{top}");
    // Scroll up to the answer: "You" stands at the right edge.
    let mut m2 = model(&lib, "en", instant());
    key(&mut m2, Key::Enter);
    key(&mut m2, Key::Char('1'));
    let t = draw(&m2, 80, 24);
    let rows = rows(t.backend().buffer());
    let you = rows
        .iter()
        .find(|r| r.contains("You · "))
        .expect("own bubble");
    assert!(you.trim_end().len() >= 70, "right-aligned: {you:?}");
    let theirs = rows
        .iter()
        .find(|r| r.contains(" · 0") && !r.contains("You"))
        .expect("their bubble");
    assert!(!theirs.starts_with(' '), "theirs on the left: {theirs:?}");
}

#[test]
fn typing_indicator_shows_the_speaker() {
    let lib = lib();
    let mut m = model(&lib, "en", Saved::default());
    key(&mut m, Key::Enter);
    let t = draw(&m, 80, 24);
    assert_has(&t, "is typing");
    assert_has(&t, "typing…");
    assert_has(&t, "Space or Enter: show all messages");
}

#[test]
fn debrief_screen_in_english_and_german() {
    let lib = lib();
    for lang in ["en", "de"] {
        for (w, h) in SIZES {
            let mut m = model(&lib, lang, instant());
            key(&mut m, Key::Enter);
            play_through(&mut m);
            key(&mut m, Key::Enter);
            let t = draw(&m, w, h);
            let Screen::Debrief(d) = &m.screen else {
                panic!()
            };
            let heading: String = d.text.heading.chars().take(8).collect();
            assert_has(&t, &heading);
            let outcome: String = d.text.outcome.chars().take(w as usize - 2).collect();
            assert_has(&t, &outcome);
            let keys = if lang == "en" {
                "Esc or Q"
            } else {
                "Esc oder Q"
            };
            assert_has(&t, keys);
        }
    }
}

#[test]
fn debrief_lists_flags_with_symbols_and_the_report_section() {
    let lib = lib();
    let mut m = model(&lib, "en", instant());
    key(&mut m, Key::Enter);
    play_through(&mut m);
    key(&mut m, Key::Enter);
    let mut all = String::new();
    for _ in 0..40 {
        let t = draw(&m, 80, 24);
        all.push_str(&screen(&t));
        key(&mut m, Key::PageDown);
    }
    assert!(all.contains("Score: "), "{all}");
    assert!(all.contains("Why it matters:"));
    assert!(all.contains("What to do instead:"));
    assert!(all.contains("Sources:"));
    assert!(all.contains("Where to report"));
    assert!(
        all.contains('✔') || all.contains('✘'),
        "a mark beside each flag"
    );
}

#[test]
fn handbook_in_english_and_german_locks_unmet_flags() {
    let lib = lib();
    for lang in ["en", "de"] {
        for (w, h) in SIZES {
            let mut saved = Saved::default();
            saved.met.insert(lib.flags()[0].id.clone());
            let mut m = model(&lib, lang, saved);
            key(&mut m, Key::Char('h'));
            assert!(matches!(m.screen, Screen::Handbook(_)));
            let mut t = draw(&m, w, h);
            let heading = if lang == "en" {
                "Red-flag handbook"
            } else {
                "Handbuch"
            };
            assert_has(&t, heading);
            // The first flag is open: its explanation is shown.
            let why = if lang == "en" { "Why it matters" } else { "" };
            if h >= 24 && !why.is_empty() {
                assert_has(&t, why);
            }
            // On the first flag's row, right under the heading (one line, or two when
            // the heading with its count is wider than the screen).
            let first: String = m
                .loc
                .text(&format!("flag-{}", lib.flags()[0].id))
                .chars()
                .take(12)
                .collect();
            assert_eq!(
                Some(cursor(&mut t).1),
                row_of(&t, &first),
                "cursor on the first flag"
            );
            assert!(cursor(&mut t).1 <= 2);
            key(&mut m, Key::Down);
            let t = draw(&m, w, h);
            let locked = if lang == "en" {
                "(locked)"
            } else {
                "(gesperrt)"
            };
            assert_has(&t, locked);
            assert_has(&t, "🔒");
            key(&mut m, Key::Esc);
            assert!(matches!(m.screen, Screen::Start));
        }
    }
}

#[test]
fn help_and_settings_overlays_render() {
    let lib = lib();
    for lang in ["en", "de"] {
        for (w, h) in SIZES {
            let mut m = model(&lib, lang, Saved::default());
            key(&mut m, Key::Char('?'));
            let t = draw(&m, w, h);
            assert_has(&t, if lang == "en" { "Help" } else { "Hilfe" });
            key(&mut m, Key::Char('x'));
            assert!(m.overlay.is_none());
            key(&mut m, Key::Char('s'));
            let mut t = draw(&m, w, h);
            let typing = if lang == "en" {
                "Typing speed"
            } else {
                "Tippgeschw"
            };
            assert_has(&t, typing);
            let row = row_of(&t, typing).unwrap();
            assert_eq!(cursor(&mut t).1, row, "cursor on the selected setting");
        }
    }
}

#[test]
fn wide_characters_align_at_both_sizes() {
    let lib = wide_lib();
    let i = lib
        .scenarios
        .iter()
        .position(|s| s.head.id == "wide-test")
        .unwrap();
    for (w, h) in SIZES {
        let mut m = model(&lib, "en", instant());
        m.start_sel = i;
        let t = draw(&m, w, h);
        assert_has(&t, "日本語のテスト");
        key(&mut m, Key::Enter);
        let mut t = draw(&m, w, h);
        assert_has(&t, "王小明");
        assert_has(&t, "はい、どうぞ 👍");
        // Every row fills exactly the width: nothing spills or shifts.
        for r in rows(t.backend().buffer()) {
            assert_eq!(width(&r), w as usize, "{r:?}");
        }
        let (_, y) = cursor(&mut t);
        assert!(rows(t.backend().buffer())[y as usize].contains("1. はい"));
        // The combining mark stays on its letter.
        key(&mut m, Key::Down);
        let t = draw(&m, w, h);
        assert_has(&t, "cafe\u{301}");
        // Scroll to the top: the long word is broken, not cut.
        key(&mut m, Key::Home);
        let t = draw(&m, w, h);
        assert_has(&t, "こんにちは");
        key(&mut m, Key::End);
        key(&mut m, Key::Enter);
        key(&mut m, Key::Enter);
        let t = draw(&m, w, h);
        assert!(matches!(m.screen, Screen::Debrief(_)));
        assert_has(&t, "日本語");
    }
}

#[test]
fn too_small_says_so_and_nothing_panics_at_any_size() {
    let lib = wide_lib();
    let m = model(&lib, "en", instant());
    let t = draw(&m, 39, 12);
    assert_has(&t, "Please enlarge");
    let t = draw(&m, 30, 6);
    let s = screen(&t);
    assert!(s.contains("enlarge") || s.contains("Please"), "{s}");
    let sizes = [
        (0, 0),
        (1, 1),
        (2, 40),
        (40, 2),
        (39, 11),
        (40, 12),
        (41, 13),
        (79, 23),
        (80, 24),
        (200, 60),
        (300, 5),
    ];
    for setup in 0..8 {
        let mut m = model(&lib, "en", Saved::default());
        match setup {
            1 => key(&mut m, Key::Enter),
            2 => {
                m.store.saved.settings.typing = Speed::Instant;
                key(&mut m, Key::Enter);
                play_through(&mut m);
                key(&mut m, Key::Enter);
            }
            3 => key(&mut m, Key::Char('h')),
            4 => key(&mut m, Key::Char('s')),
            5 => key(&mut m, Key::Char('?')),
            6 => {
                // Typing, scrolled up, on the wide pack.
                m.start_sel = lib.scenarios.len() - 1;
                key(&mut m, Key::Enter);
                draw(&m, 40, 12);
                key(&mut m, Key::PageUp);
            }
            7 => key(&mut m, Key::Char('l')),
            _ => {}
        }
        for (w, h) in sizes {
            draw(&m, w, h);
        }
        for w in 36..=46 {
            for h in 9..=16 {
                draw(&m, w, h);
            }
        }
    }
}

#[test]
fn no_color_means_no_colour_and_meaning_stays() {
    let lib = lib();
    let mut m = Model::new(
        &lib,
        Some("en".into()),
        TuiOptions::default(),
        Store::in_memory(instant()),
        Env {
            no_color: true,
            utf8: true,
        },
        Instant::now(),
    );
    key(&mut m, Key::Enter);
    let t = draw(&m, 80, 24);
    let buf = t.backend().buffer();
    for c in buf.content() {
        assert!(
            matches!(c.fg, Color::Reset) && matches!(c.bg, Color::Reset),
            "colour used under NO_COLOR: {c:?}"
        );
    }
    // The selected answer still shows, by its pointer.
    assert_has(&t, "▶1. ");
}

#[test]
fn channel_colours_show_in_the_header_normally() {
    let lib = lib();
    let mut m = model(&lib, "en", instant());
    key(&mut m, Key::Enter);
    let t = draw(&m, 80, 24);
    let bg = t.backend().buffer()[(0, 0)].bg;
    assert_eq!(bg, Color::Rgb(0x14, 0xa8, 0x00), "Upwork's accent");
}

#[test]
fn ascii_follows_the_charset_by_default() {
    let lib = lib();
    let m = Model::new(
        &lib,
        Some("en".into()),
        TuiOptions::default(),
        Store::in_memory(Saved::default()),
        Env {
            no_color: false,
            utf8: false,
        },
        Instant::now(),
    );
    assert!(m.theme().ascii);
    let t = draw(&m, 80, 24);
    assert!(screen(&t).is_ascii(), "{}", screen(&t));
    // In the chat, everything but the scenario's own words is ASCII too.
    let mut m = m;
    m.store.saved.settings.typing = Speed::Instant;
    m.start_sel = anydesk(&lib);
    key(&mut m, Key::Enter);
    let t = draw(&m, 80, 24);
    let rows = rows(t.backend().buffer());
    for r in [&rows[0], &rows[rows.len() - 1], &rows[rows.len() - 5]] {
        assert!(r.is_ascii(), "{r:?}");
    }
    assert!(
        rows.iter()
            .any(|r| r.contains(" - 09:") || r.contains(" - 10:")),
        "times"
    );
}

#[test]
fn options_start_a_scenario_directly() {
    let lib = lib();
    let id = lib.scenarios[1].head.id.clone();
    let m = Model::new(
        &lib,
        Some("en".into()),
        TuiOptions {
            scenario: Some(id),
            seed: Some(3),
            ..TuiOptions::default()
        },
        Store::in_memory(instant()),
        ENV,
        Instant::now(),
    );
    let Screen::Chat(c) = &m.screen else { panic!() };
    assert_eq!(c.index, 1);
}

/// Keys from a script, then Ctrl-C.
struct Script(VecDeque<Msg>);

impl Input for Script {
    fn next(&mut self, _timeout: Option<Duration>) -> io::Result<Option<Msg>> {
        Ok(Some(self.0.pop_front().unwrap_or(Msg::Quit)))
    }
}

#[test]
fn the_run_loop_plays_with_test_backend() {
    let lib = lib();
    let mut m = model(&lib, "en", instant());
    let mut keys = VecDeque::from([Msg::Key(Key::Enter)]);
    for _ in 0..10 {
        keys.push_back(Msg::Key(Key::Space));
        keys.push_back(Msg::Key(Key::Char('1')));
    }
    keys.push_back(Msg::Key(Key::Enter));
    keys.push_back(Msg::Key(Key::Enter));
    keys.push_back(Msg::Resize(40, 12));
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    run_loop(&mut t, &mut m, &mut Script(keys)).unwrap();
    assert!(m.quit);
    assert!(matches!(m.screen, Screen::Debrief(_)));
    assert_has(&t, "Debrief");
}

#[test]
fn many_messages_render_only_what_is_visible() {
    let lib = lib();
    let mut m = model(&lib, "en", instant());
    key(&mut m, Key::Enter);
    let Screen::Chat(c) = &mut m.screen else {
        panic!()
    };
    let one = c.items[1].clone();
    for _ in 0..10_000 {
        c.items.push(one.clone());
    }
    let t = draw(&m, 100, 30);
    assert_has(&t, "Your answer");
    let start = Instant::now();
    for _ in 0..10 {
        draw(&m, 100, 30);
    }
    // Generous bound for debug builds on a busy machine; the bench measures properly.
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn a_corrupt_state_file_is_reported_on_the_start_screen_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    std::fs::write(&path, "{ broken").unwrap();
    let lib = lib();
    let mut m = Model::new(
        &lib,
        Some("en".into()),
        TuiOptions::default(),
        Store::open(path.clone()),
        ENV,
        Instant::now(),
    );
    for (w, h) in SIZES {
        let t = draw(&m, w, h);
        assert_has(&t, "Your saved progress");
    }
    // Changing a setting does not overwrite the file.
    key(&mut m, Key::Char('s'));
    key(&mut m, Key::Enter);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "{ broken");
}

#[test]
fn settings_are_written_to_the_state_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("redflag").join("state.json");
    let lib = lib();
    let mut m = Model::new(
        &lib,
        Some("en".into()),
        TuiOptions::default(),
        Store::open(path.clone()),
        ENV,
        Instant::now(),
    );
    key(&mut m, Key::Char('s'));
    key(&mut m, Key::Down);
    key(&mut m, Key::Enter);
    let again = Store::open(path);
    assert!(again.saved.settings.reduced_motion);
}

// ---------------------------------------------------------------- pseudo-locale

/// Runs of three or more ASCII letters on a screen, outside file paths: in en-XA every
/// word from Fluent is accented, so these are strings that did not come through Fluent
/// (or allowed names).
fn ascii_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter(|t| !t.contains('/') && !t.contains('\\'))
        .flat_map(|t| t.split(|c: char| !c.is_ascii_alphabetic()))
        .filter(|w| w.len() >= 3)
        .map(str::to_string)
        .collect()
}

#[test]
fn every_screen_in_en_xa_shows_no_english_and_nothing_panics() {
    let lib = lib();
    // Scenario data that is not text: handles drawn from `Pick` lists.
    let allowed: Vec<String> = lib
        .scenarios
        .iter()
        .flat_map(|s| s.scenario().vars.values())
        .filter_map(|v| match v {
            crate::scenario::model::VarSpec::Pick { from } => Some(from.clone()),
            _ => None,
        })
        .flatten()
        .flat_map(|p| ascii_words(&p))
        .collect();
    // Each language's own name, which the switcher shows as it is.
    let names: Vec<String> = model(&lib, "en", instant())
        .langs
        .iter()
        .flat_map(|(_, n)| ascii_words(n))
        .collect();
    let allowed: Vec<String> = allowed.into_iter().chain(names).collect();
    // Whole scenario ids, which the results screen shows for recorded runs.
    let ids: Vec<String> = lib.scenarios.iter().map(|s| s.head.id.clone()).collect();
    let mut seen: Vec<(String, String)> = Vec::new();
    let mut look = |name: &str, m: &Model| {
        for (w, h) in [(80, 24), (40, 12), (20, 6)] {
            let t = draw(m, w, h);
            if (w, h) != (80, 24) {
                continue;
            }
            let mut text = screen(&t);
            for id in &ids {
                text = text.replace(id.as_str(), " ");
            }
            for word in ascii_words(&text) {
                if !allowed.contains(&word) {
                    seen.push((name.to_string(), word));
                }
            }
        }
    };
    let mut m = model(&lib, "en-XA", instant());
    assert_eq!(m.loc.lang(), "en-XA");
    look("start", &m);
    for (k, name) in [('?', "help"), ('l', "languages"), ('s', "settings")] {
        key(&mut m, Key::Char(k));
        look(name, &m);
        key(&mut m, Key::Esc);
    }
    for (k, name) in [('r', "results"), ('c', "quiz")] {
        key(&mut m, Key::Char(k));
        look(name, &m);
        key(&mut m, Key::Esc);
        m.screen = Screen::Start;
        m.overlay = None;
    }
    m.screen = Screen::Languages { sel: 0 };
    look("picker", &m);
    m.screen = Screen::Start;
    key(&mut m, Key::Char('h'));
    look("handbook", &m);
    key(&mut m, Key::Esc);
    key(&mut m, Key::Enter);
    look("chat", &m);
    play_through(&mut m);
    look("chat end", &m);
    key(&mut m, Key::Enter);
    assert!(matches!(m.screen, Screen::Debrief(_)));
    for _ in 0..6 {
        look("debrief", &m);
        key(&mut m, Key::PageDown);
    }
    assert!(seen.is_empty(), "English left on screen: {seen:?}");
}

#[test]
fn the_mirrored_pseudo_locale_renders_with_visible_markers() {
    let lib = lib();
    let mut m = model(&lib, "ar-XB", instant());
    let t = draw(&m, 80, 24);
    assert_has(&t, "⟪");
    key(&mut m, Key::Enter);
    play_through(&mut m);
    key(&mut m, Key::Enter);
    let t = draw(&m, 80, 24);
    assert_has(&t, "⟫");
}

#[test]
fn show_ids_puts_each_message_id_on_screen() {
    let mut lib = lib();
    lib.catalog.set_show_ids(true);
    let mut m = model(&lib, "en", instant());
    let t = draw(&m, 80, 24);
    assert_has(&t, "[subcontract-anydesk-title]");
    key(&mut m, Key::Enter);
    let t = draw(&m, 80, 24);
    assert_has(&t, "[subcontract-anydesk-");
}

#[test]
fn already_involved_opens_from_the_start_screen_and_a_compromised_debrief() {
    let lib = wide_lib();
    for lang in ["en", "de"] {
        let mut m = model(&lib, lang, instant());
        key(&mut m, Key::Char('i'));
        assert!(matches!(m.screen, Screen::Involved(_)));
        let t = draw(&m, 80, 24);
        assert_has(&t, &m.loc.text("involved-title"));
        key(&mut m, Key::Esc);
        assert!(matches!(m.screen, Screen::Start));

        // The wide test scenario: answer 1 ("yes") is the compromised ending.
        m.start_sel = lib
            .scenarios
            .iter()
            .position(|s| s.head.id == "wide-test")
            .unwrap();
        key(&mut m, Key::Enter);
        play_through(&mut m);
        key(&mut m, Key::Space);
        key(&mut m, Key::Enter);
        assert!(matches!(m.screen, Screen::Debrief(_)), "{lang}");
        let t = draw(&m, 80, 24);
        assert_has(&t, &m.loc.text("tui-involved-hint"));
        key(&mut m, Key::Char('i'));
        assert!(matches!(m.screen, Screen::Involved(_)));
        // Back goes to the debrief, not past it.
        key(&mut m, Key::Char('q'));
        assert!(matches!(m.screen, Screen::Debrief(_)));
        // And nothing panics at any size.
        key(&mut m, Key::Char('i'));
        for (w, h) in [(0, 0), (1, 1), (40, 12), (80, 24), (200, 60)] {
            let _ = draw(&m, w, h);
        }
    }
}

#[test]
fn a_language_from_a_pack_says_so_in_the_switcher() {
    let mut files = builtin_files();
    files.push(ContentFile {
        origin: Origin::Pack {
            name: "ngo-pack".into(),
            dir: "ngo-pack".into(),
        },
        kind: Kind::Locale {
            lang: "pl".into(),
            name: "ui".into(),
        },
        rel: "locales/pl/ui.ftl".into(),
        display: "ngo-pack/locales/pl/ui.ftl".into(),
        text: "language-name = Polski\n".to_string().into(),
    });
    let lib = Library::from_files(files, Vec::new());
    let m = model(&lib, "en", instant());
    let (_, name) = m
        .langs
        .iter()
        .find(|(t, _)| t == "pl")
        .expect("pl is offered");
    assert_eq!(name, "Polski [pack: ngo-pack]");
    let (_, de) = m.langs.iter().find(|(t, _)| t == "de").unwrap();
    assert_eq!(de, "Deutsch");
}

/// The built-in content plus a small scam that can be left early, at the first question.
fn early_exit_lib() -> Library {
    lib_with(
        "early",
        "early-exit",
        r#"Scenario(
            id: "early-exit", perspective: freelancer, difficulty: easy, minutes: 2,
            cast: ["boss"], channels: ["upwork"],
            nodes: [
                Message(id: "move", from: "boss", delay: 500),
                Choice(id: "c1", shuffle: false, options: [
                    (id: "leave", goto: "left", assess: { "off-platform": spotted }),
                    (id: "go", goto: "rent", assess: { "off-platform": missed }),
                ]),
                Message(id: "rent", from: "boss", delay: 500),
                Choice(id: "c2", shuffle: false, options: [
                    (id: "no", goto: "left", assess: { "account-rental": spotted }),
                    (id: "yes", goto: "lost", assess: { "account-rental": missed }),
                ]),
                Ending(id: "lost", outcome: compromised),
                Ending(id: "left", outcome: walked_away),
            ],
        )"#,
        "early-exit-title = Early exit\n\
         early-exit-summary = A test\n\
         early-exit-cast-boss = Boss\n\
         early-exit-move = Let's move to Telegram before the contract.\n\
         early-exit-c1-leave = I'd rather not, goodbye.\n\
         early-exit-c1-go = Sure, see you on Telegram then.\n\
         early-exit-rent = Could I log in to your account for a month?\n\
         early-exit-c2-no = No, my account stays mine.\n\
         early-exit-c2-yes = Fine, I'll send you the password.\n\
         early-exit-lost = Lost.\n\
         early-exit-left = You left.\n",
    )
}

#[test]
fn after_an_early_exit_the_debrief_previews_what_came_next_and_r_plays_on() {
    let lib = early_exit_lib();
    let mut m = model(&lib, "en", instant());
    m.start_sel = lib
        .scenarios
        .iter()
        .position(|s| s.head.id == "early-exit")
        .expect("the test scenario loads");
    key(&mut m, Key::Enter);
    key(&mut m, Key::Char('1'));
    key(&mut m, Key::Enter);
    let Screen::Debrief(d) = &m.screen else {
        panic!("not on the debrief")
    };
    assert!(d.replay.is_some());
    let t = draw(&m, 100, 60);
    // The flag met is quoted; the one still ahead is named, with the letter to play on.
    assert_has(&t, "Here: “Let's move to Telegram before the contract.”");
    assert_has(&t, &m.loc.text("debrief-ahead-heading"));
    assert_has(&t, &m.loc.text("flag-account-rental"));
    assert_has(&t, "Press R");
    // Enter, Space and numbers never leave the lesson or replay.
    for k in [Key::Enter, Key::Space, Key::Char('1')] {
        key(&mut m, k);
        assert!(matches!(m.screen, Screen::Debrief(_)));
    }
    key(&mut m, Key::Char('r'));
    let Screen::Chat(c) = &m.screen else {
        panic!("R did not play on")
    };
    assert!(c.replay, "a replay is practice");
    assert_eq!(c.options.len(), 2, "the same question again");
    let scores_before = m.store.saved.scores.clone();
    key(&mut m, Key::Char('2'));
    key(&mut m, Key::Char('1'));
    key(&mut m, Key::Enter);
    let Screen::Debrief(d) = &m.screen else {
        panic!("not on the debrief")
    };
    assert!(d.flag_ids.contains(&"account-rental".to_string()));
    // Practice is not recorded.
    assert_eq!(m.store.saved.scores, scores_before);
}

#[test]
fn a_pseudo_locale_names_itself_in_the_header_through_its_transform() {
    let lib = lib();
    for (tag, plain) in [("en-XA", "English"), ("ar-XB", "English")] {
        let m = model(&lib, tag, instant());
        let t = draw(&m, 80, 24);
        let header = rows(t.backend().buffer())[0].clone();
        assert!(!header.contains(plain), "{tag}: {header}");
        assert_eq!(m.loc.lang(), tag);
    }
}

#[test]
fn small_screens_keep_titles_values_and_key_hints_whole() {
    let lib = lib();
    for lang in ["en", "de", "uk", "vi"] {
        for (w, h) in [(80, 24), (40, 12)] {
            // The handbook wraps each red flag's title instead of cutting it.
            let mut m = model(&lib, lang, Saved::default());
            key(&mut m, Key::Char('h'));
            let title = m.loc.text(&format!("flag-{}", lib.flags()[1].id));
            key(&mut m, Key::Down);
            let t = draw(&m, w, h);
            let list_w = if w >= 70 {
                (w * 2 / 5) as usize
            } else {
                w as usize
            };
            let shown: String = rows(t.backend().buffer())
                .iter()
                .map(|r| r.chars().take(list_w).collect::<String>())
                .collect::<Vec<_>>()
                .join(" ");
            let shown = shown.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                shown.contains(&title),
                "{lang} {w}x{h}: {title:?} in\n{}",
                screen(&t)
            );
            // Each key hint stays on one line, its key with its word.
            let hints = m.loc.text("tui-handbook-keys");
            for hint in hints.split("   ") {
                assert_has(&t, hint.trim());
            }
            key(&mut m, Key::Esc);
            // Settings show every value, however long the label.
            key(&mut m, Key::Char('s'));
            let t = draw(&m, w, h);
            let off = m.loc.text("tui-off");
            let plain_row = rows(t.backend().buffer())
                .into_iter()
                .filter(|r| r.contains(&format!(": {off}")) || r.contains(&off))
                .count();
            assert!(
                plain_row >= 3,
                "{lang} {w}x{h}: values shown\n{}",
                screen(&t)
            );
        }
    }
}
