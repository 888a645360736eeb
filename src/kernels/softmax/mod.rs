//! Softmax and log-softmax over the last axis.

pub mod check;
pub mod cpu;

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Shader, Tensor};

/// Rows up to this long get one thread each (no barriers); longer rows a workgroup each.
pub const SERIAL_MAX_LEN: usize = 1024;

/// The shader: `softmax_rows` (a workgroup per row) and `softmax_rows_serial` (a thread per row).
pub static SHADER: Shader = Shader {
    name: "softmax",
    source: include_str!("../../../shaders/softmax.wgsl"),
};

super::shader_params! {
    /// The uniform block of `softmax.wgsl`.
    pub struct SoftmaxParams {
        /// Rows.
        rows: u32,
        /// Row length.
        n: u32,
    }
}

/// Softmax, or log-softmax with `log`, over the last axis of `x`.
pub fn softmax_rows(x: &Tensor, log: bool) -> Result<Tensor> {
    let op = if log { "log_softmax" } else { "softmax" };
    x.expect_dtype(DType::F32, op)?;
    let Some(&n) = x.shape().last() else {
        return Err(Error::invalid(op, "a 0-d tensor has no last axis"));
    };
    let gpu = x.gpu();
    let out = gpu.empty(x.shape(), DType::F32, op)?;
    if x.numel() == 0 {
        return Ok(out);
    }
    let rows = x.numel() / n;
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: if n <= SERIAL_MAX_LEN {
                "softmax_rows_serial"
            } else {
                "softmax_rows"
            },
            constants: &[("LOG", log as u8 as f64)],
            params: SoftmaxParams {
                rows: as_u32(op, "rows", rows)?,
                n: as_u32(op, "n", n)?,
            }
            .words(),
            buffers: &[(1, x), (2, &out)],
            grid: if n <= SERIAL_MAX_LEN {
                grid_1d(groups_for(rows, 64))
            } else {
                grid_1d(as_u32(op, "rows", rows)?)
            },
        },
    )?;
    Ok(out)
}
