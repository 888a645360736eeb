//! The fused Adam update of one parameter tensor, in place.

use super::{as_u32, f};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, Dispatch, Shader, Tensor};

pub static SHADER: Shader = Shader {
    name: "adam",
    source: include_str!("../../shaders/adam.wgsl"),
};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdamHyper {
    pub lr: f64,
    pub beta1: f64,
    pub beta2: f64,
    pub eps: f64,
}

impl Default for AdamHyper {
    fn default() -> Self {
        AdamHyper {
            lr: 1e-3,
            beta1: 0.9,
            beta2: 0.999,
            eps: 1e-8,
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
    let gpu = param.gpu();
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: "adam_step",
            constants: &[],
            params: &[
                as_u32(op, "n", n)?,
                0,
                0,
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

pub mod cpu {
    use super::AdamHyper;

    /// PyTorch's single-tensor Adam step, in f64.
    pub fn adam_step(p: &mut [f64], g: &[f64], m: &mut [f64], v: &mut [f64], h: AdamHyper, t: u64) {
        let bc1 = 1.0 - h.beta1.powi(t as i32);
        let bc2 = 1.0 - h.beta2.powi(t as i32);
        for i in 0..p.len() {
            m[i] += (1.0 - h.beta1) * (g[i] - m[i]);
            v[i] = h.beta2 * v[i] + (1.0 - h.beta2) * g[i] * g[i];
            let denom = v[i].sqrt() / bc2.sqrt() + h.eps;
            p[i] -= h.lr / bc1 * m[i] / denom;
        }
    }
}
