//! Optimisers and gradient utilities over GPU tensors.

use crate::error::{Error, Result};
use crate::gpu::Tensor;
use crate::kernels::adam::{adam_step, AdamHyper};
use crate::kernels::elementwise::fill;

pub use crate::kernels::clip::clip_grad_norm;

/// Moments and step count of one parameter.
pub struct AdamState {
    pub exp_avg: Tensor,
    pub exp_avg_sq: Tensor,
    /// Steps taken by this parameter (PyTorch keeps it per parameter).
    pub step: u64,
}

/// Adam over a fixed list of parameters. A parameter whose gradient is `None` in a step is
/// left alone and its step count does not advance, as in PyTorch.
pub struct Adam {
    pub hyper: AdamHyper,
    pub state: Vec<AdamState>,
}

impl Adam {
    pub fn new(params: &[&Tensor], hyper: AdamHyper) -> Result<Adam> {
        let mut state = Vec::with_capacity(params.len());
        for p in params {
            state.push(AdamState {
                exp_avg: fill(p.gpu(), p.shape(), 0.0)?,
                exp_avg_sq: fill(p.gpu(), p.shape(), 0.0)?,
                step: 0,
            });
        }
        Ok(Adam { hyper, state })
    }

    pub fn step(&mut self, params: &[&Tensor], grads: &[Option<&Tensor>]) -> Result<()> {
        if params.len() != self.state.len() || grads.len() != params.len() {
            return Err(Error::invalid(
                "adam",
                format!(
                    "optimizer holds {} parameters but got {} parameters and {} gradients",
                    self.state.len(),
                    params.len(),
                    grads.len()
                ),
            ));
        }
        for ((p, g), s) in params.iter().zip(grads).zip(self.state.iter_mut()) {
            let Some(g) = g else { continue };
            s.step += 1;
            adam_step(p, g, &s.exp_avg, &s.exp_avg_sq, self.hyper, s.step)?;
        }
        Ok(())
    }
}
