//! The page's ratatui backend: ratzilla's DOM backend, sized by what it measured.
//!
//! ratzilla's `DomBackend` lays its grid out from the element it is given and the page's
//! font (it measures a cell), but reports the window's size to ratatui with fixed cell
//! metrics; when the two differ, ratatui draws outside the grid and the backend panics. So
//! the size reported here is the grid's own, and after a resize the backend is made anew
//! (it measures again) before the next frame.

use std::io;

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};
use ratzilla::DomBackend;
use ratzilla::backend::cell_sized::CellSized;

/// The page's own text and background colours (style.css), for a terminal's "default".
const FG: Color = Color::Rgb(240, 240, 240);
const BG: Color = Color::Rgb(16, 16, 16);

/// A cell with the terminal's default colours made the page's: ratzilla draws a default
/// foreground white and a reversed default background white too, so reversed text (the
/// selection, headers) would be white on white.
fn page_colours(c: &Cell) -> Cell {
    let mut c = c.clone();
    if c.fg == Color::Reset {
        c.fg = FG;
    }
    if c.bg == Color::Reset && c.modifier.contains(Modifier::REVERSED) {
        c.bg = BG;
    }
    c
}

pub struct PageBackend {
    dom: DomBackend,
    size: Size,
    /// A cell's size in CSS pixels, for taps and swipes.
    pub cell: (f64, f64),
}

impl PageBackend {
    /// A grid inside the element with id `id`, as many cells as fit.
    pub fn new(id: &str) -> io::Result<PageBackend> {
        let mut dom = DomBackend::new_by_id(id).map_err(io::Error::other)?;
        let size = dom.window_size()?.columns_rows;
        let (w, h) = dom.cell_size_css_px();
        Ok(PageBackend {
            dom,
            size,
            cell: (f64::from(w), f64::from(h)),
        })
    }
}

impl Backend for PageBackend {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let (w, h) = (self.size.width, self.size.height);
        let cells: Vec<(u16, u16, Cell)> = content
            .filter(|(x, y, _)| *x < w && *y < h)
            .map(|(x, y, c)| (x, y, page_colours(c)))
            .collect();
        self.dom.draw(cells.iter().map(|(x, y, c)| (*x, *y, c)))
    }
    fn hide_cursor(&mut self) -> io::Result<()> {
        self.dom.hide_cursor()
    }
    fn show_cursor(&mut self) -> io::Result<()> {
        self.dom.show_cursor()
    }
    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.dom.get_cursor_position()
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let p = position.into();
        if p.x < self.size.width && p.y < self.size.height {
            self.dom.set_cursor_position(p)?;
        }
        Ok(())
    }
    fn clear(&mut self) -> io::Result<()> {
        self.dom.clear()
    }
    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        match clear_type {
            ClearType::All => self.dom.clear(),
            _ => Ok(()),
        }
    }
    fn size(&self) -> io::Result<Size> {
        Ok(self.size)
    }
    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.dom.window_size()
    }
    fn flush(&mut self) -> io::Result<()> {
        self.dom.flush()
    }
}
