//! GPU-vs-CPU-twin comparisons for every kernel, used by `wgtrain check` and by the tests.
//!
//! Error model: each output element `i` has a scale `s_i` (for a sum or dot product, the sum
//! of the magnitudes of its terms; for an elementwise map, the magnitude of the result), and
//! the kernel passes when `max_i |gpu_i - ref_i| / s_i <= bound`. The bound is the textbook
//! one for f32 arithmetic: `n * u` for an `n`-term accumulation (u = 2^-24), plus the ULP
//! allowance Vulkan grants transcendental functions. The reference is computed in f64.

use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::adam::{self, AdamHyper};
use crate::kernels::elementwise::{self as ew, Binary, Broadcast, Unary};
use crate::kernels::matmul::Variant;
use crate::kernels::reduce::{self, Reduce};
use crate::kernels::{clip, codebook, cross_entropy as ce, matmul, random, softmax, to_f64};

/// Unit roundoff of f32.
pub const U: f64 = 1.0 / 16_777_216.0;

/// One comparison: a kernel at one shape.
#[derive(Clone, Debug, serde::Serialize)]
pub struct CheckRow {
    /// The kernel (and variant) compared.
    pub kernel: String,
    /// The case: shape and settings.
    pub shape: String,
    /// Largest absolute difference from the f64 reference.
    pub max_abs_err: f64,
    /// ‖gpu − ref‖₂ / ‖ref‖₂
    pub rel_err: f64,
    /// max_i |gpu_i − ref_i| / s_i, compared with `bound`
    pub scaled_err: f64,
    /// The allowed scaled error, from the arithmetic.
    pub bound: f64,
    /// Whether the scaled error is within the bound.
    pub pass: bool,
}

impl CheckRow {
    /// A row for an exact property (a layout, an index set): it passes or fails outright.
    pub fn exact(kernel: &str, shape: String, ok: bool) -> CheckRow {
        CheckRow {
            kernel: kernel.to_string(),
            shape,
            max_abs_err: 0.0,
            rel_err: 0.0,
            scaled_err: if ok { 0.0 } else { f64::INFINITY },
            bound: 0.0,
            pass: ok,
        }
    }

    /// The row, failed outright unless `ok` (an exact property such as indices or a mask,
    /// beside the numeric comparison).
    fn fail_unless(mut self, ok: bool) -> CheckRow {
        if !ok {
            self.pass = false;
            self.scaled_err = f64::INFINITY;
        }
        self
    }
}

/// One kernel family's checks: the name `wgtrain check --kernel` takes, and the function that
/// compares the family's every variant with its f64 twin at representative and awkward
/// shapes (and `seed`'s random ones).
pub struct KernelChecks {
    /// The family.
    pub name: &'static str,
    /// Its comparison rows.
    pub run: fn(&Gpu, u64) -> Result<Vec<CheckRow>>,
}

/// Every kernel family's checks, in the order `wgtrain check` reports them: the one list
/// behind `check`, `check --kernel`, `check --list` and the tests.
pub const CHECKS: &[KernelChecks] = &[
    KernelChecks {
        name: "unary",
        run: check_unary,
    },
    KernelChecks {
        name: "binary",
        run: check_binary,
    },
    KernelChecks {
        name: "broadcast",
        run: check_broadcast,
    },
    KernelChecks {
        name: "expand_axis",
        run: check_expand,
    },
    KernelChecks {
        name: "narrow_pad",
        run: check_narrow_pad,
    },
    KernelChecks {
        name: "reduce",
        run: check_reduce,
    },
    KernelChecks {
        name: "sum_keep_middle",
        run: check_keep_middle,
    },
    KernelChecks {
        name: "matmul",
        run: check_matmul_all,
    },
    KernelChecks {
        name: "conv",
        run: check_conv,
    },
    KernelChecks {
        name: "codebook",
        run: check_codebook,
    },
    KernelChecks {
        name: "pool",
        run: check_pool,
    },
    KernelChecks {
        name: "vq_ema",
        run: check_vq_ema,
    },
    KernelChecks {
        name: "softmax",
        run: check_softmax,
    },
    KernelChecks {
        name: "cross_entropy",
        run: check_cross_entropy,
    },
    KernelChecks {
        name: "random",
        run: check_random,
    },
    KernelChecks {
        name: "multinomial",
        run: check_multinomial,
    },
    KernelChecks {
        name: "sample_logits",
        run: check_sample_logits,
    },
    KernelChecks {
        name: "lstm",
        run: check_lstm,
    },
    KernelChecks {
        name: "gru",
        run: check_gru,
    },
    KernelChecks {
        name: "layer_norm",
        run: check_layer_norm,
    },
    KernelChecks {
        name: "attention",
        run: check_attention,
    },
    KernelChecks {
        name: "batch_norm",
        run: check_batch_norm,
    },
    KernelChecks {
        name: "sobel_edges",
        run: check_sobel,
    },
    KernelChecks {
        name: "cosine_similarity",
        run: check_cosine,
    },
    KernelChecks {
        name: "dropout",
        run: check_dropout,
    },
    KernelChecks {
        name: "swap_middle",
        run: check_swap_middle,
    },
    KernelChecks {
        name: "embedding",
        run: check_embedding,
    },
    KernelChecks {
        name: "adam",
        run: check_adam,
    },
    KernelChecks {
        name: "sgd",
        run: crate::kernels::sgd::check::rows,
    },
    KernelChecks {
        name: "clip_grad_norm",
        run: check_clip,
    },
    KernelChecks {
        name: "peak",
        run: check_peak,
    },
];

/// The names [`CHECKS`] knows.
pub fn kernel_names() -> Vec<&'static str> {
    CHECKS.iter().map(|c| c.name).collect()
}

/// Whether a kernel's output agrees with its f64 reference: the error model of this module.
pub(crate) fn compare(
    kernel: &str,
    shape: String,
    gpu: &[f32],
    reference: &[f64],
    scale: &[f64],
    bound: f64,
) -> CheckRow {
    let mut max_abs: f64 = 0.0;
    let mut scaled: f64 = 0.0;
    let mut diff2 = 0.0;
    let mut ref2 = 0.0;
    let mut nan_mismatch = gpu.len() != reference.len();
    for ((&g, &r), &s) in gpu.iter().zip(reference).zip(scale) {
        let g = g as f64;
        if r.is_nan() || g.is_nan() {
            nan_mismatch |= r.is_nan() != g.is_nan();
            continue;
        }
        let e = (g - r).abs();
        max_abs = max_abs.max(e);
        scaled = scaled.max(e / s.max(f64::MIN_POSITIVE));
        diff2 += e * e;
        ref2 += r * r;
    }
    let rel = if ref2 > 0.0 {
        (diff2 / ref2).sqrt()
    } else {
        diff2.sqrt()
    };
    CheckRow {
        kernel: kernel.to_string(),
        shape,
        max_abs_err: max_abs,
        rel_err: rel,
        scaled_err: if nan_mismatch { f64::INFINITY } else { scaled },
        bound,
        pass: !nan_mismatch && scaled <= bound,
    }
}

/// The members (name, byte offset) and size of the WGSL struct `name` in `source`, as naga
/// lays it out: what a `#[repr(C)]` parameter block must mirror.
pub(crate) fn wgsl_struct_layout(
    source: &str,
    name: &str,
) -> Result<(Vec<(String, usize)>, usize)> {
    let module = naga::front::wgsl::parse_str(source)
        .map_err(|e| crate::Error::invalid("wgsl_struct_layout", e.emit_to_string(source)))?;
    for (_, ty) in module.types.iter() {
        if ty.name.as_deref() != Some(name) {
            continue;
        }
        if let naga::TypeInner::Struct { members, span } = &ty.inner {
            let fields = members
                .iter()
                .map(|m| (m.name.clone().unwrap_or_default(), m.offset as usize))
                .collect();
            return Ok((fields, *span as usize));
        }
    }
    Err(crate::Error::invalid(
        "wgsl_struct_layout",
        format!("the shader has no struct {name}"),
    ))
}

/// Shapes: representative ones, awkward ones (1, odd, primes, not multiples of 256), and a
/// few drawn from `seed`.
fn lengths(seed: u64) -> Vec<usize> {
    let mut v = vec![1, 7, 255, 256, 257, 1000, 65_537];
    let mut s = seed | 1;
    for _ in 0..2 {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        v.push(1 + (s >> 40) as usize % 5000);
    }
    v
}

pub(crate) fn data(seed: u64, n: usize, lo: f64, hi: f64) -> Vec<f32> {
    crate::autograd::gradcheck::test_data(seed, n, lo, hi)
        .iter()
        .map(|&v| v as f32)
        .collect()
}

fn abs_scale(r: &[f64]) -> Vec<f64> {
    r.iter().map(|v| v.abs().max(1e-6)).collect()
}

/// Run the checks for `filter` (all kernels when `None`; a name [`CHECKS`] lacks gives none).
pub fn run(gpu: &Gpu, filter: Option<&str>, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = Vec::new();
    for c in CHECKS.iter().filter(|c| filter.is_none_or(|f| f == c.name)) {
        rows.extend((c.run)(gpu, seed)?);
    }
    Ok(rows)
}

/// Every matmul check.
fn check_matmul_all(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    rows.extend(check_matmul(gpu, seed)?);
    rows.extend(check_matmul_epilogue(gpu, seed)?);
    Ok(rows)
}

/// Transcendentals get 16 ulp (Vulkan allows exp/log 3 + 2|x| ulp; inputs are within ±5, and
/// tanh/sigmoid are built from exp); exact ops get 1 ulp of rounding.
fn unary_bound(op: Unary) -> f64 {
    match op {
        Unary::Sigmoid | Unary::Tanh | Unary::Exp | Unary::Log | Unary::Sqrt => 16.0 * U,
        _ => U,
    }
}

fn check_unary(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
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
            let x = data(seed + k as u64, n, lo, hi);
            let t = Tensor::from_f32(gpu, &x, &[n])?;
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
                &format!("unary/{}", op.name()),
                format!("[{n}]"),
                &out,
                &r,
                &s,
                unary_bound(op),
            ));
        }
    }
    Ok(rows)
}

fn check_binary(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
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
        let x = data(seed + k as u64, n, -2.0, 2.0);
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
            let ta = Tensor::from_f32(gpu, &x, &[a0, a1, a2])?;
            let tb = Tensor::from_f32(gpu, &y, &[bc.len])?;
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
                    &format!("binary/{}", op.name()),
                    format!("[{a0},{a1},{a2}] b:{label}"),
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

fn check_broadcast(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, &(outer, len, inner)) in [(1, 1, 1), (5, 3, 7), (300, 257, 1), (2, 64, 1025)]
        .iter()
        .enumerate()
    {
        let b = data(seed + k as u64, len, -1.0, 1.0);
        let bc = Broadcast { len, inner };
        let n = outer * len * inner;
        let out = ew::broadcast(&Tensor::from_f32(gpu, &b, &[len])?, bc, &[n])?.to_f32()?;
        let r = ew::cpu::broadcast(&to_f64(&b), bc, n);
        rows.push(compare(
            "broadcast",
            format!("[{len}] -> [{outer},{len},{inner}]"),
            &out,
            &r,
            &abs_scale(&r),
            0.0,
        ));
    }
    Ok(rows)
}

fn check_expand(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, &(b, r, c)) in [(1, 1, 1), (2, 3, 5), (16, 256, 1024), (3, 257, 7)]
        .iter()
        .enumerate()
    {
        let x = data(seed + 60 + k as u64, b * r * c, -1.0, 1.0);
        let out =
            ew::transpose_last2(&Tensor::from_f32(gpu, &x, &[b, r, c])?, b, r, c)?.to_f32()?;
        let rf = ew::cpu::transpose_last2(&to_f64(&x), b, r, c);
        rows.push(compare(
            "transpose_last2",
            format!("[{b},{r},{c}]"),
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
        let x = data(seed + k as u64, outer * inner, -1.0, 1.0);
        let t = Tensor::from_f32(gpu, &x, &[outer, inner])?;
        let out = ew::expand_axis(&t, outer, len, inner, &[outer, len, inner])?.to_f32()?;
        let r = ew::cpu::expand_axis(&to_f64(&x), outer, len, inner);
        rows.push(compare(
            "expand_axis",
            format!("[{outer},{inner}] -> [{outer},{len},{inner}]"),
            &out,
            &r,
            &abs_scale(&r),
            0.0,
        ));
    }
    Ok(rows)
}

fn check_narrow_pad(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
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
        let x = data(seed + k as u64, outer * full * inner, -1.0, 1.0);
        let t = Tensor::from_f32(gpu, &x, &[outer, full, inner])?;
        let out = ew::narrow_axis(&t, s, &[outer, len, inner])?;
        let r = ew::cpu::narrow_axis(&to_f64(&x), s);
        rows.push(compare(
            "narrow_axis",
            format!("[{outer},{full},{inner}][{start}..{}]", start + len),
            &out.to_f32()?,
            &r,
            &abs_scale(&r),
            0.0,
        ));
        let back = ew::pad_axis(&out, s, &[outer, full, inner])?.to_f32()?;
        let r2 = ew::cpu::pad_axis(&r, s);
        rows.push(compare(
            "pad_axis",
            format!("[{outer},{len},{inner}] into {full}"),
            &back,
            &r2,
            &abs_scale(&r2),
            0.0,
        ));
    }
    Ok(rows)
}

/// Rounding steps in a sum of `len` terms as our kernels order it: one running sum up to
/// `SERIAL_MAX_LEN`, else 256 strided partial sums and an 8-level tree.
fn sum_terms(len: usize) -> usize {
    if len <= reduce::SERIAL_MAX_LEN {
        len + 1
    } else {
        len.div_ceil(256) + 9
    }
}

/// Σ|x| over each reduced group: the scale of a sum's rounding error.
fn group_abs_sums(x: &[f64], outer: usize, len: usize, inner: usize) -> Vec<f64> {
    let ax: Vec<f64> = x.iter().map(|v| v.abs()).collect();
    reduce::cpu::reduce_view(&ax, outer, len, inner, Reduce::Sum).0
}

fn check_reduce(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    let mut shapes = vec![
        (1, 1, 1),
        (3, 7, 5),
        (1, 65_537, 1),
        (300, 257, 1),
        (2, 1000, 3),
        (7, 1, 9),
    ];
    for (i, len) in lengths(seed).into_iter().enumerate().skip(7) {
        shapes.push((1 + i, len, 2));
    }
    for (k, &(outer, len, inner)) in shapes.iter().enumerate() {
        let x = data(seed + k as u64, outer * len * inner, -1.0, 1.0);
        let t = Tensor::from_f32(gpu, &x, &[outer, len, inner])?;
        let xd = to_f64(&x);
        for op in [Reduce::Sum, Reduce::Mean, Reduce::Max, Reduce::L2] {
            let (out, idx) = reduce::reduce_axis(&t, 1, op)?;
            let (r, ridx) = reduce::cpu::reduce_view(&xd, outer, len, inner, op);
            let shape = format!("[{outer},{len},{inner}] axis 1");
            let gpu_vals = out.to_f32()?;
            let row = match op {
                // Serial path: one running sum of len terms. Tree path: strided partial sums
                // of ≤ ceil(len/256) terms, then an 8-level tree.
                Reduce::Sum | Reduce::Mean => {
                    let mut s = group_abs_sums(&xd, outer, len, inner);
                    if op == Reduce::Mean {
                        s.iter_mut().for_each(|v| *v /= len as f64);
                    }
                    let terms = sum_terms(len);
                    compare(
                        &format!("reduce/{}", op.name()),
                        shape,
                        &gpu_vals,
                        &r,
                        &s,
                        terms as f64 * U,
                    )
                }
                Reduce::L2 => {
                    let terms = sum_terms(len) + 1;
                    // error of sqrt(Σx²) relative to the norm itself: half the sum's bound + sqrt's ulp
                    compare(
                        "reduce/l2_norm",
                        shape,
                        &gpu_vals,
                        &r,
                        &abs_scale(&r),
                        terms as f64 * U,
                    )
                }
                Reduce::Max => {
                    let gi = idx.expect("max returns indices").to_u32()?;
                    compare("reduce/max", shape, &gpu_vals, &r, &abs_scale(&r), 0.0)
                        .fail_unless(gi == ridx)
                }
            };
            rows.push(row);
        }
    }
    Ok(rows)
}

fn check_keep_middle(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, &(outer, len, inner)) in [
        (1, 1, 1),
        (5, 3, 7),
        (256, 64, 1),
        (16, 32, 1024),
        (1, 4, 1),
    ]
    .iter()
    .enumerate()
    {
        let x = data(seed + k as u64, outer * len * inner, -1.0, 1.0);
        let t = Tensor::from_f32(gpu, &x, &[outer * len * inner])?;
        let out = reduce::sum_keep_middle(&t, outer, len, inner, 1.0, &[len])?.to_f32()?;
        let xd = to_f64(&x);
        let r = reduce::cpu::sum_keep_middle(&xd, outer, len, inner, 1.0);
        let ax: Vec<f64> = xd.iter().map(|v| v.abs()).collect();
        let s = reduce::cpu::sum_keep_middle(&ax, outer, len, inner, 1.0);
        let terms = sum_terms(outer * inner);
        rows.push(compare(
            "sum_keep_middle",
            format!("[{outer},{len},{inner}]"),
            &out,
            &r,
            &s,
            terms as f64 * U,
        ));
    }
    Ok(rows)
}

fn check_matmul(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    let mut shapes = vec![
        (1, 1, 1, 1),
        (1, 7, 13, 5),
        (1, 33, 65, 17),
        (3, 31, 29, 37),
        (2, 64, 64, 64),
        (1, 256, 200, 300),
        (1, 128, 1, 257),
        // aligned but not multiples of the 64/128 tiles, for the vec4 and subgroup kernels
        (1, 4, 4, 4),
        (1, 36, 68, 20),
        (3, 12, 20, 8),
        (2, 132, 260, 36),
        // small M (the recurrent steps) over several K steps of the tiled kernels
        (2, 32, 132, 40),
        (3, 16, 68, 36),
        (1, 17, 300, 9),
    ];
    let mut s = seed | 1;
    for _ in 0..2 {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let d = |sh: u64| 1 + ((s >> sh) % 150) as usize;
        shapes.push((1 + ((s >> 60) % 3) as usize, d(10), d(20), d(30)));
    }
    for (k, &(batch, m, n, kk)) in shapes.iter().enumerate() {
        for (ta, tb, variant) in [(false, false), (false, true), (true, false), (true, true)]
            .into_iter()
            .flat_map(|(ta, tb)| Variant::ALL.map(|v| (ta, tb, v)))
        {
            if matmul::pick(gpu, variant, m, n, kk, ta, tb) != Some(variant) {
                continue; // shapes this kernel does not take, or an adapter it cannot run on
            }
            // Shared (2-d) b for the first half of the batched cases.
            let shared_b = batch > 1 && k % 2 == 0;
            let a = data(seed + k as u64, batch * m * kk, -1.0, 1.0);
            let b = data(
                seed + 50 + k as u64,
                if shared_b { 1 } else { batch } * kk * n,
                -1.0,
                1.0,
            );
            let a_shape = if ta {
                vec![batch, kk, m]
            } else {
                vec![batch, m, kk]
            };
            let b_shape = if tb { vec![n, kk] } else { vec![kk, n] };
            let b_shape = if shared_b {
                b_shape
            } else {
                [vec![batch], b_shape].concat()
            };
            let out = matmul::matmul_with(
                &Tensor::from_f32(gpu, &a, &a_shape)?,
                &Tensor::from_f32(gpu, &b, &b_shape)?,
                ta,
                tb,
                variant,
            )?
            .to_f32()?;
            let (ad, bd) = (to_f64(&a), to_f64(&b));
            let r = matmul::cpu::matmul(&ad, &bd, batch, m, n, kk, ta, tb, false, shared_b);
            let aa: Vec<f64> = ad.iter().map(|v| v.abs()).collect();
            let ba: Vec<f64> = bd.iter().map(|v| v.abs()).collect();
            let sc = matmul::cpu::matmul(&aa, &ba, batch, m, n, kk, ta, tb, false, shared_b);
            rows.push(compare(
                &format!("matmul/{}", variant.name()),
                format!(
                    "{batch}x[{m}x{kk}]{}·[{kk}x{n}]{}{}",
                    if ta { "ᵀ" } else { "" },
                    if tb { "ᵀ" } else { "" },
                    if shared_b { " shared b" } else { "" }
                ),
                &out,
                &r,
                &sc,
                (kk + 1) as f64 * U,
            ));
        }
    }
    Ok(rows)
}

/// The bench's peak probes: the fma chains (each step at most two roundings of values within
/// max(|start|, 1), older errors shrinking by a = 0.999; then the offsets and three levels of
/// sums) and the copy (exact).
fn check_peak(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::peak;
    let mut rows = vec![];
    for (t, (n, iters)) in [(4, 1), (12, 7), (4 * 257, 64)].into_iter().enumerate() {
        let x = data(seed + 900 + t as u64, n, -3.0, 3.0);
        let tx = Tensor::from_f32(gpu, &x, &[n])?;
        let xd = to_f64(&x);
        rows.push(compare(
            "peak/fma_chains",
            format!("[{n}] x{iters}"),
            &peak::fma_chains(&tx, iters)?.to_f32()?,
            &peak::cpu::fma_chains(&xd, iters),
            &peak::cpu::fma_scale(&xd),
            (2 * iters + 4) as f64 * U,
        ));
        rows.push(compare(
            "peak/copy",
            format!("[{n}]"),
            &peak::copy(&tx)?.to_f32()?,
            &xd,
            &abs_scale(&xd),
            0.0,
        ));
    }
    Ok(rows)
}

/// `act(a·bᵀ + bias)` (a Linear layer's shape), every matmul variant forced: fused into the
/// tiled kernels' store, separate kernels after the others. ReLU and LeakyReLU are 1-Lipschitz
/// and add at most one rounding, so the bound is the product's plus two (bias add, slope).
fn check_matmul_epilogue(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::epilogue::{Activation, Epilogue};
    let mut rows = vec![];
    for (t, &(m, n, k)) in [(1, 1, 1), (7, 5, 13), (33, 20, 36), (130, 68, 40)]
        .iter()
        .enumerate()
    {
        let (x, w, bias) = (
            data(seed + 700 + t as u64, m * k, -1.0, 1.0),
            data(seed + 720 + t as u64, n * k, -1.0, 1.0),
            data(seed + 740 + t as u64, n, -1.0, 1.0),
        );
        let (xd, wd, bd) = (to_f64(&x), to_f64(&w), to_f64(&bias));
        let (tx, tw, tb) = (
            Tensor::from_f32(gpu, &x, &[m, k])?,
            Tensor::from_f32(gpu, &w, &[n, k])?,
            Tensor::from_f32(gpu, &bias, &[n])?,
        );
        let (act, slope) = if t % 2 == 0 {
            (Activation::Relu, 0.0)
        } else {
            (Activation::LeakyRelu(0.2), 0.2)
        };
        let prod = matmul::cpu::matmul(&xd, &wd, 1, m, n, k, false, true, false, false);
        let reference: Vec<f64> = prod
            .iter()
            .enumerate()
            .map(|(i, v)| v + bd[i % n])
            .map(|v| if v > 0.0 { v } else { slope * v })
            .collect();
        let mut scale =
            matmul::cpu::matmul(&abs(&xd), &abs(&wd), 1, m, n, k, false, true, false, false);
        for (i, s) in scale.iter_mut().enumerate() {
            *s += bd[i % n].abs();
        }
        for v in Variant::ALL {
            if matmul::pick(gpu, v, m, n, k, false, true) != Some(v) {
                continue;
            }
            let epi = Epilogue {
                bias: Some(&tb),
                act,
            };
            let y = matmul::matmul_epilogue_with(&tx, &tw, false, true, epi, v)?.to_f32()?;
            rows.push(compare(
                &format!("matmul_epilogue/{}", v.name()),
                format!("[{m}x{k}]·[{n}x{k}]ᵀ +bias {act:?}"),
                &y,
                &reference,
                &scale,
                (k + 3) as f64 * U,
            ));
        }
    }
    Ok(rows)
}

fn abs(v: &[f64]) -> Vec<f64> {
    v.iter().map(|x| x.abs()).collect()
}

fn check_conv(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::autograd::{no_grad, Var};
    use crate::kernels::conv::{self, ConvGeom, Padding};
    let mut rows = vec![];
    // (n, c, h, w, o, k, stride, padding): the seeds' k4 s2 p1, k3 s1 p1, k1, k3 'same', k5 p2,
    // plus 1x1 images, odd sizes and a stride that does not divide the size.
    let cases = [
        (1, 1, 1, 1, 1, 1, 1, Padding::Symmetric(0)),
        (2, 3, 8, 8, 4, 4, 2, Padding::Symmetric(1)),
        (1, 5, 7, 9, 3, 3, 1, Padding::Symmetric(1)),
        (2, 4, 6, 5, 2, 1, 1, Padding::Symmetric(0)),
        (1, 2, 9, 7, 3, 3, 1, Padding::Same),
        (1, 3, 11, 10, 2, 5, 1, Padding::Symmetric(2)),
        (3, 2, 13, 13, 5, 3, 3, Padding::Symmetric(1)),
        (2, 16, 16, 16, 8, 4, 2, Padding::Symmetric(1)),
    ];
    for (t, &(n, c, h, w, o, k, stride, padding)) in cases.iter().enumerate() {
        let g = ConvGeom::conv2d(n, c, h, w, k, k, stride, padding)?;
        let shape = format!("[{n},{c},{h},{w}] k{k} s{stride} {padding:?}");
        let x = data(seed + t as u64, n * c * h * w, -1.0, 1.0);
        let tx = Tensor::from_f32(gpu, &x, &g.image_shape())?;
        let xd = to_f64(&x);
        let cols = conv::im2col(&tx, &g)?;
        let rc = conv::cpu::im2col(&xd, &g);
        rows.push(compare(
            "conv/im2col",
            shape.clone(),
            &cols.to_f32()?,
            &rc,
            &abs_scale(&rc),
            0.0,
        ));
        let back = conv::col2im(&cols, &g)?.to_f32()?;
        let rb = conv::cpu::col2im(&rc, &g);
        let overlap = k.div_ceil(stride).pow(2);
        rows.push(compare(
            "conv/col2im",
            shape.clone(),
            &back,
            &rb,
            &conv::cpu::col2im(&abs(&rc), &g),
            (overlap + 1) as f64 * U,
        ));
        // conv2d through the autograd ops (im2col, matmul, bias) against a direct convolution.
        let wt = data(seed + 40 + t as u64, o * c * k * k, -1.0, 1.0);
        let b = data(seed + 80 + t as u64, o, -1.0, 1.0);
        let y = no_grad(|| {
            Var::constant(tx.clone()).conv2d(
                &Var::constant(Tensor::from_f32(gpu, &wt, &[o, c, k, k])?),
                Some(&Var::constant(Tensor::from_f32(gpu, &b, &[o])?)),
                stride,
                padding,
            )
        })?;
        let (wd, bd) = (to_f64(&wt), to_f64(&b));
        let r = conv::cpu::conv2d(&xd, &wd, Some(&bd), o, &g);
        let sc = conv::cpu::conv2d(&abs(&xd), &abs(&wd), Some(&abs(&bd)), o, &g);
        rows.push(compare(
            "conv/conv2d",
            format!("{shape} -> {o}"),
            &y.value().to_f32()?,
            &r,
            &sc,
            (c * k * k + 2) as f64 * U,
        ));
    }
    rows.extend(check_conv_variants(gpu, seed)?);
    // conv_transpose2d (n, cin, h, w, cout, k, stride, padding, output_padding): the seeds' k4 s2 p1
    // and k3 s2 p1 op1, plus awkward sizes.
    let tcases = [
        (1, 1, 1, 1, 1, 1, 1, 0, 0),
        (2, 3, 4, 4, 2, 4, 2, 1, 0),
        (1, 4, 5, 3, 3, 3, 2, 1, 1),
        (2, 2, 7, 6, 5, 3, 1, 1, 0),
        (1, 8, 8, 8, 4, 4, 2, 1, 0),
    ];
    for (t, &(n, cin, h, w, cout, k, stride, pad, op)) in tcases.iter().enumerate() {
        let g = ConvGeom::conv_transpose2d(n, cout, h, w, k, stride, pad, op)?;
        let x = data(seed + 120 + t as u64, n * cin * h * w, -1.0, 1.0);
        let wt = data(seed + 160 + t as u64, cin * cout * k * k, -1.0, 1.0);
        let b = data(seed + 200 + t as u64, cout, -1.0, 1.0);
        let y = no_grad(|| {
            Var::constant(Tensor::from_f32(gpu, &x, &[n, cin, h, w])?).conv_transpose2d(
                &Var::constant(Tensor::from_f32(gpu, &wt, &[cin, cout, k, k])?),
                Some(&Var::constant(Tensor::from_f32(gpu, &b, &[cout])?)),
                stride,
                pad,
                op,
            )
        })?;
        let (xd, wd, bd) = (to_f64(&x), to_f64(&wt), to_f64(&b));
        let r = conv::cpu::conv_transpose2d(&xd, &wd, Some(&bd), cin, &g);
        let sc = conv::cpu::conv_transpose2d(&abs(&xd), &abs(&wd), Some(&abs(&bd)), cin, &g);
        let terms = cin + k.div_ceil(stride).pow(2) + 2;
        rows.push(compare(
            "conv/conv_transpose2d",
            format!("[{n},{cin},{h},{w}] -> {cout} k{k} s{stride} p{pad} op{op}"),
            &y.value().to_f32()?,
            &r,
            &sc,
            terms as f64 * U,
        ));
    }
    Ok(rows)
}

/// Every convolution kernel this adapter runs, forced one by one: forward (with a fused bias and
/// ReLU or LeakyReLU), input gradient (= conv_transpose2d) and weight gradient, over awkward
/// geometries and the five models' layers (their channels and k/stride/padding; small images).
fn check_conv_variants(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::conv::{self, ConvGeom, ConvVariant, Padding};
    use crate::kernels::epilogue::{Activation, Epilogue};
    let p = Padding::Symmetric;
    // (label, n, c, h, w, o, k, stride, padding)
    let cases = [
        ("", 1, 1, 1, 1, 1, 1, 1, p(0)),
        ("", 2, 3, 7, 9, 5, 3, 1, p(1)),
        ("", 3, 2, 13, 11, 3, 3, 3, p(1)),
        ("", 1, 5, 9, 7, 33, 4, 2, p(1)),
        ("", 2, 6, 5, 6, 4, 5, 1, p(2)),
        ("", 1, 4, 8, 5, 6, 3, 1, Padding::Same),
        ("vqvae enc0 ", 2, 3, 16, 16, 64, 4, 2, p(1)),
        ("vqvae enc2 ", 1, 64, 8, 8, 128, 4, 2, p(1)),
        ("vqvae res3 ", 1, 128, 4, 4, 32, 3, 1, p(1)),
        ("vqvae res1 ", 1, 32, 4, 4, 128, 1, 1, p(0)),
        ("vaegan trunk ", 2, 3, 12, 12, 16, 3, 1, p(1)),
        ("scene prior ", 1, 3, 16, 16, 32, 3, 1, p(1)),
        ("captioner ", 1, 32, 9, 9, 64, 3, 2, p(1)),
        // K = 3·33·31 = 3069 for the weight gradient: the GPU tiling splits it in two
        ("split-K ", 3, 3, 33, 31, 8, 3, 1, p(1)),
    ];
    let mut rows = vec![];
    for (t, &(label, n, c, h, w, o, k, stride, padding)) in cases.iter().enumerate() {
        let g = ConvGeom::conv2d(n, c, h, w, k, k, stride, padding)?;
        let shape = format!("{label}[{n},{c},{h},{w}] k{k} s{stride} {padding:?} -> {o}");
        let s0 = seed + 300 + 4 * t as u64;
        let (x, wt, b) = (
            data(s0, n * c * h * w, -1.0, 1.0),
            data(s0 + 1, o * c * k * k, -1.0, 1.0),
            data(s0 + 2, o, -1.0, 1.0),
        );
        let dy = data(s0 + 3, n * o * g.ho * g.wo, -1.0, 1.0);
        let (xd, wd, bd, dyd) = (to_f64(&x), to_f64(&wt), to_f64(&b), to_f64(&dy));
        let tx = Tensor::from_f32(gpu, &x, &g.image_shape())?;
        let tw = Tensor::from_f32(gpu, &wt, &[o, c, k, k])?;
        let tb = Tensor::from_f32(gpu, &b, &[o])?;
        let tdy = Tensor::from_f32(gpu, &dy, &[n, o, g.ho, g.wo])?;
        // ReLU and LeakyReLU are 1-Lipschitz and add at most one rounding (the slope product),
        // so the forward bound is the convolution's plus one.
        let (act, slope) = if t % 2 == 0 {
            (Activation::Relu, 0.0)
        } else {
            (Activation::LeakyRelu(0.2), 0.2)
        };
        let fwd_ref: Vec<f64> = conv::cpu::conv2d(&xd, &wd, Some(&bd), o, &g)
            .into_iter()
            .map(|v| if v > 0.0 { v } else { slope * v })
            .collect();
        let fwd_scale = conv::cpu::conv2d(&abs(&xd), &abs(&wd), Some(&abs(&bd)), o, &g);
        let dx_ref = conv::cpu::conv2d_backward_input(&dyd, &wd, o, &g);
        let dx_scale = conv::cpu::conv2d_backward_input(&abs(&dyd), &abs(&wd), o, &g);
        let dw_ref = conv::cpu::conv2d_backward_weight(&xd, &dyd, o, &g);
        let dw_scale = conv::cpu::conv2d_backward_weight(&abs(&xd), &abs(&dyd), o, &g);
        for v in ConvVariant::ALL {
            if v.unsupported_reason(gpu).is_some() {
                continue; // listed by `variants_not_run`
            }
            let epi = Epilogue {
                bias: Some(&tb),
                act,
            };
            let y = conv::conv2d_forward(&tx, &tw, &g, epi, v)?.to_f32()?;
            rows.push(compare(
                &format!("conv/conv2d_forward/{}", v.name()),
                format!("{shape} +bias {act:?}"),
                &y,
                &fwd_ref,
                &fwd_scale,
                (c * k * k + 3) as f64 * U,
            ));
            let dx = conv::conv2d_backward_input(&tdy, &tw, &g, Epilogue::NONE, v)?.to_f32()?;
            rows.push(compare(
                &format!("conv/conv2d_backward_input/{}", v.name()),
                shape.clone(),
                &dx,
                &dx_ref,
                &dx_scale,
                (o * k.div_ceil(stride).pow(2) + 1) as f64 * U,
            ));
            let dw = conv::conv2d_backward_weight(&tx, &tdy, &g, v)?.to_f32()?;
            rows.push(compare(
                &format!("conv/conv2d_backward_weight/{}", v.name()),
                shape.clone(),
                &dw,
                &dw_ref,
                &dw_scale,
                (n * g.ho * g.wo + 1) as f64 * U,
            ));
        }
    }
    Ok(rows)
}

/// The kernel variants this adapter cannot run at all, with the reason (for `check`'s table:
/// a variant that is not checked is named, never silently left out).
pub fn variants_not_run(gpu: &Gpu) -> Vec<(String, String)> {
    crate::kernels::variant_support(gpu)
        .into_iter()
        .filter_map(|(family, v, reason)| {
            // the codebook's rows are named after its one kernel
            let family = if family == "codebook" {
                "codebook/nearest_code"
            } else {
                family
            };
            Some((format!("{family}/{v}"), reason?))
        })
        .collect()
}

/// Nearest-code picks may differ from the f64 reference only between codes whose distances
/// are closer than the f32 error of computing them: ‖x‖² + ‖e‖² − 2x·e has an error of at most
/// (d + 3)·u·(‖x‖² + ‖e‖² + 2Σ|x||e|). The scaled error is the distance gap over that bound.
fn check_codebook(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (t, &(n, k, d, dup)) in [
        (1, 1, 1, false),
        (7, 5, 3, false),
        (100, 33, 17, true),
        (3000, 65, 64, false),
        (257, 512, 256, false),
        (300, 1000, 20, true),
        (129, 129, 6, false),
    ]
    .iter()
    .enumerate()
    {
        let x = data(seed + t as u64, n * d, -1.0, 1.0);
        let mut e = data(seed + 50 + t as u64, k * d, -1.0, 1.0);
        if dup {
            // identical codes: the first must win
            let (a, b) = e.split_at_mut(d);
            b[..d].copy_from_slice(a);
        }
        let (xt, et) = (
            Tensor::from_f32(gpu, &x, &[n, d])?,
            Tensor::from_f32(gpu, &e, &[k, d])?,
        );
        let (xd, ed) = (to_f64(&x), to_f64(&e));
        let reference = codebook::cpu::nearest_code(&xd, &ed, d);
        for variant in Variant::ALL {
            if codebook::pick(gpu, variant, d) != Some(variant) {
                continue; // d not a multiple of 4, or no 8-wide subgroups here
            }
            let picks = codebook::nearest_code_with(&xt, &et, variant)?.to_u32()?;
            let mut worst: f64 = 0.0;
            let mut ok = picks.len() == n;
            for q in 0..n.min(picks.len()) {
                let xq = &xd[q * d..(q + 1) * d];
                let dist = codebook::cpu::distances(xq, &ed, d);
                let pk = picks[q] as usize;
                if pk >= k {
                    ok = false;
                    continue;
                }
                let err = |kk: usize| {
                    let ek = &ed[kk * d..(kk + 1) * d];
                    let mag: f64 = xq.iter().map(|v| v * v).sum::<f64>()
                        + ek.iter().map(|v| v * v).sum::<f64>()
                        + 2.0 * xq.iter().zip(ek).map(|(a, b)| (a * b).abs()).sum::<f64>();
                    (d + 3) as f64 * U * mag
                };
                let r = reference[q] as usize;
                let gap = dist[pk] - dist[r];
                if pk != r {
                    worst = worst.max(gap / (err(pk) + err(r)));
                }
                if dup && r == 1 && pk == 1 {
                    ok = false; // the duplicate of code 0 must never be picked over it
                }
            }
            rows.push(CheckRow {
                kernel: format!("codebook/nearest_code/{}", variant.name()),
                shape: format!("[{n},{d}] vs [{k},{d}]{}", if dup { " dup" } else { "" }),
                max_abs_err: 0.0,
                rel_err: picks.iter().zip(&reference).filter(|(a, b)| a != b).count() as f64
                    / n as f64,
                scaled_err: if ok { worst } else { f64::INFINITY },
                bound: 1.0,
                pass: ok && worst <= 1.0,
            });
        }
        let idx: Vec<u32> = (0..n as u32).map(|i| (i * 7) % (k as u32 + 1)).collect();
        let g = codebook::gather_rows(&et, &Tensor::from_u32(gpu, &idx, &[n])?)?.to_f32()?;
        let rg = codebook::cpu::gather_rows(&ed, &idx, d);
        rows.push(compare(
            "codebook/gather_rows",
            format!("[{k},{d}] x {n}"),
            &g,
            &rg,
            &abs_scale(&rg),
            0.0,
        ));
    }
    Ok(rows)
}

fn check_pool(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::pool::{self, PoolGeom};
    let mut rows = vec![];
    for (t, &(n, c, h, w, k)) in [
        (1, 1, 2, 2, 2),
        (2, 3, 7, 5, 2),
        (1, 4, 64, 64, 2),
        (3, 2, 9, 9, 3),
        (2, 2, 8, 7, 3), // floor mode with leftovers along both axes, k3
    ]
    .iter()
    .enumerate()
    {
        let g = PoolGeom::new(&[n, c, h, w], k)?;
        let x = data(seed + t as u64, n * c * h * w, -1.0, 1.0);
        let tx = Tensor::from_f32(gpu, &x, &[n, c, h, w])?;
        let (v, idx) = pool::max_pool2d(&tx, k)?;
        let (rv, ridx) = pool::cpu::max_pool2d(&to_f64(&x), &g);
        let row = compare(
            "pool/max_pool2d",
            format!("[{n},{c},{h},{w}] k{k}"),
            &v.to_f32()?,
            &rv,
            &abs_scale(&rv),
            0.0,
        );
        rows.push(row.fail_unless(idx.to_u32()? == ridx));
        // Backward: scatter the pooled gradient to the argmax positions.
        let gy = data(seed + 30 + t as u64, rv.len(), -1.0, 1.0);
        let back =
            pool::max_pool2d_backward(&Tensor::from_f32(gpu, &gy, &g.out_shape())?, &idx, g)?
                .to_f32()?;
        let mut rb = vec![0.0; n * c * h * w];
        for (win, (&gv, &i)) in gy.iter().zip(&ridx).enumerate() {
            let plane = win / (g.ho() * g.wo());
            rb[plane * h * w + i as usize] = gv as f64;
        }
        rows.push(compare(
            "pool/max_pool2d_backward",
            format!("[{n},{c},{h},{w}] k{k}"),
            &back,
            &rb,
            &abs_scale(&rb),
            0.0,
        ));
        let gathered = pool::max_pool2d_gather(&tx, &idx, g)?.to_f32()?;
        rows.push(compare(
            "pool/max_pool2d_gather",
            format!("[{n},{c},{h},{w}] k{k}"),
            &gathered,
            &rv,
            &abs_scale(&rv),
            0.0,
        ));
    }
    Ok(rows)
}

/// Bounds: the cluster sizes go through one K-term sum (the total); each code's input sum has at
/// most N terms; the codebook divides the two; the perplexity's entropy is a K-term sum of
/// logs (16 ulp each), whose absolute error becomes a relative error through exp.
fn check_vq_ema(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::vq_ema::{self, EmaState};
    let mut rows = vec![];
    for (t, &(n, k, d, zero_cluster)) in [
        (1, 1, 1, false),
        (7, 5, 3, true),
        (300, 64, 16, true),
        (1000, 257, 8, false),
    ]
    .iter()
    .enumerate()
    {
        let x = data(seed + t as u64, n * d, -1.0, 1.0);
        let idx: Vec<u32> = (0..n)
            .map(|i| ((i * 7 + t) % k.min(n.max(1) / 2 + 1).max(1)) as u32)
            .collect();
        let cluster0: Vec<f32> = if zero_cluster {
            vec![0.0; k]
        } else {
            data(seed + 10, k, 0.5, 2.0)
        };
        let w0 = data(seed + 20, k * d, -1.0, 1.0);
        let cb0 = data(seed + 30, k * d, -1.0, 1.0);
        let (c_t, w_t, cb_t) = (
            Tensor::from_f32(gpu, &cluster0, &[k])?,
            Tensor::from_f32(gpu, &w0, &[k, d])?,
            Tensor::from_f32(gpu, &cb0, &[k, d])?,
        );
        let ppl = vq_ema::ema_update(
            &Tensor::from_f32(gpu, &x, &[n, d])?,
            &Tensor::from_u32(gpu, &idx, &[n])?,
            &EmaState {
                cluster_size: &c_t,
                ema_w: &w_t,
                codebook: &cb_t,
            },
            0.99,
            1e-5,
        )?;
        let (mut c, mut w, mut cb) = (to_f64(&cluster0), to_f64(&w0), to_f64(&cb0));
        let rp = vq_ema::cpu::ema_update(&to_f64(&x), &idx, &mut c, &mut w, &mut cb, d, 0.99, 1e-5);
        // the same update on magnitudes: the scale of each output's rounding
        let (mut ca, mut wa, mut cba) = (to_f64(&cluster0), abs(&to_f64(&w0)), to_f64(&cb0));
        vq_ema::cpu::ema_update(
            &abs(&to_f64(&x)),
            &idx,
            &mut ca,
            &mut wa,
            &mut cba,
            d,
            0.99,
            1e-5,
        );
        let shape = format!(
            "x [{n},{d}], {k} codes{}",
            if zero_cluster { ", cold start" } else { "" }
        );
        rows.push(compare(
            "vq_ema/cluster_size",
            shape.clone(),
            &c_t.to_f32()?,
            &c,
            &abs_scale(&c),
            (k + 8) as f64 * U,
        ));
        rows.push(compare(
            "vq_ema/ema_w",
            shape.clone(),
            &w_t.to_f32()?,
            &w,
            &wa,
            (n + 4) as f64 * U,
        ));
        let cb_scale: Vec<f64> = wa.iter().enumerate().map(|(i, v)| v / c[i / d]).collect();
        rows.push(compare(
            "vq_ema/codebook",
            shape.clone(),
            &cb_t.to_f32()?,
            &cb,
            &cb_scale,
            (n + k + 12) as f64 * U,
        ));
        let h_abs: f64 = (0..k)
            .map(|kk| idx.iter().filter(|&&v| v as usize == kk).count() as f64 / n as f64)
            .map(|p| (p * (p + 1e-10).ln()).abs())
            .sum();
        rows.push(compare(
            "vq_ema/perplexity",
            shape,
            &ppl.to_f32()?,
            &[rp],
            &[rp * h_abs.max(1.0)],
            (k + 32) as f64 * U,
        ));
    }
    Ok(rows)
}

fn check_softmax(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, &(r, n)) in [(1, 1), (3, 7), (17, 257), (64, 4096), (5, 1000), (1000, 3)]
        .iter()
        .enumerate()
    {
        let x = data(seed + k as u64, r * n, -8.0, 8.0);
        let t = Tensor::from_f32(gpu, &x, &[r, n])?;
        for log in [false, true] {
            let out = softmax::softmax_rows(&t, log)?.to_f32()?;
            let rf = softmax::cpu::softmax_rows(&to_f64(&x), n, log);
            // exp (16 ulp) in the numerator and in every term of the sum, the sum's own rounding,
            // one division; log-softmax subtracts log-sum-exp, whose error is absolute, so
            // scale it by max(|y|, 1).
            let s: Vec<f64> = rf
                .iter()
                .map(|v| {
                    if log {
                        v.abs().max(1.0)
                    } else {
                        v.abs().max(1e-30)
                    }
                })
                .collect();
            let bound = (16 + 16 + 1 + sum_terms(n)) as f64 * U;
            rows.push(compare(
                if log { "log_softmax" } else { "softmax" },
                format!("[{r},{n}]"),
                &out,
                &rf,
                &s,
                bound,
            ));
        }
    }
    Ok(rows)
}

fn check_cross_entropy(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, &(r, c)) in [(1, 1), (5, 7), (64, 4096), (300, 10)].iter().enumerate() {
        let logp = data(seed + k as u64, r * c, -5.0, 0.0);
        let targets: Vec<i32> = (0..r)
            .map(|i| {
                if i % 4 == 3 {
                    -100
                } else {
                    ((i * 7 + k) % c) as i32
                }
            })
            .collect();
        let tl = Tensor::from_f32(gpu, &logp, &[r, c])?;
        let tt = Tensor::from_i32(gpu, &targets, &[r])?;
        let out = ce::nll_gather(&tl, &tt, -100)?.to_f32()?;
        let rf = ce::cpu::nll_gather(&to_f64(&logp), &targets, c, -100);
        rows.push(compare(
            "cross_entropy/nll_gather",
            format!("[{r},{c}]"),
            &out,
            &rf,
            &abs_scale(&rf),
            0.0,
        ));
        let g = data(seed + 9, r, -1.0, 1.0);
        let out =
            ce::nll_scatter(&Tensor::from_f32(gpu, &g, &[r])?, &tt, c, -100, &[r, c])?.to_f32()?;
        let rf = ce::cpu::nll_scatter(&to_f64(&g), &targets, c, -100);
        rows.push(compare(
            "cross_entropy/nll_scatter",
            format!("[{r},{c}]"),
            &out,
            &rf,
            &abs_scale(&rf),
            0.0,
        ));
        let out = ce::count_valid(&tt, c, -100)?.to_f32()?;
        let rf = [ce::cpu::count_valid(&targets, c, -100)];
        rows.push(compare(
            "cross_entropy/count_valid",
            format!("[{r}]"),
            &out,
            &rf,
            &abs_scale(&rf),
            0.0,
        ));
    }
    Ok(rows)
}

fn check_random(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, n) in [1usize, 7, 1000, 65_537].into_iter().enumerate() {
        let key = random::RngKey {
            seed: seed ^ 0xDEAD_BEEF_1234,
            stream: k as u32,
            offset: 17 * k as u32,
        };
        let out = random::uniform(gpu, &[n], key, -2.0, 3.0)?.to_f32()?;
        let r = random::cpu::uniform(n, key, -2.0, 3.0);
        // low + (high - low) u rounds relative to its terms (≤ 3 in size), not to the result.
        rows.push(compare(
            "random/uniform",
            format!("[{n}]"),
            &out,
            &r,
            &vec![3.0; n],
            2.0 * U,
        ));
        let out = random::normal(gpu, &[n], key, 0.5, 2.0)?.to_f32()?;
        let r = random::cpu::normal(n, key, 0.5, 2.0);
        // log, sqrt, cos at 16 ulp each; cos near its zeros has absolute, not relative, error:
        // scale by the std (2.0) times the radius sqrt(-2 ln u1) ≤ 5.8.
        let s: Vec<f64> = r.iter().map(|_| 2.0 * 5.8).collect();
        rows.push(compare(
            "random/normal",
            format!("[{n}]"),
            &out,
            &r,
            &s,
            64.0 * U,
        ));
    }
    Ok(rows)
}

fn check_multinomial(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, &(r, c)) in [(1, 1), (3, 7), (64, 4096), (100, 5)].iter().enumerate() {
        let mut w = data(seed + k as u64, r * c, 0.0, 1.0);
        if c > 2 {
            w[1] = 0.0; // zero-weight categories must never be drawn
        }
        let key = random::RngKey {
            seed: seed + 3,
            stream: 2,
            offset: 0,
        };
        let out = random::multinomial(&Tensor::from_f32(gpu, &w, &[r, c])?, key)?.to_u32()?;
        let rf = random::cpu::multinomial(&w, c, key);
        let o: Vec<f32> = out.iter().map(|&v| v as f32).collect();
        let rd: Vec<f64> = rf.iter().map(|&v| v as f64).collect();
        // Same f32 arithmetic in the same order: the picks must agree exactly.
        rows.push(compare(
            "multinomial",
            format!("[{r},{c}]"),
            &o,
            &rd,
            &vec![1.0; r],
            0.0,
        ));
    }
    Ok(rows)
}

fn check_adam(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    // Adam, Adam with its L2 weight decay, AdamW's decoupled decay.
    let kinds = [("", 0.0, false), (" l2", 0.1, false), (" adamw", 0.1, true)];
    for (k, n) in [1usize, 4, 7, 257, 1028, 10_000].into_iter().enumerate() {
        let (label, weight_decay, decoupled) = kinds[k % kinds.len()];
        let h = AdamHyper {
            lr: 1e-2,
            weight_decay,
            decoupled,
            ..AdamHyper::default()
        };
        let p0 = data(seed + k as u64, n, -1.0, 1.0);
        let p = Tensor::from_f32(gpu, &p0, &[n])?;
        let m = ew::fill(gpu, &[n], 0.0)?;
        let v = ew::fill(gpu, &[n], 0.0)?;
        let (mut pr, mut mr, mut vr) = (to_f64(&p0), vec![0.0; n], vec![0.0; n]);
        for t in 1..=3u64 {
            let g = data(seed + 10 * t + k as u64, n, -1.0, 1.0);
            adam::adam_step(&p, &Tensor::from_f32(gpu, &g, &[n])?, &m, &v, h, t)?;
            adam::cpu::adam_step(&mut pr, &to_f64(&g), &mut mr, &mut vr, h, t);
        }
        let out = p.to_f32()?;
        // Each step changes p by at most ~lr; its own rounding is a few ulp of lr on top of
        // the ulp of p: scale by |p| + lr, 3 steps x 8 ulp. Weight decay adds two roundings a
        // step (the f32 decay factor or L2 term, and its product with p): 3 x 10 ulp.
        let s: Vec<f64> = pr.iter().map(|v| v.abs() + h.lr).collect();
        let ulps = if weight_decay == 0.0 { 24.0 } else { 30.0 };
        rows.push(compare(
            "adam",
            format!("[{n}] x3 steps{label}"),
            &out,
            &pr,
            &s,
            ulps * U,
        ));
    }
    Ok(rows)
}

fn check_clip(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, sizes) in [vec![1usize], vec![7, 300, 1], vec![10_000, 65_537]]
        .into_iter()
        .enumerate()
    {
        for max_norm in [0.5f32, 1e6] {
            let host: Vec<Vec<f32>> = sizes
                .iter()
                .enumerate()
                .map(|(i, &n)| data(seed + (k * 10 + i) as u64, n, -1.0, 1.0))
                .collect();
            let tensors: Vec<Tensor> = host
                .iter()
                .map(|h| Tensor::from_f32(gpu, h, &[h.len()]))
                .collect::<Result<_>>()?;
            let refs: Vec<&Tensor> = tensors.iter().collect();
            let coef = clip::clip_grad_norm(&refs, max_norm)?.to_f32()?;
            let mut r: Vec<Vec<f64>> = host.iter().map(|h| to_f64(h)).collect();
            let (rc, rt) = clip::cpu::clip_grad_norm(&mut r, max_norm as f64);
            let mut out = coef.clone();
            let mut rf = vec![rc, rt];
            for (t, rr) in tensors.iter().zip(&r) {
                out.extend(t.to_f32()?);
                rf.extend(rr);
            }
            // per-tensor norms (a sum each), the sum of their squares, sqrt, divide, scale
            let terms = sum_terms(*sizes.iter().max().unwrap()) + sizes.len() + 8;
            rows.push(compare(
                "clip_grad_norm",
                format!("{sizes:?} max {max_norm}"),
                &out,
                &rf,
                &abs_scale(&rf),
                terms as f64 * U,
            ));
        }
    }
    Ok(rows)
}

/// A recurrent layer's random case: x, dy and the four weights (host f32 and GPU tensors) for
/// `gates` gates (LSTM 4, GRU 3).
struct RnnCase {
    host: [Vec<f32>; 6],
    x: Tensor,
    dy: Tensor,
    w: [Tensor; 4],
}

fn rnn_case(
    gpu: &Gpu,
    sd: u64,
    gates: usize,
    (b, t, i, h): (usize, usize, usize, usize),
) -> Result<RnnCase> {
    let g = gates * h;
    let host = [
        data(sd, b * t * i, -1.0, 1.0),
        data(sd + 1, g * i, -0.3, 0.3),
        data(sd + 2, g * h, -0.3, 0.3),
        data(sd + 3, g, -0.3, 0.3),
        data(sd + 4, g, -0.3, 0.3),
        data(sd + 5, b * t * h, -1.0, 1.0),
    ];
    let up = |k: usize, shape: &[usize]| Tensor::from_f32(gpu, &host[k], shape);
    Ok(RnnCase {
        x: up(0, &[b, t, i])?,
        w: [up(1, &[g, i])?, up(2, &[g, h])?, up(3, &[g])?, up(4, &[g])?],
        dy: up(5, &[b, t, h])?,
        host,
    })
}

/// LSTM layer forward and backward through time against the f64 twins. Each pre-activation is
/// a sum of I + H + 2 products (n·u relative to Σ|terms|, which weights in ±0.3 and inputs in
/// ±1 keep below I + H + 2); σ and tanh have slopes ≤ 1, so an error carried through the
/// recurrence grows at most additively per step: forward bound (I + H + 2 + 16)·T·u of the
/// magnitude max(|y|, 1) (16 ulp for exp). Backward sums run over 4H terms per step and B·T
/// terms for the weight gradients, with the same propagation: (4H + B·T + I + H + 16)·T·u.
fn check_lstm(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::lstm::{self, LstmSaved, RecurrentWeights};
    let mut rows = vec![];
    for (k, &(b, t, i, h)) in [
        (1, 1, 1, 1),
        (3, 5, 7, 6),
        (2, 9, 16, 33),
        (5, 4, 20, 64),
        (2, 3, 9, 130),
    ]
    .iter()
    .enumerate()
    {
        let c = rnn_case(gpu, seed + 900 + 10 * k as u64, 4, (b, t, i, h))?;
        let [x, wi, wh, bi, bh, dy] = &c.host;
        let xt = &c.x;
        let w = RecurrentWeights::of([&c.w[0], &c.w[1], &c.w[2], &c.w[3]]);
        let saved: LstmSaved = lstm::lstm_forward(xt, &w)?;
        let f64s = |v: &[f32]| to_f64(v);
        let (rh, rc, rg) = lstm::cpu::lstm_forward(
            &f64s(x),
            &f64s(wi),
            &f64s(wh),
            &f64s(bi),
            &f64s(bh),
            b,
            t,
            i,
            h,
        );
        let shape = format!("B{b} T{t} I{i} H{h}");
        let fwd_bound = ((i + h + 2 + 16) * t) as f64 * U;
        let mag = |r: &[f64]| r.iter().map(|v| v.abs().max(1.0)).collect::<Vec<_>>();
        for (name, g, r) in [
            ("lstm/forward h", &saved.h, &rh),
            ("lstm/forward cell", &saved.cell, &rc),
            ("lstm/forward gates", &saved.gates, &rg),
        ] {
            rows.push(compare(
                name,
                shape.clone(),
                &g.to_f32()?,
                r,
                &mag(r),
                fwd_bound,
            ));
        }
        let grads = lstm::lstm_backward(xt, &w, &saved, &c.dy, true)?;
        let dx = grads.dx.clone().expect("asked for dx");
        let (rdx, rdwi, rdwh, rdb) = lstm::cpu::lstm_backward(
            &f64s(x),
            &f64s(wi),
            &f64s(wh),
            &f64s(bi),
            &f64s(bh),
            &f64s(dy),
            b,
            t,
            i,
            h,
        );
        let bwd_bound = ((4 * h + b * t + i + h + 16) * t) as f64 * U;
        for (name, g, r) in [
            ("lstm/backward dx", &dx, &rdx),
            ("lstm/backward dw_ih", &grads.dw_ih, &rdwi),
            ("lstm/backward dw_hh", &grads.dw_hh, &rdwh),
            ("lstm/backward db", &grads.db, &rdb),
        ] {
            rows.push(compare(
                name,
                shape.clone(),
                &g.to_f32()?,
                r,
                &mag(r),
                bwd_bound,
            ));
        }
        // Sampling windows: shorter than, equal to and longer than the window.
        let stride = 1 + t * 3;
        let toks: Vec<u32> = (0..b * stride).map(|v| (v * 7 % 50) as u32).collect();
        let tt = Tensor::from_u32(gpu, &toks, &[b, stride])?;
        for len in [1, t, stride] {
            let win = t + 1;
            let got = lstm::context_window(&tt, len, win, 4097)?.to_u32()?;
            let want = lstm::cpu::context_window(&toks, stride, len, win, 4097);
            let same = got == want;
            rows.push(CheckRow {
                kernel: "lstm/context_window".into(),
                shape: format!("[{b},{stride}] len {len} window {win}"),
                max_abs_err: 0.0,
                rel_err: if same { 0.0 } else { 1.0 },
                scaled_err: if same { 0.0 } else { f64::INFINITY },
                bound: 0.0,
                pass: same,
            });
        }
    }
    Ok(rows)
}

/// softmax(l / T) + multinomial in one pass. The pick must be a category whose CDF interval,
/// computed in f64, contains the row's uniform, up to the f32 error of the running sum:
/// (cols + 16)·u of the total (16 ulp per exp). Most picks must match the f64 inverse CDF.
fn check_sample_logits(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::random::{self, RngKey};
    let mut rows = vec![];
    for (k, &(r, c, temp)) in [
        (1, 1, 1.0),
        (7, 3, 0.8),
        (64, 4096, 0.8),
        (300, 10, 2.0),
        (33, 257, 0.05),
    ]
    .iter()
    .enumerate()
    {
        let l = data(seed + 1100 + k as u64, r * c, -6.0, 6.0);
        let key = RngKey {
            seed: seed + 77,
            stream: 3,
            offset: 11 * k as u32,
        };
        let lt = Tensor::from_f32(gpu, &l, &[r, c])?;
        let tokens = Tensor::from_u32(gpu, &vec![u32::MAX; r * 3], &[r, 3])?;
        random::sample_logits(&lt, temp, key, &tokens, 1)?;
        let got = tokens.to_u32()?;
        let reference = random::cpu::sample_logits_reference(&l, c, temp as f64, key);
        let tol = (c + 16) as f64 * U;
        let (mut ok, mut worst, mut differ) = (true, 0.0f64, 0usize);
        for (row, (p, u)) in reference.iter().enumerate() {
            // untouched neighbours prove the write went to column 1 only
            ok &= got[row * 3] == u32::MAX && got[row * 3 + 2] == u32::MAX;
            let pick = got[row * 3 + 1] as usize;
            if pick >= c {
                ok = false;
                continue;
            }
            let lo: f64 = p[..pick].iter().sum();
            let hi = lo + p[pick];
            let miss = (lo - u).max(u - hi).max(0.0);
            worst = worst.max(miss / tol);
            let mut cum = 0.0;
            let exact = p.iter().position(|v| {
                cum += v;
                *u < cum
            });
            differ += (exact != Some(pick)) as usize;
        }
        rows.push(CheckRow {
            kernel: "sample_logits".into(),
            shape: format!("[{r},{c}] T={temp}"),
            max_abs_err: 0.0,
            rel_err: differ as f64 / r as f64,
            scaled_err: if ok { worst } else { f64::INFINITY },
            bound: 1.0,
            pass: ok && worst <= 1.0,
        });
    }
    Ok(rows)
}

/// Embedding backward: serial per-row sums of up to n gradient rows ((n + 1)·u of Σ|terms|),
/// run twice to prove the order is fixed (bit-identical results).
fn check_embedding(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::embedding;
    let mut rows = vec![];
    for (t, &(n, k, d)) in [
        (1, 1, 1),
        (7, 5, 3),
        (300, 17, 33),
        (2048, 4098, 256),
        (257, 1000, 5),
    ]
    .iter()
    .enumerate()
    {
        let g = data(seed + 1200 + t as u64, n * d, -1.0, 1.0);
        // a few indices past the table (dropped), many repeats
        let idx: Vec<u32> = (0..n)
            .map(|i| ((i * 2_654_435_761usize) >> 7) as u32 % (k as u32 + 1))
            .collect();
        let gt = Tensor::from_f32(gpu, &g, &[n, d])?;
        let it = Tensor::from_u32(gpu, &idx, &[n])?;
        let out = embedding::embedding_backward(&gt, &it, k)?.to_f32()?;
        let again = embedding::embedding_backward(&gt, &it, k)?.to_f32()?;
        let gd = to_f64(&g);
        let reference = embedding::cpu::embedding_backward(&gd, &idx, k, d);
        let magnitude = embedding::cpu::embedding_backward(
            &gd.iter().map(|v| v.abs()).collect::<Vec<_>>(),
            &idx,
            k,
            d,
        );
        let scale: Vec<f64> = magnitude.iter().map(|v| v.max(1e-30)).collect();
        let row = compare(
            "embedding/backward",
            format!("{n} indices into [{k},{d}]"),
            &out,
            &reference,
            &scale,
            (n + 1) as f64 * U,
        );
        let repeatable = out
            .iter()
            .zip(&again)
            .all(|(a, b)| a.to_bits() == b.to_bits());
        rows.push(row.fail_unless(repeatable));
    }
    Ok(rows)
}

/// GRU layer forward and backward through time against the f64 twins; bounds as for the LSTM
/// (pre-activations of I + H + 2 terms, 3H-term sums per step backward, B·T terms for the
/// weight gradients, errors carried additively through T steps).
fn check_gru(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::gru;
    use crate::kernels::lstm::RecurrentWeights;
    let mut rows = vec![];
    for (k, &(b, t, i, h)) in [
        (1, 1, 1, 1),
        (3, 5, 7, 6),
        (2, 9, 16, 33),
        (4, 3, 300, 20),
        (2, 4, 5, 130),
    ]
    .iter()
    .enumerate()
    {
        let c = rnn_case(gpu, seed + 1300 + 10 * k as u64, 3, (b, t, i, h))?;
        let [x, wi, wh, bi, bh, dy] = &c.host;
        let xt = &c.x;
        let w = RecurrentWeights::of([&c.w[0], &c.w[1], &c.w[2], &c.w[3]]);
        let saved = gru::gru_forward(xt, &w)?;
        let d = |v: &[f32]| to_f64(v);
        let (xd, wid, whd, bid, bhd) = (d(x), d(wi), d(wh), d(bi), d(bh));
        let rh = gru::cpu::gru_forward(&xd, &wid, &whd, &bid, &bhd, b, t, i, h);
        let shape = format!("B{b} T{t} I{i} H{h}");
        let mag = |r: &[f64]| r.iter().map(|v| v.abs().max(1.0)).collect::<Vec<_>>();
        let fwd_bound = ((i + h + 2 + 16) * t) as f64 * U;
        rows.push(compare(
            "gru/forward h",
            shape.clone(),
            &saved.h.to_f32()?,
            &rh,
            &mag(&rh),
            fwd_bound,
        ));
        let grads = gru::gru_backward(xt, &w, &saved, &c.dy, true)?;
        let dx = grads.dx.clone().expect("asked for dx");
        let (rdx, rdwi, rdwh, rdbi, rdbh) =
            gru::cpu::gru_backward(&xd, &wid, &whd, &bid, &bhd, &d(dy), b, t, i, h);
        let bwd_bound = ((3 * h + b * t + i + h + 16) * t) as f64 * U;
        for (name, g, r) in [
            ("gru/backward dx", &dx, &rdx),
            ("gru/backward dw_ih", &grads.dw_ih, &rdwi),
            ("gru/backward dw_hh", &grads.dw_hh, &rdwh),
            ("gru/backward db_ih", &grads.db_ih, &rdbi),
            ("gru/backward db_hh", &grads.db_hh, &rdbh),
        ] {
            rows.push(compare(
                name,
                shape.clone(),
                &g.to_f32()?,
                r,
                &mag(r),
                bwd_bound,
            ));
        }
    }
    Ok(rows)
}

/// LayerNorm: the mean and the variance are sums of D terms ((D + 1)·u each), the root and the
/// division a few ulp. x − mean cancels: its error is (D + 1)·u·max|x_row|, so xhat's error is
/// that times rstd (the row's conditioning c = max|x_row|·rstd) plus (2D + 8)·u·|xhat|. The
/// scales are therefore max(|y|, 1) + |gamma|·c for y, and 2·rstd·max(1, c)·max|dy ⊙ gamma| of
/// the row for dx (its two row sums see the same xhat error); bound (4D + 16)·u.
fn check_layer_norm(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::layer_norm as ln;
    let mut rows = vec![];
    for (k, &(r, d)) in [(1, 1), (3, 7), (98, 512), (65, 257), (1000, 3)]
        .iter()
        .enumerate()
    {
        let sd = seed + 1400 + 10 * k as u64;
        let x = data(sd, r * d, -3.0, 5.0);
        let w = data(sd + 1, d, 0.5, 1.5);
        let b = data(sd + 2, d, -0.5, 0.5);
        let dy = data(sd + 3, r * d, -1.0, 1.0);
        let (xt, wt, bt) = (
            Tensor::from_f32(gpu, &x, &[r, d])?,
            Tensor::from_f32(gpu, &w, &[d])?,
            Tensor::from_f32(gpu, &b, &[d])?,
        );
        let (y, saved) = ln::layer_norm_forward(&xt, &wt, &bt, 1e-5)?;
        let (ry, rxh, rrs) = ln::cpu::layer_norm(&to_f64(&x), &to_f64(&w), &to_f64(&b), 1e-5);
        let bound = (4 * d + 16) as f64 * U;
        let (xd, wd, dyd) = (to_f64(&x), to_f64(&w), to_f64(&dy));
        let cond: Vec<f64> = xd
            .chunks(d)
            .zip(&rrs)
            .map(|(row, rs)| row.iter().fold(0.0f64, |m, v| m.max(v.abs())) * rs)
            .collect();
        let y_scale: Vec<f64> = ry
            .iter()
            .enumerate()
            .map(|(i, v)| v.abs().max(1.0) + wd[i % d].abs() * cond[i / d])
            .collect();
        let shape = format!("[{r},{d}]");
        rows.push(compare(
            "layer_norm/forward",
            shape.clone(),
            &y.to_f32()?,
            &ry,
            &y_scale,
            bound,
        ));
        rows.push(compare(
            "layer_norm/rstd",
            shape.clone(),
            &saved.rstd.to_f32()?,
            &rrs,
            &abs_scale(&rrs),
            bound,
        ));
        let dx = ln::layer_norm_backward_input(&Tensor::from_f32(gpu, &dy, &[r, d])?, &wt, &saved)?;
        let rdx = ln::cpu::layer_norm_backward_input(&dyd, &wd, &rxh, &rrs);
        let scale: Vec<f64> = (0..r * d)
            .map(|i| {
                let row = i / d;
                let gmax = (0..d).fold(0.0f64, |m, j| m.max((dyd[row * d + j] * wd[j]).abs()));
                2.0 * rrs[row] * cond[row].max(1.0) * gmax.max(1e-30)
            })
            .collect();
        rows.push(compare(
            "layer_norm/backward dx",
            shape,
            &dx.to_f32()?,
            &rdx,
            &scale,
            bound,
        ));
    }
    Ok(rows)
}

/// Dropout: the same Threefry bits on both sides, so the mask must agree exactly; kept values
/// differ only by the rounding of x / (1 − p) against x · fl(1 / (1 − p)): 2 ulp.
/// The fused attention kernels against their f64 twin. Scales: the scores carry a dot-product
/// error of about head_dim·U·Σ|q·k|/√dh, which the softmax turns into that relative error of
/// the weights; the weighted sums add t·U more. So the output is compared with
/// max|v|·(1 + max score magnitude), and each gradient with the sums of |terms| that form it
/// (A_ij = p_ij(|dp_ij| + Σ_k p_ik|dp_ik|)/√dh·(1 + scores), then A·|k|, Aᵀ·|q|, p'ᵀ·|dO|);
/// bound (head_dim + 2t + 16)·U·2.
fn check_attention(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::attention::{attention_backward, attention_forward, cpu, AttentionShape};
    use crate::kernels::random::RngKey;
    let mut rows = vec![];
    let shapes = [
        (1, 1, 1, 4, false, 0.0f32),
        (2, 5, 1, 4, true, 0.0),
        (3, 65, 3, 12, true, 0.2),
        (8, 49, 8, 64, true, 0.1),
        (1, 70, 2, 68, false, 0.5),
    ];
    for (k, &(b, t, heads, dh, masked, p)) in shapes.iter().enumerate() {
        let s = AttentionShape {
            batch: b,
            steps: t,
            heads,
            head_dim: dh,
        };
        let d = heads * dh;
        let sd = seed + 1700 + 10 * k as u64;
        let qkv = data(sd, b * t * 3 * d, -1.0, 1.0);
        let go = data(sd + 1, b * t * d, -1.0, 1.0);
        let pad: Vec<bool> = (0..b * t).map(|i| i % t >= t - t / 4).collect();
        let mask = crate::autograd::attention_mask(b, t, true, Some(&pad));
        let drop = (p > 0.0).then_some((
            p,
            RngKey {
                seed: sd,
                stream: 3,
                offset: 11,
            },
        ));
        let drop64 = drop.map(|(p, key)| (p as f64, key));
        let qt = Tensor::from_f32(gpu, &qkv, &[b, t, 3 * d])?;
        let mt = Tensor::from_f32(gpu, &mask, &[b, t, t])?;
        let m = masked.then_some(&mt);
        let (out, probs) = attention_forward(&qt, heads, m, drop)?;
        let (qd, god) = (to_f64(&qkv), to_f64(&go));
        let md = to_f64(&mask);
        let (rout, rprobs) = cpu::forward(&qd, s, masked.then_some(&md[..]), drop64);
        let gq = attention_backward(
            &qt,
            &probs,
            &Tensor::from_f32(gpu, &go, &[b, t, d])?,
            heads,
            drop,
        )?;
        let rg = cpu::backward(&qd, &rprobs, &god, s, drop64);
        // scales
        let keep = 1.0 / (1.0 - p as f64);
        let at = |bb: usize, pos: usize, block: usize, h: usize, e: usize| {
            qd[(bb * t + pos) * 3 * d + block * d + h * dh + e]
        };
        let rs = 1.0 / (dh as f64).sqrt();
        let vmax = (0..b * t * 3 * d)
            .filter(|i| (i % (3 * d)) >= 2 * d)
            .fold(0.0f64, |a, i| a.max(qd[i].abs()));
        let gmax = god.iter().fold(0.0f64, |a, v| a.max(v.abs()));
        let mut cond = vec![1.0f64; s.rows()];
        let mut amat = vec![0.0f64; s.rows() * t];
        for h in 0..heads {
            for bb in 0..b {
                for i in 0..t {
                    let row = (h * b + bb) * t + i;
                    let mut c = 0.0f64;
                    for j in 0..t {
                        let sum: f64 = (0..dh)
                            .map(|e| (at(bb, i, 0, h, e) * at(bb, j, 1, h, e)).abs())
                            .sum();
                        c = c.max(sum * rs);
                    }
                    cond[row] = 1.0 + c;
                    let dp: Vec<f64> = (0..t)
                        .map(|j| {
                            keep * (0..dh)
                                .map(|e| {
                                    (god[(bb * t + i) * d + h * dh + e] * at(bb, j, 2, h, e)).abs()
                                })
                                .sum::<f64>()
                        })
                        .collect();
                    let tot: f64 = (0..t).map(|j| rprobs[row * t + j] * dp[j]).sum();
                    for j in 0..t {
                        amat[row * t + j] = rprobs[row * t + j] * (dp[j] + tot) * rs * cond[row];
                    }
                }
            }
        }
        let out_scale: Vec<f64> = (0..b * t * d)
            .map(|i| {
                let (bb, pos, h) = (i / (t * d), (i / d) % t, (i % d) / dh);
                vmax * keep * cond[(h * b + bb) * t + pos]
            })
            .collect();
        let mut g_scale = vec![0.0f64; qd.len()];
        for h in 0..heads {
            for bb in 0..b {
                for i in 0..t {
                    let row = (h * b + bb) * t + i;
                    for j in 0..t {
                        let a = amat[row * t + j];
                        for e in 0..dh {
                            g_scale[(bb * t + i) * 3 * d + h * dh + e] +=
                                a * at(bb, j, 1, h, e).abs();
                            g_scale[(bb * t + j) * 3 * d + d + h * dh + e] +=
                                a * at(bb, i, 0, h, e).abs();
                            g_scale[(bb * t + j) * 3 * d + 2 * d + h * dh + e] +=
                                rprobs[row * t + j] * keep * cond[row] * gmax;
                        }
                    }
                }
            }
        }
        let bound = (dh + 2 * t + 16) as f64 * U * 2.0;
        let shape = format!(
            "B{b} T{t} H{heads} dh{dh}{}{}",
            if masked { " mask" } else { "" },
            if p > 0.0 {
                format!(" drop {p}")
            } else {
                String::new()
            }
        );
        rows.push(compare(
            "attention/forward",
            shape.clone(),
            &out.to_f32()?,
            &rout,
            &out_scale,
            bound,
        ));
        let w_scale: Vec<f64> = (0..rprobs.len())
            .map(|i| rprobs[i].max(1e-30) * cond[i / t])
            .collect();
        rows.push(compare(
            "attention/weights",
            shape.clone(),
            &probs.probs.to_f32()?,
            &rprobs,
            &w_scale,
            bound,
        ));
        let g_scale: Vec<f64> = g_scale.iter().map(|v| v.max(1e-30)).collect();
        rows.push(compare(
            "attention/backward dqkv",
            shape,
            &gq.to_f32()?,
            &rg,
            &g_scale,
            bound,
        ));
    }
    Ok(rows)
}

/// BatchNorm (composed of reductions and broadcasts) in training mode (output, running mean and
/// variance) and eval mode. The batch statistics are sums of `count = n·inner` values, so the
/// recursive-summation bound count·U applies, propagated through (x − mean)·rstd (below).
fn check_batch_norm(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::autograd::norm::cpu::batch_norm_train;
    use crate::autograd::Var;
    let mut rows = vec![];
    for (k, &(n, c, inner)) in [(2, 1, 1), (3, 5, 7), (8, 128, 1), (4, 16, 33 * 31)]
        .iter()
        .enumerate()
    {
        let sd = seed + 1800 + 10 * k as u64;
        let x = data(sd, n * c * inner, -2.0, 3.0);
        let w = data(sd + 1, c, 0.5, 1.5);
        let b = data(sd + 2, c, -0.5, 0.5);
        let rm0 = data(sd + 3, c, -0.2, 0.2);
        let rv0 = data(sd + 4, c, 0.5, 1.5);
        let xv = Var::constant(Tensor::from_f32(gpu, &x, &[n, c, inner])?);
        let (wv, bv) = (
            Var::constant(Tensor::from_f32(gpu, &w, &[c])?),
            Var::constant(Tensor::from_f32(gpu, &b, &[c])?),
        );
        let (rm, rv) = (
            Tensor::from_f32(gpu, &rm0, &[c])?,
            Tensor::from_f32(gpu, &rv0, &[c])?,
        );
        let (xd, wd, bd) = (to_f64(&x), to_f64(&w), to_f64(&b));
        let eval = xv
            .batch_norm(&wv, &bv, &rm, &rv, 0.1, 1e-5, false)?
            .value()
            .to_f32()?;
        let y = xv
            .batch_norm(&wv, &bv, &rm, &rv, 0.1, 1e-5, true)?
            .value()
            .to_f32()?;
        let (ry, rrm, rrv) = batch_norm_train(
            &xd,
            &wd,
            &bd,
            &to_f64(&rm0),
            &to_f64(&rv0),
            n,
            inner,
            0.1,
            1e-5,
        );
        let count = n * inner;
        let bound = (count + 16) as f64 * U;
        let xmax = xd.iter().fold(0.0f64, |a, v| a.max(v.abs()));
        let shape = format!("[{n},{c},{inner}]");
        let ch = |i: usize| (i / inner) % c;
        // δmean ≤ count·U·max|x|, δvar/var ≤ count·U·(2·max|x|)²/var, so the output moves by
        // |w|·rstd·(δmean + |x − mean|·δvar/(2·var)) ≤ count·U·|w|·rstd·max|x|·(1 + 2·max|x|²·rstd²)
        let rstd: Vec<f64> = (0..c)
            .map(|j| {
                let vals: Vec<f64> = (0..n)
                    .flat_map(|bb| (0..inner).map(move |q| (bb * c + j) * inner + q))
                    .map(|v| xd[v])
                    .collect();
                let mean = vals.iter().sum::<f64>() / vals.len() as f64;
                let var = vals.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / vals.len() as f64;
                1.0 / (var + 1e-5).sqrt()
            })
            .collect();
        let y_scale: Vec<f64> = (0..x.len())
            .map(|i| {
                let j = ch(i);
                wd[j].abs() * rstd[j] * xmax * (1.0 + 2.0 * (xmax * rstd[j]).powi(2)) + bd[j].abs()
            })
            .collect();
        rows.push(compare(
            "batch_norm/train",
            shape.clone(),
            &y,
            &ry,
            &y_scale,
            bound,
        ));
        rows.push(compare(
            "batch_norm/running_mean",
            shape.clone(),
            &rm.to_f32()?,
            &rrm,
            &vec![xmax + 1.0; c],
            bound,
        ));
        rows.push(compare(
            "batch_norm/running_var",
            shape.clone(),
            &rv.to_f32()?,
            &rrv,
            &vec![(xmax + 1.0).powi(2); c],
            bound,
        ));
        let rm0d = to_f64(&rm0);
        let rv0d = to_f64(&rv0);
        let re: Vec<f64> = (0..x.len())
            .map(|i| {
                let j = ch(i);
                (xd[i] - rm0d[j]) / (rv0d[j] + 1e-5).sqrt() * wd[j] + bd[j]
            })
            .collect();
        let e_scale: Vec<f64> = (0..x.len())
            .map(|i| (xd[i].abs() + rm0d[ch(i)].abs()) * 2.0 * wd[ch(i)].abs() + bd[ch(i)].abs())
            .collect();
        rows.push(compare(
            "batch_norm/eval",
            shape,
            &eval,
            &re,
            &e_scale,
            16.0 * U,
        ));
    }
    Ok(rows)
}

/// The Sobel edge magnitude (grey mix, two 3×3 convolutions, √): each gradient is at most 27
/// products, so (27 + 16)·U relative to the sum of |taps·grey| (+√eps).
fn check_sobel(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::autograd::vision::cpu::sobel_edges;
    use crate::autograd::Var;
    let mut rows = vec![];
    for (k, &(b, h, w)) in [(1, 1, 1), (2, 7, 5), (8, 64, 64), (1, 65, 3)]
        .iter()
        .enumerate()
    {
        for eps in [0.0f32, 1e-6] {
            let x = data(seed + 1900 + k as u64, b * 3 * h * w, 0.0, 1.0);
            let y = Var::constant(Tensor::from_f32(gpu, &x, &[b, 3, h, w])?)
                .sobel_edges(eps)?
                .value()
                .to_f32()?;
            let r = sobel_edges(&to_f64(&x), b, h, w, eps as f64);
            // |grey| ≤ 1 here, and Σ|taps| = 8 per direction: 8·√2 + √eps bounds the magnitude
            let scale = vec![8.0 * 2f64.sqrt() + (eps as f64).sqrt(); r.len()];
            rows.push(compare(
                "sobel_edges",
                format!("[{b},3,{h},{w}] eps {eps}"),
                &y,
                &r,
                &scale,
                43.0 * U,
            ));
        }
    }
    Ok(rows)
}

/// Row-wise cosine similarity: two norms and a dot product of d terms, (2d + 16)·U relative to
/// Σ|x·y| / (‖x‖·‖y‖).
fn check_cosine(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::autograd::vision::cpu::cosine_similarity;
    use crate::autograd::Var;
    let mut rows = vec![];
    for (k, &(n, d)) in [(1, 1), (3, 7), (8, 512), (5, 1000)].iter().enumerate() {
        let sd = seed + 2000 + 10 * k as u64;
        let (x, y) = (data(sd, n * d, -1.0, 1.0), data(sd + 1, n * d, -1.0, 1.0));
        let out = Var::constant(Tensor::from_f32(gpu, &x, &[n, d])?)
            .cosine_similarity(&Var::constant(Tensor::from_f32(gpu, &y, &[n, d])?), 1e-8)?
            .value()
            .to_f32()?;
        let (xd, yd) = (to_f64(&x), to_f64(&y));
        let r = cosine_similarity(&xd, &yd, d, 1e-8);
        let scale: Vec<f64> = xd
            .chunks(d)
            .zip(yd.chunks(d))
            .map(|(a, b)| {
                let abs: f64 = a.iter().zip(b).map(|(p, q)| (p * q).abs()).sum();
                let na = a.iter().map(|v| v * v).sum::<f64>().sqrt().max(1e-8);
                let nb = b.iter().map(|v| v * v).sum::<f64>().sqrt().max(1e-8);
                abs / (na * nb)
            })
            .collect();
        rows.push(compare(
            "cosine_similarity",
            format!("[{n},{d}]"),
            &out,
            &r,
            &scale,
            (2 * d + 16) as f64 * U,
        ));
    }
    Ok(rows)
}

fn check_dropout(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::random::{self, RngKey};
    let mut rows = vec![];
    for (k, &n) in lengths(seed).iter().enumerate() {
        for p in [0.1f32, 0.5] {
            let x = data(seed + 1500 + k as u64, n, -2.0, 2.0);
            let key = RngKey {
                seed: seed + 3,
                stream: 8,
                offset: 17 * k as u32,
            };
            let out = random::dropout(&Tensor::from_f32(gpu, &x, &[n])?, p, key)?.to_f32()?;
            let reference = random::cpu::dropout(&to_f64(&x), p as f64, key);
            let row = compare(
                "dropout",
                format!("[{n}] p={p}"),
                &out,
                &reference,
                &abs_scale(&reference),
                2.0 * U,
            );
            // the mask itself must be identical
            let same_mask = out
                .iter()
                .zip(&reference)
                .all(|(a, b)| (*a == 0.0) == (*b == 0.0));
            rows.push(row.fail_unless(same_mask));
        }
    }
    Ok(rows)
}

/// Axis swap: a pure copy, exact.
fn check_swap_middle(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
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
        let x = data(seed + 1600 + k as u64, a * b * c * d, -1.0, 1.0);
        let out = swap_middle(&Tensor::from_f32(gpu, &x, &[a, b, c, d])?, a, b, c, d)?.to_f32()?;
        let reference = cpu::swap_middle(&to_f64(&x), a, b, c, d);
        rows.push(compare(
            "swap_middle",
            format!("[{a},{b},{c},{d}]"),
            &out,
            &reference,
            &abs_scale(&reference),
            0.0,
        ));
    }
    Ok(rows)
}
