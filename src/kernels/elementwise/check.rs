//! `wgtrain check` for the elementwise family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::half::round_to_f16;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::elementwise::{self as ew, Binary, Broadcast, Unary};
use crate::kernels::to_f64;

/// Which operands a case uploads as F16 (mixed precision): their values are rounded to f16
/// first, so the twin gets what the GPU holds, and as widening f16 to f32 is exact the bounds
/// are the f32 kernel's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Half {
    a: bool,
    b: bool,
}

const F32: Half = Half { a: false, b: false };

impl Half {
    fn prefix(self) -> &'static str {
        if self.a || self.b {
            "elementwise_f16/"
        } else {
            ""
        }
    }
    fn label(self) -> &'static str {
        match (self.a, self.b) {
            (false, false) => "",
            (true, false) => " a:f16",
            (false, true) => " b:f16",
            (true, true) => " a,b:f16",
        }
    }
}

/// `x` as the GPU will hold it (rounded to f16 with `f16`) and the tensor holding it.
fn upload(gpu: &Gpu, x: Vec<f32>, shape: &[usize], f16: bool) -> Result<(Vec<f32>, Tensor)> {
    if f16 {
        let held: Vec<f32> = x.into_iter().map(round_to_f16).collect();
        let t = Tensor::from_f32_as_f16(gpu, &held, shape)?;
        Ok((held, t))
    } else {
        let t = Tensor::from_f32(gpu, &x, shape)?;
        Ok((x, t))
    }
}

/// The element-wise maps reading F16 operands: unary maps, binary maps with each mix of F16
/// and F32 operands, and the layout maps. Without shader-f16 there are none to check (the
/// adapter's "cannot run" list names them with the reason).
pub(crate) fn check_elementwise_f16(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    if gpu.f16_reason().is_some() {
        return Ok(vec![]);
    }
    let a = Half { a: true, b: false };
    let mut rows = unary_rows(gpu, seed, a)?;
    rows.extend(binary_rows(gpu, seed, true)?);
    rows.extend(broadcast_rows(gpu, seed, Half { a: false, b: true })?);
    rows.extend(expand_rows(gpu, seed, a)?);
    rows.extend(narrow_pad_rows(gpu, seed, a)?);
    rows.extend(swap_middle_rows(gpu, seed, a)?);
    for shader in [&ew::F16_A_SHADER, &ew::F16_B_SHADER, &ew::F16_AB_SHADER] {
        rows.push(params_layout::<ew::ElementwiseParams>(
            "elementwise_f16",
            shader,
            "Params",
        )?);
    }
    Ok(rows)
}

/// Transcendentals get 16 ulp (Vulkan allows exp/log 3 + 2|x| ulp; inputs are within ±5, and
/// tanh/sigmoid are built from exp); exact ops get 1 ulp of rounding.
pub(crate) fn unary_bound(op: Unary) -> f64 {
    match op {
        Unary::Sigmoid | Unary::Tanh | Unary::Exp | Unary::Log | Unary::Sqrt => 16.0 * U,
        _ => U,
    }
}

pub(crate) fn check_unary(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = unary_rows(gpu, seed, F32)?;
    rows.push(params_layout::<
        crate::kernels::elementwise::ElementwiseParams,
    >(
        "elementwise",
        &crate::kernels::elementwise::SHADER,
        "Params",
    )?);
    Ok(rows)
}

fn unary_rows(gpu: &Gpu, seed: u64, half: Half) -> Result<Vec<CheckRow>> {
    use Unary::*;
    let ops = [
        Relu,
        LeakyRelu(0.2),
        Sigmoid,
        Tanh,
        Exp,
        Log,
        Sqrt,
        Clamp(-0.5, 0.7),
        Neg,
        Square,
        AddScalar(1.5),
        MulScalar(-3.0),
        Abs,
        Sign,
    ];
    let mut rows = vec![];
    for (k, n) in lengths(seed).into_iter().enumerate() {
        for op in ops {
            let (lo, hi) = if matches!(op, Log | Sqrt) {
                (0.01, 5.0)
            } else {
                (-5.0, 5.0)
            };
            let (x, t) = upload(gpu, data(seed + k as u64, n, lo, hi), &[n], half.a)?;
            let out = ew::unary(&t, op)?.to_f32()?;
            let r = ew::cpu::unary(&to_f64(&x), op);
            // tanh near 0 is ~x: scale by the input too, so the absolute ulp error of the
            // exp-based formula is measured against the operand's size.
            // Vulkan grants log only absolute precision (2^-21) for inputs in [0.5, 2], where
            // its result is near 0: there the scale is 1.
            let s: Vec<f64> = r
                .iter()
                .map(|r| {
                    if op == Log {
                        r.abs().max(1.0)
                    } else {
                        r.abs().max(1e-6)
                    }
                })
                .collect();
            rows.push(compare(
                &format!("{}unary/{}", half.prefix(), op.name()),
                format!("[{n}]{}", half.label()),
                &out,
                &r,
                &s,
                unary_bound(op),
            ));
        }
    }
    Ok(rows)
}

pub(crate) fn check_binary(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    binary_rows(gpu, seed, false)
}

/// With `f16`, each shape takes the next mix of F16 operands (a, b, both).
fn binary_rows(gpu: &Gpu, seed: u64, f16: bool) -> Result<Vec<CheckRow>> {
    use Binary::*;
    let ops = [
        Add,
        Sub,
        Mul,
        Div,
        SafeDiv,
        ReluGrad,
        LeakyReluGrad(0.2),
        ClampGrad(-0.5, 0.5),
        SigmoidGrad,
        TanhGrad,
        Greater,
    ];
    let mut rows = vec![];
    // (rows, cols, broadcast kind): same shape, scalar, row bias, channel bias.
    let shapes: [(usize, usize, usize); 5] = [
        (1, 1, 1),
        (3, 7, 5),
        (17, 257, 1),
        (64, 300, 9),
        (2, 3, 1000),
    ];
    for (k, &(a0, a1, a2)) in shapes.iter().enumerate() {
        let n = a0 * a1 * a2;
        let half = match (f16, k % 3) {
            (false, _) => F32,
            (true, 0) => Half { a: true, b: false },
            (true, 1) => Half { a: false, b: true },
            (true, _) => Half { a: true, b: true },
        };
        let (x, ta) = upload(
            gpu,
            data(seed + k as u64, n, -2.0, 2.0),
            &[a0, a1, a2],
            half.a,
        )?;
        for (bc, label) in [
            (Broadcast { len: n, inner: 1 }, "same"),
            (Broadcast { len: 1, inner: 1 }, "scalar"),
            (
                Broadcast {
                    len: a1 * a2,
                    inner: 1,
                },
                "rows",
            ),
            (Broadcast { len: a1, inner: a2 }, "channels"),
        ] {
            let mut y = data(seed + 100 + k as u64, bc.len, -2.0, 2.0);
            for v in y.iter_mut() {
                if v.abs() < 0.05 {
                    *v = 0.5; // keep divisions well conditioned
                }
            }
            let (y, tb) = upload(gpu, y, &[bc.len], half.b)?;
            for op in ops {
                let out = ew::binary_broadcast(&ta, &tb, op, bc)?.to_f32()?;
                let (xd, yd) = (to_f64(&x), to_f64(&y));
                let r = ew::cpu::binary(&xd, &yd, op, bc);
                // Up to three rounded operations (4 ulp), measured against the size of the
                // terms: 1 - y² and 1 - y cancel, so their error is relative to 1, not to the
                // result.
                let s: Vec<f64> = r
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let (a, b) = (xd[i].abs(), yd[(i / bc.inner) % bc.len].abs());
                        match op {
                            TanhGrad => a * (1.0 + b * b),
                            SigmoidGrad => a * b * (1.0 + b),
                            _ => r.abs(),
                        }
                        .max(1e-6)
                    })
                    .collect();
                rows.push(compare(
                    &format!("{}binary/{}", half.prefix(), op.name()),
                    format!("[{a0},{a1},{a2}] b:{label}{}", half.label()),
                    &out,
                    &r,
                    &s,
                    4.0 * U,
                ));
            }
        }
    }
    Ok(rows)
}

pub(crate) fn check_broadcast(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    broadcast_rows(gpu, seed, F32)
}

fn broadcast_rows(gpu: &Gpu, seed: u64, half: Half) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, &(outer, len, inner)) in [(1, 1, 1), (5, 3, 7), (300, 257, 1), (2, 64, 1025)]
        .iter()
        .enumerate()
    {
        let (b, tb) = upload(gpu, data(seed + k as u64, len, -1.0, 1.0), &[len], half.b)?;
        let bc = Broadcast { len, inner };
        let n = outer * len * inner;
        let out = ew::broadcast(&tb, bc, &[n])?.to_f32()?;
        let r = ew::cpu::broadcast(&to_f64(&b), bc, n);
        rows.push(compare(
            &format!("{}broadcast", half.prefix()),
            format!("[{len}] -> [{outer},{len},{inner}]{}", half.label()),
            &out,
            &r,
            &abs_scale(&r),
            0.0,
        ));
    }
    Ok(rows)
}

pub(crate) fn check_expand(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    expand_rows(gpu, seed, F32)
}

fn expand_rows(gpu: &Gpu, seed: u64, half: Half) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, &(b, r, c)) in [(1, 1, 1), (2, 3, 5), (16, 256, 1024), (3, 257, 7)]
        .iter()
        .enumerate()
    {
        let (x, t) = upload(
            gpu,
            data(seed + 60 + k as u64, b * r * c, -1.0, 1.0),
            &[b, r, c],
            half.a,
        )?;
        let out = ew::transpose_last2(&t, b, r, c)?.to_f32()?;
        let rf = ew::cpu::transpose_last2(&to_f64(&x), b, r, c);
        rows.push(compare(
            &format!("{}transpose_last2", half.prefix()),
            format!("[{b},{r},{c}]{}", half.label()),
            &out,
            &rf,
            &abs_scale(&rf),
            0.0,
        ));
    }
    for (k, &(outer, len, inner)) in [(1, 1, 1), (5, 3, 7), (300, 257, 1), (1, 1000, 3)]
        .iter()
        .enumerate()
    {
        let (x, t) = upload(
            gpu,
            data(seed + k as u64, outer * inner, -1.0, 1.0),
            &[outer, inner],
            half.a,
        )?;
        let out = ew::expand_axis(&t, outer, len, inner, &[outer, len, inner])?.to_f32()?;
        let r = ew::cpu::expand_axis(&to_f64(&x), outer, len, inner);
        rows.push(compare(
            &format!("{}expand_axis", half.prefix()),
            format!(
                "[{outer},{inner}] -> [{outer},{len},{inner}]{}",
                half.label()
            ),
            &out,
            &r,
            &abs_scale(&r),
            0.0,
        ));
    }
    Ok(rows)
}

pub(crate) fn check_narrow_pad(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    narrow_pad_rows(gpu, seed, F32)
}

fn narrow_pad_rows(gpu: &Gpu, seed: u64, half: Half) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    let cases = [
        (1, 1, 1, 0, 1),
        (256, 32, 1, 16, 16),
        (3, 257, 5, 100, 57),
        (2, 7, 300, 0, 3),
    ];
    for (k, &(outer, full, inner, start, len)) in cases.iter().enumerate() {
        let s = ew::Slice {
            outer,
            full,
            inner,
            start,
            len,
        };
        let (x, t) = upload(
            gpu,
            data(seed + k as u64, outer * full * inner, -1.0, 1.0),
            &[outer, full, inner],
            half.a,
        )?;
        let out = ew::narrow_axis(&t, s, &[outer, len, inner])?.to_f32()?;
        let r = ew::cpu::narrow_axis(&to_f64(&x), s);
        rows.push(compare(
            &format!("{}narrow_axis", half.prefix()),
            format!(
                "[{outer},{full},{inner}][{start}..{}]{}",
                start + len,
                half.label()
            ),
            &out,
            &r,
            &abs_scale(&r),
            0.0,
        ));
        // the slice goes back in (its values are f16 values already with `half.a`)
        let (_, slice) = upload(gpu, out, &[outer, len, inner], half.a)?;
        let back = ew::pad_axis(&slice, s, &[outer, full, inner])?.to_f32()?;
        let r2 = ew::cpu::pad_axis(&r, s);
        rows.push(compare(
            &format!("{}pad_axis", half.prefix()),
            format!("[{outer},{len},{inner}] into {full}{}", half.label()),
            &back,
            &r2,
            &abs_scale(&r2),
            0.0,
        ));
    }
    Ok(rows)
}

/// Axis swap: a pure copy, exact.
pub(crate) fn check_swap_middle(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    swap_middle_rows(gpu, seed, F32)
}

fn swap_middle_rows(gpu: &Gpu, seed: u64, half: Half) -> Result<Vec<CheckRow>> {
    use crate::kernels::elementwise::{cpu, swap_middle};
    let mut rows = vec![];
    for (k, &(a, b, c, d)) in [
        (1, 1, 1, 1),
        (1, 3, 5, 7),
        (2, 49, 24, 64),
        (3, 2, 257, 1),
        (1, 8, 3, 33),
    ]
    .iter()
    .enumerate()
    {
        let (x, t) = upload(
            gpu,
            data(seed + 1600 + k as u64, a * b * c * d, -1.0, 1.0),
            &[a, b, c, d],
            half.a,
        )?;
        let out = swap_middle(&t, a, b, c, d)?.to_f32()?;
        let reference = cpu::swap_middle(&to_f64(&x), a, b, c, d);
        rows.push(compare(
            &format!("{}swap_middle", half.prefix()),
            format!("[{a},{b},{c},{d}]{}", half.label()),
            &out,
            &reference,
            &abs_scale(&reference),
            0.0,
        ));
    }
    Ok(rows)
}
