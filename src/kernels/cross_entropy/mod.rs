//! The pieces of cross-entropy with `ignore_index`: the NLL gather from log-probabilities, its
//! scatter (gradient), and the count of targets that are not ignored.

pub mod check;
pub mod cpu;

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Shader, Tensor};

/// The shader: `nll_gather`, `nll_scatter` and `count_valid`.
pub static SHADER: Shader = Shader {
    name: "cross_entropy",
    source: include_str!("../../../shaders/cross_entropy.wgsl"),
};

super::shader_params! {
    /// The uniform block of `cross_entropy.wgsl`.
    pub struct CrossEntropyParams {
        /// Rows (targets).
        rows: u32,
        /// Classes per row.
        classes: u32,
        /// The target that counts for nothing (PyTorch's `ignore_index`).
        ignore_index: i32,
        /// Padding to 16 bytes.
        _pad: u32,
    }
}

fn check_targets(op: &str, rows: usize, targets: &Tensor) -> Result<()> {
    targets.expect_dtype(DType::I32, op)?;
    if targets.numel() != rows {
        return Err(Error::shape(
            op,
            format!("{} targets for {rows} rows", targets.numel()),
        ));
    }
    Ok(())
}

fn params(op: &str, rows: usize, classes: usize, ignore_index: i32) -> Result<CrossEntropyParams> {
    Ok(CrossEntropyParams {
        rows: as_u32(op, "rows", rows)?,
        classes: as_u32(op, "classes", classes)?,
        ignore_index,
        _pad: 0,
    })
}

/// `out[r] = -logp[r, t_r]`, 0 where `t_r` is ignored (or out of range). `logp`: `[rows, classes]`.
pub fn nll_gather(logp: &Tensor, targets: &Tensor, ignore_index: i32) -> Result<Tensor> {
    let op = "nll_gather";
    let classes = *logp
        .shape()
        .last()
        .ok_or_else(|| Error::invalid(op, "0-d log-probabilities"))?;
    let rows = logp.numel() / classes.max(1);
    check_targets(op, rows, targets)?;
    let gpu = logp.gpu();
    let out = gpu.empty(&[rows], DType::F32, op)?;
    if rows == 0 {
        return Ok(out);
    }
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: "nll_gather",
            constants: &[],
            params: params(op, rows, classes, ignore_index)?.words(),
            buffers: &[(1, logp), (2, targets), (3, &out)],
            grid: grid_1d(groups_for(rows, 256)),
        },
    )?;
    Ok(out)
}

/// `out[r, c] = -g[r]` where `c == t_r` (not ignored), else 0: the gradient of [`nll_gather`].
pub fn nll_scatter(
    g: &Tensor,
    targets: &Tensor,
    classes: usize,
    ignore_index: i32,
    shape: &[usize],
) -> Result<Tensor> {
    let op = "nll_scatter";
    let rows = g.numel();
    check_targets(op, rows, targets)?;
    let gpu = g.gpu();
    let out = gpu.empty(shape, DType::F32, op)?;
    if out.numel() != rows * classes {
        return Err(Error::shape(
            op,
            format!("{shape:?} for {rows} rows of {classes} classes"),
        ));
    }
    if out.numel() == 0 {
        return Ok(out);
    }
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: "nll_scatter",
            constants: &[],
            params: params(op, rows, classes, ignore_index)?.words(),
            buffers: &[(1, g), (2, targets), (3, &out)],
            grid: grid_1d(groups_for(rows * classes, 256)),
        },
    )?;
    Ok(out)
}

/// Number of targets in `0..classes` that are not `ignore_index`, as a `[1]` f32 tensor.
pub fn count_valid(targets: &Tensor, classes: usize, ignore_index: i32) -> Result<Tensor> {
    let op = "count_valid";
    targets.expect_dtype(DType::I32, op)?;
    let gpu = targets.gpu();
    let out = gpu.empty(&[1], DType::F32, op)?;
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: "count_valid",
            constants: &[],
            params: params(op, targets.numel(), classes, ignore_index)?.words(),
            buffers: &[(2, targets), (3, &out)],
            grid: [1, 1, 1],
        },
    )?;
    Ok(out)
}
