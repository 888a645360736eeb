//! `wgtrain check` for the gru family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::Gpu;
use crate::kernels::to_f64;

/// GRU layer forward and backward through time against the f64 twins; bounds as for the LSTM
/// (pre-activations of I + H + 2 terms, 3H-term sums per step backward, B·T terms for the
/// weight gradients, errors carried additively through T steps).
pub(crate) fn check_gru(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::gru;
    use crate::kernels::recurrent::RecurrentWeights;
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
    rows.push(params_layout::<crate::kernels::recurrent::RecurrentParams>(
        "gru",
        &crate::kernels::gru::SHADER,
        "Params",
    )?);
    Ok(rows)
}
