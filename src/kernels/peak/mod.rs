//! Peak-throughput probes (`shaders/peak.wgsl`) for `wgtrain bench`'s rows peak_fma and
//! peak_bandwidth: what this adapter reaches at best on pure fmas and on a vec4 copy, so the
//! other rows can be read as "% of measured peak".

pub mod check;
pub mod cpu;

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Shader, Tensor};

/// The shader: `peak_fma` and `peak_copy`.
pub static SHADER: Shader = Shader {
    name: "peak",
    source: include_str!("../../../shaders/peak.wgsl"),
};

super::shader_params! {
    /// The uniform block of `peak.wgsl`.
    pub struct PeakParams {
        /// vec4 elements.
        n: u32,
        /// FMA steps per chain (`peak_fma`).
        iters: u32,
        /// `x ← fma(x, a, b)`: |a| < 1 keeps x bounded.
        a: f32,
        /// The added constant.
        b: f32,
        /// Padding.
        _pad: u32,
        /// Padding.
        _pad2: u32,
        /// Padding.
        _pad3: u32,
        /// Padding.
        _pad4: u32,
    }
}

/// The fma chains' constants: x <- fma(x, A, B) contracts towards B / (1 - A) = 1.
pub const A: f32 = 0.999;
/// The fma chains' additive constant (see [`A`]).
pub const B: f32 = 0.001;

/// Flops of one `fma_chains` launch over `n` vec4s.
pub fn fma_flops(n: usize, iters: usize) -> f64 {
    n as f64 * iters as f64 * 8.0 * 4.0 * 2.0
}

fn launch(entry: &'static str, x: &Tensor, iters: usize) -> Result<Tensor> {
    let op = entry;
    x.expect_dtype(DType::F32, op)?;
    if !x.numel().is_multiple_of(4) || x.numel() == 0 {
        return Err(Error::shape(
            op,
            format!("{:?}: a non-empty multiple of 4 elements", x.shape()),
        ));
    }
    let n = x.numel() / 4;
    let gpu = x.gpu();
    let out = gpu.empty(x.shape(), DType::F32, op)?;
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry,
            constants: &[],
            params: PeakParams {
                n: as_u32(op, "n", n)?,
                iters: as_u32(op, "iters", iters)?,
                a: A,
                b: B,
                ..Default::default()
            }
            .words(),
            buffers: &[(1, x), (2, &out)],
            grid: grid_1d(groups_for(n, 256)),
        },
    )?;
    Ok(out)
}

/// Per vec4 of `x`: eight chains of `iters` fmas (started at x, x±1, x±2, x±3... see the
/// shader), summed.
pub fn fma_chains(x: &Tensor, iters: usize) -> Result<Tensor> {
    launch("peak_fma", x, iters)
}

/// A copy of `x` through a vec4 kernel.
pub fn copy(x: &Tensor) -> Result<Tensor> {
    launch("peak_copy", x, 0)
}
