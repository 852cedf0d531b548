//! Build tasks, run with `cargo xtask <task>` (see `.cargo/config.toml`):
//!
//! - `web`: builds the web page into `web/dist/` (index.html, its JavaScript and a separate
//!   .wasm), installing what it needs with rustup and cargo, and checks its compressed size.
//! - `web-test`: builds the page, serves it from a local static server and plays it in
//!   headless Chromium (Debian's `chromium`): a scenario to its debrief with keys, the
//!   language switcher, `?lang=`, plain mode; checks that the page asked for nothing but its
//!   own files, and writes screenshots to `web/screenshots/`.
//! - `web-bench`: time to the first frame (cold cache) and from a key to its frame with
//!   10,000 messages in the scrollback, in headless Chromium.
//!
//! This crate is a workspace member but not a default member: `cargo run` and `cargo test`
//! never build it.

mod browser;
mod cdp;
mod serve;
mod web;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = args.first().map(String::as_str).unwrap_or("help");
    let rest = &args[args.len().min(1)..];
    let result = match task {
        "web" => web::build(rest).map(|_| ()),
        "web-test" => browser::test(rest),
        "web-bench" => browser::bench(rest),
        _ => {
            eprintln!(
                "usage: cargo xtask <task>\n\n\
                 tasks:\n  \
                 web         build the web page into web/dist/ (--dev: unoptimised, quicker)\n  \
                 web-test    build it and play it in headless Chromium (--no-build: use web/dist/)\n  \
                 web-bench   time its first frame and a key's frame in headless Chromium"
            );
            return if task == "help" || task == "--help" {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            };
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask {task}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The repository's root (this crate's parent folder).
pub fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the repository")
        .to_path_buf()
}

pub type Result<T> = std::result::Result<T, String>;
