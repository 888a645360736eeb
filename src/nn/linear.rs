//! torch.nn.Linear.

use super::{join, Forward, Init, Module, Visitor};
use crate::autograd::Var;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::epilogue::Activation;
use crate::ops::tensor::RngKey;

/// PyTorch's default init of a layer from one explicit key: weight and bias ~ U(±1/√fan_in)
/// (kaiming_uniform with a = √5); the weight draws from `key.stream`, the bias from the next.
/// The seed models keep it so their initial weights stay as they were.
pub(crate) fn init_with_key(
    gpu: &Gpu,
    weight_shape: &[usize],
    bias_len: Option<usize>,
    fan_in: usize,
    key: RngKey,
) -> Result<(Var, Option<Var>)> {
    let bound = 1.0 / (fan_in.max(1) as f32).sqrt();
    let weight = Var::param(Tensor::uniform(gpu, weight_shape, key, -bound, bound)?);
    let bias = match bias_len {
        Some(n) => {
            let k = RngKey {
                stream: key.stream + 1,
                ..key
            };
            Some(Var::param(Tensor::uniform(gpu, &[n], k, -bound, bound)?))
        }
        None => None,
    };
    Ok((weight, bias))
}

/// PyTorch's default init from an [`Init`]: weight and bias ~ U(±1/√fan_in).
pub(crate) fn init_default(
    init: &Init,
    weight_shape: &[usize],
    bias_len: Option<usize>,
    fan_in: usize,
) -> Result<(Var, Option<Var>)> {
    let bound = 1.0 / (fan_in.max(1) as f32).sqrt();
    let weight = init.uniform("weight", weight_shape, bound)?;
    let bias = bias_len
        .map(|n| init.uniform("bias", &[n], bound))
        .transpose()?;
    Ok((weight, bias))
}

/// Show `weight` and `bias` under `prefix`.
pub(crate) fn visit_weight_bias(
    prefix: &str,
    weight: &Var,
    bias: Option<&Var>,
    v: &mut dyn Visitor,
) {
    v.parameter(&join(prefix, "weight"), weight);
    if let Some(b) = bias {
        v.parameter(&join(prefix, "bias"), b);
    }
}

/// `y = x · Wᵀ + b` over the last axis, `W: [out, in]` as torch.nn.Linear.
pub struct Linear {
    /// `[out, in]`
    pub weight: Var,
    /// `[out]`
    pub bias: Option<Var>,
}

impl Linear {
    /// PyTorch's default init: weight and bias ~ U(±1/√in) (kaiming_uniform with a = √5).
    pub fn new(init: &Init, inputs: usize, outputs: usize, bias: bool) -> Result<Linear> {
        let (weight, bias) =
            init_default(init, &[outputs, inputs], bias.then_some(outputs), inputs)?;
        Ok(Linear { weight, bias })
    }

    /// The same init from an explicit key: `key.stream` draws the weight, the next stream the
    /// bias (how the seed models were written; new code uses [`Linear::new`]).
    pub fn with_key(
        gpu: &Gpu,
        inputs: usize,
        outputs: usize,
        bias: bool,
        key: RngKey,
    ) -> Result<Linear> {
        let (weight, bias) = init_with_key(
            gpu,
            &[outputs, inputs],
            bias.then_some(outputs),
            inputs,
            key,
        )?;
        Ok(Linear { weight, bias })
    }

    /// `act(x · Wᵀ + b)`: on GPUs the bias and activation run in the matmul's store.
    pub fn forward_act(&self, x: &Var, act: Activation) -> Result<Var> {
        x.linear_act(&self.weight, self.bias.as_ref(), act)
    }
}

impl Module for Linear {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        visit_weight_bias(prefix, &self.weight, self.bias.as_ref(), v);
    }
}

impl Forward for Linear {
    fn forward(&self, x: &Var) -> Result<Var> {
        x.linear(&self.weight, self.bias.as_ref())
    }
}
