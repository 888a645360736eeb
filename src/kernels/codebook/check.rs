//! `wgtrain check` for the codebook family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::matmul::Variant;
use crate::kernels::{codebook, to_f64};

/// Nearest-code picks may differ from the f64 reference only between codes whose distances
/// are closer than the f32 error of computing them: ‖x‖² + ‖e‖² − 2x·e has an error of at most
/// (d + 3)·u·(‖x‖² + ‖e‖² + 2Σ|x||e|). The scaled error is the distance gap over that bound.
pub(crate) fn check_codebook(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
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
    rows.push(params_layout::<crate::kernels::codebook::GatherParams>(
        "codebook",
        &crate::kernels::codebook::SHADER,
        "Params",
    )?);
    rows.push(params_layout::<crate::kernels::codebook::NearestParams>(
        "codebook",
        &crate::kernels::codebook::NEAREST_SHADER,
        "NearestParams",
    )?);
    rows.push(params_layout::<crate::kernels::codebook::NearestParams>(
        "codebook",
        &crate::kernels::codebook::NEAREST_SUBGROUP_SHADER,
        "NearestParams",
    )?);
    rows.push(params_layout::<crate::kernels::codebook::NearestParams>(
        "codebook",
        &crate::kernels::codebook::NEAREST_TILED_SHADER,
        "NearestParams",
    )?);
    Ok(rows)
}
