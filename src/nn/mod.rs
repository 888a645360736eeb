//! Layers with named parameters in PyTorch's layouts, so state_dicts map one to one.

use crate::autograd::Var;
use crate::error::Result;
use crate::gpu::Gpu;
use crate::kernels::random::{uniform, RngKey};

/// `y = x · Wᵀ + b`, `W: [out, in]` as torch.nn.Linear.
pub struct Linear {
    pub weight: Var,
    pub bias: Option<Var>,
}

impl Linear {
    /// PyTorch's default init: weight and bias ~ U(±1/√in) (kaiming_uniform with a = √5).
    /// `key.stream` and the next stream draw the weight and the bias.
    pub fn new(
        gpu: &Gpu,
        inputs: usize,
        outputs: usize,
        bias: bool,
        key: RngKey,
    ) -> Result<Linear> {
        let bound = 1.0 / (inputs.max(1) as f32).sqrt();
        let weight = Var::param(uniform(gpu, &[outputs, inputs], key, -bound, bound)?);
        let bias = if bias {
            let k = RngKey {
                stream: key.stream + 1,
                ..key
            };
            Some(Var::param(uniform(gpu, &[outputs], k, -bound, bound)?))
        } else {
            None
        };
        Ok(Linear { weight, bias })
    }

    pub fn forward(&self, x: &Var) -> Result<Var> {
        x.linear(&self.weight, self.bias.as_ref())
    }

    /// `(name, parameter)` pairs with PyTorch's suffixes.
    pub fn parameters(&self, prefix: &str) -> Vec<(String, Var)> {
        let mut out = vec![(format!("{prefix}.weight"), self.weight.clone())];
        if let Some(b) = &self.bias {
            out.push((format!("{prefix}.bias"), b.clone()));
        }
        out
    }
}
