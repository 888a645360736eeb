//! Reductions over one axis (sum, mean, max with argmax, L2 norm) and the sum over all but
//! one axis that a broadcast's gradient needs. Fixed summation order: deterministic.

pub mod check;
pub mod cpu;

use super::{as_u32, split_axis, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Shader, Tensor};

/// Axes up to this long are reduced by one thread per output (no barriers); longer ones by a
/// workgroup tree per output. Each path has a fixed order, so results stay deterministic.
pub const SERIAL_MAX_LEN: usize = 1024;

/// The shader: `reduce_axis`, `sum_keep_middle` and their serial forms.
pub static SHADER: Shader = Shader {
    name: "reduce",
    source: include_str!("../../../shaders/reduce.wgsl"),
};

impl ReduceParams {
    /// The block for a view `[outer, len, inner]` reduced over `len`, results times `scale`.
    fn view(op: &str, outer: usize, len: usize, inner: usize, scale: f32) -> Result<Self> {
        Ok(ReduceParams {
            outer: as_u32(op, "outer", outer)?,
            len: as_u32(op, "len", len)?,
            inner: as_u32(op, "inner", inner)?,
            _pad: 0,
            scale,
        })
    }
}

super::shader_params! {
    /// The uniform block of `reduce.wgsl`: a view `[outer, len, inner]` reduced over `len`.
    pub struct ReduceParams {
        /// Product of the axes before the reduced one.
        outer: u32,
        /// Length of the reduced axis.
        len: u32,
        /// Product of the axes after it.
        inner: u32,
        /// Padding to 16 bytes.
        _pad: u32,
        /// Multiplies the result (1/len gives a mean).
        scale: f32,
    }
}

/// The reduction applied along an axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reduce {
    /// Sum of the elements.
    Sum,
    /// Mean of the elements.
    Mean,
    /// Largest element, with the index of its first occurrence.
    Max,
    /// sqrt of the sum of squares.
    L2,
}

impl Reduce {
    /// The reduction's name, as errors report it.
    pub fn name(self) -> &'static str {
        match self {
            Reduce::Sum => "sum",
            Reduce::Mean => "mean",
            Reduce::Max => "max",
            Reduce::L2 => "l2_norm",
        }
    }
}

/// Reduce `x` viewed as `[outer, len, inner]` over the middle axis into `[outer, inner]`
/// (given `out_shape`). For `Max`, also returns the index of the first maximum (u32).
pub fn reduce_view(
    x: &Tensor,
    outer: usize,
    len: usize,
    inner: usize,
    op: Reduce,
    out_shape: &[usize],
) -> Result<(Tensor, Option<Tensor>)> {
    let name = op.name();
    x.expect_dtype(DType::F32, name)?;
    if outer * len * inner != x.numel() || out_shape.iter().product::<usize>() != outer * inner {
        return Err(Error::shape(
            name,
            format!(
                "{:?} as [{outer}, {len}, {inner}] into {out_shape:?}",
                x.shape()
            ),
        ));
    }
    if len == 0 && op == Reduce::Max {
        return Err(Error::invalid(name, "max over an empty axis"));
    }
    let gpu = x.gpu();
    let out = gpu.empty(out_shape, DType::F32, name)?;
    let index = gpu.empty(out_shape, DType::U32, name)?;
    let outputs = outer * inner;
    if outputs == 0 {
        return Ok((out, (op == Reduce::Max).then_some(index)));
    }
    let (code, scale) = match op {
        Reduce::Sum => (0, 1.0),
        Reduce::Mean => (0, 1.0 / len.max(1) as f32),
        Reduce::Max => (1, 1.0),
        Reduce::L2 => (2, 1.0),
    };
    let serial = len <= SERIAL_MAX_LEN;
    gpu.dispatch(
        name,
        Dispatch {
            shader: &SHADER,
            entry: if serial {
                "reduce_axis_serial"
            } else {
                "reduce_axis"
            },
            constants: &[("OP", code as f64)],
            params: ReduceParams::view(name, outer, len, inner, scale)?.words(),
            buffers: &[(1, x), (2, &out), (3, &index)],
            grid: if serial {
                grid_1d(groups_for(outputs, 64))
            } else {
                grid_1d(as_u32(name, "outputs", outputs)?)
            },
        },
    )?;
    Ok((out, (op == Reduce::Max).then_some(index)))
}

/// Reduce over `axis`, dropping it.
pub fn reduce_axis(x: &Tensor, axis: usize, op: Reduce) -> Result<(Tensor, Option<Tensor>)> {
    if axis >= x.shape().len() {
        return Err(Error::invalid(
            op.name(),
            format!("axis {axis} of a {}-d tensor", x.shape().len()),
        ));
    }
    let (outer, len, inner) = split_axis(x.shape(), axis);
    let mut shape = x.shape().to_vec();
    shape.remove(axis);
    reduce_view(x, outer, len, inner, op, &shape)
}

/// Reduce every element into a one-element tensor of shape `[1]`.
pub fn reduce_all(x: &Tensor, op: Reduce) -> Result<Tensor> {
    Ok(reduce_view(x, 1, x.numel(), 1, op, &[1])?.0)
}

/// `out[m] = scale * Σ_{o,i} x[o, m, i]` for `x` viewed as `[outer, len, inner]`.
pub fn sum_keep_middle(
    x: &Tensor,
    outer: usize,
    len: usize,
    inner: usize,
    scale: f32,
    out_shape: &[usize],
) -> Result<Tensor> {
    let name = "sum_keep_middle";
    if outer * len * inner != x.numel() || out_shape.iter().product::<usize>() != len {
        return Err(Error::shape(
            name,
            format!(
                "{:?} as [{outer}, {len}, {inner}] into {out_shape:?}",
                x.shape()
            ),
        ));
    }
    let gpu = x.gpu();
    let out = gpu.empty(out_shape, DType::F32, name)?;
    if len == 0 {
        return Ok(out);
    }
    let serial = outer * inner <= SERIAL_MAX_LEN;
    gpu.dispatch(
        name,
        Dispatch {
            shader: &SHADER,
            entry: if serial {
                "sum_keep_middle_serial"
            } else {
                "sum_keep_middle"
            },
            constants: &[("OP", 0.0)],
            params: ReduceParams::view(name, outer, len, inner, scale)?.words(),
            buffers: &[(1, x), (2, &out)],
            grid: if serial {
                grid_1d(groups_for(len, 64))
            } else {
                grid_1d(as_u32(name, "len", len)?)
            },
        },
    )?;
    Ok(out)
}
