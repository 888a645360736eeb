//! Global-norm gradient clipping on the GPU: per-tensor L2 norms (reduce kernel), the
//! coefficient `min(1, max_norm / (total + 1e-6))`, then an in-place scale. No host round trip.

pub mod check;
pub mod cpu;

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Shader, Tensor};
use crate::kernels::reduce::{reduce_all, Reduce};

/// The shader: `clip_coefficient`, `scale_in_place` and `unscale_check`.
pub static SHADER: Shader = Shader {
    name: "clip",
    source: include_str!("../../../shaders/clip.wgsl"),
};

super::shader_params! {
    /// The uniform block of `clip.wgsl`.
    pub struct ClipParams {
        /// `clip_coefficient`: tensors; `scale_in_place`, `unscale_check`: elements.
        n: u32,
        /// Padding.
        _pad0: u32,
        /// Padding.
        _pad1: u32,
        /// Padding.
        _pad2: u32,
        /// The norm the gradients are clipped to.
        max_norm: f32,
    }
}

/// Scale every gradient in place so their global L2 norm is at most `max_norm` (a buffer
/// shared by several gradients is counted for each but scaled once).
/// Returns a `[2]` tensor `[coefficient, total norm before clipping]`.
pub fn clip_grad_norm(grads: &[&Tensor], max_norm: f32) -> Result<Tensor> {
    let op = "clip_grad_norm";
    let Some(first) = grads.first() else {
        return Err(Error::invalid(op, "no gradients to clip"));
    };
    let gpu = first.gpu();
    // Per-tensor norms gathered into one tensor, in order (as torch: the norm of the norms).
    let stacked = gpu.empty(&[grads.len()], DType::F32, op)?;
    for (i, g) in grads.iter().enumerate() {
        let norm = reduce_all(g, Reduce::L2)?;
        gpu.copy_region(&norm, 0, &stacked, i, 1)?;
    }
    let coef = gpu.empty(&[2], DType::F32, op)?;
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: "clip_coefficient",
            constants: &[],
            params: ClipParams {
                n: as_u32(op, "tensors", grads.len())?,
                max_norm,
                ..Default::default()
            }
            .words(),
            buffers: &[(1, &stacked), (2, &coef)],
            grid: [1, 1, 1],
        },
    )?;
    // A buffer two gradients share (an LSTM's two biases, `a + b` of two parameters) counts
    // twice in the norm, as in PyTorch, but is scaled once.
    scale_by(grads, &coef)?;
    Ok(coef)
}

/// Multiply every gradient in place by `coef[0]` (a buffer shared by several is scaled once).
fn scale_by(grads: &[&Tensor], coef: &Tensor) -> Result<()> {
    let op = "scale_in_place";
    for (i, g) in grads.iter().enumerate() {
        let n = g.numel();
        if n == 0 || grads[..i].iter().any(|h| h.same_storage(g)) {
            continue;
        }
        g.expect_dtype(DType::F32, op)?;
        g.gpu().dispatch(
            "clip_scale",
            Dispatch {
                shader: &SHADER,
                entry: "scale_in_place",
                constants: &[],
                params: ClipParams {
                    n: as_u32(op, "n", n)?,
                    ..Default::default()
                }
                .words(),
                buffers: &[(2, coef), (3, g)],
                grid: grid_1d(groups_for(n, 256)),
            },
        )?;
    }
    Ok(())
}

/// Mixed precision's unscaling: every gradient multiplied in place by `factor` (1 / the loss
/// scale, a power of two: exact unless a value becomes subnormal; a buffer shared by several
/// gradients is scaled once), in one pass that also checks the results. Returns whether every
/// value is finite (one read-back of a flag).
pub fn unscale_and_check(grads: &[&Tensor], factor: f32) -> Result<bool> {
    let op = "unscale_check";
    let Some(first) = grads.first() else {
        return Ok(true);
    };
    let gpu = first.gpu();
    let coef = crate::kernels::elementwise::fill(gpu, &[2], factor)?;
    // zero bits: the flag, read as a u32
    let flag = crate::kernels::elementwise::fill(gpu, &[1], 0.0)?;
    for (i, g) in grads.iter().enumerate() {
        let n = g.numel();
        if n == 0 || grads[..i].iter().any(|h| h.same_storage(g)) {
            continue;
        }
        g.expect_dtype(DType::F32, op)?;
        gpu.dispatch(
            op,
            Dispatch {
                shader: &SHADER,
                entry: "unscale_check",
                constants: &[],
                params: ClipParams {
                    n: as_u32(op, "n", n)?,
                    ..Default::default()
                }
                .words(),
                buffers: &[(2, &coef), (3, g), (4, &flag)],
                grid: grid_1d(groups_for(n, 256)),
            },
        )?;
    }
    Ok(flag.scalar()?.to_bits() == 0)
}
