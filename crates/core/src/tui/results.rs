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
    /// The first column of the tables shown (Left/Right), when they are wider than the
    /// screen.
    pub hscroll: usize,
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
        ResultsView {
            text,
            scroll: 0,
            hscroll: 0,
        }
    }

    /// The summary of the results a front end keeps itself (see [`super::Model::kept`]).
    pub fn kept(
        loc: &Localizer,
        lib: &crate::library::Library,
        records: &[crate::results::Record],
    ) -> ResultsView {
        if records.is_empty() {
            return ResultsView {
                text: loc.text("results-empty-kept"),
                scroll: 0,
                hscroll: 0,
            };
        }
        ResultsView::of_records(loc, lib, records)
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
        ResultsView {
            text,
            scroll: 0,
            hscroll: 0,
        }
    }
}

pub fn update(model: &mut Model, key: Key) {
    let Screen::Results(r) = &mut model.screen else {
        return;
    };
    match key {
        Key::Esc | Key::Char('q') => model.screen = Screen::Start,
        // Wide tables move sideways, a few columns at a time.
        Key::Left => r.hscroll = r.hscroll.saturating_sub(8),
        Key::Right => {
            let widest = r
                .text
                .lines()
                .filter(|l| l.starts_with("  "))
                .map(super::wrap::width)
                .max()
                .unwrap_or(0);
            r.hscroll = (r.hscroll + 8).min(widest.saturating_sub(8));
        }
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
    // Tables are not wrapped (their columns would break) but move sideways (Left/Right),
    // with a mark at each edge where more of a row is out of sight; long notes are wrapped.
    let more = theme.pick("›", ">");
    let less = theme.pick("‹", "<");
    let lines: Vec<Line> = r
        .text
        .lines()
        .flat_map(|l| {
            if l.starts_with("  ") {
                vec![table_row(l, r.hscroll, w, less, more)]
            } else {
                wrap(l, w)
            }
        })
        .map(|l| Line::styled(l, theme.text()))
        .collect();
    super::page::body(buf, body, &lines, r.scroll);
}

/// A table row from column `from`, in `w` columns: `less` first when columns before are
/// out of sight, `more` last when columns after are.
fn table_row(row: &str, from: usize, w: usize, less: &str, more: &str) -> String {
    let total = super::wrap::width(row);
    let from = from.min(total.saturating_sub(1));
    let mut skipped = 0;
    let mut rest = String::new();
    for g in unicode_segmentation::UnicodeSegmentation::graphemes(row, true) {
        if skipped < from {
            skipped += super::wrap::width(g);
            continue;
        }
        rest.push_str(g);
    }
    let before = from > 0;
    let after = skipped + super::wrap::width(&rest) > from + w.saturating_sub(usize::from(before));
    let room = w
        .saturating_sub(usize::from(before))
        .saturating_sub(usize::from(after));
    let mut out = String::new();
    if before {
        out.push_str(less);
    }
    out.push_str(&truncate(&rest, room));
    if after {
        let pad = room.saturating_sub(super::wrap::width(&truncate(&rest, room)));
        out.push_str(&" ".repeat(pad));
        out.push_str(more);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn wide_table_rows_move_sideways_with_marks_at_the_edges() {
        let row = "  red flag        met  spotted  missed";
        assert_eq!(super::table_row(row, 0, 80, "<", ">"), row);
        let cut = super::table_row(row, 0, 20, "<", ">");
        assert_eq!(cut, "  red flag        m>");
        let moved = super::table_row(row, 8, 20, "<", ">");
        assert!(moved.starts_with('<') && moved.ends_with('>'), "{moved}");
        assert_eq!(super::super::wrap::width(&moved), 20);
        let end = super::table_row(row, 20, 20, "<", ">");
        assert_eq!(end, "<t  spotted  missed");
    }
}
