//! Optimisers and gradient utilities over GPU tensors.

use crate::error::{Error, Result};
use crate::gpu::Tensor;
use crate::kernels::adam::{adam_step, AdamHyper};
use crate::kernels::elementwise::fill;

pub mod schedule;

pub use crate::kernels::clip::clip_grad_norm;
pub use schedule::LrSchedule;

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

impl Adam {
    /// The moments as named host tensors (`optimizer.exp_avg.{name}`,
    /// `optimizer.exp_avg_sq.{name}`) and the per-parameter steps as JSON, for a checkpoint.
    pub fn export(
        &self,
        names: &[String],
    ) -> Result<(Vec<crate::io::checkpoint::NamedTensor>, String)> {
        use crate::io::checkpoint::NamedTensor;
        let mut tensors = vec![];
        let mut steps = std::collections::BTreeMap::new();
        for (name, s) in names.iter().zip(&self.state) {
            for (kind, t) in [("exp_avg", &s.exp_avg), ("exp_avg_sq", &s.exp_avg_sq)] {
                tensors.push(NamedTensor::read(format!("optimizer.{kind}.{name}"), t)?);
            }
            steps.insert(name.clone(), s.step);
        }
        Ok((tensors, serde_json::to_string(&steps).unwrap_or_default()))
    }

    /// Restore what [`Adam::export`] wrote; `what` names the file in errors.
    pub fn import(
        &mut self,
        names: &[String],
        tensors: &[crate::io::checkpoint::NamedTensor],
        steps_json: Option<&str>,
        what: &str,
    ) -> Result<()> {
        if !names.is_empty() && !tensors.iter().any(|t| t.name.starts_with("optimizer.")) {
            return Err(Error::invalid(
                what,
                "it holds the weights only, no optimizer state (a --weights-only export or a \
                 plain state_dict): sample or reconstruct from it, or resume from a full \
                 checkpoint",
            ));
        }
        let steps: std::collections::BTreeMap<String, u64> = steps_json
            .and_then(|s| serde_json::from_str(s).ok())
            .unwrap_or_default();
        for (name, state) in names.iter().zip(self.state.iter_mut()) {
            for (kind, dst) in [
                ("exp_avg", &state.exp_avg),
                ("exp_avg_sq", &state.exp_avg_sq),
            ] {
                crate::io::checkpoint::restore(
                    tensors,
                    &format!("optimizer.{kind}.{name}"),
                    dst,
                    what,
                    "",
                )?;
            }
            state.step = *steps.get(name).unwrap_or(&0);
        }
        Ok(())
    }
}
