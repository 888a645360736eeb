//! torch.nn.Dropout.

use super::{Forward, Init, Module, Visitor};
use crate::autograd::Var;
use crate::error::{Error, Result};
use crate::ops::tensor::RngKey;
use std::cell::Cell;

/// In training mode, zero each element with probability `p` and scale the rest by
/// 1 / (1 − p); in evaluation mode, pass through. Each call draws a new mask from the
/// module's own random stream (its key derives from its path, the stream counts calls), so a
/// run with the same seed and the same calls gets the same masks.
pub struct Dropout {
    /// Probability of zeroing an element.
    pub p: f32,
    training: Cell<bool>,
    key: RngKey,
    calls: Cell<u32>,
}

impl Dropout {
    /// Dropout with probability `p` in [0, 1).
    pub fn new(init: &Init, p: f32) -> Result<Dropout> {
        if !(0.0..1.0).contains(&p) {
            return Err(Error::invalid(
                init.path(),
                format!("dropout probability {p} is not in [0, 1)"),
            ));
        }
        Ok(Dropout {
            p,
            training: Cell::new(true),
            key: init.key("mask"),
            calls: Cell::new(0),
        })
    }

    /// Calls made so far; set it when resuming, so masks continue where they left off.
    pub fn calls(&self) -> &Cell<u32> {
        &self.calls
    }
}

impl Module for Dropout {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        v.mode(prefix, &self.training);
    }
}

impl Forward for Dropout {
    fn forward(&self, x: &Var) -> Result<Var> {
        if !self.training.get() || self.p == 0.0 {
            return Ok(x.clone());
        }
        let n = self.calls.get();
        self.calls.set(n.wrapping_add(1));
        x.dropout(
            self.p,
            RngKey {
                stream: n,
                ..self.key
            },
        )
    }
}
