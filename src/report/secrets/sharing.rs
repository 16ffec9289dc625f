//! Sharing the run's [`SecretMask`] between reporters: [`MaskLearner`] teaches it from each event
//! before any reporter hears the event, [`MaskHandle`] is a reporter's access to it, and
//! [`MaskingWriter`] masks what a printing reporter writes.

use super::SecretMask;
use crate::runner::events::{Reporter, RunEvent};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

pub type SharedMask = Rc<RefCell<SecretMask>>;

/// Writes whole lines with secrets masked; a partial line goes out on `flush`.
pub struct MaskingWriter<W: Write> {
    inner: W,
    mask: SharedMask,
    pending: Vec<u8>,
}

impl<W: Write> MaskingWriter<W> {
    pub fn new(mask: SharedMask, inner: W) -> MaskingWriter<W> {
        MaskingWriter {
            inner,
            mask,
            pending: Vec::new(),
        }
    }

    fn emit(&mut self, upto: usize) -> std::io::Result<()> {
        let chunk: Vec<u8> = self.pending.drain(..upto).collect();
        let mask = self.mask.borrow();
        self.inner.write_all(&mask.apply_bytes(&chunk))
    }
}

impl<W: Write> Write for MaskingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if !self.mask.borrow().enabled() {
            return self.inner.write(buf);
        }
        self.pending.extend_from_slice(buf);
        if let Some(last_newline) = self.pending.iter().rposition(|b| *b == b'\n') {
            self.emit(last_newline + 1)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let len = self.pending.len();
        self.emit(len)?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for MaskingWriter<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// A reporter's access to the mask: its own (it learns from the events it hears), or one shared by
/// all reporters of a run (learned once, by [`MaskLearner`], before any reporter hears an event).
#[derive(Clone)]
pub struct MaskHandle {
    mask: SharedMask,
    owner: bool,
}

impl MaskHandle {
    pub fn own(config: &super::ReportConfig) -> MaskHandle {
        MaskHandle {
            mask: Rc::new(RefCell::new(SecretMask::new(config))),
            owner: true,
        }
    }

    pub fn shared(mask: SharedMask) -> MaskHandle {
        MaskHandle { mask, owner: false }
    }

    /// Learns from the event when the mask is the reporter's own.
    pub fn observe(&self, event: &RunEvent<'_>) {
        if self.owner {
            self.mask.borrow_mut().observe(event);
        }
    }

    pub fn get(&self) -> std::cell::Ref<'_, SecretMask> {
        self.mask.borrow()
    }
}

/// Placed first among a run's reporters: the shared mask learns from each event once.
pub struct MaskLearner(pub SharedMask);

impl Reporter for MaskLearner {
    fn on_event(&mut self, event: &RunEvent<'_>) -> Result<(), String> {
        self.0.borrow_mut().observe(event);
        Ok(())
    }
}
