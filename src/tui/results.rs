//! The results screen: the same summary as `redflag results`, scrolled. A results file that
//! cannot be read is named, with what is wrong; it is never touched from here.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::wrap::{truncate, wrap};
use super::{Key, Model, Screen};
use crate::i18n::{Localizer, args};
use crate::results::report::{Style, render, tables};
use crate::results::store;

pub struct ResultsView {
    /// The text to show, before wrapping.
    pub text: String,
    /// The first line shown.
    pub scroll: usize,
}

impl ResultsView {
    /// The summary of the results at `path` (the shell names the file; `None` when there
    /// is no data folder).
    pub fn new(
        loc: &Localizer,
        path: Option<std::path::PathBuf>,
        lib: &crate::library::Library,
    ) -> ResultsView {
        let text = match path {
            None => loc.text("results-no-data-dir"),
            Some(p) => {
                let shown = crate::sanitize::clean_line(&p.display().to_string());
                match store::load(&p, false) {
                    Err(e) => e.localized(loc),
                    Ok(doc) if doc.records.is_empty() => {
                        loc.fmt("results-empty", &args([("path", shown.into())]))
                    }
                    Ok(doc) => {
                        let s = crate::results::summary(lib, &doc.records);
                        render(&tables(&s, loc), Style::Text, loc)
                    }
                }
            }
        };
        ResultsView { text, scroll: 0 }
    }

    /// The summary of `records`, as [`ResultsView::new`] shows a file holding them (for
    /// `redflag screens`).
    pub fn of_records(
        loc: &Localizer,
        lib: &crate::library::Library,
        records: &[crate::results::Record],
    ) -> ResultsView {
        let text = if records.is_empty() {
            loc.fmt(
                "results-empty",
                &args([("path", crate::results::FILE_NAME.into())]),
            )
        } else {
            render(
                &tables(&crate::results::summary(lib, records), loc),
                Style::Text,
                loc,
            )
        };
        ResultsView { text, scroll: 0 }
    }
}

pub fn update(model: &mut Model, key: Key) {
    let Screen::Results(r) = &mut model.screen else {
        return;
    };
    match key {
        Key::Esc | Key::Char('q') => model.screen = Screen::Start,
        k => {
            super::page::scroll(&mut r.scroll, k, 10);
            // Never further than the text is long, so Up works at once after End.
            r.scroll = r.scroll.min(r.text.lines().count());
        }
    }
}

pub fn view(model: &Model, r: &ResultsView, frame: &mut Frame, area: Rect) {
    let theme = model.theme();
    let loc = &model.loc;
    let w = area.width as usize;
    let buf = frame.buffer_mut();
    let head = format!(" {} {}", theme.flag(), loc.text("tui-results-heading"));
    let body = super::page::chrome(model, buf, area, &head, &loc.text("tui-results-keys"));
    // Tables are not wrapped (their columns would break); long notes are.
    let lines: Vec<Line> = r
        .text
        .lines()
        .flat_map(|l| {
            if l.starts_with("  ") {
                vec![truncate(l, w)]
            } else {
                wrap(l, w)
            }
        })
        .map(|l| Line::styled(l, theme.text()))
        .collect();
    super::page::body(buf, body, &lines, r.scroll);
}
