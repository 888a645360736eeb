//! `wgtrain check` for the clip family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::{clip, to_f64};

pub(crate) fn check_clip(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
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
    // unscaling by a power of two is exact: the values equal the twin's, and the flag says
    // exactly whether an infinity or NaN is among them (one planted at a time, in the last
    // tensor; a buffer shared by two gradients is scaled once)
    for (k, poison) in [
        None,
        Some(f32::INFINITY),
        Some(f32::NAN),
        Some(f32::NEG_INFINITY),
    ]
    .into_iter()
    .enumerate()
    {
        let sizes = [1usize, 300, 65_537];
        let mut host: Vec<Vec<f32>> = sizes
            .iter()
            .enumerate()
            .map(|(i, &n)| data(seed + 50 + (k * 10 + i) as u64, n, -1e4, 1e4))
            .collect();
        if let Some(v) = poison {
            host[2][4321] = v;
        }
        let tensors: Vec<Tensor> = host
            .iter()
            .map(|h| Tensor::from_f32(gpu, h, &[h.len()]))
            .collect::<Result<_>>()?;
        let mut refs: Vec<&Tensor> = tensors.iter().collect();
        refs.push(&tensors[1]); // shared: scaled once
        let factor = 1.0 / 65536.0;
        let finite = clip::unscale_and_check(&refs, factor)?;
        let mut r: Vec<Vec<f64>> = host.iter().map(|h| to_f64(h)).collect();
        let want = clip::cpu::unscale_and_check(&mut r, factor as f64);
        let mut same = finite == want;
        for (t, rr) in tensors.iter().zip(&r) {
            let got = t.to_f32()?;
            same &= got
                .iter()
                .zip(rr)
                .all(|(g, w)| (g.is_nan() && w.is_nan()) || *g as f64 == *w);
        }
        rows.push(CheckRow::exact(
            "clip/unscale_check",
            format!("{sizes:?} ÷ 65536, planted {poison:?}"),
            same,
        ));
    }
    rows.push(params_layout::<crate::kernels::clip::ClipParams>(
        "clip",
        &crate::kernels::clip::SHADER,
        "Params",
    )?);
    Ok(rows)
}
