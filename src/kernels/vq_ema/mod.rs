//! The EMA codebook update of a VQ-VAE (deterministic: per-code sums in row order, no float
//! atomics), and the batch perplexity of code usage.

pub mod check;
pub mod cpu;

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Shader, Tensor};
use crate::kernels::embedding::{bucket_by_index, Buckets};

/// The shader: `code_stats`, `code_counts`, `cluster_and_perplexity` and `ema_embed`.
pub static SHADER: Shader = Shader {
    name: "vq_ema",
    source: include_str!("../../../shaders/vq_ema.wgsl"),
};

super::shader_params! {
    /// The uniform block of `vq_ema.wgsl`.
    pub struct VqEmaParams {
        /// Inputs.
        rows: u32,
        /// Codes.
        codes: u32,
        /// Code length.
        dim: u32,
        /// Padding to 16 bytes.
        _pad: u32,
        /// The EMA's decay.
        decay: f32,
        /// `1 − decay`, from the host in f64 (`1 − 0.99` loses digits in f32).
        one_minus_decay: f32,
        /// Laplace smoothing of the cluster sizes.
        eps: f32,
    }
}

/// EMA state of a codebook, updated in place.
pub struct EmaState<'a> {
    /// `[k]`
    pub cluster_size: &'a Tensor,
    /// `[k, d]`
    pub ema_w: &'a Tensor,
    /// `[k, d]`
    pub codebook: &'a Tensor,
}

/// One EMA step from inputs `x: [n, d]` and their code indices `idx: [n]` (u32):
/// [`ema_statistics`], then [`ema_apply`]. Returns the batch perplexity
/// `exp(−Σ p log(p + 1e-10))` as a `[1]` tensor.
pub fn ema_update(x: &Tensor, idx: &Tensor, s: &EmaState, decay: f64, eps: f64) -> Result<Tensor> {
    let stats = ema_statistics(x, idx, s.codebook)?;
    ema_apply(&stats, s, decay, eps)
}

fn codebook_dims(op: &str, codebook: &Tensor) -> Result<(usize, usize)> {
    match codebook.shape() {
        [k, d] => Ok((*k, *d)),
        other => Err(Error::shape(
            op,
            format!("codebook {other:?} is not [k, d]"),
        )),
    }
}

fn params(op: &str, k: usize, d: usize, decay: f64, eps: f64) -> Result<VqEmaParams> {
    Ok(VqEmaParams {
        rows: 0,
        codes: as_u32(op, "codes", k)?,
        dim: as_u32(op, "dim", d)?,
        _pad: 0,
        decay: decay as f32,
        one_minus_decay: (1.0 - decay) as f32,
        eps: eps as f32,
    })
}

/// A batch's EMA statistics, `[k + k·d]`: each code's count of rows `idx` picks, then the
/// sum of those rows of `x: [n, d]` (in row order). Data-parallel training sums them over its
/// ranks before [`ema_apply`].
pub fn ema_statistics(x: &Tensor, idx: &Tensor, codebook: &Tensor) -> Result<Tensor> {
    let op = "vq_ema_statistics";
    idx.expect_dtype(DType::U32, op)?;
    let (k, d) = codebook_dims(op, codebook)?;
    let n = idx.numel();
    if x.shape() != [n, d] {
        return Err(Error::shape(
            op,
            format!(
                "x {:?} for indices [{n}] into a [{k}, {d}] codebook",
                x.shape()
            ),
        ));
    }
    let gpu = x.gpu();
    let Buckets { offsets, members } = bucket_by_index(idx, k)?;
    let stats = gpu.empty(&[k + k * d], DType::F32, op)?;
    let mut p = params(op, k, d, 0.0, 0.0)?;
    p.rows = as_u32(op, "rows", n)?;
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: "code_stats",
            constants: &[],
            params: p.words(),
            buffers: &[(3, &offsets), (4, &members), (6, x), (10, &stats)],
            grid: grid_1d(groups_for(k * d, 256)),
        },
    )?;
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: "code_counts",
            constants: &[],
            params: p.words(),
            buffers: &[(3, &offsets), (10, &stats)],
            grid: [groups_for(k, 64), 1, 1],
        },
    )?;
    Ok(stats)
}

/// The EMA step from a batch's statistics ([`ema_statistics`], summed over the ranks where
/// there are several): cluster sizes, `ema_w` and the codebook updated in place. Returns the
/// batch perplexity as a `[1]` tensor.
pub fn ema_apply(stats: &Tensor, s: &EmaState, decay: f64, eps: f64) -> Result<Tensor> {
    let op = "vq_ema_update";
    let (k, d) = codebook_dims(op, s.codebook)?;
    if stats.shape() != [k + k * d] || s.ema_w.shape() != [k, d] || s.cluster_size.numel() != k {
        return Err(Error::shape(
            op,
            format!(
                "statistics {:?}, ema_w {:?}, cluster {:?} for a [{k}, {d}] codebook",
                stats.shape(),
                s.ema_w.shape(),
                s.cluster_size.shape()
            ),
        ));
    }
    let gpu = stats.gpu();
    let perplexity = gpu.empty(&[1], DType::F32, op)?;
    let params = params(op, k, d, decay, eps)?;
    let dispatch = |entry: &'static str, buffers: &[(u32, &Tensor)], grid: [u32; 3]| {
        gpu.dispatch(
            op,
            Dispatch {
                shader: &SHADER,
                entry,
                constants: &[],
                params: params.words(),
                buffers,
                grid,
            },
        )
    };
    dispatch(
        "cluster_and_perplexity",
        &[(5, s.cluster_size), (9, &perplexity), (10, stats)],
        [1, 1, 1],
    )?;
    dispatch(
        "ema_embed",
        &[
            (5, s.cluster_size),
            (7, s.ema_w),
            (8, s.codebook),
            (10, stats),
        ],
        grid_1d(groups_for(k * d, 256)),
    )?;
    Ok(perplexity)
}
