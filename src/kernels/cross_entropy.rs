//! The pieces of cross-entropy with `ignore_index`: the NLL gather from log-probabilities, its
//! scatter (gradient), and the count of targets that are not ignored.

use super::as_u32;
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Shader, Tensor};

/// The shader: `nll_gather`, `nll_scatter` and `count_valid`.
pub static SHADER: Shader = Shader {
    name: "cross_entropy",
    source: include_str!("../../shaders/cross_entropy.wgsl"),
};

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

fn params(op: &str, rows: usize, classes: usize, ignore_index: i32) -> Result<[u32; 4]> {
    Ok([
        as_u32(op, "rows", rows)?,
        as_u32(op, "classes", classes)?,
        ignore_index as u32,
        0,
    ])
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
            params: &params(op, rows, classes, ignore_index)?,
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
            params: &params(op, rows, classes, ignore_index)?,
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
            params: &params(op, targets.numel(), classes, ignore_index)?,
            buffers: &[(2, targets), (3, &out)],
            grid: [1, 1, 1],
        },
    )?;
    Ok(out)
}

/// Reference twins in f64.
pub mod cpu {
    fn valid(t: i32, classes: usize, ignore: i32) -> bool {
        t != ignore && t >= 0 && (t as usize) < classes
    }

    /// Twin of [`super::nll_gather`]: `-logp[r, t_r]`, 0 where `t_r` is ignored or out of range.
    pub fn nll_gather(logp: &[f64], targets: &[i32], classes: usize, ignore: i32) -> Vec<f64> {
        targets
            .iter()
            .enumerate()
            .map(|(r, &t)| {
                if valid(t, classes, ignore) {
                    -logp[r * classes + t as usize]
                } else {
                    0.0
                }
            })
            .collect()
    }

    /// Twin of [`super::nll_scatter`]: `[rows, classes]`, `-g[r]` at each valid target, else 0.
    pub fn nll_scatter(g: &[f64], targets: &[i32], classes: usize, ignore: i32) -> Vec<f64> {
        let mut out = vec![0.0; g.len() * classes];
        for (r, &t) in targets.iter().enumerate() {
            if valid(t, classes, ignore) {
                out[r * classes + t as usize] = -g[r];
            }
        }
        out
    }

    /// Twin of [`super::count_valid`]: targets in `0..classes` that are not `ignore`.
    pub fn count_valid(targets: &[i32], classes: usize, ignore: i32) -> f64 {
        targets
            .iter()
            .filter(|&&t| valid(t, classes, ignore))
            .count() as f64
    }

    /// Mean cross-entropy over the rows whose target is not ignored.
    pub fn cross_entropy(logits: &[f64], targets: &[i32], classes: usize, ignore: i32) -> f64 {
        let logp = crate::kernels::softmax::cpu::softmax_rows(logits, classes, true);
        let nll: f64 = nll_gather(&logp, targets, classes, ignore).iter().sum();
        nll / count_valid(targets, classes, ignore)
    }
}
