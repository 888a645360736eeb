//! Differentiable ops on [`Var`]. Each op runs its kernel forward and records a backward rule
//! built from these same ops, which is what makes gradients differentiable again.

use crate::autograd::{grad_if, is_autocast_enabled, Var};
use crate::error::{Error, Result};
use crate::gpu::DType;
use crate::kernels::cross_entropy as ce;
use crate::kernels::elementwise::{self as ew, Binary, Broadcast, Unary};
use crate::kernels::epilogue::{Activation, Epilogue};
use crate::kernels::matmul::{matmul as matmul_kernel, matmul_epilogue};
use crate::kernels::reduce::{reduce_view, sum_keep_middle, Reduce};
use crate::kernels::softmax::softmax_rows;
use crate::kernels::split_axis;

/// Whether a matrix product of `a` and `b` runs with f16 operands: under autocast, or when
/// either already is f16 (a rule's f32 gradient meeting an operand the forward pass cast).
pub(crate) fn needs_f16_cast(a: &Var, b: &Var) -> bool {
    let (da, db) = (a.value().dtype(), b.value().dtype());
    (is_autocast_enabled() || da == DType::F16 || db == DType::F16)
        && !(da == DType::F16 && db == DType::F16)
}

impl Var {
    /// The values as `dtype` (F32 ↔ F16; f16 rounds to nearest, ties to even), recorded: the
    /// gradient passes through unchanged (gradients stay f32 whatever a value's type; the
    /// cast's derivative is 1 wherever the rounding is not saturating). `self` when it already
    /// has that type.
    pub fn cast(&self, dtype: DType) -> Result<Var> {
        if self.value().dtype() == dtype {
            return Ok(self.clone());
        }
        let value = self.value().cast(dtype)?;
        Ok(Var::record("cast", value, &[self], |_o, g, _x| {
            some(g.clone())
        }))
    }

    /// Both operands as f16 (see [`needs_f16_cast`]).
    pub(crate) fn f16_pair(&self, other: &Var) -> Result<(Var, Var)> {
        Ok((self.cast(DType::F16)?, other.cast(DType::F16)?))
    }
}

fn some(v: Var) -> Result<Vec<Option<Var>>> {
    Ok(vec![Some(v)])
}

impl Var {
    fn unary(&self, op: Unary) -> Result<Var> {
        let value = ew::unary(self.value(), op)?;
        Ok(Var::record(op.name(), value, &[self], move |out, g, x| {
            let x = &x[0];
            match op {
                Unary::Relu => some(g.binary_same(x, Binary::ReluGrad)?),
                Unary::LeakyRelu(s) => some(g.binary_same(x, Binary::LeakyReluGrad(s))?),
                Unary::Clamp(lo, hi) => some(g.binary_same(x, Binary::ClampGrad(lo, hi))?),
                Unary::Sigmoid => some(g.binary_same(out, Binary::SigmoidGrad)?),
                Unary::Tanh => some(g.binary_same(out, Binary::TanhGrad)?),
                Unary::Exp => some(g.mul(out)?),
                Unary::Log => some(g.div(x)?),
                Unary::Sqrt => some(g.div(out)?.mul_scalar(0.5)?),
                Unary::Neg => some(g.neg()?),
                Unary::Square => some(g.mul(x)?.mul_scalar(2.0)?),
                Unary::AddScalar(_) => some(g.clone()),
                Unary::MulScalar(s) => some(g.mul_scalar(s)?),
                Unary::Abs => some(g.mul(&x.detach().sign()?)?),
                Unary::Sign => Ok(vec![None]),
            }
        }))
    }

    /// The gradient through a fused activation, read from its output `out` (`self` is the
    /// gradient of the output): the same maps the separate ops' rules use.
    pub(crate) fn activation_backward(&self, out: &Var, act: Activation) -> Result<Var> {
        match act {
            Activation::Identity => Ok(self.clone()),
            // relu(x) > 0 exactly where x > 0; the same for leaky relu with a slope >= 0.
            Activation::Relu => self.binary_same(out, Binary::ReluGrad),
            Activation::LeakyRelu(s) => self.binary_same(out, Binary::LeakyReluGrad(s)),
            Activation::Sigmoid => self.binary_same(out, Binary::SigmoidGrad),
            Activation::Tanh => self.binary_same(out, Binary::TanhGrad),
        }
    }

    /// max(x, 0).
    pub fn relu(&self) -> Result<Var> {
        self.unary(Unary::Relu)
    }
    /// x for x ≥ 0, `slope · x` below.
    pub fn leaky_relu(&self, slope: f32) -> Result<Var> {
        self.unary(Unary::LeakyRelu(slope))
    }
    /// 1 / (1 + e^−x).
    pub fn sigmoid(&self) -> Result<Var> {
        self.unary(Unary::Sigmoid)
    }
    /// tanh x.
    pub fn tanh(&self) -> Result<Var> {
        self.unary(Unary::Tanh)
    }
    /// e^x.
    pub fn exp(&self) -> Result<Var> {
        self.unary(Unary::Exp)
    }
    /// ln x.
    pub fn log(&self) -> Result<Var> {
        self.unary(Unary::Log)
    }
    /// √x.
    pub fn sqrt(&self) -> Result<Var> {
        self.unary(Unary::Sqrt)
    }
    /// Gradient passes only strictly inside `(lo, hi)`, as PyTorch 2.x.
    pub fn clamp(&self, lo: f32, hi: f32) -> Result<Var> {
        self.unary(Unary::Clamp(lo, hi))
    }
    /// −x.
    pub fn neg(&self) -> Result<Var> {
        self.unary(Unary::Neg)
    }
    /// x².
    pub fn square(&self) -> Result<Var> {
        self.unary(Unary::Square)
    }
    /// x + s.
    pub fn add_scalar(&self, s: f32) -> Result<Var> {
        self.unary(Unary::AddScalar(s))
    }
    /// x · s.
    pub fn mul_scalar(&self, s: f32) -> Result<Var> {
        self.unary(Unary::MulScalar(s))
    }
    /// |x| (gradient sign(x), 0 at 0).
    pub fn abs(&self) -> Result<Var> {
        self.unary(Unary::Abs)
    }
    /// Sign (no gradient).
    pub fn sign(&self) -> Result<Var> {
        self.unary(Unary::Sign)
    }

    /// Gradient maps whose second operand has this var's shape.
    fn binary_same(&self, other: &Var, op: Binary) -> Result<Var> {
        let value = ew::binary_broadcast(
            self.value(),
            other.value(),
            op,
            Broadcast {
                len: self.value().numel(),
                inner: 1,
            },
        )?;
        Ok(Var::record(
            op.name(),
            value,
            &[self, other],
            move |_out, gg, inp| {
                let (g, y) = (&inp[0], &inp[1]);
                match op {
                    // Piecewise-linear maps: linear in g, zero derivative in the saved input.
                    Binary::ReluGrad | Binary::LeakyReluGrad(_) | Binary::ClampGrad(..) => {
                        Ok(vec![Some(gg.binary_same(y, op)?), None])
                    }
                    // g * y * (1 - y): d/dg = y(1-y), d/dy = g (1 - 2y)
                    Binary::SigmoidGrad => Ok(vec![
                        Some(gg.binary_same(y, Binary::SigmoidGrad)?),
                        Some(gg.mul(g)?.mul(&y.mul_scalar(-2.0)?.add_scalar(1.0)?)?),
                    ]),
                    // g * (1 - y^2): d/dg = 1 - y^2, d/dy = -2 g y
                    Binary::TanhGrad => Ok(vec![
                        Some(gg.binary_same(y, Binary::TanhGrad)?),
                        Some(gg.mul(g)?.mul(y)?.mul_scalar(-2.0)?),
                    ]),
                    other => Err(Error::Autograd(format!(
                        "{} is not a gradient map",
                        other.name()
                    ))),
                }
            },
        ))
    }

    fn arith(&self, other: &Var, op: Binary) -> Result<Var> {
        let bc = Broadcast::infer(self.shape(), other.shape(), op.name())?;
        let value = ew::binary_broadcast(self.value(), other.value(), op, bc)?;
        Ok(Var::record(
            op.name(),
            value,
            &[self, other],
            move |out, g, inp| {
                let (a, b) = (&inp[0], &inp[1]);
                let to_b = |x: Var| x.sum_to_broadcast(bc, b.shape());
                // Only the gradients some input needs are computed (data and targets need none).
                let (need_a, need_b) = (a.requires_grad(), b.requires_grad());
                let when = |need: bool, f: &dyn Fn() -> Result<Var>| -> Result<Option<Var>> {
                    if need {
                        f().map(Some)
                    } else {
                        Ok(None)
                    }
                };
                Ok(match op {
                    Binary::Add => vec![
                        when(need_a, &|| Ok(g.clone()))?,
                        when(need_b, &|| to_b(g.clone()))?,
                    ],
                    Binary::Sub => vec![
                        when(need_a, &|| Ok(g.clone()))?,
                        when(need_b, &|| to_b(g.neg()?))?,
                    ],
                    Binary::Mul => vec![
                        when(need_a, &|| g.arith_bc(b, Binary::Mul, bc))?,
                        when(need_b, &|| to_b(g.mul(a)?))?,
                    ],
                    Binary::Div => vec![
                        when(need_a, &|| g.arith_bc(b, Binary::Div, bc))?,
                        when(need_b, &|| {
                            to_b(g.mul(out)?.arith_bc(b, Binary::Div, bc)?.neg()?)
                        })?,
                    ],
                    Binary::SafeDiv => vec![
                        when(need_a, &|| g.arith_bc(b, Binary::SafeDiv, bc))?,
                        when(need_b, &|| {
                            to_b(g.mul(out)?.arith_bc(b, Binary::SafeDiv, bc)?.neg()?)
                        })?,
                    ],
                    other => {
                        return Err(Error::Autograd(format!(
                            "{} has no arithmetic rule",
                            other.name()
                        )))
                    }
                })
            },
        ))
    }

    /// `self (op) b` with an explicit broadcast of `b`.
    fn arith_bc(&self, b: &Var, op: Binary, bc: Broadcast) -> Result<Var> {
        if bc.len == self.value().numel() && bc.inner == 1 && b.shape() != self.shape() {
            // Same element count, other shape: view b as self's shape.
            return self.arith(&b.reshape(self.shape())?, op);
        }
        if bc.len == b.value().numel()
            && Broadcast::infer(self.shape(), b.shape(), op.name()).ok() == Some(bc)
        {
            return self.arith(b, op);
        }
        // Channel-style broadcast: expand b explicitly, then the plain same-shape op.
        let expanded = b.broadcast_to(bc, self.shape())?;
        self.arith(&expanded, op)
    }

    /// Elementwise sum; `b` may broadcast (see [`crate::kernels::elementwise::Broadcast::infer`]).
    pub fn add(&self, b: &Var) -> Result<Var> {
        self.arith(b, Binary::Add)
    }
    /// Elementwise difference; `b` may broadcast.
    pub fn sub(&self, b: &Var) -> Result<Var> {
        self.arith(b, Binary::Sub)
    }
    /// Elementwise product; `b` may broadcast.
    pub fn mul(&self, b: &Var) -> Result<Var> {
        self.arith(b, Binary::Mul)
    }
    /// Elementwise quotient; `b` may broadcast.
    pub fn div(&self, b: &Var) -> Result<Var> {
        self.arith(b, Binary::Div)
    }
    /// `self / b`, and 0 where `b == 0`.
    pub fn safe_div(&self, b: &Var) -> Result<Var> {
        self.arith(b, Binary::SafeDiv)
    }

    /// Add a per-channel bias `b: [c]` to `self: [n, c, ...]`.
    pub fn add_channel_bias(&self, b: &Var) -> Result<Var> {
        let shape = self.shape();
        if shape.len() < 2 || b.value().numel() != shape[1] {
            return Err(Error::shape(
                "add_channel_bias",
                format!("bias {:?} for input {shape:?}", b.shape()),
            ));
        }
        let inner: usize = shape[2..].iter().product();
        let bc = Broadcast {
            len: shape[1],
            inner,
        };
        // One broadcasting add (the bias is never expanded in memory); the bias gradient sums
        // over the positions it was broadcast to.
        let value = ew::binary_broadcast(self.value(), b.value(), Binary::Add, bc)?;
        let b_shape = b.shape().to_vec();
        Ok(Var::record(
            "add_channel_bias",
            value,
            &[self, b],
            move |_o, g, inp| {
                let gb = if inp[1].requires_grad() {
                    Some(g.sum_to_broadcast(bc, &b_shape)?)
                } else {
                    None
                };
                Ok(vec![inp[0].requires_grad().then(|| g.clone()), gb])
            },
        ))
    }

    /// Repeat `self` (with `bc.len` elements) to `shape` as `bc` says.
    pub fn broadcast_to(&self, bc: Broadcast, shape: &[usize]) -> Result<Var> {
        let value = ew::broadcast(self.value(), bc, shape)?;
        let src_shape = self.shape().to_vec();
        Ok(Var::record(
            "broadcast",
            value,
            &[self],
            move |_o, g, _x| some(g.sum_to_broadcast(bc, &src_shape)?),
        ))
    }

    /// The gradient of a bias `b` added along axis `channel_axis` of an output whose gradient
    /// is `self` (1 for NCHW, the last for a linear layer): `self` summed over every other axis.
    pub(crate) fn bias_grad(&self, b: &Var, channel_axis: usize) -> Result<Var> {
        let s = self.shape();
        let bc = Broadcast {
            len: s[channel_axis],
            inner: s[channel_axis + 1..].iter().product(),
        };
        self.sum_to_broadcast(bc, b.shape())
    }

    /// Sum `self` over the positions that a broadcast `bc` maps to each element of `b`.
    pub(crate) fn sum_to_broadcast(&self, bc: Broadcast, b_shape: &[usize]) -> Result<Var> {
        let n = self.value().numel();
        if bc.len == n && bc.inner == 1 {
            return self.reshape(b_shape);
        }
        let outer = bc.outer(n);
        let value = sum_keep_middle(self.value(), outer, bc.len, bc.inner, 1.0, b_shape)?;
        let full = self.shape().to_vec();
        Ok(Var::record(
            "sum_keep_middle",
            value,
            &[self],
            move |_o, g, _x| some(g.broadcast_to(bc, &full)?),
        ))
    }

    /// Concatenate along axis 0 (tensors equal in their other axes).
    pub fn cat0(parts: &[Var]) -> Result<Var> {
        let Some(first) = parts.first() else {
            return Err(Error::invalid("cat", "nothing to concatenate"));
        };
        let rest = &first.shape()[1..];
        if parts
            .iter()
            .any(|p| p.shape().len() != first.shape().len() || &p.shape()[1..] != rest)
        {
            return Err(Error::shape(
                "cat",
                format!(
                    "parts {:?} differ beyond axis 0",
                    parts.iter().map(|p| p.shape().to_vec()).collect::<Vec<_>>()
                ),
            ));
        }
        let total: usize = parts.iter().map(|p| p.shape()[0]).sum();
        let mut shape = first.shape().to_vec();
        shape[0] = total;
        let gpu = first.value().gpu();
        let out = gpu.empty(&shape, crate::gpu::DType::F32, "cat")?;
        let mut at = 0;
        let mut lens = vec![];
        for p in parts {
            gpu.copy_region(p.value(), 0, &out, at, p.value().numel())?;
            at += p.value().numel();
            lens.push(p.shape()[0]);
        }
        let refs: Vec<&Var> = parts.iter().collect();
        Ok(Var::record("cat", out, &refs, move |_o, g, _x| {
            let mut start = 0;
            let mut grads = vec![];
            for &len in &lens {
                grads.push(Some(g.narrow(0, start, len)?));
                start += len;
            }
            Ok(grads)
        }))
    }

    /// Swap the last two axes of `[.., rows, cols]` (NCHW ↔ NHWC after a reshape).
    pub fn transpose_last2(&self) -> Result<Var> {
        let s = self.shape();
        if s.len() < 2 {
            return Err(Error::shape(
                "transpose",
                format!("{s:?} has fewer than two axes"),
            ));
        }
        let (rows, cols) = (s[s.len() - 2], s[s.len() - 1]);
        let batch = self.value().numel() / (rows * cols).max(1);
        let mut shape = s.to_vec();
        let l = shape.len();
        shape.swap(l - 2, l - 1);
        let value = ew::transpose_last2(self.value(), batch, rows, cols)?.reshape(&shape)?;
        Ok(Var::record(
            "transpose_last2",
            value,
            &[self],
            |_o, g, _x| some(g.transpose_last2()?),
        ))
    }

    /// Elements `start..start + len` along `axis`.
    pub fn narrow(&self, axis: usize, start: usize, len: usize) -> Result<Var> {
        self.check_axis(axis, "narrow")?;
        let (outer, full, inner) = split_axis(self.shape(), axis);
        let s = ew::Slice {
            outer,
            full,
            inner,
            start,
            len,
        };
        let mut shape = self.shape().to_vec();
        shape[axis] = len;
        self.slice_var(s, &shape, false)
    }

    fn slice_var(&self, s: ew::Slice, shape: &[usize], pad: bool) -> Result<Var> {
        let value = if pad {
            ew::pad_axis(self.value(), s, shape)?
        } else {
            ew::narrow_axis(self.value(), s, shape)?
        };
        let back = self.shape().to_vec();
        Ok(Var::record(
            if pad { "pad_axis" } else { "narrow_axis" },
            value,
            &[self],
            move |_o, g, _x| some(g.slice_var(s, &back, !pad)?),
        ))
    }

    /// Same data, new shape.
    pub fn reshape(&self, shape: &[usize]) -> Result<Var> {
        if shape == self.shape() {
            return Ok(self.clone());
        }
        let value = self.value().reshape(shape)?;
        let old = self.shape().to_vec();
        Ok(Var::record("reshape", value, &[self], move |_o, g, _x| {
            some(g.reshape(&old)?)
        }))
    }

    /// `op(self) · op(b)`, batched; see [`crate::kernels::matmul::matmul`].
    pub fn matmul_t(&self, b: &Var, trans_a: bool, trans_b: bool) -> Result<Var> {
        /// Elements up to which an operand is worth transposing to save a pipeline (4 MiB).
        const SMALL_OPERAND: usize = 1 << 20;
        if needs_f16_cast(self, b) {
            let (a16, b16) = self.f16_pair(b)?;
            return a16.matmul_t(&b16, trans_a, trans_b);
        }
        let value = matmul_kernel(self.value(), b.value(), trans_a, trans_b)?;
        Ok(Var::record(
            "matmul",
            value,
            &[self, b],
            move |_o, g, inp| {
                let (a, b) = (&inp[0], &inp[1]);
                // Each gradient costs as much as the forward product: skip the ones no input
                // needs (e.g. the gradient of a data batch).
                let ga = if a.requires_grad() {
                    let ga = match (trans_a, trans_b) {
                        (false, false) => g.matmul_t(b, false, true)?,
                        (false, true) => g.matmul_t(b, false, false)?,
                        (true, false) => b.matmul_t(g, false, true)?,
                        (true, true) => b.matmul_t(g, true, true)?,
                    };
                    // A 2-d operand shared by a batch gets the sum of the per-batch gradients.
                    Some(ga.sum_leading_to(a.shape())?)
                } else {
                    None
                };
                let gb = if b.requires_grad() {
                    let gb = match (trans_a, trans_b) {
                        // A small shared operand (a conv or linear weight) is transposed
                        // explicitly: the product then reuses the forward's (F, F) kernel,
                        // one pipeline fewer to compile on a cold start (~0.8 s on lavapipe)
                        // for a copy of a few KB; same products, same summation order.
                        (false, false)
                            if a.shape().len() == 2
                                && a.value().numel() <= SMALL_OPERAND
                                && a.value().dtype() == DType::F32 =>
                        {
                            a.transpose_last2()?.matmul(g)?
                        }
                        (false, false) => a.matmul_t(g, true, false)?,
                        (false, true) => g.matmul_t(a, true, false)?,
                        (true, false) => a.matmul_t(g, false, false)?,
                        (true, true) => g.matmul_t(a, true, true)?,
                    };
                    Some(gb.sum_leading_to(b.shape())?)
                } else {
                    None
                };
                Ok(vec![ga, gb])
            },
        ))
    }

    /// `self · b`, batched over leading axes (a 2-d operand is shared by the batch).
    pub fn matmul(&self, b: &Var) -> Result<Var> {
        self.matmul_t(b, false, false)
    }

    /// `x · wᵀ + bias` with PyTorch's Linear layout (`w: [out, in]`).
    pub fn linear(&self, w: &Var, bias: Option<&Var>) -> Result<Var> {
        self.linear_act(w, bias, Activation::Identity)
    }

    /// `act(self · wᵀ + bias)` for `self: [.., in]`, `w: [out, in]`, `bias: [out]`: one kernel on
    /// GPUs (the tiled matmuls fuse bias and activation into their store), the same arithmetic
    /// as separate kernels elsewhere. The backward pass reads the activation's derivative from
    /// the output; its gradients are matmuls and a column sum, so it is twice differentiable.
    pub fn linear_act(&self, w: &Var, bias: Option<&Var>, act: Activation) -> Result<Var> {
        if needs_f16_cast(self, w) {
            let (x16, w16) = self.f16_pair(w)?;
            return x16.linear_act(&w16, bias, act);
        }
        let (xs, ws) = (self.shape().to_vec(), w.shape().to_vec());
        if xs.is_empty() || ws.len() != 2 || xs[xs.len() - 1] != ws[1] {
            return Err(Error::shape(
                "linear",
                format!("input {xs:?} and weight {ws:?} (want [.., in] and [out, in])"),
            ));
        }
        let epi = Epilogue {
            bias: bias.map(|b| b.value()),
            act,
        };
        let value = matmul_epilogue(self.value(), w.value(), false, true, epi)?;
        let mut inputs = vec![self, w];
        inputs.extend(bias);
        let (inp_dim, out_dim) = (ws[1], ws[0]);
        Ok(Var::record("linear", value, &inputs, move |out, g, inp| {
            let gz = g.activation_backward(out, act)?;
            let (x, w) = (&inp[0], &inp[1]);
            let rows = x.value().numel() / inp_dim.max(1);
            let mut grads = vec![
                grad_if(x, || gz.matmul_t(w, false, false))?,
                grad_if(w, || {
                    gz.reshape(&[rows, out_dim])?.matmul_t(
                        &x.reshape(&[rows, inp_dim])?,
                        true,
                        false,
                    )
                })?,
            ];
            if let Some(b) = inp.get(2) {
                grads.push(grad_if(b, || gz.bias_grad(b, gz.shape().len() - 1))?);
            }
            Ok(grads)
        }))
    }

    /// Sum leading batch dimensions away until the shape is `target`.
    fn sum_leading_to(&self, target: &[usize]) -> Result<Var> {
        if self.shape() == target {
            return Ok(self.clone());
        }
        let n: usize = target.iter().product();
        let total = self.value().numel();
        if n == 0 || !total.is_multiple_of(n) {
            return Err(Error::shape(
                "sum_leading",
                format!("{:?} to {target:?}", self.shape()),
            ));
        }
        self.reshape(&[total / n, n])?.sum_axis(0)?.reshape(target)
    }

    fn reduce_view_var(
        &self,
        outer: usize,
        len: usize,
        inner: usize,
        op: Reduce,
        out_shape: &[usize],
    ) -> Result<Var> {
        let (value, _) = reduce_view(self.value(), outer, len, inner, op, out_shape)?;
        let in_shape = self.shape().to_vec();
        let scale = if op == Reduce::Mean {
            1.0 / len.max(1) as f32
        } else {
            1.0
        };
        Ok(Var::record(
            op.name(),
            value,
            &[self],
            move |out, g, x| match op {
                Reduce::Sum | Reduce::Mean => {
                    let e = g.expand_axis(outer, len, inner, &in_shape)?;
                    some(if scale != 1.0 {
                        e.mul_scalar(scale)?
                    } else {
                        e
                    })
                }
                // d||x||/dx = x / ||x|| (0 where the norm is 0, as PyTorch).
                Reduce::L2 => {
                    some(x[0].mul(&g.safe_div(out)?.expand_axis(outer, len, inner, &in_shape)?)?)
                }
                Reduce::Max => Err(Error::Autograd("max has no gradient rule yet".into())),
            },
        ))
    }

    /// `out[o, j, i] = self[o, i]` for `j < len`.
    fn expand_axis(&self, outer: usize, len: usize, inner: usize, shape: &[usize]) -> Result<Var> {
        let value = ew::expand_axis(self.value(), outer, len, inner, shape)?;
        let small = self.shape().to_vec();
        Ok(Var::record(
            "expand_axis",
            value,
            &[self],
            move |_o, g, _x| some(g.reduce_view_var(outer, len, inner, Reduce::Sum, &small)?),
        ))
    }

    fn check_axis(&self, axis: usize, op: &str) -> Result<()> {
        if axis >= self.shape().len() {
            return Err(Error::invalid(
                op,
                format!("axis {axis} of a {}-d tensor", self.shape().len()),
            ));
        }
        Ok(())
    }

    fn reduce_axis_var(&self, axis: usize, op: Reduce) -> Result<Var> {
        self.check_axis(axis, op.name())?;
        let (outer, len, inner) = split_axis(self.shape(), axis);
        let mut shape = self.shape().to_vec();
        shape.remove(axis);
        self.reduce_view_var(outer, len, inner, op, &shape)
    }

    /// Sum over `axis`, which is removed.
    pub fn sum_axis(&self, axis: usize) -> Result<Var> {
        self.reduce_axis_var(axis, Reduce::Sum)
    }
    /// Mean over `axis`, which is removed.
    pub fn mean_axis(&self, axis: usize) -> Result<Var> {
        self.reduce_axis_var(axis, Reduce::Mean)
    }
    /// L2 norm over `axis` (per row for the last axis).
    pub fn norm_axis(&self, axis: usize) -> Result<Var> {
        self.reduce_axis_var(axis, Reduce::L2)
    }
    /// Sum of every element, shape `[1]`.
    pub fn sum(&self) -> Result<Var> {
        self.reduce_view_var(1, self.value().numel(), 1, Reduce::Sum, &[1])
    }
    /// Mean of every element, shape `[1]`.
    pub fn mean(&self) -> Result<Var> {
        self.reduce_view_var(1, self.value().numel(), 1, Reduce::Mean, &[1])
    }

    /// Softmax over the last axis.
    pub fn softmax(&self) -> Result<Var> {
        let value = softmax_rows(self.value(), false)?;
        Ok(Var::record("softmax", value, &[self], |y, g, _x| {
            // dx = y * (g - Σ_row g*y)
            let last = y.shape().len() - 1;
            let s = g.mul(y)?.sum_axis(last)?;
            let s = s.expand_last(y.shape())?;
            some(y.mul(&g.sub(&s)?)?)
        }))
    }

    /// Log-softmax over the last axis.
    pub fn log_softmax(&self) -> Result<Var> {
        let value = softmax_rows(self.value(), true)?;
        Ok(Var::record("log_softmax", value, &[self], |y, g, _x| {
            // dx = g - softmax * Σ_row g
            let last = y.shape().len() - 1;
            let s = g.sum_axis(last)?.expand_last(y.shape())?;
            some(g.sub(&y.exp()?.mul(&s)?)?)
        }))
    }

    /// Repeat a tensor of `shape[..last]` along a new last axis.
    fn expand_last(&self, shape: &[usize]) -> Result<Var> {
        let n = *shape.last().unwrap_or(&1);
        self.expand_axis(self.value().numel(), n, 1, shape)
    }

    /// `-logp[r, t_r]` per row (0 for ignored targets).
    fn nll_gather(&self, targets: &crate::gpu::Tensor, ignore_index: i32) -> Result<Var> {
        let value = ce::nll_gather(self.value(), targets, ignore_index)?;
        let t = targets.clone();
        let shape = self.shape().to_vec();
        Ok(Var::record(
            "nll_gather",
            value,
            &[self],
            move |_o, g, _x| some(g.nll_scatter(&t, ignore_index, &shape)?),
        ))
    }

    fn nll_scatter(
        &self,
        targets: &crate::gpu::Tensor,
        ignore_index: i32,
        shape: &[usize],
    ) -> Result<Var> {
        let classes = *shape.last().unwrap_or(&1);
        let value = ce::nll_scatter(self.value(), targets, classes, ignore_index, shape)?;
        let t = targets.clone();
        Ok(Var::record(
            "nll_scatter",
            value,
            &[self],
            move |_o, g, _x| some(g.nll_gather(&t, ignore_index)?),
        ))
    }
}

/// Mean cross-entropy of `logits: [rows, classes]` against `targets: [rows]` (i32), over the
/// rows whose target is not `ignore_index` (PyTorch's default is -100).
pub fn cross_entropy(logits: &Var, targets: &crate::gpu::Tensor, ignore_index: i32) -> Result<Var> {
    let shape = logits.shape();
    if shape.len() != 2 || targets.numel() != shape[0] {
        return Err(Error::shape(
            "cross_entropy",
            format!(
                "logits {shape:?} with targets {:?} (want [rows, classes] and [rows])",
                targets.shape()
            ),
        ));
    }
    let count = Var::constant(ce::count_valid(targets, shape[1], ignore_index)?);
    logits
        .log_softmax()?
        .nll_gather(targets, ignore_index)?
        .sum()?
        .div(&count)
}
