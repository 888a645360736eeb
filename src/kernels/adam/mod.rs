//! The fused Adam (and AdamW) update of one parameter tensor, in place.

pub mod check;
pub mod cpu;

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, Dispatch, Shader, Tensor};

/// The shader: `adam_step` and `adam_step_vec4`.
pub static SHADER: Shader = Shader {
    name: "adam",
    source: include_str!("../../../shaders/adam.wgsl"),
};

super::shader_params! {
    /// The uniform block of `adam.wgsl`. The differences and quotients are computed on the
    /// host in f64: in f32, `1 − 0.999` would lose four digits to cancellation.
    pub struct AdamParams {
        /// Elements (`adam_step`) or vec4s (`adam_step_vec4`).
        n: u32,
        /// Adam's L2 weight decay, added to the gradient.
        l2: f32,
        /// AdamW's `1 − lr · weight_decay`.
        decay: f32,
        /// Padding.
        _pad2: u32,
        /// `1 − beta1`.
        one_minus_beta1: f32,
        /// `beta2`.
        beta2: f32,
        /// `1 − beta2`.
        one_minus_beta2: f32,
        /// Added to the root of the second moment.
        eps: f32,
        /// `lr / (1 − beta1^t)`.
        step_size: f32,
        /// `sqrt(1 − beta2^t)`.
        bc2_sqrt: f32,
    }
}

/// Adam's hyperparameters, PyTorch's names and defaults.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdamHyper {
    /// Learning rate.
    pub lr: f64,
    /// Decay of the first moment.
    pub beta1: f64,
    /// Decay of the second moment.
    pub beta2: f64,
    /// Added to the denominator.
    pub eps: f64,
    /// Weight decay: an L2 term `weight_decay · p` added to the gradient (torch.optim.Adam),
    /// or, with `decoupled`, the parameter shrunk by `1 − lr · weight_decay` before the update
    /// (torch.optim.AdamW).
    pub weight_decay: f64,
    /// AdamW's decoupled weight decay instead of Adam's L2 term.
    pub decoupled: bool,
}

impl Default for AdamHyper {
    fn default() -> Self {
        AdamHyper {
            lr: 1e-3,
            beta1: 0.9,
            beta2: 0.999,
            eps: 1e-8,
            weight_decay: 0.0,
            decoupled: false,
        }
    }
}

impl AdamHyper {
    /// PyTorch's defaults with learning rate `lr`.
    pub fn with_lr(lr: f64) -> AdamHyper {
        AdamHyper {
            lr,
            ..AdamHyper::default()
        }
    }
}

/// One Adam step `t` (1-based) on `param`, with moments `m` and `v`, all updated in place.
pub fn adam_step(
    param: &Tensor,
    grad: &Tensor,
    m: &Tensor,
    v: &Tensor,
    h: AdamHyper,
    t: u64,
) -> Result<()> {
    let op = "adam_step";
    let n = param.numel();
    for (what, x) in [("grad", grad), ("exp_avg", m), ("exp_avg_sq", v)] {
        if x.numel() != n {
            return Err(Error::shape(
                op,
                format!("param {:?} but {what} {:?}", param.shape(), x.shape()),
            ));
        }
    }
    if t == 0 {
        return Err(Error::invalid(op, "Adam steps count from 1"));
    }
    if n == 0 {
        return Ok(());
    }
    let bc1 = 1.0 - h.beta1.powi(t.min(i32::MAX as u64) as i32);
    let bc2 = 1.0 - h.beta2.powi(t.min(i32::MAX as u64) as i32);
    let (l2, decay) = if h.decoupled {
        (0.0, 1.0 - h.lr * h.weight_decay)
    } else {
        (h.weight_decay, 1.0)
    };
    // Sizes that are multiples of 4 take the vec4 entry (the same arithmetic per element, a
    // quarter of the load instructions, which CPU drivers pay per instruction).
    let (entry, items) = if n.is_multiple_of(4) {
        ("adam_step_vec4", n / 4)
    } else {
        ("adam_step", n)
    };
    let gpu = param.gpu();
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry,
            constants: &[],
            params: AdamParams {
                n: as_u32(op, "n", items)?,
                l2: l2 as f32,
                decay: decay as f32,
                _pad2: 0,
                one_minus_beta1: (1.0 - h.beta1) as f32,
                beta2: h.beta2 as f32,
                one_minus_beta2: (1.0 - h.beta2) as f32,
                eps: h.eps as f32,
                step_size: (h.lr / bc1) as f32,
                bc2_sqrt: bc2.sqrt() as f32,
            }
            .words(),
            buffers: &[(1, grad), (2, param), (3, m), (4, v)],
            grid: grid_1d(groups_for(items, 256)),
        },
    )
}
