//! `wgtrain check` for the pool family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::to_f64;

pub(crate) fn check_pool(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
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
    rows.push(params_layout::<crate::kernels::pool::PoolParams>(
        "pool",
        &crate::kernels::pool::SHADER,
        "Params",
    )?);
    Ok(rows)
}
