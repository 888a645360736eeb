//! Mixed precision: autocast's f16 products against the f32 ones within what f16 rounding of
//! the operands allows, gradients that stay f32 and reach the f32 parameters, the cast op, and
//! dynamic loss scaling (a skipped step on an injected infinity, recovery, and gradients that
//! f16 would flush to zero kept by the scale).

mod common;
use wgtrain::autograd::{autocast, backward, Var};
use wgtrain::gpu::half::{round_to_f16, F16_UNIT_ROUNDOFF as U16};
use wgtrain::gpu::{DType, Tensor};
use wgtrain::kernels::conv::{cpu as conv_cpu, ConvGeom, Padding};
use wgtrain::optim::{Adam, AdamHyper, GradScaler, Optimizer, ScaledStep};

/// f32's unit roundoff.
const U: f64 = f32::EPSILON as f64 / 2.0;

fn data(seed: u64, n: usize) -> Vec<f32> {
    let mut s = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    (0..n)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            ((s >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
        })
        .collect()
}

fn param(x: &[f32], shape: &[usize]) -> Var {
    Var::param(Tensor::from_f32(common::gpu(), x, shape).unwrap())
}

/// The adapter has no shader-f16: autocast must fail saying so, and the test ends there.
fn no_f16_here() -> bool {
    let gpu = common::gpu();
    let Some(reason) = gpu.f16_reason() else {
        return false;
    };
    let x = param(&[1.0; 4], &[2, 2]);
    let err = autocast(true, || x.matmul(&x)).unwrap_err().to_string();
    assert!(err.contains("shader-f16"), "{err} ({reason})");
    true
}

/// Each |y16 − y32| within (2u₁₆ + u₁₆²)·s + terms·U·s·(1 + u₁₆)² for s = Σ|a||b| of that
/// output: both operands rounded to f16 once, then the same f32 sums on both sides.
fn assert_within_f16(y16: &[f32], y32: &[f32], scale: &[f64], terms: usize, what: &str) {
    let bound = |s: f64| {
        (2.0 * U16 + U16 * U16) * s + 2.0 * terms as f64 * U * s * (1.0 + U16).powi(2) + 1e-30
    };
    let mut worst = 0.0f64;
    for i in 0..y16.len() {
        let err = (y16[i] as f64 - y32[i] as f64).abs();
        assert!(
            err <= bound(scale[i]),
            "{what}[{i}]: {} vs {} (bound {})",
            y16[i],
            y32[i],
            bound(scale[i])
        );
        worst = worst.max(err / bound(scale[i]));
    }
    // the f16 rounding shows: the results are not simply the f32 ones
    assert!(worst > 0.0, "{what}: autocast changed nothing");
}

#[test]
fn autocast_linear_matches_f32_within_f16_rounding_and_its_gradients_reach_the_f32_weights() {
    if no_f16_here() {
        return;
    }
    let (rows, k, n) = (9, 37, 11);
    let (xs, ws, bs) = (data(1, rows * k), data(2, n * k), data(3, n));
    let (x, w, b) = (
        param(&xs, &[rows, k]),
        param(&ws, &[n, k]),
        param(&bs, &[n]),
    );
    let y32 = x.linear(&w, Some(&b)).unwrap();
    let y16 = autocast(true, || x.linear(&w, Some(&b))).unwrap();
    assert_eq!(y16.value().dtype(), DType::F32, "products write f32");
    let scale: Vec<f64> = (0..rows * n)
        .map(|i| {
            let (r, c) = (i / n, i % n);
            (0..k)
                .map(|j| (xs[r * k + j] * ws[c * k + j]).abs() as f64)
                .sum::<f64>()
                + bs[c].abs() as f64
        })
        .collect();
    assert_within_f16(
        &y16.value().to_f32().unwrap(),
        &y32.value().to_f32().unwrap(),
        &scale,
        k + 1,
        "linear",
    );
    // d(sum y)/dw[c, j] = Σ_r x[r, j]: with autocast the x read is f16-rounded
    let l16 = y16.sum().unwrap();
    let grads = backward(&l16, &[&x, &w, &b]).unwrap();
    let gw = grads[1].as_ref().unwrap().value();
    assert_eq!(gw.dtype(), DType::F32, "gradients are f32");
    assert_eq!(gw.shape(), &[n, k]);
    let gw = gw.to_f32().unwrap();
    for c in 0..n {
        for j in 0..k {
            let want: f64 = (0..rows).map(|r| round_to_f16(xs[r * k + j]) as f64).sum();
            let s: f64 = (0..rows).map(|r| xs[r * k + j].abs() as f64).sum();
            let err = (gw[c * k + j] as f64 - want).abs();
            assert!(err <= (rows + 1) as f64 * U * s, "dw[{c},{j}] {err}");
        }
    }
    let gb = grads[2].as_ref().unwrap().value().to_f32().unwrap();
    assert_eq!(gb, vec![rows as f32; n], "the bias gradient stays f32");
    assert!(
        grads[0].is_some(),
        "the input's gradient flows through the cast"
    );
}

#[test]
fn autocast_conv2d_and_its_transpose_match_f32_within_f16_rounding() {
    if no_f16_here() {
        return;
    }
    let (n, c, h, wd, o, k) = (2, 3, 9, 7, 5, 3);
    let (xs, ws) = (data(4, n * c * h * wd), data(5, o * c * k * k));
    let x = param(&xs, &[n, c, h, wd]);
    let w = param(&ws, &[o, c, k, k]);
    let g = ConvGeom::conv2d(n, c, h, wd, k, k, 2, Padding::Symmetric(1)).unwrap();
    let y32 = x.conv2d(&w, None, 2, Padding::Symmetric(1)).unwrap();
    let y16 = autocast(true, || x.conv2d(&w, None, 2, Padding::Symmetric(1))).unwrap();
    let abs = |v: &[f32]| v.iter().map(|x| x.abs() as f64).collect::<Vec<_>>();
    let scale = conv_cpu::conv2d(&abs(&xs), &abs(&ws), None, o, &g);
    assert_within_f16(
        &y16.value().to_f32().unwrap(),
        &y32.value().to_f32().unwrap(),
        &scale,
        c * k * k,
        "conv2d",
    );
    // the backward pass runs the f16 input- and weight-gradient kernels
    let grads = backward(&y16.sum().unwrap(), &[&x, &w]).unwrap();
    let grads32 = backward(&y32.sum().unwrap(), &[&x, &w]).unwrap();
    for (i, what) in [(0, "dx"), (1, "dw")] {
        let (a, b) = (
            grads[i].as_ref().unwrap().value().to_f32().unwrap(),
            grads32[i].as_ref().unwrap().value().to_f32().unwrap(),
        );
        // dx: Σ over ≤ o·k² taps of w (rounded) · 1; dw: Σ over n·ho·wo of x (rounded) · 1
        let s = if i == 0 {
            conv_cpu::conv2d_backward_input(&vec![1.0; y32.value().numel()], &abs(&ws), o, &g)
        } else {
            conv_cpu::conv2d_backward_weight(&abs(&xs), &vec![1.0; y32.value().numel()], o, &g)
        };
        assert_within_f16(&a, &b, &s, n * g.ho * g.wo + o * k * k, what);
    }
    // conv_transpose2d: [n, cin, h, w] with weight [cin, cout, k, k]
    let xt = param(&data(6, 2 * 4 * 5 * 5), &[2, 4, 5, 5]);
    let wt = param(&data(7, 4 * 3 * 4 * 4), &[4, 3, 4, 4]);
    let t32 = xt.conv_transpose2d(&wt, None, 2, 1, 0).unwrap();
    let t16 = autocast(true, || xt.conv_transpose2d(&wt, None, 2, 1, 0)).unwrap();
    let (a, b) = (t16.value().to_f32().unwrap(), t32.value().to_f32().unwrap());
    let worst = a
        .iter()
        .zip(&b)
        .map(|(p, q)| (p - q).abs() as f64)
        .fold(0.0, f64::max);
    // |x|, |w| <= 1 over at most cin·(k/s)² = 16 taps: 16·(2u₁₆ + u₁₆²) + sums' rounding
    assert!(
        worst > 0.0 && worst <= 16.0 * (2.0 * U16 + U16 * U16) + 1e-5,
        "{worst}"
    );
}

#[test]
fn cast_rounds_to_nearest_even_and_passes_the_gradient_through() {
    let gpu = common::gpu();
    let xs = [1.0, 1.0 + 2f32.powi(-11), 0.1, -65519.0, 7e4, 1e-8];
    let x = param(&xs, &[6]);
    let h = x.cast(DType::F16).unwrap();
    assert_eq!(h.value().dtype(), DType::F16);
    let back = h.cast(DType::F32).unwrap();
    let want: Vec<f32> = xs.iter().map(|&v| round_to_f16(v)).collect();
    assert_eq!(back.value().to_f32().unwrap(), want);
    assert_eq!(want[4], f32::INFINITY, "overflow is infinite");
    let weights =
        Var::constant(Tensor::from_f32(gpu, &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], &[6]).unwrap());
    let l = back.mul(&weights).unwrap().sum().unwrap();
    let g = backward(&l, &[&x]).unwrap()[0]
        .as_ref()
        .unwrap()
        .value()
        .to_f32()
        .unwrap();
    assert_eq!(g, vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
}

/// A loss 1e-8 times a sum: its gradients (1e-8) are below f16's smallest subnormal (6e-8), so
/// the f16 backward products see zeros unless the loss is scaled first.
#[test]
fn loss_scaling_keeps_gradients_that_f16_would_flush() {
    if no_f16_here() {
        return;
    }
    let (rows, k, n) = (4, 8, 3);
    let xs = data(8, rows * k);
    let x = param(&xs, &[rows, k]);
    let w = param(&data(9, n * k), &[n, k]);
    let loss = |scaler: Option<&GradScaler>| {
        let y = autocast(true, || x.linear(&w, None)).unwrap();
        let l = y.sum().unwrap().mul_scalar(1e-8).unwrap();
        let l = match scaler {
            Some(s) => s.scale_loss(&l).unwrap(),
            None => l,
        };
        backward(&l, &[&w]).unwrap()[0]
            .clone()
            .unwrap()
            .value()
            .clone()
    };
    let flushed = loss(None).to_f32().unwrap();
    assert!(flushed.iter().all(|&v| v == 0.0), "{flushed:?}");
    let mut scaler = GradScaler::default();
    let g = loss(Some(&scaler));
    assert_eq!(scaler.unscale_and_update(&[&g]).unwrap(), ScaledStep::Step);
    let g = g.to_f32().unwrap();
    for c in 0..n {
        for j in 0..k {
            let want: f64 = (0..rows).map(|r| xs[r * k + j] as f64).sum::<f64>() * 1e-8;
            let s: f64 = (0..rows).map(|r| xs[r * k + j].abs() as f64).sum::<f64>() * 1e-8;
            // the f16 rounding of x and of the scaled 1e-8 (a normal f16 once scaled)
            let err = (g[c * k + j] as f64 - want).abs();
            assert!(
                err <= 3.0 * U16 * s + 1e-14,
                "dw[{c},{j}]: {} vs {want}",
                g[c * k + j]
            );
        }
    }
}

/// An infinity in the batch: the scaled gradients are not finite, the step is skipped (weights
/// and Adam's state untouched), the scale halves; the next finite batch steps again.
#[test]
fn an_overflowing_step_is_skipped_and_training_recovers() {
    if no_f16_here() {
        return;
    }
    let gpu = common::gpu();
    let w = param(&data(10, 3 * 5), &[3, 5]);
    let mut adam = Adam::new(
        vec![("w".into(), w.clone())],
        AdamHyper {
            lr: 0.01,
            ..Default::default()
        },
    )
    .unwrap();
    let mut scaler = GradScaler::default();
    let mut step = |scaler: &mut GradScaler, xs: &[f32]| {
        let x = Var::constant(Tensor::from_f32(gpu, xs, &[2, 5]).unwrap());
        let y = autocast(true, || x.linear(&w, None)).unwrap();
        let l = y.square().unwrap().mean().unwrap();
        let g = backward(&scaler.scale_loss(&l).unwrap(), &[&w]).unwrap()[0]
            .clone()
            .unwrap();
        let outcome = scaler.unscale_and_update(&[g.value()]).unwrap();
        if outcome == ScaledStep::Step {
            let mut grads = wgtrain::autograd::Gradients::new();
            grads.insert(&w, g.value().clone());
            adam.step(&grads).unwrap();
        }
        outcome
    };
    let good = data(11, 10);
    assert_eq!(step(&mut scaler, &good), ScaledStep::Step);
    let before = w.value().to_f32().unwrap();
    let mut bad = good.clone();
    bad[3] = f32::INFINITY;
    match step(&mut scaler, &bad) {
        ScaledStep::Skip(msg) => assert!(msg.contains("skipped") && msg.contains("32768"), "{msg}"),
        ScaledStep::Step => panic!("an infinite batch was stepped"),
    }
    assert_eq!(
        w.value().to_f32().unwrap(),
        before,
        "a skipped step changes nothing"
    );
    assert_eq!(scaler.scale, 32768.0);
    assert_eq!(step(&mut scaler, &good), ScaledStep::Step);
    assert_ne!(w.value().to_f32().unwrap(), before, "training goes on");
    assert_eq!(scaler.growth_tracker, 1);
}

/// Under autocast the fused attention reads q, k and v as f16: the output differs from the f32
/// one only by that rounding (each of q, k, v within u₁₆ relative: the scores move by at most
/// 2u₁₆·Σ|q||k|/√dh, which the softmax turns into that relative change of the weights, and v's
/// rounding adds u₁₆; bound 4u₁₆·(1 + max score)·max|v| with room for the f32 sums), and the
/// gradient reaches the f32 qkv as f32.
#[test]
fn autocast_attention_reads_f16_and_its_gradient_reaches_f32() {
    if no_f16_here() {
        return;
    }
    let (b, t, heads, dh) = (2, 7, 2, 8);
    let d = heads * dh;
    let xs = data(12, b * t * 3 * d);
    let qkv = param(&xs, &[b, t, 3 * d]);
    let y32 = qkv.self_attention_fused(heads, None, None).unwrap();
    let y16 = autocast(true, || qkv.self_attention_fused(heads, None, None)).unwrap();
    let (a, f) = (y16.value().to_f32().unwrap(), y32.value().to_f32().unwrap());
    // |q|, |k|, |v| ≤ 1: scores ≤ dh/√dh
    let bound = 4.0 * U16 * (1.0 + (dh as f64).sqrt()) + 1e-5;
    let worst = a
        .iter()
        .zip(&f)
        .map(|(x, y)| (x - y).abs() as f64)
        .fold(0.0, f64::max);
    assert!(worst > 0.0 && worst <= bound, "{worst} vs bound {bound}");
    let g = backward(&y16.sum().unwrap(), &[&qkv]).unwrap()[0]
        .clone()
        .unwrap();
    assert_eq!(g.value().dtype(), DType::F32);
    assert_eq!(g.shape(), qkv.shape());
}

/// Element-wise maps read an F16 operand (widened exactly) and write f32: a chain through an
/// f16 tensor gives bit for bit what the same chain gives on f32 tensors holding the rounded
/// values, forward and backward, and the gradient reaches the f32 parameter as f32.
#[test]
fn element_wise_maps_read_f16_exactly_and_pass_f32_gradients() {
    if no_f16_here() {
        return;
    }
    let gpu = common::gpu();
    let (n, c) = (7, 5); // odd: F16 tensors end mid-word
    let xs: Vec<f32> = data(61, n * c).iter().map(|v| 3.0 * v).collect();
    let ws = data(62, c);
    let chain = |x: &Var, w: &Var| -> wgtrain::Result<Var> {
        let h = x.leaky_relu(0.1)?.mul(w)?; // b broadcast along rows
        let g = x.tanh()?.add(&h)?.sigmoid()?.mul(&x.exp()?)?;
        g.narrow(1, 1, 3)?.sum()
    };
    let x = param(&xs, &[n, c]);
    let w16 = Var::constant(Tensor::from_f32_as_f16(gpu, &ws, &[c]).unwrap());
    let x16 = x.cast(DType::F16).unwrap();
    let l16 = chain(&x16, &w16).unwrap();
    let g16 = backward(&l16, &[&x]).unwrap()[0].clone().unwrap();
    assert_eq!(g16.value().dtype(), DType::F32);

    let round = |v: &[f32]| -> Vec<f32> { v.iter().map(|&x| round_to_f16(x)).collect() };
    let xr = param(&round(&xs), &[n, c]);
    let wr = Var::constant(Tensor::from_f32(gpu, &round(&ws), &[c]).unwrap());
    let l32 = chain(&xr, &wr).unwrap();
    let g32 = backward(&l32, &[&xr]).unwrap()[0].clone().unwrap();
    assert_eq!(l16.value().to_f32().unwrap(), l32.value().to_f32().unwrap());
    assert_eq!(g16.value().to_f32().unwrap(), g32.value().to_f32().unwrap());
    // and the rounding is real: the unrounded chain differs
    let lf = chain(
        &x,
        &Var::constant(Tensor::from_f32(gpu, &ws, &[c]).unwrap()),
    )
    .unwrap();
    assert_ne!(lf.value().to_f32().unwrap(), l32.value().to_f32().unwrap());
}
