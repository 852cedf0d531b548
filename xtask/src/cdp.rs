//! Just enough of the Chrome DevTools Protocol: commands and events as JSON over the
//! browser's WebSocket, with one page attached in "flatten" mode.

use std::net::TcpStream;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tungstenite::{Message, WebSocket};

use crate::Result;

pub struct Cdp {
    ws: WebSocket<TcpStream>,
    next: u64,
    /// Events that arrived while waiting for answers, oldest first.
    pub events: Vec<Value>,
}

impl Cdp {
    /// Connects to the browser at `url` (`ws://127.0.0.1:port/devtools/browser/…`).
    pub fn connect(url: &str) -> Result<Cdp> {
        let rest = url.strip_prefix("ws://").ok_or("not a ws:// address")?;
        let host = rest.split('/').next().unwrap_or_default();
        let stream = TcpStream::connect(host).map_err(|e| format!("{host}: {e}"))?;
        stream
            .set_read_timeout(Some(Duration::from_millis(200)))
            .map_err(|e| e.to_string())?;
        let (ws, _) = tungstenite::client(url, stream).map_err(|e| e.to_string())?;
        Ok(Cdp {
            ws,
            next: 0,
            events: Vec::new(),
        })
    }

    fn read(&mut self) -> Result<Option<Value>> {
        match self.ws.read() {
            Ok(Message::Text(t)) => serde_json::from_str(t.as_str())
                .map(Some)
                .map_err(|e| e.to_string()),
            Ok(_) => Ok(None),
            Err(tungstenite::Error::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                Ok(None)
            }
            Err(e) => Err(e.to_string()),
        }
    }

    /// Sends `method` (to the page of `session`, or the browser) and waits for its answer.
    pub fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Result<Value> {
        self.next += 1;
        let id = self.next;
        let mut msg = json!({"id": id, "method": method, "params": params});
        if let Some(s) = session {
            msg["sessionId"] = json!(s);
        }
        self.ws
            .send(Message::text(msg.to_string()))
            .map_err(|e| e.to_string())?;
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            let Some(v) = self.read()? else { continue };
            if v.get("id").and_then(Value::as_u64) == Some(id) {
                if let Some(e) = v.get("error") {
                    return Err(format!("{method}: {e}"));
                }
                return Ok(v.get("result").cloned().unwrap_or(Value::Null));
            }
            self.events.push(v);
        }
        Err(format!("{method}: no answer in 60 s"))
    }

    /// Reads events for `d`.
    pub fn pump(&mut self, d: Duration) -> Result<()> {
        let until = Instant::now() + d;
        while Instant::now() < until {
            if let Some(v) = self.read()? {
                self.events.push(v);
            }
        }
        Ok(())
    }
}

/// A page of the browser, attached.
pub struct Page {
    pub session: String,
}

impl Page {
    pub fn open(cdp: &mut Cdp, width: u32, height: u32) -> Result<Page> {
        let t = cdp.call(None, "Target.createTarget", json!({"url": "about:blank"}))?;
        let target = t["targetId"].as_str().ok_or("no target id")?.to_string();
        let a = cdp.call(
            None,
            "Target.attachToTarget",
            json!({"targetId": target, "flatten": true}),
        )?;
        let page = Page {
            session: a["sessionId"].as_str().ok_or("no session id")?.to_string(),
        };
        for domain in ["Page.enable", "Runtime.enable", "Network.enable"] {
            page.call(cdp, domain, json!({}))?;
        }
        page.call(
            cdp,
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}),
        )?;
        Ok(page)
    }

    pub fn call(&self, cdp: &mut Cdp, method: &str, params: Value) -> Result<Value> {
        cdp.call(Some(&self.session), method, params)
    }

    /// The value of a JavaScript expression (awaited when it is a promise).
    pub fn eval(&self, cdp: &mut Cdp, expr: &str) -> Result<Value> {
        let r = self.call(
            cdp,
            "Runtime.evaluate",
            json!({"expression": expr, "returnByValue": true, "awaitPromise": true}),
        )?;
        if let Some(e) = r.get("exceptionDetails") {
            return Err(format!("{expr}: {e}"));
        }
        Ok(r["result"]["value"].clone())
    }

    /// Goes to `url` and waits (at most 30 s) until `until` is true there.
    pub fn goto(&self, cdp: &mut Cdp, url: &str, until: &str) -> Result<()> {
        self.call(cdp, "Page.navigate", json!({ "url": url }))?;
        self.wait_for(cdp, until, 30)
    }

    /// Waits until `expr` is true, for at most `secs`.
    pub fn wait_for(&self, cdp: &mut Cdp, expr: &str, secs: u64) -> Result<()> {
        let until = Instant::now() + Duration::from_secs(secs);
        while Instant::now() < until {
            if self.eval(cdp, expr).ok() == Some(Value::Bool(true)) {
                return Ok(());
            }
            cdp.pump(Duration::from_millis(50))?;
        }
        Err(format!("waited {secs} s for {expr}"))
    }

    /// A key press, as a person's: keydown (with its text) and keyup.
    pub fn key(&self, cdp: &mut Cdp, key: &str) -> Result<()> {
        let (code, vk, text) = match key {
            "Enter" => ("Enter", 13, "\r"),
            "Escape" => ("Escape", 27, ""),
            "ArrowUp" => ("ArrowUp", 38, ""),
            "ArrowDown" => ("ArrowDown", 40, ""),
            " " => ("Space", 32, " "),
            k => (
                "",
                k.chars()
                    .next()
                    .map_or(0, |c| c.to_ascii_uppercase() as i64),
                k,
            ),
        };
        let mut down =
            json!({"type": "keyDown", "key": key, "code": code, "windowsVirtualKeyCode": vk});
        if !text.is_empty() {
            down["text"] = json!(text);
        }
        self.call(cdp, "Input.dispatchKeyEvent", down)?;
        self.call(
            cdp,
            "Input.dispatchKeyEvent",
            json!({"type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": vk}),
        )?;
        Ok(())
    }

    /// A PNG of the page, as it is now.
    pub fn screenshot(&self, cdp: &mut Cdp, path: &std::path::Path) -> Result<()> {
        use base64::Engine;
        let r = self.call(cdp, "Page.captureScreenshot", json!({"format": "png"}))?;
        let png = base64::engine::general_purpose::STANDARD
            .decode(r["data"].as_str().ok_or("no screenshot")?)
            .map_err(|e| e.to_string())?;
        std::fs::write(path, png).map_err(|e| format!("{}: {e}", path.display()))
    }
}
