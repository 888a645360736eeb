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
    rows.push(params_layout::<crate::kernels::clip::ClipParams>(
        "clip",
        &crate::kernels::clip::SHADER,
        "Params",
    )?);
    Ok(rows)
}
