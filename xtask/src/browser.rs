//! The page in headless Chromium: `cargo xtask web-test` and `cargo xtask web-bench`.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

use crate::cdp::{Cdp, Page};
use crate::{Result, root, serve, web};

/// Headless Chromium with a profile of its own (a cold cache), killed when dropped.
pub struct Browser {
    child: Child,
    profile: PathBuf,
    pub cdp: Cdp,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// The browser to use: `$CHROMIUM`, else `chromium` (Debian's package; `.ci/run` installs it).
fn executable() -> String {
    std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".into())
}

impl Browser {
    pub fn launch() -> Result<Browser> {
        let profile = std::env::temp_dir().join(format!(
            "redflag-chromium-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0)
        ));
        let mut child = Command::new(executable())
            .args([
                "--headless=new",
                "--remote-debugging-port=0",
                // CI runs as root, where Chromium's sandbox cannot start.
                "--no-sandbox",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-gpu",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-default-apps",
                "--mute-audio",
                "--hide-scrollbars",
                "--font-render-hinting=none",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                format!(
                    "{}: {e} (install Debian's chromium, or name a browser in $CHROMIUM)",
                    executable()
                )
            })?;
        let stderr = child.stderr.take().ok_or("no stderr")?;
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr)
                .lines()
                .map_while(std::result::Result::ok)
            {
                if let Some(at) = line.find("ws://") {
                    let _ = tx.send(line[at..].trim().to_string());
                }
            }
        });
        let url = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(u) => u,
            Err(_) => {
                let _ = child.kill();
                return Err("Chromium did not start (no DevTools address in 30 s)".into());
            }
        };
        let cdp = Cdp::connect(&url)?;
        Ok(Browser {
            child,
            profile,
            cdp,
        })
    }
}

fn dist(args: &[String]) -> Result<PathBuf> {
    if args.iter().any(|a| a == "--no-build") {
        let d = root().join("web/dist");
        if !d.join("index.html").is_file() {
            return Err("web/dist/ has no page: run cargo xtask web first".into());
        }
        Ok(d)
    } else {
        web::build(&[])
    }
}

/// The text mirror of the screen: one line per row.
fn screen(page: &Page, cdp: &mut Cdp) -> Result<String> {
    Ok(page
        .eval(
            cdp,
            "Array.from(document.getElementById('screen-text').children).map(r => r.textContent).join('\\n')",
        )?
        .as_str()
        .unwrap_or_default()
        .to_string())
}

fn is_true(v: &Value) -> bool {
    v.as_bool().unwrap_or(false)
}

/// What the game shows now (`start`, `chat`, `debrief`, …), from the page's own hook.
fn screen_name(page: &Page, cdp: &mut Cdp) -> Result<String> {
    Ok(page
        .eval(cdp, "window.redflag.screen_name()")?
        .as_str()
        .unwrap_or_default()
        .to_string())
}

fn check(ok: bool, what: &str) -> Result<()> {
    if ok {
        println!("  ok: {what}");
        Ok(())
    } else {
        Err(format!("failed: {what}"))
    }
}

fn loc(lang: &str) -> redflag_core::i18n::Localizer {
    redflag_core::library::Library::load(&[])
        .catalog
        .localizer(lang)
        .0
}

/// `cargo xtask web-test`.
pub fn test(args: &[String]) -> Result<()> {
    let dist = dist(args)?;
    let shots = root().join("web/screenshots");
    std::fs::create_dir_all(&shots).map_err(|e| e.to_string())?;
    let server = serve::start(&dist)?;
    let base = format!("http://127.0.0.1:{}/", server.port);
    let mut b = Browser::launch()?;
    let page = Page::open(&mut b.cdp, 1000, 700)?;
    let cdp = &mut b.cdp;
    println!("web-test: the page from {base}");

    // 1. The start screen, in English, with no ?lang and an English browser.
    page.goto(
        cdp,
        &format!("{base}?seed=1"),
        "!!window.redflag && document.getElementById('screen-text').children.length > 10",
    )?;
    let en = loc("en");
    let text = screen(&page, cdp)?;
    check(
        text.contains(&en.text("tui-app-title")),
        "the start screen shows the game's title, in English",
    )?;
    check(
        screen_name(&page, cdp)? == "start",
        "it opens on the list of scenarios",
    )?;
    let rows = page.eval(
        cdp,
        "document.getElementById('screen-text').children.length",
    )?;
    let single = page.eval(cdp, "Array.from(document.getElementById('screen-text').children).every(r => r.childNodes.length <= 1 && (r.firstChild === null || r.firstChild.nodeType === 3))")?;
    check(
        is_true(&single),
        &format!("the text mirror has one text node per row ({rows} rows)"),
    )?;
    page.screenshot(cdp, &shots.join("start.png"))?;

    // 2. A scenario played to its debrief with keys: Enter plays the first scenario, shows
    //    what the contact writes and takes the selected answer; it ends on the debrief.
    page.key(cdp, "Enter")?;
    check(
        screen_name(&page, cdp)? == "chat",
        "Enter opens the first scenario's chat",
    )?;
    let mut presses = 0;
    while screen_name(&page, cdp)? != "debrief" {
        presses += 1;
        if presses > 300 {
            return Err(format!(
                "no debrief after 300 key presses; the screen:\n{}",
                screen(&page, cdp)?
            ));
        }
        page.key(cdp, if presses % 3 == 0 { "2" } else { "Enter" })?;
        if presses == 4 {
            page.screenshot(cdp, &shots.join("chat.png"))?;
        }
    }
    let text = screen(&page, cdp)?;
    check(
        !text.trim().is_empty(),
        &format!("the debrief after {presses} key presses"),
    )?;
    page.screenshot(cdp, &shots.join("debrief.png"))?;
    // The wheel scrolls the debrief, down and back up.
    let wheel = |page: &Page, cdp: &mut Cdp, dy: i32| {
        page.call(
            cdp,
            "Input.dispatchMouseEvent",
            json!({"type": "mouseWheel", "x": 400, "y": 300, "deltaX": 0, "deltaY": dy}),
        )
    };
    wheel(&page, cdp, 120)?;
    cdp.pump(Duration::from_millis(100))?;
    let scrolled = screen(&page, cdp)?;
    wheel(&page, cdp, -120)?;
    cdp.pump(Duration::from_millis(100))?;
    check(
        scrolled != text && screen(&page, cdp)? == text,
        "the wheel scrolls the debrief down and back",
    )?;
    let kept = page.eval(
        cdp,
        "JSON.parse(localStorage.getItem('redflag/results.json')).records.length",
    )?;
    check(
        kept.as_u64() == Some(1),
        "the run is kept in local storage, in the results format",
    )?;
    let state = page.eval(
        cdp,
        "Object.keys(JSON.parse(localStorage.getItem('redflag/state.json')).scores).length",
    )?;
    check(
        state.as_u64() == Some(1),
        "its best score is kept in local storage, in state.json's format",
    )?;

    // 3. The language switcher: l, then another language.
    page.key(cdp, "Escape")?;
    page.key(cdp, "Escape")?;
    check(
        screen_name(&page, cdp)? == "start",
        "Esc leads back to the list",
    )?;
    page.key(cdp, "l")?;
    page.key(cdp, "ArrowDown")?;
    page.key(cdp, "Enter")?;
    let lang = page.eval(cdp, "document.documentElement.lang")?;
    let lang = lang.as_str().unwrap_or_default().to_string();
    check(
        lang != "en" && !lang.is_empty(),
        &format!("the switcher changed the language to {lang}"),
    )?;
    let other = loc(&lang);
    let text = screen(&page, cdp)?;
    check(
        text.contains(&other.text("tui-app-title"))
            || text.contains(&other.text("tui-start-heading")),
        "the screen is in that language",
    )?;
    let button = page.eval(cdp, "document.getElementById('export').textContent")?;
    check(
        button.as_str() == Some(other.text("web-export").as_str()),
        "so are the page's own buttons",
    )?;

    // 4. ?lang= in the address, a pseudo-locale too; German for what follows.
    for lang in ["en-XA", "de"] {
        page.goto(
            cdp,
            &format!("{base}?lang={lang}"),
            &format!("!!window.redflag && document.documentElement.lang === '{lang}'"),
        )?;
        check(
            screen(&page, cdp)?.contains(&loc(lang).text("tui-start-heading")),
            &format!("?lang={lang} opens the game in that language"),
        )?;
    }

    // 5. Plain mode: the story as text, the answers as buttons.
    page.eval(cdp, "document.getElementById('plain-on').click()")?;
    page.wait_for(
        cdp,
        "document.querySelectorAll('#plain-choices button').length > 1",
        10,
    )?;
    page.eval(
        cdp,
        "document.querySelector('#plain-choices button').click()",
    )?;
    page.wait_for(
        cdp,
        "document.querySelectorAll('#plain-log p').length > 1",
        10,
    )?;
    let mut steps = 0;
    loop {
        let picks = page.eval(
            cdp,
            "document.querySelectorAll('#plain-choices button[data-act=pick]').length",
        )?;
        if picks.as_u64().unwrap_or(0) == 0 {
            break;
        }
        steps += 1;
        if steps > 60 {
            return Err("plain mode: no end after 60 answers".into());
        }
        page.eval(
            cdp,
            "document.querySelector('#plain-choices button[data-act=pick]').click()",
        )?;
    }
    let log = page.eval(cdp, "document.getElementById('plain-log').innerText")?;
    check(
        log.as_str().is_some_and(|l| l.len() > 200),
        &format!("plain mode played to the end in {steps} answers, as text"),
    )?;
    page.screenshot(cdp, &shots.join("plain.png"))?;
    page.eval(
        cdp,
        "document.querySelector('#plain-choices button[data-act=list]').click()",
    )?;
    page.eval(
        cdp,
        "document.querySelector('#plain-choices button[data-act=grid]').click()",
    )?;
    let kept = page.eval(
        cdp,
        "JSON.parse(localStorage.getItem('redflag/results.json')).records.length",
    )?;
    check(kept.as_u64() == Some(2), "the plain run is kept as well")?;

    // 6. "Export my results" gives what `workshop summary` reads.
    let export = page.eval(cdp, "window.redflag.export_json()")?;
    let file = std::env::temp_dir().join(format!("redflag-web-export-{}.json", std::process::id()));
    std::fs::write(&file, export.as_str().unwrap_or_default()).map_err(|e| e.to_string())?;
    let read = redflag_core::results::export::read_export(&file);
    let _ = std::fs::remove_file(&file);
    check(
        read.as_ref().is_ok_and(|r| r.len() == 2),
        "the export is results export's JSON, read back as workshop summary reads it",
    )?;

    // 7. A pack picked as a .zip: its good scenario plays, its problems are listed.
    let zip = pack_zip()?;
    page.call(cdp, "DOM.enable", json!({}))?;
    let problems = pick(&page, cdp, "#pack-zip", &zip)?;
    check(
        problems.contains("scenarios/broken.ron:1:68") && problems.contains("E012"),
        &format!(
            "the pack's problems are listed at file:line:col ({} lines)",
            problems.lines().count()
        ),
    )?;
    // The same pack as a folder, picked with the folder picker.
    let folder = pack_folder(&zip)?;
    let from_folder = pick(&page, cdp, "#pack-folder", &folder)?;
    check(
        from_folder.contains("test-pack/scenarios/broken.ron:1:68")
            && from_folder.lines().count() == problems.lines().count(),
        "the same pack picked as a folder is read and checked the same way",
    )?;
    let _ = std::fs::remove_dir_all(folder.parent().unwrap_or(&folder));
    page.key(cdp, "End")?;
    let text = screen(&page, cdp)?;
    check(
        text.contains("Good pack scenario"),
        "the pack's good scenario is in the list",
    )?;
    let _ = std::fs::remove_file(&zip);

    // 8. A phone in portrait: about 40 columns, and taps instead of keys.
    page.call(
        cdp,
        "Emulation.setDeviceMetricsOverride",
        json!({"width": 390, "height": 800, "deviceScaleFactor": 2, "mobile": true}),
    )?;
    page.call(
        cdp,
        "Emulation.setTouchEmulationEnabled",
        json!({"enabled": true}),
    )?;
    page.goto(
        cdp,
        &format!("{base}?lang=en&seed=3"),
        "!!window.redflag && document.getElementById('screen-text').children.length > 5",
    )?;
    let cols = page
        .eval(cdp, "window.redflag.grid_size()[0]")?
        .as_u64()
        .unwrap_or(0);
    check(
        cols >= 40,
        &format!("a 390-pixel phone gets {cols} columns, enough to play"),
    )?;
    let keys_shown = page.eval(
        cdp,
        "getComputedStyle(document.getElementById('keys')).display !== 'none'",
    )?;
    check(
        is_true(&keys_shown),
        "the touch keys are shown on a touch screen",
    )?;
    page.screenshot(cdp, &shots.join("phone.png"))?;
    // Tap the second scenario's title twice: the first tap selects it, the second plays it.
    let y = page.eval(cdp, "(() => { const rows = Array.from(document.getElementById('screen-text').children); const i = rows.findIndex(r => /^ *2\\. /.test(r.textContent)); const g = document.getElementById('grid').getBoundingClientRect(); return i < 0 ? -1 : g.top + (i + 0.5) * (g.height / window.redflag.grid_size()[1]); })()")?;
    let y = y.as_f64().unwrap_or(-1.0);
    check(y > 0.0, "the second scenario is on screen")?;
    for _ in 0..2 {
        page.call(
            cdp,
            "Input.dispatchTouchEvent",
            json!({"type": "touchStart", "touchPoints": [{"x": 60, "y": y}]}),
        )?;
        page.call(
            cdp,
            "Input.dispatchTouchEvent",
            json!({"type": "touchEnd", "touchPoints": []}),
        )?;
        cdp.pump(Duration::from_millis(150))?;
    }
    check(
        screen_name(&page, cdp)? == "chat",
        "two taps on a scenario play it",
    )?;
    // A real tap on the touch key (a tap gives a button the focus; a script's click not).
    let at = page.eval(
        cdp,
        "(() => { const r = document.querySelector('#keys [data-key=\"Escape\"]').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()",
    )?;
    let (x, y) = (at[0].as_f64().unwrap_or(0.0), at[1].as_f64().unwrap_or(0.0));
    for kind in ["mousePressed", "mouseReleased"] {
        page.call(
            cdp,
            "Input.dispatchMouseEvent",
            json!({"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}),
        )?;
    }
    check(
        screen_name(&page, cdp)? == "start",
        "the touch key Esc leads back",
    )?;
    let selected = |text: String| {
        text.lines()
            .find(|l| l.starts_with('▶'))
            .map(str::to_string)
    };
    let before = selected(screen(&page, cdp)?);
    page.key(cdp, "ArrowDown")?;
    let after = selected(screen(&page, cdp)?);
    check(
        before.is_some() && after.is_some() && before != after,
        "after a touch key, the keyboard still reaches the game",
    )?;
    // A swipe up reads on: the list moves down.
    let touch = |page: &Page, cdp: &mut Cdp, kind: &str, y: f64| {
        let points = if kind == "touchEnd" {
            json!([])
        } else {
            json!([{"x": 100, "y": y}])
        };
        page.call(
            cdp,
            "Input.dispatchTouchEvent",
            json!({"type": kind, "touchPoints": points}),
        )
    };
    touch(&page, cdp, "touchStart", 600.0)?;
    for step in 1..=5 {
        touch(&page, cdp, "touchMove", 600.0 - 40.0 * f64::from(step))?;
    }
    touch(&page, cdp, "touchEnd", 400.0)?;
    cdp.pump(Duration::from_millis(100))?;
    let swiped = selected(screen(&page, cdp)?);
    check(
        swiped.is_some() && swiped != after && screen_name(&page, cdp)? == "start",
        "a swipe moves through the list (and is not a tap)",
    )?;

    // 9. Resized: the grid is measured again; too small says so, as the terminal does.
    page.call(
        cdp,
        "Emulation.setDeviceMetricsOverride",
        json!({"width": 1200, "height": 500, "deviceScaleFactor": 1, "mobile": false}),
    )?;
    page.wait_for(cdp, "window.redflag.grid_size()[0] > 100", 10)?;
    check(
        screen(&page, cdp)?.contains(&en.text("tui-start-heading")),
        "after a resize the list is drawn at the new size",
    )?;
    page.call(
        cdp,
        "Emulation.setDeviceMetricsOverride",
        json!({"width": 200, "height": 150, "deviceScaleFactor": 1, "mobile": false}),
    )?;
    page.wait_for(cdp, "window.redflag.grid_size()[0] < 40", 10)?;
    let small = screen(&page, cdp)?;
    check(
        !small.contains(&en.text("tui-start-heading")),
        "a window too small for the game gets the enlarge note instead",
    )?;

    // 10. Saved settings that cannot be read are named and left alone.
    page.call(
        cdp,
        "Emulation.setDeviceMetricsOverride",
        json!({"width": 1000, "height": 700, "deviceScaleFactor": 1, "mobile": false}),
    )?;
    page.eval(
        cdp,
        "localStorage.setItem('redflag/state.json', '{ not json')",
    )?;
    page.goto(
        cdp,
        &format!("{base}?lang=en"),
        "!!window.redflag && document.getElementById('screen-text').children.length > 10",
    )?;
    let text = screen(&page, cdp)?;
    let note: String = en
        .fmt(
            "web-state-unreadable",
            &redflag_core::i18n::args([("reason", "-".into())]),
        )
        .chars()
        .take(30)
        .collect();
    check(
        text.contains(&note),
        "unreadable saved settings are named on the start screen",
    )?;
    page.key(cdp, "s")?;
    page.key(cdp, "Enter")?;
    page.key(cdp, "Escape")?;
    let kept = page.eval(cdp, "localStorage.getItem('redflag/state.json')")?;
    check(
        kept.as_str() == Some("{ not json"),
        "and are not written over",
    )?;

    // 11. No script error anywhere on the way.
    let errors: Vec<String> = cdp
        .events
        .iter()
        .filter(|e| {
            e["method"] == "Runtime.exceptionThrown"
                || (e["method"] == "Runtime.consoleAPICalled" && e["params"]["type"] == "error")
        })
        .map(|e| e["params"].to_string().chars().take(300).collect())
        .collect();
    check(errors.is_empty(), &format!("no script errors ({errors:?})"))?;

    // 12. Opened from a file, where browsers do not run it: the page says what to do.
    let local = Page::open(cdp, 1000, 700)?;
    let file = format!("file://{}", dist.join("index.html").display());
    local.goto(
        cdp,
        &file,
        "document.getElementById('load-failed') && !document.getElementById('load-failed').hidden",
    )?;
    let said = local.eval(cdp, "document.getElementById('load-failed').textContent")?;
    check(
        said.as_str() == Some(en.text("web-load-failed").as_str())
            && is_true(&local.eval(cdp, "document.getElementById('loading') === null")?),
        "opened from a file, which browsers do not run by default, the page says how to open it",
    )?;
    cdp.events
        .retain(|e| e["sessionId"] != json!(local.session));

    // 13. Offline: once opened, the page opens and plays again with no network at all.
    page.wait_for(
        cdp,
        "!!navigator.serviceWorker && !!navigator.serviceWorker.controller",
        20,
    )?;
    server.down.store(true, std::sync::atomic::Ordering::SeqCst);
    page.goto(
        cdp,
        &format!("{base}?lang=vi"),
        "!!window.redflag && document.documentElement.lang === 'vi'",
    )?;
    page.key(cdp, "Enter")?;
    check(
        screen_name(&page, cdp)? == "chat",
        "with the server gone, the page opens again (in Vietnamese) and plays",
    )?;
    server
        .down
        .store(false, std::sync::atomic::Ordering::SeqCst);

    // 14. Nothing but the page's own files was asked for.
    cdp.pump(Duration::from_millis(300))?;
    let requested: Vec<String> = cdp
        .events
        .iter()
        .filter(|e| e["method"] == "Network.requestWillBeSent")
        .filter_map(|e| e["params"]["request"]["url"].as_str().map(str::to_string))
        .collect();
    let files: Vec<String> = web::files(&dist)?.into_iter().map(|(rel, _)| rel).collect();
    let foreign: Vec<&String> = requested
        .iter()
        .filter(|u| {
            let Some(path) = u.strip_prefix(&base) else {
                return true;
            };
            let file = path.split(['?', '#']).next().unwrap_or_default();
            !(file.is_empty() || files.iter().any(|f| f == file))
        })
        .collect();
    check(
        !requested.is_empty() && foreign.is_empty(),
        &format!(
            "the page asked for nothing but its own files ({} requests; others: {foreign:?})",
            requested.len()
        ),
    )?;
    let served: Vec<String> = server.log.lock().map(|l| l.clone()).unwrap_or_default();
    let strangers: Vec<&String> = served
        .iter()
        .filter(|p| {
            let file = p
                .trim_start_matches('/')
                .split(['?', '#'])
                .next()
                .unwrap_or_default();
            !(file.is_empty() || files.iter().any(|f| f == file))
        })
        .collect();
    check(
        strangers.is_empty(),
        &format!(
            "the server was asked for the page's own files only ({} requests, the offline copy's included; others: {strangers:?})",
            served.len()
        ),
    )?;
    println!("web-test: passed; screenshots in {}", shots.display());
    Ok(())
}

/// A pack with one good scenario and one broken one, as a .zip in a folder of its own.
fn pack_zip() -> Result<PathBuf> {
    use std::io::Write;
    let path = std::env::temp_dir().join(format!("redflag-test-pack-{}.zip", std::process::id()));
    let file = std::fs::File::create(&path).map_err(|e| e.to_string())?;
    let mut z = zip::ZipWriter::new(file);
    let opts = zip::write::SimpleFileOptions::default();
    let files = [
        (
            "test-pack/scenarios/good.ron",
            r#"Scenario(id: "good", perspective: freelancer, cast: ["x"], channels: ["upwork"],
    nodes: [
        Message(id: "hi", from: "x"),
        Choice(id: "c", options: [
            (id: "a", goto: "end", assess: { "secrecy": spotted }),
            (id: "b", goto: "end", assess: { "secrecy": missed }),
        ]),
        Ending(id: "end", outcome: safe),
    ])
"#,
        ),
        (
            "test-pack/locales/en/good.ftl",
            "good-title = Good pack scenario\ngood-summary = S\ngood-cast-x = X\ngood-hi = Hi\ngood-c-a = A\ngood-c-b = B\ngood-end = End\n",
        ),
        (
            "test-pack/scenarios/broken.ron",
            "Scenario(id: \"broken\", nodes: [ Message(id: \"hi\", from: \"nobody\") ])\n",
        ),
    ];
    for (name, text) in files {
        z.start_file(name, opts).map_err(|e| e.to_string())?;
        z.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    }
    z.finish().map_err(|e| e.to_string())?;
    Ok(path)
}

/// Picks `path` with the file picker `selector`, as a person would, and returns the list
/// of problems the page shows for it.
fn pick(page: &Page, cdp: &mut Cdp, selector: &str, path: &std::path::Path) -> Result<String> {
    page.eval(
        cdp,
        "document.getElementById('pack-problems').textContent = ''",
    )?;
    let doc = page.call(cdp, "DOM.getDocument", json!({}))?;
    let input = page.call(
        cdp,
        "DOM.querySelector",
        json!({"nodeId": doc["root"]["nodeId"], "selector": selector}),
    )?;
    page.call(
        cdp,
        "DOM.setFileInputFiles",
        json!({"nodeId": input["nodeId"], "files": [path.display().to_string()]}),
    )?;
    page.wait_for(
        cdp,
        "document.getElementById('pack-problems').textContent.length > 0",
        20,
    )?;
    let text = page.eval(cdp, "document.getElementById('pack-problems').innerText")?;
    Ok(text.as_str().unwrap_or_default().to_string())
}

/// The files of the pack in `zip`, as a folder beside it.
fn pack_folder(zip: &std::path::Path) -> Result<PathBuf> {
    let dir = zip.with_extension("");
    let _ = std::fs::remove_dir_all(&dir);
    let file = std::fs::File::open(zip).map_err(|e| e.to_string())?;
    let mut archive = zip::ZipArchive::new(file).map_err(|e| e.to_string())?;
    archive.extract(&dir).map_err(|e| e.to_string())?;
    Ok(dir.join("test-pack"))
}

/// `cargo xtask web-bench`.
pub fn bench(args: &[String]) -> Result<()> {
    let dist = dist(args)?;
    let server = serve::start(&dist)?;
    let base = format!("http://127.0.0.1:{}/", server.port);
    let (raw, packed) = web::sizes(&dist)?;
    println!(
        "page: {:.2} MB, {:.2} MB compressed",
        raw as f64 / 1048576.0,
        packed as f64 / 1048576.0
    );

    // First frame, cold: a new browser profile each time, the cache off.
    let mut firsts = Vec::new();
    for _ in 0..5 {
        let mut b = Browser::launch()?;
        let page = Page::open(&mut b.cdp, 1000, 700)?;
        page.call(
            &mut b.cdp,
            "Network.setCacheDisabled",
            json!({"cacheDisabled": true}),
        )?;
        page.goto(
            &mut b.cdp,
            &format!("{base}?seed=1"),
            "performance.getEntriesByName('redflag-first-frame').length > 0",
        )?;
        let t = page.eval(
            &mut b.cdp,
            "performance.getEntriesByName('redflag-first-frame')[0].startTime",
        )?;
        firsts.push(t.as_f64().unwrap_or(f64::NAN));
    }
    firsts.sort_by(f64::total_cmp);
    println!(
        "navigation to first frame, cold cache (5 runs): median {:.0} ms, slowest {:.0} ms (target: under 500 ms)",
        firsts[2], firsts[4]
    );

    // A key's frame with 10,000 messages in the chat's scrollback.
    let mut b = Browser::launch()?;
    let page = Page::open(&mut b.cdp, 1000, 700)?;
    let cdp = &mut b.cdp;
    page.goto(cdp, &format!("{base}?seed=1"), "!!window.redflag")?;
    page.call(cdp, "Page.bringToFront", json!({}))?;
    page.key(cdp, "Enter")?;
    let n = page.eval(cdp, "window.redflag.bench_scrollback(10000)")?;
    println!("scrollback: {n} messages, window 1000x700 pixels");
    // While the contact types, Up and Down scroll the chat: every line of it moves.
    let scroll = key_times(&page, cdp, &["ArrowUp", "ArrowDown"])?;
    report(
        "scrolling the chat a line (the whole chat redrawn)",
        &scroll,
    );
    // Once the answers are shown, Up and Down move the selected answer.
    page.key(cdp, " ")?;
    page.wait_for(cdp, "window.redflag.screen_name() === 'chat'", 5)?;
    let select = key_times(&page, cdp, &["ArrowDown", "ArrowUp"])?;
    report("moving the selected answer", &select);
    Ok(())
}

/// Timings of 120 presses of `keys` (ten of each in turn), less the first 20, sorted: the
/// page's four series (see `time_key` in crates/web/src/page.rs).
fn key_times(page: &Page, cdp: &mut Cdp, keys: &[&str]) -> Result<[Vec<f64>; 4]> {
    page.eval(cdp, "window.redflag.reset_key_times()")?;
    for k in 0..120 {
        page.key(cdp, keys[(k / 10) % keys.len()])?;
    }
    cdp.pump(Duration::from_millis(200))?;
    let mut out = [Vec::new(), Vec::new(), Vec::new(), Vec::new()];
    for (f, slot) in out.iter_mut().enumerate() {
        *slot = page
            .eval(cdp, &format!("Array.from(window.redflag.key_times({f}))"))?
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_f64).skip(20).collect())
            .unwrap_or_default();
        slot.sort_by(f64::total_cmp);
        if slot.is_empty() {
            return Err(format!("the page reported no key timings (series {f})"));
        }
    }
    Ok(out)
}

fn report(what: &str, t: &[Vec<f64>; 4]) {
    let pct = |v: &[f64], p: f64| v[((v.len() - 1) as f64 * p).round() as usize];
    let line = |label: &str, v: &[f64], target: &str| {
        println!(
            "  {label}: median {:.1} ms, 95th percentile {:.1} ms{target}",
            pct(v, 0.5),
            pct(v, 0.95)
        )
    };
    println!("{what}, {} keys:", t[0].len());
    line("key to frame drawn", &t[0], "");
    line(
        "  the page's own work in it (update, view, writing the cells)",
        &t[1],
        "",
    );
    line(
        "key to frame drawn and laid out by the browser",
        &t[2],
        " (target: under 16 ms)",
    );
    line(
        "key to the next animation frame (with the wait for the screen's refresh)",
        &t[3],
        "",
    );
}
