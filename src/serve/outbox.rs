//! What a session sends, between its game thread and the task that writes to the SSH
//! channel. At most one batch is being sent at a time; the game thread draws the next
//! frame only when the last one is out ([`Outbox::idle`]), so a client that stops reading
//! makes the game skip frames, never pile them up: the next frame drawn is the latest, as a
//! change from the last one the client got.

use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

#[derive(Debug, Default)]
struct State {
    pending: Vec<u8>,
    /// A batch is on its way to the client.
    sending: bool,
    /// The game is over: send what is pending, then this exit status, and close.
    finish: Option<u32>,
    /// The channel is gone: nothing more can be sent.
    closed: bool,
}

#[derive(Debug, Default)]
pub struct Outbox {
    state: Mutex<State>,
    /// The game thread waits here for room (plain mode) or the end.
    room: Condvar,
    /// The writer task waits here for bytes.
    wake: tokio::sync::Notify,
    /// Told when the channel is gone.
    closing: tokio::sync::Notify,
}

/// What the writer task is to do next.
#[derive(Debug, PartialEq, Eq)]
pub enum Next {
    Send(Vec<u8>),
    Finish(u32),
    Closed,
}

impl Outbox {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while the lock was held cannot leave the bytes half changed: take them.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds bytes to send.
    pub fn push(&self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        let mut s = self.lock();
        if s.closed {
            return;
        }
        s.pending.extend_from_slice(bytes);
        drop(s);
        self.wake.notify_one();
    }

    /// Adds bytes, first waiting while more than `limit` bytes wait to be sent: for text
    /// that must all arrive (plain mode). Returns `false` when the channel is gone.
    pub fn push_all(&self, bytes: &[u8], limit: usize) -> bool {
        let mut s = self.lock();
        while !s.closed && s.pending.len() > limit {
            s = self
                .room
                .wait_timeout(s, Duration::from_millis(200))
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        if s.closed {
            return false;
        }
        s.pending.extend_from_slice(bytes);
        drop(s);
        self.wake.notify_one();
        true
    }

    /// Nothing waits and nothing is on its way: a new frame can go out.
    pub fn idle(&self) -> bool {
        let s = self.lock();
        !s.sending && s.pending.is_empty()
    }

    pub fn is_closed(&self) -> bool {
        self.lock().closed
    }

    /// Ends the session: what is pending is sent, then `status`, then the channel closes.
    pub fn finish(&self, status: u32) {
        self.lock().finish.get_or_insert(status);
        self.wake.notify_one();
    }

    /// The channel is gone (or finished): wakes anyone waiting.
    pub fn close(&self) {
        let mut s = self.lock();
        s.closed = true;
        s.pending = Vec::new();
        drop(s);
        self.room.notify_all();
        self.wake.notify_one();
        self.closing.notify_waiters();
    }

    /// For the writer task: completes when the channel is gone.
    pub async fn closed(&self) {
        loop {
            let told = self.closing.notified();
            tokio::pin!(told);
            // Registered before the look, so a close in between is not missed.
            told.as_mut().enable();
            if self.is_closed() {
                return;
            }
            told.await;
        }
    }

    /// For the writer task: the next thing to do, waiting until there is one.
    pub async fn next(&self) -> Next {
        loop {
            {
                let mut s = self.lock();
                if s.closed {
                    return Next::Closed;
                }
                if !s.pending.is_empty() {
                    s.sending = true;
                    return Next::Send(std::mem::take(&mut s.pending));
                }
                if let Some(status) = s.finish {
                    return Next::Finish(status);
                }
            }
            self.wake.notified().await;
        }
    }

    /// How many bytes wait to be sent (for tests and the benchmark).
    pub fn pending_len(&self) -> usize {
        self.lock().pending.len()
    }

    /// A writer without a runtime (tests): takes what waits, and the exit status once
    /// finished, marking the batch as on its way.
    #[cfg(test)]
    pub fn take_now(&self) -> (Vec<u8>, Option<u32>) {
        let mut s = self.lock();
        s.sending = !s.pending.is_empty();
        (std::mem::take(&mut s.pending), s.finish)
    }

    /// For the writer task: the last batch is out.
    pub fn sent(&self) {
        self.lock().sending = false;
        self.room.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }

    #[test]
    fn batches_join_while_one_is_on_its_way_and_finish_comes_last() {
        let o = Outbox::default();
        assert!(o.idle());
        o.push(b"ab");
        o.push(b"cd");
        assert!(!o.idle());
        assert_eq!(block_on(o.next()), Next::Send(b"abcd".to_vec()));
        assert!(!o.idle(), "on its way");
        o.push(b"e");
        o.finish(0);
        o.sent();
        assert_eq!(block_on(o.next()), Next::Send(b"e".to_vec()));
        o.sent();
        assert_eq!(block_on(o.next()), Next::Finish(0));
        o.close();
        assert_eq!(block_on(o.next()), Next::Closed);
        block_on(o.closed());
        assert!(!o.push_all(b"x", 10), "nothing goes into a closed channel");
    }

    #[test]
    fn push_all_waits_for_room_and_gives_up_when_the_channel_closes() {
        let o = std::sync::Arc::new(Outbox::default());
        o.push(&[0; 100]);
        let o2 = o.clone();
        let t = std::thread::spawn(move || o2.push_all(b"more", 10));
        std::thread::sleep(Duration::from_millis(50));
        assert!(!t.is_finished(), "waits while too much is pending");
        o.close();
        assert!(!t.join().unwrap());
    }
}
