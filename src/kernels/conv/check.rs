//! `wgtrain check` for the conv family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::to_f64;

pub(crate) fn check_conv(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
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
    rows.extend(check_conv_variants(gpu, seed, false)?);
    if gpu.f16_reason().is_none() {
        rows.extend(check_conv_variants(gpu, seed, true)?);
    }
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
    rows.push(params_layout::<crate::kernels::conv::Im2colParams>(
        "conv",
        &crate::kernels::conv::SHADER,
        "Params",
    )?);
    rows.push(params_layout::<crate::kernels::conv::ConvParams>(
        "conv",
        &crate::kernels::conv::IMPLICIT_SUBGROUP_SHADER,
        "ConvParams",
    )?);
    rows.push(params_layout::<crate::kernels::conv::ConvParams>(
        "conv",
        &crate::kernels::conv::IMPLICIT_TILED_SHADER,
        "ConvParams",
    )?);
    rows.push(params_layout::<crate::kernels::conv::ConvParams>(
        "conv",
        &crate::kernels::conv::WEIGHTS_SHADER,
        "ConvParams",
    )?);
    for shader in [
        &crate::kernels::conv::IMPLICIT_SUBGROUP_F16_SHADER,
        &crate::kernels::conv::IMPLICIT_TILED_F16_SHADER,
    ] {
        rows.push(params_layout::<crate::kernels::conv::ConvParams>(
            "conv_f16",
            shader,
            "ConvParams",
        )?);
    }
    Ok(rows)
}

/// Every convolution kernel this adapter runs, forced one by one: forward (with a fused bias and
/// ReLU or LeakyReLU), input gradient (= conv_transpose2d) and weight gradient, over awkward
/// geometries and the five models' layers (their channels and k/stride/padding; small images).
/// With `f16`, the operands are rounded to f16 and uploaded as F16 (mixed precision): the twin
/// gets the rounded values, and as the products of two f16 are exact in f32 the bounds are the
/// f32 sums'.
pub(crate) fn check_conv_variants(gpu: &Gpu, seed: u64, f16: bool) -> Result<Vec<CheckRow>> {
    use crate::gpu::half::round_to_f16;
    use crate::kernels::conv::{self, ConvGeom, ConvVariant, Padding};
    use crate::kernels::epilogue::{Activation, Epilogue};
    use crate::kernels::matmul::check::operand;
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
        // the operands as the GPU holds them (rounded to f16 with `f16`); the bias stays f32
        let held = |v: Vec<f32>| -> Vec<f32> {
            if f16 {
                v.into_iter().map(round_to_f16).collect()
            } else {
                v
            }
        };
        let (x, wt, b) = (
            held(data(s0, n * c * h * w, -1.0, 1.0)),
            held(data(s0 + 1, o * c * k * k, -1.0, 1.0)),
            data(s0 + 2, o, -1.0, 1.0),
        );
        let dy = held(data(s0 + 3, n * o * g.ho * g.wo, -1.0, 1.0));
        let (xd, wd, bd, dyd) = (to_f64(&x), to_f64(&wt), to_f64(&b), to_f64(&dy));
        let tx = operand(gpu, &x, &g.image_shape(), f16)?;
        let tw = operand(gpu, &wt, &[o, c, k, k], f16)?;
        let tb = Tensor::from_f32(gpu, &b, &[o])?;
        let tdy = operand(gpu, &dy, &[n, o, g.ho, g.wo], f16)?;
        let family = if f16 { "conv_f16" } else { "conv" };
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
                &format!("{family}/conv2d_forward/{}", v.name()),
                format!("{shape} +bias {act:?}"),
                &y,
                &fwd_ref,
                &fwd_scale,
                (c * k * k + 3) as f64 * U,
            ));
            let dx = conv::conv2d_backward_input(&tdy, &tw, &g, Epilogue::NONE, v)?.to_f32()?;
            rows.push(compare(
                &format!("{family}/conv2d_backward_input/{}", v.name()),
                shape.clone(),
                &dx,
                &dx_ref,
                &dx_scale,
                (o * k.div_ceil(stride).pow(2) + 1) as f64 * U,
            ));
            let dw = conv::conv2d_backward_weight(&tx, &tdy, &g, v)?.to_f32()?;
            rows.push(compare(
                &format!("{family}/conv2d_backward_weight/{}", v.name()),
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
