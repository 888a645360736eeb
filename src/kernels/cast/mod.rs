//! Casts between f32 and f16 tensors (`shaders/cast.wgsl`): integer arithmetic on the bits,
//! so they run on every adapter (no shader-f16 needed) and round exactly as the host does
//! (`gpu::half`: nearest, ties to even, overflow to infinity).
//!
//! Laid out as every kernel family: the launch here, the twin in `cpu.rs`, the cases of
//! `wgtrain check` in `check.rs`.

pub mod check;
pub mod cpu;

use super::{as_u32, ShaderParams};
use crate::error::Result;
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Shader, Tensor};

/// The shader: `f32_to_f16` and `f16_to_f32`.
pub static SHADER: Shader = Shader {
    name: "cast",
    source: include_str!("../../../shaders/cast.wgsl"),
};

super::shader_params! {
    /// The uniform block of `cast.wgsl`.
    pub struct CastParams {
        /// Values.
        n: u32,
        /// Padding.
        _p0: u32,
        /// Padding.
        _p1: u32,
        /// Padding.
        _p2: u32,
    }
}

/// `x` as `dtype` (F32 or F16): a new tensor, or `x` itself when it already has that type.
pub fn cast(x: &Tensor, dtype: DType) -> Result<Tensor> {
    let op = "cast";
    let (entry, from) = match dtype {
        _ if x.dtype() == dtype => return Ok(x.clone()),
        DType::F16 => ("f32_to_f16", DType::F32),
        DType::F32 => ("f16_to_f32", DType::F16),
        other => {
            return Err(crate::Error::invalid(
                op,
                format!("casts are between F32 and F16; {other:?} asked"),
            ))
        }
    };
    x.expect_dtype(from, op)?;
    let gpu = x.gpu();
    let out = gpu.empty(x.shape(), dtype, op)?;
    let n = x.numel();
    if n == 0 {
        return Ok(out);
    }
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry,
            constants: &[],
            params: CastParams {
                n: as_u32(op, "n", n)?,
                ..Default::default()
            }
            .words(),
            buffers: &[(1, x), (2, &out)],
            // one invocation per f16 word (two values)
            grid: grid_1d(groups_for(n.div_ceil(2), 256)),
        },
    )?;
    Ok(out)
}
