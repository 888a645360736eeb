//! The fused SGD update of one parameter tensor, in place: weight decay, momentum (with
//! dampening, optionally Nesterov) and the step, in PyTorch's order of operations.
//!
//! Laid out as every kernel family: the launch here, the f64 twin in `cpu.rs`, the cases and
//! bounds of `wgtrain check` in `check.rs`.

pub mod check;
pub mod cpu;

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, Dispatch, Shader, Tensor};

/// The shader: `sgd_step` (no momentum) and `sgd_momentum_step`.
pub static SHADER: Shader = Shader {
    name: "sgd",
    source: include_str!("../../../shaders/sgd.wgsl"),
};

/// SGD's hyperparameters, PyTorch's names and defaults (but `lr`, which PyTorch requires).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SgdHyper {
    /// Learning rate.
    pub lr: f64,
    /// Momentum factor; 0 keeps no buffer.
    pub momentum: f64,
    /// Dampening of the gradient's share in the momentum buffer.
    pub dampening: f64,
    /// L2 term `weight_decay · p` added to the gradient.
    pub weight_decay: f64,
    /// Nesterov momentum (needs momentum > 0 and dampening 0, as in PyTorch).
    pub nesterov: bool,
}

impl Default for SgdHyper {
    fn default() -> Self {
        SgdHyper {
            lr: 1e-2,
            momentum: 0.0,
            dampening: 0.0,
            weight_decay: 0.0,
            nesterov: false,
        }
    }
}

impl SgdHyper {
    /// Plain SGD with learning rate `lr`.
    pub fn with_lr(lr: f64) -> SgdHyper {
        SgdHyper {
            lr,
            ..SgdHyper::default()
        }
    }

    /// PyTorch's own checks on the settings.
    pub fn validate(&self) -> Result<()> {
        let op = "SGD";
        for (name, v) in [
            ("lr", self.lr),
            ("momentum", self.momentum),
            ("weight_decay", self.weight_decay),
        ] {
            if !(v >= 0.0 && v.is_finite()) {
                return Err(Error::config(op, format!("{name} = {v}: it must be ≥ 0")));
            }
        }
        if self.nesterov && (self.momentum <= 0.0 || self.dampening != 0.0) {
            return Err(Error::config(
                op,
                "Nesterov momentum needs momentum > 0 and dampening = 0",
            ));
        }
        Ok(())
    }
}

super::shader_params! {
    /// The uniform block of `sgd.wgsl`, field for field (see `check::params_layout`).
    pub struct SgdParams {
        /// Elements of the parameter.
        n: u32,
        /// 1 on the momentum buffer's first step (it then starts as the gradient), else 0.
        first: u32,
        /// 1 for Nesterov momentum, else 0.
        nesterov: u32,
        /// Padding to 16 bytes.
        _pad: u32,
        /// Learning rate.
        lr: f32,
        /// Momentum factor.
        momentum: f32,
        /// `1 − dampening`, computed on the host in f64.
        one_minus_dampening: f32,
        /// L2 term `weight_decay · p` added to the gradient.
        weight_decay: f32,
    }
}

/// One SGD step on `param` with gradient `grad`. `momentum_buffer` is required when
/// `h.momentum > 0`; `first` says it holds nothing yet (it then starts as the gradient).
pub fn sgd_step(
    param: &Tensor,
    grad: &Tensor,
    momentum_buffer: Option<&Tensor>,
    h: SgdHyper,
    first: bool,
) -> Result<()> {
    let op = "sgd_step";
    h.validate()?;
    let n = param.numel();
    if grad.numel() != n {
        return Err(Error::shape(
            op,
            format!("param {:?} but grad {:?}", param.shape(), grad.shape()),
        ));
    }
    let buffer = match (h.momentum > 0.0, momentum_buffer) {
        (false, _) => None,
        (true, Some(b)) if b.numel() == n => Some(b),
        (true, Some(b)) => {
            return Err(Error::shape(
                op,
                format!(
                    "param {:?} but momentum buffer {:?}",
                    param.shape(),
                    b.shape()
                ),
            ))
        }
        (true, None) => {
            return Err(Error::invalid(op, "momentum > 0 needs a momentum buffer"));
        }
    };
    if n == 0 {
        return Ok(());
    }
    let params = SgdParams {
        n: as_u32(op, "n", n)?,
        first: first as u32,
        nesterov: h.nesterov as u32,
        _pad: 0,
        lr: h.lr as f32,
        momentum: h.momentum as f32,
        one_minus_dampening: (1.0 - h.dampening) as f32,
        weight_decay: h.weight_decay as f32,
    };
    let (entry, buffers): (&'static str, Vec<(u32, &Tensor)>) = match buffer {
        None => ("sgd_step", vec![(1, grad), (2, param)]),
        Some(b) => ("sgd_momentum_step", vec![(1, grad), (2, param), (3, b)]),
    };
    param.gpu().dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry,
            constants: &[],
            params: params.words(),
            buffers: &buffers,
            grid: grid_1d(groups_for(n, 256)),
        },
    )
}
