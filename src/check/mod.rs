//! GPU-vs-CPU-twin comparisons for every kernel, used by `wgtrain check` and by the tests.
//!
//! Error model: each output element `i` has a scale `s_i` (for a sum or dot product, the sum
//! of the magnitudes of its terms; for an elementwise map, the magnitude of the result), and
//! the kernel passes when `max_i |gpu_i - ref_i| / s_i <= bound`. The bound is the textbook
//! one for f32 arithmetic: `n * u` for an `n`-term accumulation (u = 2^-24), plus the ULP
//! allowance Vulkan grants transcendental functions. The reference is computed in f64.
//!
//! Each kernel family keeps its cases beside its launch code and twin, in
//! `kernels/<family>/check.rs`; this module holds the row type, the comparison, the shared
//! case builders, the checks of the autograd composites (batch norm, Sobel, cosine, dropout)
//! and [`CHECKS`], the one table `wgtrain check` and the tests iterate.

use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::reduce::{self, Reduce};
use crate::kernels::to_f64;

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
    pub(crate) fn fail_unless(mut self, ok: bool) -> CheckRow {
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
        run: crate::kernels::elementwise::check::check_unary,
    },
    KernelChecks {
        name: "binary",
        run: crate::kernels::elementwise::check::check_binary,
    },
    KernelChecks {
        name: "broadcast",
        run: crate::kernels::elementwise::check::check_broadcast,
    },
    KernelChecks {
        name: "expand_axis",
        run: crate::kernels::elementwise::check::check_expand,
    },
    KernelChecks {
        name: "narrow_pad",
        run: crate::kernels::elementwise::check::check_narrow_pad,
    },
    KernelChecks {
        name: "elementwise_f16",
        run: crate::kernels::elementwise::check::check_elementwise_f16,
    },
    KernelChecks {
        name: "reduce",
        run: crate::kernels::reduce::check::check_reduce,
    },
    KernelChecks {
        name: "sum_keep_middle",
        run: crate::kernels::reduce::check::check_keep_middle,
    },
    KernelChecks {
        name: "cast",
        run: crate::kernels::cast::check::check_cast,
    },
    KernelChecks {
        name: "matmul",
        run: crate::kernels::matmul::check::check_matmul_all,
    },
    KernelChecks {
        name: "conv",
        run: crate::kernels::conv::check::check_conv,
    },
    KernelChecks {
        name: "codebook",
        run: crate::kernels::codebook::check::check_codebook,
    },
    KernelChecks {
        name: "pool",
        run: crate::kernels::pool::check::check_pool,
    },
    KernelChecks {
        name: "vq_ema",
        run: crate::kernels::vq_ema::check::check_vq_ema,
    },
    KernelChecks {
        name: "softmax",
        run: crate::kernels::softmax::check::check_softmax,
    },
    KernelChecks {
        name: "cross_entropy",
        run: crate::kernels::cross_entropy::check::check_cross_entropy,
    },
    KernelChecks {
        name: "random",
        run: crate::kernels::random::check::check_random,
    },
    KernelChecks {
        name: "multinomial",
        run: crate::kernels::sampling::check::check_multinomial,
    },
    KernelChecks {
        name: "sample_logits",
        run: crate::kernels::sampling::check::check_sample_logits,
    },
    KernelChecks {
        name: "context_window",
        run: crate::kernels::sampling::check::check_context_window,
    },
    KernelChecks {
        name: "lstm",
        run: crate::kernels::lstm::check::check_lstm,
    },
    KernelChecks {
        name: "gru",
        run: crate::kernels::gru::check::check_gru,
    },
    KernelChecks {
        name: "layer_norm",
        run: crate::kernels::layer_norm::check::check_layer_norm,
    },
    KernelChecks {
        name: "attention",
        run: crate::kernels::attention::check::check_attention,
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
        run: crate::kernels::elementwise::check::check_swap_middle,
    },
    KernelChecks {
        name: "embedding",
        run: crate::kernels::embedding::check::check_embedding,
    },
    KernelChecks {
        name: "adam",
        run: crate::kernels::adam::check::check_adam,
    },
    KernelChecks {
        name: "sgd",
        run: crate::kernels::sgd::check::rows,
    },
    KernelChecks {
        name: "clip_grad_norm",
        run: crate::kernels::clip::check::check_clip,
    },
    KernelChecks {
        name: "peak",
        run: crate::kernels::peak::check::check_peak,
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

/// The parameter block `P` against the WGSL struct `wgsl_name` of `shader`: the same field
/// names, offsets and size, as naga lays the struct out. A failed row shows both layouts.
pub(crate) fn params_layout<P: crate::kernels::ShaderParams>(
    kernel: &str,
    shader: &crate::gpu::Shader,
    wgsl_name: &str,
) -> Result<CheckRow> {
    let ours = P::FIELDS;
    let (theirs, size) = wgsl_struct_layout(shader.source, wgsl_name)?;
    let size_ok = size == std::mem::size_of::<P>();
    let fields_ok = theirs.len() == ours.len()
        && ours
            .iter()
            .zip(&theirs)
            .all(|((n, o), (wn, wo))| n == wn && o == wo);
    let shape = if size_ok && fields_ok {
        format!(
            "{}: {wgsl_name} layout ({} fields, {size} bytes)",
            shader.name,
            ours.len()
        )
    } else {
        format!(
            "{}: {wgsl_name} layout differs: Rust {ours:?} ({} bytes), WGSL {theirs:?} ({size} bytes)",
            shader.name,
            std::mem::size_of::<P>()
        )
    };
    Ok(CheckRow::exact(kernel, shape, size_ok && fields_ok))
}

/// Shapes: representative ones, awkward ones (1, odd, primes, not multiples of 256), and a
/// few drawn from `seed`.
pub(crate) fn lengths(seed: u64) -> Vec<usize> {
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

pub(crate) fn abs_scale(r: &[f64]) -> Vec<f64> {
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

/// Rounding steps in a sum of `len` terms as our kernels order it: one running sum up to
/// `SERIAL_MAX_LEN`, else 256 strided partial sums and an 8-level tree.
pub(crate) fn sum_terms(len: usize) -> usize {
    if len <= reduce::SERIAL_MAX_LEN {
        len + 1
    } else {
        len.div_ceil(256) + 9
    }
}

/// Σ|x| over each reduced group: the scale of a sum's rounding error.
pub(crate) fn group_abs_sums(x: &[f64], outer: usize, len: usize, inner: usize) -> Vec<f64> {
    let ax: Vec<f64> = x.iter().map(|v| v.abs()).collect();
    reduce::cpu::reduce_view(&ax, outer, len, inner, Reduce::Sum).0
}

pub(crate) fn abs(v: &[f64]) -> Vec<f64> {
    v.iter().map(|x| x.abs()).collect()
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

/// A recurrent layer's random case: x, dy and the four weights (host f32 and GPU tensors) for
/// `gates` gates (LSTM 4, GRU 3).
pub(crate) struct RnnCase {
    pub(crate) host: [Vec<f32>; 6],
    pub(crate) x: Tensor,
    pub(crate) dy: Tensor,
    pub(crate) w: [Tensor; 4],
}

pub(crate) fn rnn_case(
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

#[cfg(test)]
mod layout_tests {
    use super::params_layout;

    crate::kernels::shader_params! {
        /// softmax's block with its fields swapped.
        pub struct Swapped {
            /// Second in WGSL.
            n: u32,
            /// First in WGSL.
            rows: u32,
        }
    }

    crate::kernels::shader_params! {
        /// softmax's block with a field too many.
        pub struct Longer {
            /// As WGSL.
            rows: u32,
            /// As WGSL.
            n: u32,
            /// Not in WGSL.
            extra: f32,
        }
    }

    /// A Rust block that differs from the shader's in order or size fails its row, which
    /// shows both layouts; the real one passes.
    #[test]
    fn a_parameter_block_that_differs_from_the_shader_fails() {
        let shader = &crate::kernels::softmax::SHADER;
        let ok =
            params_layout::<crate::kernels::softmax::SoftmaxParams>("softmax", shader, "Params")
                .unwrap();
        assert!(ok.pass, "{}", ok.shape);
        for row in [
            params_layout::<Swapped>("softmax", shader, "Params").unwrap(),
            params_layout::<Longer>("softmax", shader, "Params").unwrap(),
        ] {
            assert!(!row.pass && row.shape.contains("differs"), "{}", row.shape);
            assert!(
                row.shape.contains("rows") && row.shape.contains("WGSL"),
                "{}",
                row.shape
            );
        }
        assert!(params_layout::<Swapped>("softmax", shader, "Nope").is_err());
    }
}
