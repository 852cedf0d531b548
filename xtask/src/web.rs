//! `cargo xtask web`: the page, built into `web/dist/`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{Result, root};

const TARGET: &str = "wasm32-unknown-unknown";

/// The most the page may weigh, compressed as a server sends it (gzip).
pub const MAX_COMPRESSED: u64 = 3 * 1024 * 1024;

/// Builds the page; returns the folder it is in.
pub fn build(args: &[String]) -> Result<PathBuf> {
    let dev = args.iter().any(|a| a == "--dev");
    let root = root();
    ensure_target()?;
    let bindgen = ensure_bindgen(&root)?;
    let profile = if dev { "dev" } else { "web" };
    run(Command::new(cargo()).current_dir(&root).args([
        "build",
        "-p",
        "redflag-web",
        "--target",
        TARGET,
        "--profile",
        profile,
    ]))?;
    let folder = if dev { "debug" } else { "web" };
    let wasm = root.join(format!("target/{TARGET}/{folder}/redflag_web.wasm"));
    let dist = root.join("web/dist");
    if dist.exists() {
        std::fs::remove_dir_all(&dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    }
    std::fs::create_dir_all(&dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    run(Command::new(&bindgen)
        .arg("--target")
        .arg("web")
        .arg("--no-typescript")
        .arg("--out-name")
        .arg("redflag")
        .arg("--out-dir")
        .arg(&dist)
        .arg(&wasm))?;
    let statics = root.join("crates/web/static");
    for name in ["start.js", "fallback.js", "style.css"] {
        std::fs::copy(statics.join(name), dist.join(name)).map_err(|e| format!("{name}: {e}"))?;
    }
    let template = std::fs::read_to_string(statics.join("index.html"))
        .map_err(|e| format!("index.html: {e}"))?;
    std::fs::write(dist.join("index.html"), fill(&template))
        .map_err(|e| format!("index.html: {e}"))?;
    offline(&dist)?;
    let (raw, packed) = sizes(&dist)?;
    println!(
        "web/dist/: {} files, {:.2} MB, {:.2} MB compressed (gzip -9; the limit is {:.0} MB)",
        files(&dist)?.len(),
        mb(raw),
        mb(packed),
        mb(MAX_COMPRESSED)
    );
    if packed > MAX_COMPRESSED {
        return Err(format!(
            "the page is {:.2} MB compressed, more than the {:.0} MB it may be",
            mb(packed),
            mb(MAX_COMPRESSED)
        ));
    }
    println!("Serve it with any static file server, e.g. python3 -m http.server -d web/dist");
    Ok(dist)
}

/// Writes `sw.js`, the service worker that keeps the page's files for playing offline:
/// the list of files, and a version made from their contents (a new build replaces what a
/// browser kept of the old one).
fn offline(dist: &Path) -> Result<()> {
    use std::hash::{Hash, Hasher};
    let mut list = vec!["./".to_string()];
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for (rel, path) in files(dist)? {
        std::fs::read(&path)
            .map_err(|e| e.to_string())?
            .hash(&mut h);
        rel.hash(&mut h);
        list.push(rel);
    }
    let template = std::fs::read_to_string(root().join("crates/web/static/sw.js"))
        .map_err(|e| format!("sw.js: {e}"))?;
    let files = serde_json::to_string(&list).map_err(|e| e.to_string())?;
    let sw = template
        .replace("__VERSION__", &format!("{:016x}", h.finish()))
        .replace("__FILES__", &files);
    std::fs::write(dist.join("sw.js"), sw).map_err(|e| format!("sw.js: {e}"))
}

fn mb(b: u64) -> f64 {
    b as f64 / (1024.0 * 1024.0)
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

fn run(cmd: &mut Command) -> Result<()> {
    let status = cmd.status().map_err(|e| format!("{cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} failed ({status})"))
    }
}

/// The wasm32 target, added with rustup when it is missing.
fn ensure_target() -> Result<()> {
    let have = Command::new("rustc")
        .args(["--print", "target-libdir", "--target", TARGET])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
        .is_some_and(|p| p.join("libcore.rlib").exists() || has_rlib(&p, "libcore-"));
    if have {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", TARGET])).map_err(|e| {
        format!("{e}; the web page needs the {TARGET} target (rustup target add {TARGET})")
    })
}

fn has_rlib(dir: &Path, prefix: &str) -> bool {
    std::fs::read_dir(dir).is_ok_and(|d| {
        d.flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with(prefix))
    })
}

/// The version of `name` that Cargo.lock pins.
fn locked_version(root: &Path, name: &str) -> Result<String> {
    let lock =
        std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let needle = format!("name = \"{name}\"\nversion = \"");
    let at = lock
        .find(&needle)
        .ok_or_else(|| format!("Cargo.lock pins no {name}"))?
        + needle.len();
    Ok(lock[at..].split('"').next().unwrap_or_default().to_string())
}

/// wasm-bindgen's command-line tool at the version of the library in Cargo.lock (the two
/// must match), installed with `cargo install --locked` when missing.
fn ensure_bindgen(root: &Path) -> Result<PathBuf> {
    let version = locked_version(root, "wasm-bindgen")?;
    let bin_dir = cargo_home().join("bin");
    let exe = bin_dir.join(if cfg!(windows) {
        "wasm-bindgen.exe"
    } else {
        "wasm-bindgen"
    });
    let found = |p: &Path| {
        Command::new(p)
            .arg("--version")
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    if found(&exe).is_some_and(|v| v == format!("wasm-bindgen {version}")) {
        return Ok(exe);
    }
    println!("Installing wasm-bindgen-cli {version} (cargo install --locked)…");
    let install = |locked: bool| {
        let mut c = Command::new(cargo());
        c.args(["install", "wasm-bindgen-cli", "--version", &version]);
        if locked {
            c.arg("--locked");
        }
        run(&mut c)
    };
    if let Err(e) = install(true) {
        // The lock file that wasm-bindgen-cli ships names exact versions of its own
        // dependencies; a registry mirror without one of them cannot install it locked.
        eprintln!("note: {e}; trying again with the newest compatible dependencies");
        install(false)?;
    }
    match found(&exe) {
        Some(v) if v == format!("wasm-bindgen {version}") => Ok(exe),
        other => Err(format!(
            "{} says {:?}, not wasm-bindgen {version}",
            exe.display(),
            other
        )),
    }
}

fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os(if cfg!(windows) { "USERPROFILE" } else { "HOME" })
                .map(|h| PathBuf::from(h).join(".cargo"))
        })
        .unwrap_or_else(|| PathBuf::from(".cargo"))
}

/// The page's template with `{{message-id}}` filled in English from the Fluent files, so the
/// page reads well before its WebAssembly has loaded (it then sets the player's language).
fn fill(template: &str) -> String {
    let lib = redflag_core::library::Library::load(&[]);
    let loc = lib.catalog.localizer("en").0;
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(at) = rest.find("{{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let Some(end) = after.find("}}") else {
            out.push_str(&rest[at..]);
            return out;
        };
        out.push_str(&escape(&loc.text(&after[..end])));
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Every file of the page, as (path inside `dist` with `/`, full path); wasm-bindgen puts
/// the shell's bits of JavaScript in `snippets/`.
pub fn files(dist: &Path) -> Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    let mut todo = vec![dist.to_path_buf()];
    while let Some(dir) = todo.pop() {
        for e in std::fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .flatten()
        {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else if let Ok(rel) = p.strip_prefix(dist) {
                let rel = rel.to_string_lossy().replace('\\', "/");
                out.push((rel, p));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The page's size: as it is, and compressed with gzip -9 (what a static host sends).
pub fn sizes(dist: &Path) -> Result<(u64, u64)> {
    let mut raw = 0;
    let mut packed = 0;
    for (_, path) in files(dist)? {
        let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
        raw += bytes.len() as u64;
        let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(&bytes).map_err(|e| e.to_string())?;
        packed += z.finish().map_err(|e| e.to_string())?.len() as u64;
    }
    Ok((raw, packed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_gets_english_words_escaped() {
        let page = fill("<title>{{web-title}}</title><p>{{web-noscript}}</p>{{");
        assert!(page.starts_with("<title>redflag"));
        assert!(!page.contains("{{web-"));
        assert!(page.ends_with("{{"));
        assert_eq!(
            escape("<a href=\"x\">&"),
            "&lt;a href=&quot;x&quot;&gt;&amp;"
        );
    }
}
