//! Elementwise maps: unary activations and arithmetic, binary ops with a broadcast second
//! operand, the fused gradient maps of the activations, axis expansion and fills.

pub mod check;
pub mod cpu;

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Gpu, Shader, Tensor};
use std::sync::LazyLock;

/// The shader: `unary`, `binary`, the axis and layout maps, and `fill`.
pub static SHADER: Shader = Shader {
    name: "elementwise",
    source: concat!(
        include_str!("../../../shaders/elementwise.wgsl"),
        include_str!("../../../shaders/lib/activations.wgsl")
    ),
};

/// `SHADER` reading `a` as f16 (mixed precision: an f16 tensor met by an element-wise map;
/// [`super::with_f16_operands`] widens each load to f32, so the arithmetic and the f32 output
/// are the f32 kernel's on the widened values, which are exact).
pub static F16_A_SHADER: LazyLock<Shader> =
    LazyLock::new(|| super::f16_twin("elementwise_f16_a", &SHADER, &[("a", "f32")]));
/// `SHADER` reading `b` as f16.
pub static F16_B_SHADER: LazyLock<Shader> =
    LazyLock::new(|| super::f16_twin("elementwise_f16_b", &SHADER, &[("b", "f32")]));
/// `SHADER` reading both `a` and `b` as f16.
pub static F16_AB_SHADER: LazyLock<Shader> =
    LazyLock::new(|| super::f16_twin("elementwise_f16_ab", &SHADER, &[("a", "f32"), ("b", "f32")]));

super::shader_params! {
    /// The uniform block of `elementwise.wgsl`.
    pub struct ElementwiseParams {
        /// Output elements.
        n: u32,
        /// binary: length of b's broadcast axis; expand: the new axis; narrow, pad: the full
        /// axis; transpose: rows; swap_middle: b.
        b_len: u32,
        /// binary: b's index is `(i / b_inner) % b_len`; expand, narrow, pad: the inner size;
        /// transpose: columns; swap_middle: c.
        b_inner: u32,
        /// narrow, pad: the first index of the slice; swap_middle: d.
        start: u32,
        /// Leaky slope, clamp's low end, a scalar operand, fill's value.
        alpha: f32,
        /// Clamp's high end.
        beta: f32,
        /// narrow, pad: the slice's length.
        small: u32,
    }
}

/// Unary maps. The discriminant order is the shader's `OP` code.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Unary {
    /// `max(x, 0)`.
    Relu,
    /// `x` where `x > 0`, else `s · x` for slope `s`.
    LeakyRelu(f32),
    /// `1 / (1 + exp(−x))`.
    Sigmoid,
    /// Hyperbolic tangent.
    Tanh,
    /// `exp(x)`.
    Exp,
    /// Natural logarithm.
    Log,
    /// Square root.
    Sqrt,
    /// `x` clamped to `[lo, hi]`.
    Clamp(f32, f32),
    /// `−x`.
    Neg,
    /// `x · x`.
    Square,
    /// `x + s`.
    AddScalar(f32),
    /// `x · s`.
    MulScalar(f32),
    /// `|x|`.
    Abs,
    /// −1, 0 or 1 by the sign of `x`.
    Sign,
}

impl Unary {
    fn code_and_args(self) -> (u32, f32, f32) {
        use Unary::*;
        match self {
            Relu => (0, 0.0, 0.0),
            LeakyRelu(s) => (1, s, 0.0),
            Sigmoid => (2, 0.0, 0.0),
            Tanh => (3, 0.0, 0.0),
            Exp => (4, 0.0, 0.0),
            Log => (5, 0.0, 0.0),
            Sqrt => (6, 0.0, 0.0),
            Clamp(lo, hi) => (7, lo, hi),
            Neg => (8, 0.0, 0.0),
            Square => (9, 0.0, 0.0),
            AddScalar(s) => (10, s, 0.0),
            MulScalar(s) => (11, s, 0.0),
            Abs => (12, 0.0, 0.0),
            Sign => (13, 0.0, 0.0),
        }
    }
    /// The op's name, as errors and the autograd graph record it.
    pub fn name(self) -> &'static str {
        use Unary::*;
        match self {
            Relu => "relu",
            LeakyRelu(_) => "leaky_relu",
            Sigmoid => "sigmoid",
            Tanh => "tanh",
            Exp => "exp",
            Log => "log",
            Sqrt => "sqrt",
            Clamp(..) => "clamp",
            Neg => "neg",
            Square => "square",
            AddScalar(_) => "add_scalar",
            MulScalar(_) => "mul_scalar",
            Abs => "abs",
            Sign => "sign",
        }
    }
}

/// Binary maps `a (op) b`. The gradient maps take the incoming gradient as `a` and the saved
/// input (or output) as `b`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Binary {
    /// a + b
    Add,
    /// a - b
    Sub,
    /// a * b
    Mul,
    /// a / b
    Div,
    /// a / b, and 0 where b == 0.
    SafeDiv,
    /// a * (b > 0)
    ReluGrad,
    /// a * (b > 0 ? 1 : slope)
    LeakyReluGrad(f32),
    /// a * (lo < b < hi)
    ClampGrad(f32, f32),
    /// a * b * (1 - b), b = sigmoid output
    SigmoidGrad,
    /// a * (1 - b^2), b = tanh output
    TanhGrad,
    /// 1 where a > b else 0
    Greater,
}

impl Binary {
    fn code_and_args(self) -> (u32, f32, f32) {
        use Binary::*;
        match self {
            Add => (0, 0.0, 0.0),
            Sub => (1, 0.0, 0.0),
            Mul => (2, 0.0, 0.0),
            Div => (3, 0.0, 0.0),
            SafeDiv => (4, 0.0, 0.0),
            ReluGrad => (5, 0.0, 0.0),
            LeakyReluGrad(s) => (6, s, 0.0),
            ClampGrad(lo, hi) => (7, lo, hi),
            SigmoidGrad => (8, 0.0, 0.0),
            TanhGrad => (9, 0.0, 0.0),
            Greater => (10, 0.0, 0.0),
        }
    }
    /// The op's name, as errors and the autograd graph record it.
    pub fn name(self) -> &'static str {
        use Binary::*;
        match self {
            Add => "add",
            Sub => "sub",
            Mul => "mul",
            Div => "div",
            SafeDiv => "safe_div",
            ReluGrad => "relu_grad",
            LeakyReluGrad(_) => "leaky_relu_grad",
            ClampGrad(..) => "clamp_grad",
            SigmoidGrad => "sigmoid_grad",
            TanhGrad => "tanh_grad",
            Greater => "greater",
        }
    }
}

/// How `b` lines up with `a`: element `i` of `a` meets `b[(i / inner) % len]`.
/// Same shape: `{len: n, inner: 1}`; scalar: `{1, 1}`; bias over rows of `[m, n]`: `{n, 1}`;
/// bias over channels of `[n, c, h, w]`: `{c, h*w}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Broadcast {
    /// Elements of `b`: the length of the broadcast axis.
    pub len: usize,
    /// Elements of `a` that share one element of `b` in a row (the product of the axes after it).
    pub inner: usize,
}

impl Broadcast {
    /// The broadcast implied by shapes: equal shapes, a one-element `b`, or `b` equal to the
    /// trailing dimensions of `a` (a bias over rows).
    pub fn infer(a: &[usize], b: &[usize], op: &str) -> Result<Broadcast> {
        let na: usize = a.iter().product();
        let nb: usize = b.iter().product();
        if a == b {
            return Ok(Broadcast { len: na, inner: 1 });
        }
        if nb == 1 {
            return Ok(Broadcast { len: 1, inner: 1 });
        }
        if b.len() <= a.len() && a[a.len() - b.len()..] == *b {
            return Ok(Broadcast { len: nb, inner: 1 });
        }
        Err(Error::shape(
            op,
            format!("cannot broadcast {b:?} onto {a:?} (same shape, one element, or trailing dimensions)"),
        ))
    }

    /// Checks that `b` with `nb` elements lines up with an `a` of `n` elements.
    pub fn check(self, n: usize, nb: usize, op: &str) -> Result<()> {
        if self.len != nb
            || self.len == 0
            || self.inner == 0
            || !n.is_multiple_of(self.len * self.inner)
        {
            return Err(Error::shape(
                op,
                format!(
                    "b with {nb} elements (len {}, inner {}) does not tile a with {n} elements",
                    self.len, self.inner
                ),
            ));
        }
        Ok(())
    }

    /// `a` viewed as `[outer, len, inner]`.
    pub fn outer(self, n: usize) -> usize {
        n / (self.len * self.inner)
    }
}

/// The shader's BCAST specialisation for a broadcast over `n` elements.
fn bcast_mode(bc: Broadcast, n: usize) -> f64 {
    if bc.len == n {
        0.0
    } else if bc.len == 1 {
        1.0
    } else if bc.inner == 1 {
        3.0
    } else {
        2.0
    }
}

fn params(n: u32, len: u32, inner: u32, alpha: f32, beta: f32) -> ElementwiseParams {
    ElementwiseParams {
        n,
        b_len: len,
        b_inner: inner,
        start: 0,
        alpha,
        beta,
        small: 0,
    }
}

/// Where a slice sits: `[outer, full, inner]` with the slice `start..start + len` of `full`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slice {
    /// Product of the axes before the sliced one.
    pub outer: usize,
    /// Length of the full axis.
    pub full: usize,
    /// Product of the axes after the sliced one.
    pub inner: usize,
    /// First index of the slice along the axis.
    pub start: usize,
    /// Length of the slice.
    pub len: usize,
}

impl Slice {
    fn check(&self, op: &str) -> Result<()> {
        if self.start + self.len > self.full {
            return Err(Error::invalid(
                op,
                format!(
                    "slice {}..{} of an axis of {}",
                    self.start,
                    self.start + self.len,
                    self.full
                ),
            ));
        }
        Ok(())
    }
    fn params(&self, op: &str, n: usize) -> Result<ElementwiseParams> {
        Ok(ElementwiseParams {
            n: as_u32(op, "n", n)?,
            b_len: as_u32(op, "axis", self.full)?,
            b_inner: as_u32(op, "inner", self.inner)?,
            start: self.start as u32,
            alpha: 0.0,
            beta: 0.0,
            small: self.len as u32,
        })
    }
}

/// Allocate the output of `shape` (binding 3) and, unless it is empty, run `entry` with one
/// thread per element. `params` gets the element count.
fn map_into(
    gpu: &Gpu,
    op: &'static str,
    entry: &'static str,
    constants: &[(&'static str, f64)],
    shape: &[usize],
    inputs: &[(u32, &Tensor)],
    params: impl FnOnce(u32) -> Result<ElementwiseParams>,
) -> Result<Tensor> {
    let shader = shader_for(gpu, op, inputs)?;
    let out = gpu.empty(shape, DType::F32, op)?;
    let n = out.numel();
    if n == 0 {
        return Ok(out);
    }
    let mut buffers = inputs.to_vec();
    buffers.push((3, &out));
    gpu.dispatch(
        op,
        Dispatch {
            shader,
            entry,
            constants,
            params: params(as_u32(op, "n", n)?)?.words(),
            buffers: &buffers,
            grid: grid_1d(groups_for(n, 256)),
        },
    )?;
    Ok(out)
}

/// The shader for the operands' element types: F32 reads `SHADER`; an F16 operand (binding 1
/// `a`, binding 2 `b`) reads its f16 twin, on a device with shader-f16. The output is F32
/// either way (the accumulator type of mixed precision).
fn shader_for(gpu: &Gpu, op: &str, inputs: &[(u32, &Tensor)]) -> Result<&'static Shader> {
    let mut half = [false; 2];
    for (binding, t) in inputs {
        match t.dtype() {
            DType::F32 => {}
            DType::F16 => {
                if let Some(reason) = gpu.f16_reason() {
                    return Err(Error::Unsupported {
                        op: format!("{op} of an F16 tensor {:?}", t.shape()),
                        variant: "f16".into(),
                        reason,
                    });
                }
                half[*binding as usize - 1] = true;
            }
            other => {
                return Err(Error::invalid(
                    op,
                    format!(
                        "expected an F32 or F16 tensor, got {other:?} {:?}",
                        t.shape()
                    ),
                ))
            }
        }
    }
    Ok(match half {
        [false, false] => &SHADER,
        [true, false] => &F16_A_SHADER,
        [false, true] => &F16_B_SHADER,
        [true, true] => &F16_AB_SHADER,
    })
}

fn slice_op(
    x: &Tensor,
    s: Slice,
    shape: &[usize],
    entry: &'static str,
    in_len: usize,
    out_len: usize,
) -> Result<Tensor> {
    s.check(entry)?;
    if x.numel() != s.outer * in_len * s.inner
        || shape.iter().product::<usize>() != s.outer * out_len * s.inner
    {
        return Err(Error::shape(
            entry,
            format!("{:?} to {shape:?} for {s:?}", x.shape()),
        ));
    }
    map_into(
        x.gpu(),
        entry,
        entry,
        &[("OP", 0.0)],
        shape,
        &[(1, x)],
        |n| s.params(entry, n as usize),
    )
}

/// `out[o, j, i] = x[o, start + j, i]`: a slice along one axis.
pub fn narrow_axis(x: &Tensor, s: Slice, shape: &[usize]) -> Result<Tensor> {
    slice_op(x, s, shape, "narrow_axis", s.full, s.len)
}

/// The slice `x` placed back into zeros of the full axis (the gradient of [`narrow_axis`]).
pub fn pad_axis(x: &Tensor, s: Slice, shape: &[usize]) -> Result<Tensor> {
    slice_op(x, s, shape, "pad_axis", s.len, s.full)
}

/// `op` applied to every element of `x`.
pub fn unary(x: &Tensor, op: Unary) -> Result<Tensor> {
    let (code, alpha, beta) = op.code_and_args();
    map_into(
        x.gpu(),
        op.name(),
        "unary",
        &[("OP", code as f64)],
        x.shape(),
        &[(1, x)],
        |n| Ok(params(n, 1, 1, alpha, beta)),
    )
}

/// `a (op) b` with `b` broadcast as the shapes imply (see [`Broadcast::infer`]).
pub fn binary(a: &Tensor, b: &Tensor, op: Binary) -> Result<Tensor> {
    let bc = Broadcast::infer(a.shape(), b.shape(), op.name())?;
    binary_broadcast(a, b, op, bc)
}

/// `a (op) b` with `b` broadcast as `bc` says.
pub fn binary_broadcast(a: &Tensor, b: &Tensor, op: Binary, bc: Broadcast) -> Result<Tensor> {
    let n = a.numel();
    bc.check(n, b.numel(), op.name())?;
    let (code, alpha, beta) = op.code_and_args();
    let constants = [("OP", code as f64), ("BCAST", bcast_mode(bc, n))];
    map_into(
        a.gpu(),
        op.name(),
        "binary",
        &constants,
        a.shape(),
        &[(1, a), (2, b)],
        |n| Ok(params(n, bc.len as u32, bc.inner as u32, alpha, beta)),
    )
}

/// `out[o, j, i] = x[o, i]` for `j < len`: `x` has `outer * inner` elements.
pub fn expand_axis(
    x: &Tensor,
    outer: usize,
    len: usize,
    inner: usize,
    shape: &[usize],
) -> Result<Tensor> {
    let op = "expand_axis";
    if x.numel() != outer * inner || shape.iter().product::<usize>() != outer * len * inner {
        return Err(Error::shape(
            op,
            format!("{:?} to {shape:?} along an axis of {len}", x.shape()),
        ));
    }
    map_into(x.gpu(), op, op, &[("OP", 0.0)], shape, &[(1, x)], |n| {
        Ok(params(n, len as u32, inner as u32, 0.0, 0.0))
    })
}

/// `out[i] = b[(i / inner) % len]` for an output of `shape`.
pub fn broadcast(b: &Tensor, bc: Broadcast, shape: &[usize]) -> Result<Tensor> {
    let op = "broadcast";
    bc.check(shape.iter().product(), b.numel(), op)?;
    map_into(b.gpu(), op, op, &[("OP", 0.0)], shape, &[(2, b)], |n| {
        Ok(params(n, bc.len as u32, bc.inner as u32, 0.0, 0.0))
    })
}

/// `[batch, rows, cols]` to `[batch, cols, rows]` (NCHW ↔ NHWC with rows·cols = C·HW).
pub fn transpose_last2(x: &Tensor, batch: usize, rows: usize, cols: usize) -> Result<Tensor> {
    let op = "transpose_last2";
    if x.numel() != batch * rows * cols {
        return Err(Error::shape(
            op,
            format!("{:?} is not [{batch}, {rows}, {cols}]", x.shape()),
        ));
    }
    map_into(
        x.gpu(),
        op,
        op,
        &[("OP", 0.0)],
        &[batch, cols, rows],
        &[(1, x)],
        |n| {
            Ok(params(
                n,
                as_u32(op, "rows", rows)?,
                as_u32(op, "cols", cols)?,
                0.0,
                0.0,
            ))
        },
    )
}

/// `[a, b, c, d]` → `[a, c, b, d]` (the middle axes swapped), `x` holding `a·b·c·d` elements.
pub fn swap_middle(x: &Tensor, a: usize, b: usize, c: usize, d: usize) -> Result<Tensor> {
    let op = "swap_middle";
    if x.numel() != a * b * c * d {
        return Err(Error::shape(
            op,
            format!("{:?} is not [{a}, {b}, {c}, {d}]", x.shape()),
        ));
    }
    map_into(
        x.gpu(),
        op,
        op,
        &[("OP", 0.0)],
        &[a, c, b, d],
        &[(1, x)],
        |n| {
            let mut p = params(n, as_u32(op, "b", b)?, as_u32(op, "c", c)?, 0.0, 0.0);
            p.start = as_u32(op, "d", d.max(1))?;
            Ok(p)
        },
    )
}

/// A tensor filled with `value`.
pub fn fill(gpu: &Gpu, shape: &[usize], value: f32) -> Result<Tensor> {
    map_into(gpu, "fill", "fill", &[("OP", 0.0)], shape, &[], |n| {
        Ok(params(n, 1, 1, value, 0.0))
    })
}
