//! LayerNorm over the last axis, forward and the input's backward as kernels (one invocation
//! per row); the affine parameters' gradients are column sums.

pub mod check;
pub mod cpu;

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Shader, Tensor};

/// The shader: `layer_norm_forward` and `layer_norm_backward_input`.
pub static SHADER: Shader = Shader {
    name: "layer_norm",
    source: include_str!("../../../shaders/layer_norm.wgsl"),
};

super::shader_params! {
    /// The uniform block of `layer_norm.wgsl`.
    pub struct LayerNormParams {
        /// Rows normalised.
        rows: u32,
        /// Row length.
        dim: u32,
        /// Added to the variance under the root.
        eps: f32,
        /// Padding to 16 bytes.
        _pad: u32,
    }
}

/// What the forward keeps for backward.
pub struct LayerNormSaved {
    /// The normalised input, same shape as x.
    pub xhat: Tensor,
    /// 1 / sqrt(var + eps) per row.
    pub rstd: Tensor,
}

fn rows_dim(op: &str, x: &Tensor, gamma: &Tensor, beta: &Tensor) -> Result<(usize, usize)> {
    let d = *x.shape().last().unwrap_or(&0);
    if d == 0 || gamma.shape() != [d] || beta.shape() != [d] {
        return Err(Error::shape(
            op,
            format!(
                "input {:?} with weight {:?} and bias {:?} (want [.., D], [D], [D])",
                x.shape(),
                gamma.shape(),
                beta.shape()
            ),
        ));
    }
    Ok((x.numel() / d, d))
}

fn launch(
    op: &'static str,
    entry: &'static str,
    rows: usize,
    d: usize,
    eps: f32,
    buffers: &[(u32, &Tensor)],
) -> Result<()> {
    buffers[0].1.gpu().dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry,
            constants: &[],
            params: LayerNormParams {
                rows: as_u32(op, "rows", rows)?,
                dim: as_u32(op, "dim", d)?,
                eps,
                _pad: 0,
            }
            .words(),
            buffers,
            grid: grid_1d(groups_for(rows, 64)),
        },
    )
}

/// `y = (x − mean) / sqrt(var + eps) · gamma + beta` over the last axis.
pub fn layer_norm_forward(
    x: &Tensor,
    gamma: &Tensor,
    beta: &Tensor,
    eps: f32,
) -> Result<(Tensor, LayerNormSaved)> {
    let op = "layer_norm";
    x.expect_dtype(DType::F32, op)?;
    let (rows, d) = rows_dim(op, x, gamma, beta)?;
    let gpu = x.gpu();
    let y = gpu.empty(x.shape(), DType::F32, op)?;
    let xhat = gpu.empty(x.shape(), DType::F32, op)?;
    let rstd = gpu.empty(&[rows.max(1)], DType::F32, op)?;
    if rows > 0 {
        launch(
            op,
            "layer_norm_forward",
            rows,
            d,
            eps,
            &[
                (1, x),
                (2, gamma),
                (3, beta),
                (4, &y),
                (5, &xhat),
                (6, &rstd),
            ],
        )?;
    }
    Ok((y, LayerNormSaved { xhat, rstd }))
}

/// The input's gradient for output gradient `dy`.
pub fn layer_norm_backward_input(
    dy: &Tensor,
    gamma: &Tensor,
    saved: &LayerNormSaved,
) -> Result<Tensor> {
    let op = "layer_norm_backward";
    let d = gamma.numel();
    if dy.shape() != saved.xhat.shape() || d == 0 {
        return Err(Error::shape(
            op,
            format!(
                "gradient {:?} for an input of {:?}",
                dy.shape(),
                saved.xhat.shape()
            ),
        ));
    }
    let rows = dy.numel() / d;
    let dx = dy.gpu().empty(dy.shape(), DType::F32, op)?;
    if rows > 0 {
        launch(
            op,
            "layer_norm_backward_input",
            rows,
            d,
            0.0,
            &[
                (7, dy),
                (2, gamma),
                (8, &saved.xhat),
                (9, &saved.rstd),
                (10, &dx),
            ],
        )?;
    }
    Ok(dx)
}
