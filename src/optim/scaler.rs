//! Dynamic loss scaling for mixed precision, with PyTorch's `GradScaler` semantics: the loss is
//! multiplied by `scale` before the backward pass, so gradients that would underflow f16 (the
//! operands of the backward matrix products are cast to f16) stay representable; the gradients
//! are then divided by `scale` and checked. A step whose gradients hold an infinity or a NaN is
//! skipped and the scale halved; after `growth_interval` finite steps in a row it doubles.
//! Unlike PyTorch's, the scale has a floor ([`MIN_SCALE`]): gradients that still overflow when
//! the loss is scaled down that far come from the forward pass overflowing f16 (an activation
//! past 65504) or from a diverged run, which no scale fixes, so the run stops with a
//! divergence error instead of skipping every step from then on.

use crate::autograd::Var;
use crate::error::{Error, Result};
use crate::gpu::Tensor;
use crate::kernels::clip::unscale_and_check;

/// The smallest loss scale, 2^-16: backing off below it is a divergence error.
pub const MIN_SCALE: f64 = 1.0 / 65536.0;

/// The loss scale and its schedule (PyTorch's defaults: 2^16, x2 after 2000 finite steps,
/// x0.5 on an overflow).
#[derive(Clone, Debug, PartialEq)]
pub struct GradScaler {
    /// The current scale.
    pub scale: f64,
    /// Factor after `growth_interval` finite steps in a row.
    pub growth_factor: f64,
    /// Factor after a step with non-finite gradients.
    pub backoff_factor: f64,
    /// Finite steps in a row before the scale grows.
    pub growth_interval: u32,
    /// Finite steps in a row so far.
    pub growth_tracker: u32,
}

impl Default for GradScaler {
    fn default() -> Self {
        GradScaler {
            scale: 65536.0,
            growth_factor: 2.0,
            backoff_factor: 0.5,
            growth_interval: 2000,
            growth_tracker: 0,
        }
    }
}

/// What [`GradScaler::unscale_and_update`] decided for one step.
#[derive(Clone, Debug, PartialEq)]
pub enum ScaledStep {
    /// The gradients are finite and unscaled: take the optimiser step.
    Step,
    /// A gradient was not finite: skip the step (the sentence says so, with the new scale).
    Skip(String),
}

impl GradScaler {
    /// `loss · scale`, what the backward pass starts from.
    pub fn scale_loss(&self, loss: &Var) -> Result<Var> {
        loss.mul_scalar(self.scale as f32)
    }

    /// Divide `grads` in place by the scale, check them, and move the scale: the step to take.
    /// (PyTorch's `unscale_` + the check in `step` + `update`.)
    pub fn unscale_and_update(&mut self, grads: &[&Tensor]) -> Result<ScaledStep> {
        // scale ∈ [2^-16, ..): 1/scale is a power of two an f32 holds
        let finite = unscale_and_check(grads, (1.0 / self.scale) as f32)?;
        self.update(finite)
    }

    /// Move the scale after a step whose gradients were `finite` or not; a divergence error
    /// when it would back off below [`MIN_SCALE`].
    pub fn update(&mut self, finite: bool) -> Result<ScaledStep> {
        if !finite && self.scale * self.backoff_factor < MIN_SCALE {
            return Err(Error::divergence(
                "mixed precision",
                format!(
                    "gradients are not finite even at loss scale {}: the forward pass overflows \
                     f16 (an activation beyond 65504) or the run diverged; train without --amp \
                     or with a lower learning rate",
                    self.scale
                ),
            ));
        }
        Ok(self.update_unchecked(finite))
    }

    fn update_unchecked(&mut self, finite: bool) -> ScaledStep {
        if finite {
            self.growth_tracker += 1;
            if self.growth_tracker >= self.growth_interval {
                self.scale *= self.growth_factor;
                self.growth_tracker = 0;
            }
            ScaledStep::Step
        } else {
            let was = self.scale;
            self.scale *= self.backoff_factor;
            self.growth_tracker = 0;
            ScaledStep::Skip(format!(
                "mixed precision: a gradient overflowed at loss scale {was}; step skipped, scale now {}",
                self.scale
            ))
        }
    }

    /// The state for a checkpoint's metadata (`"scale tracker"`), so a resume continues exactly.
    pub fn state(&self) -> String {
        format!("{} {}", self.scale, self.growth_tracker)
    }

    /// Restore what [`GradScaler::state`] wrote; `what` names the checkpoint in errors.
    pub fn load_state(&mut self, state: &str, what: &str) -> Result<()> {
        let bad = || {
            Error::checkpoint(
                what,
                format!("loss scaler state '{state}' is not 'scale tracker'"),
            )
        };
        let mut it = state.split_whitespace();
        let scale: f64 = it.next().and_then(|s| s.parse().ok()).ok_or_else(bad)?;
        let tracker: u32 = it.next().and_then(|s| s.parse().ok()).ok_or_else(bad)?;
        if !(scale.is_finite() && scale >= MIN_SCALE) || it.next().is_some() {
            return Err(bad());
        }
        self.scale = scale;
        self.growth_tracker = tracker;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_backs_off_on_overflow_and_grows_after_the_interval() {
        let mut s = GradScaler {
            growth_interval: 3,
            ..GradScaler::default()
        };
        assert_eq!(s.update(true).unwrap(), ScaledStep::Step);
        assert!(matches!(s.update(false).unwrap(), ScaledStep::Skip(m) if m.contains("65536")));
        assert_eq!((s.scale, s.growth_tracker), (32768.0, 0));
        for _ in 0..2 {
            s.update(true).unwrap();
        }
        assert_eq!(s.scale, 32768.0);
        s.update(true).unwrap();
        assert_eq!((s.scale, s.growth_tracker), (65536.0, 0));
        let mut back = GradScaler::default();
        s.growth_tracker = 2;
        back.load_state(&s.state(), "test").unwrap();
        assert_eq!((back.scale, back.growth_tracker), (65536.0, 2));
        for bad in ["", "x 1", "1", "0 1", "inf 2", "1 2 3", "1e-9 0"] {
            assert!(back.load_state(bad, "test").is_err(), "{bad}");
        }
    }

    /// Overflowing at every scale (the forward pass overflows f16): 32 halvings from 2^16 reach
    /// the floor 2^-16, and the next overflow is a divergence error, not a skip forever.
    #[test]
    fn overflow_at_every_scale_is_a_divergence() {
        let mut s = GradScaler::default();
        for _ in 0..32 {
            assert!(matches!(s.update(false).unwrap(), ScaledStep::Skip(_)));
        }
        assert_eq!(s.scale, MIN_SCALE);
        let e = s.update(false).unwrap_err();
        assert_eq!(e.kind(), crate::error::ErrorKind::Divergence);
        assert!(e.to_string().contains("65504"), "{e}");
    }
}
