//! The fused Adam (and AdamW) update of one parameter tensor, in place.

pub mod check;
pub mod cpu;

use super::{as_u32, f};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, Dispatch, Shader, Tensor};

/// The shader: `adam_step` and `adam_step_vec4`.
pub static SHADER: Shader = Shader {
    name: "adam",
    source: include_str!("../../../shaders/adam.wgsl"),
};

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
    let gpu = param.gpu();
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: "adam_step",
            constants: &[],
            params: &[
                as_u32(op, "n", n)?,
                f(l2 as f32),
                f(decay as f32),
                0,
                f((1.0 - h.beta1) as f32),
                f(h.beta2 as f32),
                f((1.0 - h.beta2) as f32),
                f(h.eps as f32),
                f((h.lr / bc1) as f32),
                f(bc2.sqrt() as f32),
            ],
            buffers: &[(1, grad), (2, param), (3, m), (4, v)],
            grid: grid_1d(groups_for(n, 256)),
        },
    )
}
