//! `wgtrain check` for the reduce family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::reduce::{self, Reduce};
use crate::kernels::to_f64;

pub(crate) fn check_reduce(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
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
    rows.push(params_layout::<crate::kernels::reduce::ReduceParams>(
        "reduce",
        &crate::kernels::reduce::SHADER,
        "Params",
    )?);
    Ok(rows)
}

pub(crate) fn check_keep_middle(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
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
