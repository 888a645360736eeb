//! torch.nn.BatchNorm1d/2d and torch.nn.LayerNorm.

use super::{join, Forward, Init, Module, Visitor};
use crate::autograd::Var;
use crate::error::Result;
use crate::gpu::Tensor;
use std::cell::Cell;

/// BatchNorm over axis 1 of `[N, C]` or `[N, C, ...]`: affine parameters and running
/// statistics (PyTorch's defaults: weight 1, bias 0, mean 0, variance 1, momentum 0.1, eps
/// 1e-5). Training mode normalises by the batch and moves the running statistics (mean and
/// *unbiased* variance); evaluation mode normalises by them.
pub struct BatchNorm {
    /// `[C]`
    pub weight: Var,
    /// `[C]`
    pub bias: Var,
    /// `[C]`
    pub running_mean: Tensor,
    /// `[C]`
    pub running_var: Tensor,
    /// How far the running statistics move towards each batch's.
    pub momentum: f32,
    /// Added to the variance.
    pub eps: f32,
    training: Cell<bool>,
}

/// torch.nn.BatchNorm1d (`[N, C]` or `[N, C, L]`).
pub type BatchNorm1d = BatchNorm;
/// torch.nn.BatchNorm2d (`[N, C, H, W]`).
pub type BatchNorm2d = BatchNorm;

impl BatchNorm {
    /// `channels` features, PyTorch's defaults, in training mode.
    pub fn new(init: &Init, channels: usize) -> Result<BatchNorm> {
        Ok(BatchNorm {
            weight: init.constant(&[channels], 1.0)?,
            bias: init.constant(&[channels], 0.0)?,
            running_mean: init.buffer(&[channels], 0.0)?,
            running_var: init.buffer(&[channels], 1.0)?,
            momentum: 0.1,
            eps: 1e-5,
            training: Cell::new(true),
        })
    }

    /// The output in the mode given (not the module's flag): for models that pass the mode
    /// down explicitly.
    pub fn forward_with(&self, x: &Var, training: bool) -> Result<Var> {
        x.batch_norm(
            &self.weight,
            &self.bias,
            &self.running_mean,
            &self.running_var,
            self.momentum,
            self.eps,
            training,
        )
    }
}

impl Module for BatchNorm {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        v.parameter(&join(prefix, "weight"), &self.weight);
        v.parameter(&join(prefix, "bias"), &self.bias);
        v.buffer(&join(prefix, "running_mean"), &self.running_mean);
        v.buffer(&join(prefix, "running_var"), &self.running_var);
        v.mode(prefix, &self.training);
    }
}

impl Forward for BatchNorm {
    fn forward(&self, x: &Var) -> Result<Var> {
        self.forward_with(x, self.training.get())
    }
}

/// torch.nn.LayerNorm over the last axis: weight 1, bias 0, eps 1e-5.
pub struct LayerNorm {
    /// `[D]`
    pub weight: Var,
    /// `[D]`
    pub bias: Var,
    /// Added to the variance.
    pub eps: f32,
}

impl LayerNorm {
    /// Normalise over a last axis of size `dim`.
    pub fn new(init: &Init, dim: usize) -> Result<LayerNorm> {
        Ok(LayerNorm {
            weight: init.constant(&[dim], 1.0)?,
            bias: init.constant(&[dim], 0.0)?,
            eps: 1e-5,
        })
    }
}

impl Module for LayerNorm {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        v.parameter(&join(prefix, "weight"), &self.weight);
        v.parameter(&join(prefix, "bias"), &self.bias);
    }
}

impl Forward for LayerNorm {
    fn forward(&self, x: &Var) -> Result<Var> {
        x.layer_norm(&self.weight, &self.bias, self.eps)
    }
}
